//! The zip inside a sealed age file: plain bytes in, plain bytes out (the encryption is in
//! `age_file`). Every entry is stored, not compressed: attachments are mostly PDFs, images and
//! office files that are compressed already, and storing keeps sealing a 20 MB attachment to
//! a copy and a checksum.
//!
//! ```text
//! ISR-7K3Q.json              the envelope (the record, with the attachments' names and digests)
//! ISR-7K3Q.pdf               the record laid out for reading (unencrypted: it is inside age)
//! attachments/report.pdf     each attachment, under a name safe on any file system
//! attachments/report (2).pdf
//! ```
//!
//! The entry names are for people who open the zip by hand. Opening reads the one `.json`
//! entry at the top level, then pairs the `attachments/` entries with the envelope's list in
//! order and checks each one's size and SHA-256 digest; the PDF is not read (the app lays the
//! record out again from the JSON). Declared sizes are checked against the limits before
//! anything is read, and no entry is read past its declared size.

use std::collections::HashSet;
use std::io::{Cursor, Read, Write};

use sha2::{Digest, Sha256};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

use super::{Attachment, AttachmentInfo, Envelope, OpenError, SealError, MAX_ATTACHMENT_BYTES, MAX_FILE_BYTES};

/// The folder in the zip that holds the attachments.
pub const ATTACHMENTS: &str = "attachments/";
/// The largest envelope JSON written or read: the room a sealed file has beyond its
/// attachments.
pub const MAX_JSON_BYTES: usize = MAX_FILE_BYTES - MAX_ATTACHMENT_BYTES;
/// The longest entry name, in characters, extension included.
pub const MAX_NAME_CHARS: usize = 100;

/// The attachments' total size, or `TooLarge` past the limit.
pub fn check_size(attachments: &[Attachment]) -> Result<(), SealError> {
    let size = attachments.iter().fold(0usize, |total, attachment| total.saturating_add(attachment.bytes.len()));
    if size > MAX_ATTACHMENT_BYTES {
        return Err(SealError::TooLarge { size, limit: MAX_ATTACHMENT_BYTES });
    }
    Ok(())
}

/// The envelope with its attachment list made from the attachments themselves: each one's
/// name and media type as given, its size and its SHA-256 digest.
pub fn describe(envelope: &Envelope, attachments: &[Attachment]) -> Envelope {
    let mut described = envelope.clone();
    described.attachments = attachments
        .iter()
        .map(|attachment| AttachmentInfo {
            name: attachment.info.name.clone(),
            media_type: attachment.info.media_type.clone(),
            size: attachment.bytes.len() as u64,
            sha256: sha256_hex(&attachment.bytes),
        })
        .collect();
    described
}

/// Lowercase hex SHA-256.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Writes the zip: the envelope (already [`describe`]d) as `<reference>.json`, the PDF as
/// `<reference>.pdf` and the attachments under [`ATTACHMENTS`].
pub fn write(envelope: &Envelope, pdf: &[u8], attachments: &[Attachment]) -> Result<Vec<u8>, SealError> {
    check_size(attachments)?;
    let json = envelope.to_json();
    if json.is_empty() || json.len() > MAX_JSON_BYTES {
        return Err(SealError::Failed(format!("the record's JSON is {} bytes", json.len())));
    }
    let base = safe_name(&envelope.reference, "record");
    let mut entries = vec![(format!("{base}.json"), json.as_bytes()), (format!("{base}.pdf"), pdf)];
    let names = safe_names(attachments.iter().map(|attachment| attachment.info.name.as_str()));
    entries.extend(names.into_iter().zip(attachments).map(|(name, a)| (format!("{ATTACHMENTS}{name}"), &a.bytes[..])));

    // Never make a file too large to open again.
    let room = zip_room(&entries);
    let sealed = sealed_room(room);
    if sealed > MAX_FILE_BYTES {
        let attached = attachments.iter().map(|attachment| attachment.bytes.len()).sum::<usize>();
        let rest = sealed - attached;
        return Err(match MAX_FILE_BYTES.checked_sub(rest) {
            Some(limit) => SealError::TooLarge { size: attached, limit },
            None => SealError::Failed(format!("the record and its PDF take {rest} bytes")),
        });
    }

    let mut zip = ZipWriter::new(Cursor::new(Vec::with_capacity(room)));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Stored)
        .last_modified_time(zip_time(envelope))
        .unix_permissions(0o644);
    let written = entries.into_iter().try_for_each(|(name, bytes)| {
        zip.start_file(name, options)?;
        zip.write_all(bytes).map_err(zip::result::ZipError::from)
    });
    written.and_then(|()| zip.finish()).map(Cursor::into_inner).map_err(|err| SealError::Failed(format!("zip: {err}")))
}

/// At least the size of the stored zip of these entries: each has a local header (30 bytes)
/// and a central directory record (46 bytes), both with the name, and room here for extra
/// fields; then the end record (22 bytes).
pub fn zip_room(entries: &[(String, &[u8])]) -> usize {
    entries.iter().map(|(name, bytes)| 30 + 46 + 64 + 2 * name.len() + bytes.len()).sum::<usize>() + 22
}

/// At least the size of an age file holding `plaintext` bytes: the header (about 200 bytes
/// for one scrypt stanza or two teams' X25519 stanzas), the 16-byte nonce and a 16-byte tag
/// for each 64 KiB chunk.
pub fn sealed_room(plaintext: usize) -> usize {
    512 + 16 + plaintext + (plaintext / (64 * 1024) + 1) * 16
}

/// The entries' time: when the envelope was sealed (zip keeps local time without a zone).
fn zip_time(envelope: &Envelope) -> DateTime {
    use chrono::{Datelike, Timelike};
    let at = envelope.sealed;
    let part = |value: u32| u8::try_from(value).unwrap_or(u8::MAX);
    u16::try_from(at.year())
        .ok()
        .and_then(|year| {
            DateTime::from_date_and_time(
                year,
                part(at.month()),
                part(at.day()),
                part(at.hour()),
                part(at.minute()),
                part(at.second()),
            )
            .ok()
        })
        .unwrap_or_default()
}

/// Whether the plaintext looks like a zip (a local file header, or an empty archive).
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// Reads a zip made by [`write`]: the envelope and the attachments, checked against it.
pub fn read(bytes: &[u8]) -> Result<(Envelope, Vec<Attachment>), OpenError> {
    let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(damaged("zip"))?;

    let mut json = Vec::new();
    let mut stored = Vec::new();
    for index in 0..archive.len() {
        let entry = archive.by_index_data(index).map_err(damaged("zip entry"))?;
        let name = entry.name().map_err(damaged("zip entry name"))?;
        if entry.is_dir() {
            continue;
        }
        if let Some(rest) = name.strip_prefix(ATTACHMENTS) {
            if !rest.is_empty() && !rest.contains('/') {
                stored.push((index, entry.size()));
            }
        } else if !name.contains('/') && name.to_ascii_lowercase().ends_with(".json") {
            json.push((index, entry.size()));
        }
    }
    let [(json_index, json_size)] = json[..] else { return Err(OpenError::NotInfoShare) };
    if json_size > MAX_JSON_BYTES as u64 {
        return Err(OpenError::Damaged(format!("the JSON entry declares {json_size} bytes")));
    }
    let json = read_entry(&mut archive, json_index, json_size)?;
    let json = String::from_utf8(json).map_err(|_| OpenError::NotInfoShare)?;
    let envelope = Envelope::from_json(json.strip_prefix('\u{feff}').unwrap_or(&json))?;

    if stored.len() != envelope.attachments.len() {
        return Err(OpenError::Damaged(format!(
            "the envelope lists {} attachments and the zip holds {}",
            envelope.attachments.len(),
            stored.len()
        )));
    }
    let declared = stored.iter().fold(0u64, |total, (_, size)| total.saturating_add(*size));
    if declared > MAX_ATTACHMENT_BYTES as u64 {
        let size = usize::try_from(declared).unwrap_or(usize::MAX);
        return Err(OpenError::TooLarge { size, limit: MAX_ATTACHMENT_BYTES });
    }
    let mut attachments = Vec::with_capacity(stored.len());
    for (number, (info, (index, size))) in envelope.attachments.iter().zip(stored).enumerate() {
        let number = number + 1;
        if size != info.size {
            return Err(OpenError::Damaged(format!(
                "attachment {number} is {size} bytes, the envelope says {}",
                info.size
            )));
        }
        let bytes = read_entry(&mut archive, index, size)?;
        if !sha256_hex(&bytes).eq_ignore_ascii_case(&info.sha256) {
            return Err(OpenError::Damaged(format!("attachment {number} does not match its SHA-256 digest")));
        }
        attachments.push(Attachment { info: info.clone(), bytes });
    }
    Ok((envelope, attachments))
}

/// A zip the zip crate refuses, with what was being read.
fn damaged(what: &'static str) -> impl Fn(zip::result::ZipError) -> OpenError {
    move |err| OpenError::Damaged(format!("{what}: {err}"))
}

/// Reads one entry, never past its declared size, and insists on getting all of it (the zip
/// crate checks the CRC-32 at the end).
fn read_entry(archive: &mut ZipArchive<Cursor<&[u8]>>, index: usize, size: u64) -> Result<Vec<u8>, OpenError> {
    let mut entry = archive.by_index(index).map_err(|err| OpenError::Damaged(format!("zip entry {index}: {err}")))?;
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0).min(MAX_ATTACHMENT_BYTES));
    (&mut entry)
        .take(size.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|err| OpenError::Damaged(format!("zip entry {index}: {err}")))?;
    if bytes.len() as u64 != size {
        return Err(OpenError::Damaged(format!("zip entry {index} is not the size it declares")));
    }
    Ok(bytes)
}

/// Names for the attachments' entries: each made safe by [`safe_name`], then told apart
/// (ignoring case, as Windows and macOS do) as "name (2).ext", "name (3).ext".
pub fn safe_names<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut taken = HashSet::new();
    let mut chosen = Vec::new();
    for name in names {
        let name = safe_name(name, "attachment");
        let mut candidate = name.clone();
        let mut count = 1;
        while !taken.insert(candidate.to_lowercase()) {
            count += 1;
            candidate = numbered(&name, count);
        }
        chosen.push(candidate);
    }
    chosen
}

/// `name (n).ext`, still within [`MAX_NAME_CHARS`].
fn numbered(name: &str, count: usize) -> String {
    let (stem, extension) = split_extension(name);
    let suffix = format!(" ({count}){extension}");
    let room = MAX_NAME_CHARS.saturating_sub(suffix.chars().count());
    let stem: String = stem.chars().take(room).collect();
    format!("{}{suffix}", stem.trim_end())
}

/// The stem and the extension with its dot ("" when there is none or it is implausibly long).
fn split_extension(name: &str) -> (&str, &str) {
    match name.rfind('.') {
        Some(dot) if dot > 0 && name.len() - dot <= 16 => name.split_at(dot),
        _ => (name, ""),
    }
}

/// A file name safe to unpack anywhere: only the last part of a path, without control
/// characters, direction overrides or characters Windows refuses, not hidden, not a
/// reserved Windows device name, at most [`MAX_NAME_CHARS`] characters (keeping the
/// extension). Letters of any script are kept. `fallback` when nothing is left.
pub fn safe_name(name: &str, fallback: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control() && !is_invisible(*c))
        .map(|c| if matches!(c, '<' | '>' | ':' | '"' | '|' | '?' | '*') { '_' } else { c })
        .collect();
    let trimmed = cleaned.trim_matches(|c: char| c.is_whitespace() || c == '.');
    let name = if trimmed.is_empty() { fallback.to_owned() } else { trimmed.to_owned() };
    let name = if is_reserved(split_extension(&name).0) { format!("_{name}") } else { name };
    if name.chars().count() <= MAX_NAME_CHARS {
        return name;
    }
    let (stem, extension) = split_extension(&name);
    let room = MAX_NAME_CHARS.saturating_sub(extension.chars().count());
    let stem: String = stem.chars().take(room).collect();
    format!("{}{extension}", stem.trim_end())
}

/// Characters that change how a name reads without showing: direction marks and overrides
/// (which can make "txt.exe" read as "exe.txt"), zero-width characters and the byte order mark.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

/// Device names Windows will not create as files, with or without an extension.
fn is_reserved(stem: &str) -> bool {
    let stem = stem.trim_end().to_ascii_uppercase();
    matches!(stem.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ((stem.starts_with("COM") || stem.starts_with("LPT"))
            && stem.len() == 4
            && stem.as_bytes()[3].is_ascii_digit()
            && stem.as_bytes()[3] != b'0')
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::bundle::{AttachmentInfo, Payload};
    use crate::form::{Answers, FormRecord, FormRef, SummaryRow};
    use chrono::NaiveDate;

    /// A small form record with non-ASCII answers, in an envelope with no attachments listed.
    pub fn envelope() -> Envelope {
        let created = NaiveDate::from_ymd_opt(2025, 11, 25).and_then(|day| day.and_hms_opt(10, 0, 7)).expect("time");
        let record = FormRecord {
            format: crate::form::FORMAT.to_owned(),
            version: crate::form::VERSION,
            reference: "ISR-7K3Q".to_owned(),
            created,
            form: FormRef {
                pack: "lincolnshire".to_owned(),
                pack_version: "1.0.0".to_owned(),
                law_as_at: "2025-11-01".to_owned(),
                id: "police-disclosure-request".to_owned(),
                title: "Request for police disclosure".to_owned(),
            },
            answers: Answers::default().with("requester-name", "Zoë Łukasz-Ó'Neill").with("reason", "不明 — ✓"),
            summary: vec![SummaryRow {
                section: "About you".to_owned(),
                path: "requester-name".to_owned(),
                context: None,
                label: "Your name".to_owned(),
                value: "Zoë Łukasz-Ó'Neill".to_owned(),
                signature: false,
            }],
            routing: Vec::new(),
            warnings: Vec::new(),
        };
        Envelope::new(Payload::Form(record), created)
    }

    pub fn attachment(name: &str, bytes: &[u8]) -> Attachment {
        Attachment {
            info: AttachmentInfo {
                name: name.to_owned(),
                media_type: "application/octet-stream".to_owned(),
                size: 0,
                sha256: String::new(),
            },
            bytes: bytes.to_vec(),
        }
    }

    fn names(zip: &[u8]) -> Vec<String> {
        let archive = ZipArchive::new(Cursor::new(zip)).expect("a zip");
        archive.file_names().map(|name| name.expect("utf-8").into_owned()).collect()
    }

    /// A zip with the given entries, as a sender with other ideas might make it.
    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        let options = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
        for (name, bytes) in entries {
            zip.start_file(*name, options).expect("entry");
            zip.write_all(bytes).expect("bytes");
        }
        zip.finish().expect("zip").into_inner()
    }

    #[test]
    fn names_keep_letters_and_lose_paths_controls_and_tricks() {
        let cases = [
            ("report.pdf", "report.pdf"),
            ("Zoë's notes – 第一.docx", "Zoë's notes – 第一.docx"),
            ("../../etc/passwd", "passwd"),
            ("C:\\Users\\priya\\Desktop\\scan.png", "scan.png"),
            ("line\nbreak\u{0}.txt", "linebreak.txt"),
            ("invoice\u{202e}fdp.exe", "invoicefdp.exe"),
            ("what? <this>: \"that\" | *.txt", "what_ _this__ _that_ _ _.txt"),
            ("  .hidden  ", "hidden"),
            ("..", "attachment"),
            ("", "attachment"),
            ("dir/", "attachment"),
            ("CON.txt", "_CON.txt"),
            ("lpt1", "_lpt1"),
            ("COM0.txt", "COM0.txt"),
            ("console.txt", "console.txt"),
        ];
        for (given, safe) in cases {
            assert_eq!(safe_name(given, "attachment"), safe, "{given:?}");
        }
        let long = format!("{}.pdf", "é".repeat(300));
        let safe = safe_name(&long, "attachment");
        assert_eq!(safe.chars().count(), MAX_NAME_CHARS);
        assert!(safe.ends_with("éé.pdf"));
        let no_extension = "x".repeat(500);
        assert_eq!(safe_name(&no_extension, "attachment"), "x".repeat(MAX_NAME_CHARS));
    }

    #[test]
    fn duplicate_names_are_numbered_ignoring_case() {
        let given = ["photo.jpg", "photo.jpg", "PHOTO.JPG", "photo (2).jpg", "a/photo.jpg", "notes", "notes"];
        assert_eq!(
            safe_names(given),
            ["photo.jpg", "photo (2).jpg", "PHOTO (3).JPG", "photo (2) (2).jpg", "photo (4).jpg", "notes", "notes (2)"]
        );
        let long = format!("{}.pdf", "n".repeat(150));
        let both = safe_names([long.as_str(), long.as_str()]);
        assert_eq!(both[1].chars().count(), MAX_NAME_CHARS);
        assert!(both[1].ends_with("n (2).pdf"), "{}", both[1]);
        assert_ne!(both[0], both[1]);
    }

    #[test]
    fn the_zip_holds_the_json_the_pdf_and_the_attachments_stored() {
        let attachments = [attachment("b.txt", b"bee"), attachment("b.txt", b""), attachment("日本.png", &[0, 1, 2])];
        let envelope = describe(&envelope(), &attachments);
        assert_eq!(envelope.attachments[1].size, 0);
        assert_eq!(
            envelope.attachments[1].sha256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "SHA-256 of nothing"
        );
        let zip = write(&envelope, b"%PDF-1.7 stand-in", &attachments).expect("written");
        assert_eq!(
            names(&zip),
            ["ISR-7K3Q.json", "ISR-7K3Q.pdf", "attachments/b.txt", "attachments/b (2).txt", "attachments/日本.png"]
        );
        let mut archive = ZipArchive::new(Cursor::new(&zip[..])).expect("a zip");
        for index in 0..archive.len() {
            let entry = archive.by_index(index).expect("entry");
            assert_eq!(entry.compression(), CompressionMethod::Stored);
            let time = entry.last_modified().expect("a time");
            assert_eq!((time.year(), time.month(), time.day(), time.hour(), time.minute()), (2025, 11, 25, 10, 0));
        }
        let (read_envelope, read_attachments) = read(&zip).expect("read back");
        assert_eq!(read_envelope, envelope);
        assert_eq!(
            read_attachments.iter().map(|a| a.bytes.clone()).collect::<Vec<_>>(),
            [&b"bee"[..], b"", &[0, 1, 2]]
        );
        assert_eq!(read_attachments[2].info.name, "日本.png");
    }

    #[test]
    fn attachments_that_do_not_match_the_envelope_are_refused() {
        let attachments = [attachment("a.txt", b"alpha"), attachment("b.txt", b"beta")];
        let envelope = describe(&envelope(), &attachments);
        let json = envelope.to_json();
        let damaged = |entries: &[(&str, &[u8])]| match read(&zip_of(entries)) {
            Err(OpenError::Damaged(detail)) => detail,
            other => panic!("expected Damaged, got {other:?}"),
        };
        let detail = damaged(&[("r.json", json.as_bytes()), ("attachments/a.txt", b"alpha")]);
        assert!(detail.contains("lists 2 attachments and the zip holds 1"), "{detail}");
        let detail =
            damaged(&[("r.json", json.as_bytes()), ("attachments/a.txt", b"alpha"), ("attachments/b.txt", b"betA")]);
        assert!(detail.contains("attachment 2 does not match its SHA-256"), "{detail}");
        let detail =
            damaged(&[("r.json", json.as_bytes()), ("attachments/a.txt", b"alpha"), ("attachments/b.txt", b"bet")]);
        assert!(detail.contains("attachment 2 is 3 bytes"), "{detail}");
        // Matched by order: swapped entries fail their digests.
        let detail =
            damaged(&[("r.json", json.as_bytes()), ("attachments/b.txt", b"beta"), ("attachments/a.txt", b"alpha")]);
        assert!(detail.contains("attachment 1"), "{detail}");
        // Other entries (folders, deeper paths, files beside the JSON) are left alone.
        let (_, read_back) = read(&zip_of(&[
            ("r.json", json.as_bytes()),
            ("r.pdf", b"%PDF"),
            ("notes.txt", b"ignored"),
            ("attachments/a.txt", b"alpha"),
            ("attachments/deeper/x.txt", b"ignored"),
            ("attachments/b.txt", b"beta"),
        ]))
        .expect("read");
        assert_eq!(read_back.len(), 2);
    }

    #[test]
    fn zips_that_are_not_ours_are_refused() {
        let json = envelope().to_json();
        assert_eq!(read(&zip_of(&[("a.txt", b"hello")])), Err(OpenError::NotInfoShare));
        assert_eq!(read(&zip_of(&[])), Err(OpenError::NotInfoShare));
        assert_eq!(
            read(&zip_of(&[("a.json", json.as_bytes()), ("b.json", json.as_bytes())])),
            Err(OpenError::NotInfoShare)
        );
        assert_eq!(read(&zip_of(&[("deep/a.json", json.as_bytes())])), Err(OpenError::NotInfoShare));
        assert_eq!(read(&zip_of(&[("a.json", b"{\"x\": 1}")])), Err(OpenError::NotInfoShare));
        assert_eq!(read(&zip_of(&[("a.json", &[0xff, 0xfe])])), Err(OpenError::NotInfoShare));
        let newer = json.replacen("\"version\": 1", "\"version\": 9", 1);
        assert_eq!(
            read(&zip_of(&[("a.json", newer.as_bytes())])),
            Err(OpenError::UnsupportedVersion { found: 9, supported: 1 })
        );
        assert!(matches!(read(b"PK\x03\x04 not really"), Err(OpenError::Damaged(_))));
        assert!(is_zip(&zip_of(&[])) && is_zip(&zip_of(&[("a", b"")])) && !is_zip(b"{}"));
    }

    #[test]
    fn an_oversized_json_entry_is_refused_before_it_is_read() {
        let big = vec![b' '; MAX_JSON_BYTES + 1];
        let result = read(&zip_of(&[("a.json", &big)]));
        assert!(matches!(&result, Err(OpenError::Damaged(detail)) if detail.contains("declares")), "{result:?}");
        let mut envelope = envelope();
        envelope.reference = "x".repeat(MAX_JSON_BYTES);
        assert!(matches!(write(&envelope, b"", &[]), Err(SealError::Failed(_))));
    }

    #[test]
    fn the_room_kept_is_never_too_little() {
        let names = ["a", &"ü".repeat(100), "photo.jpg", "photo.jpg", "x"];
        let sizes = [0, 1, 64 * 1024, 64 * 1024 + 1, 300_000];
        let attachments: Vec<_> =
            names.iter().zip(sizes).map(|(name, size)| attachment(name, &vec![9; size])).collect();
        for count in 0..=attachments.len() {
            let attachments = &attachments[..count];
            let envelope = describe(&envelope(), attachments);
            let zip = write(&envelope, b"%PDF-1.7", attachments).expect("written");
            let base = safe_name(&envelope.reference, "record");
            let json = envelope.to_json();
            let mut entries =
                vec![(format!("{base}.json"), json.as_bytes()), (format!("{base}.pdf"), &b"%PDF-1.7"[..])];
            let names = safe_names(attachments.iter().map(|a| a.info.name.as_str()));
            entries
                .extend(names.into_iter().zip(attachments).map(|(n, a)| (format!("{ATTACHMENTS}{n}"), &a.bytes[..])));
            let room = zip_room(&entries);
            assert!(zip.len() <= room && room - zip.len() < 1024, "{} of {room}", zip.len());
            let file = crate::bundle::age_file::encrypt(&zip, crate::bundle::age_file::Lock::Passphrase("pw", 1))
                .expect("sealed");
            assert!(file.len() <= sealed_room(zip.len()), "{} of {}", file.len(), sealed_room(zip.len()));
        }
    }

    #[test]
    fn a_file_that_would_not_open_again_is_not_sealed() {
        // Zeroed vectors are mapped lazily: these cost address space, not memory or time.
        let attachments = [attachment("a", &vec![0; MAX_ATTACHMENT_BYTES])];
        let pdf = vec![0; MAX_JSON_BYTES];
        let result = write(&envelope(), &pdf, &attachments);
        let Err(SealError::TooLarge { size, limit }) = result else { panic!("{result:?}") };
        assert_eq!(size, MAX_ATTACHMENT_BYTES);
        assert!(limit < MAX_ATTACHMENT_BYTES && limit > MAX_ATTACHMENT_BYTES - 100_000, "{limit}");
        let result = write(&envelope(), &vec![0; MAX_FILE_BYTES], &[]);
        assert!(matches!(result, Err(SealError::Failed(_))), "{result:?}");
    }

    #[test]
    fn the_reference_is_made_safe_for_the_entry_names() {
        let mut envelope = envelope();
        envelope.reference = "../ISR/../../x".to_owned();
        assert_eq!(names(&write(&envelope, b"", &[]).expect("written")), ["x.json", "x.pdf"]);
        envelope.reference = String::new();
        assert_eq!(names(&write(&envelope, b"", &[]).expect("written")), ["record.json", "record.pdf"]);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

        #[test]
        fn reading_any_bytes_never_panics(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400)) {
            let _ = read(&bytes);
            let mut zip = b"PK\x03\x04".to_vec();
            zip.extend(&bytes);
            let _ = read(&zip);
        }

        #[test]
        fn reading_a_changed_zip_never_panics(at in 0usize..4096, value in proptest::prelude::any::<u8>()) {
            let attachments = [attachment("a.txt", b"alpha"), attachment("b.txt", b"beta")];
            let zip = write(&describe(&envelope(), &attachments), b"%PDF", &attachments).expect("written");
            let mut changed = zip.clone();
            let at = at % changed.len();
            changed[at] = value;
            let _ = read(&changed);
            let _ = read(&zip[..at]);
        }

        #[test]
        fn safe_names_are_safe(names in proptest::collection::vec(".{0,140}", 0..8)) {
            let safe = safe_names(names.iter().map(String::as_str));
            proptest::prop_assert_eq!(safe.len(), names.len());
            let mut seen = HashSet::new();
            for name in &safe {
                proptest::prop_assert!(!name.is_empty() && name.chars().count() <= MAX_NAME_CHARS, "{name:?}");
                proptest::prop_assert!(!name.contains(['/', '\\']) && !name.chars().any(char::is_control), "{name:?}");
                proptest::prop_assert!(!name.starts_with('.') && !name.ends_with(['.', ' ']), "{name:?}");
                proptest::prop_assert!(seen.insert(name.to_lowercase()), "duplicate {name:?}");
            }
        }
    }
}
