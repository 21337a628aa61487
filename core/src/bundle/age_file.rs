//! Sealed files in the age v1 format (C2SP age, <https://age-encryption.org/v1>):
//! authenticated encryption (ChaCha20-Poly1305 in 64 KiB chunks) under a file key wrapped
//! either for an scrypt passphrase (memory-hard) or for teams' X25519 public keys (see
//! `keys`). The plaintext is the zip described in `container`, so the public `age` tool opens
//! the file too (`age -d file.age > file.zip`, or `age -d -i team-key.age file.age`).
//!
//! Opening also takes an age file holding bare JSON: an exported envelope, form record or
//! decision record encrypted with the `age` tool (`age -p -o record.age record.json`).
//!
//! The work factor is always given when sealing (never age's timing-based guess) and capped
//! at [`MAX_WORK_FACTOR`] when opening, so a crafted file cannot make the browser derive a
//! key for minutes with gigabytes of memory.

use std::io::{Read, Write};
use std::iter;

use age::secrecy::SecretString;
use age::DecryptError;

use super::{
    container, Attachment, Envelope, Format, OpenError, Opened, PrintedPages, ScriptFonts, SealError, TeamIdentity,
    MAX_FILE_BYTES, MAX_WORK_FACTOR,
};

/// What an age file is sealed with.
#[derive(Debug, Clone, Copy)]
pub enum Lock<'a> {
    /// A passphrase, and the scrypt work factor (log2 N) to derive the key with.
    Passphrase(&'a str, u8),
    /// Teams' public keys (`age1…`): anyone holding one of their key files opens it.
    Keys(&'a [String]),
}

/// What an age file is opened with.
#[derive(Clone, Copy)]
pub enum Key<'a> {
    /// The passphrase the sender phoned through.
    Passphrase(&'a str),
    /// The team's key, unlocked from its key file.
    Team(&'a TeamIdentity),
}

/// The first line of a binary age v1 file.
const MAGIC: &[u8] = b"age-encryption.org/v1\n";
/// The first line of an armored (PEM-like text) age file.
const ARMOR_BEGIN: &[u8] = b"-----BEGIN AGE ENCRYPTED FILE-----";

/// Whether the bytes are an age v1 file, binary or armored (armor may follow whitespace).
pub fn is_age(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC) || bytes.trim_ascii_start().starts_with(ARMOR_BEGIN)
}

/// Seals the envelope, its readable PDF and the attachments as a binary age file.
pub fn seal(
    envelope: &Envelope,
    attachments: &[Attachment],
    lock: Lock,
    fonts: &ScriptFonts,
) -> Result<Vec<u8>, SealError> {
    seal_with(envelope, attachments, lock, |described| super::pdf::seal(described, None, fonts))
}

/// [`seal`] with the PDF made by `render` from the envelope with its attachments listed.
pub(super) fn seal_with(
    envelope: &Envelope,
    attachments: &[Attachment],
    lock: Lock,
    render: impl FnOnce(&Envelope) -> Result<Vec<u8>, SealError>,
) -> Result<Vec<u8>, SealError> {
    // The cheap refusals come before any hashing, rendering or key derivation.
    recipients(lock)?;
    container::check_size(attachments)?;
    let envelope = container::describe(envelope, attachments);
    let pdf = render(&envelope)?;
    let zip = container::write(&envelope, &pdf, attachments)?;
    encrypt(&zip, lock)
}

/// Encrypts bytes as binary age, locked with `lock`.
pub(super) fn encrypt(plaintext: &[u8], lock: Lock) -> Result<Vec<u8>, SealError> {
    let failed = |err: &dyn std::fmt::Display| SealError::Failed(format!("age: {err}"));
    let recipients = recipients(lock)?;
    let encryptor =
        age::Encryptor::with_recipients(recipients.iter().map(|recipient| &**recipient)).map_err(|err| failed(&err))?;
    let mut sealed = Vec::with_capacity(container::sealed_room(plaintext.len()));
    let mut writer = encryptor.wrap_output(&mut sealed).map_err(|err| failed(&err))?;
    writer.write_all(plaintext).map_err(|err| failed(&err))?;
    writer.finish().map_err(|err| failed(&err))?;
    Ok(sealed)
}

/// The age recipients a lock stands for. A passphrase is needed, and its work factor must
/// be one age accepts (it panics on 0 or 64 and up) and one this app opens again; keys must
/// be there and be age public keys.
fn recipients(lock: Lock) -> Result<Vec<Box<dyn age::Recipient>>, SealError> {
    match lock {
        Lock::Passphrase("", _) => Err(SealError::NoPassphrase),
        Lock::Passphrase(_, work_factor) if work_factor == 0 || work_factor > MAX_WORK_FACTOR => {
            Err(SealError::Failed(format!("work factor {work_factor} is outside 1 to {MAX_WORK_FACTOR}")))
        }
        Lock::Passphrase(passphrase, work_factor) => {
            let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
            recipient.set_work_factor(work_factor);
            Ok(vec![Box::new(recipient)])
        }
        Lock::Keys([]) => Err(SealError::Failed("no team's key to seal for".to_owned())),
        Lock::Keys(keys) => keys
            .iter()
            .enumerate()
            .map(|(index, key)| {
                key.trim()
                    .parse::<age::x25519::Recipient>()
                    .map(|recipient| Box::new(recipient) as Box<dyn age::Recipient>)
                    .map_err(|_| SealError::Failed(format!("key {} is not an age public key", index + 1)))
            })
            .collect(),
    }
}

/// Opens an age file sealed with a passphrase or for a team's key: an InfoShare zip, or bare
/// JSON.
pub fn open(bytes: &[u8], key: Key) -> Result<Opened, OpenError> {
    let plaintext = decrypt(bytes, key)?;
    let (envelope, attachments) = if container::is_zip(&plaintext) {
        container::read(&plaintext)?
    } else {
        // The same cap as the JSON inside a zip: parsing holds several times its size.
        if plaintext.len() > container::MAX_JSON_BYTES {
            return Err(OpenError::TooLarge { size: plaintext.len(), limit: container::MAX_JSON_BYTES });
        }
        let text = std::str::from_utf8(&plaintext).map_err(|_| OpenError::NotInfoShare)?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if !text.trim_start().starts_with('{') {
            return Err(OpenError::NotInfoShare);
        }
        let envelope = Envelope::from_json(text)?;
        if !envelope.attachments.is_empty() {
            return Err(OpenError::Damaged(format!(
                "the envelope lists {} attachments and the file holds none",
                envelope.attachments.len()
            )));
        }
        (envelope, Vec::new())
    };
    Ok(Opened { format: Format::Age, envelope, attachments, pages: PrintedPages::Intact })
}

/// Decrypts an age file (binary or armored) with a passphrase or a team's key, reading at most
/// [`MAX_FILE_BYTES`] of plaintext.
pub(super) fn decrypt(bytes: &[u8], key: Key) -> Result<Vec<u8>, OpenError> {
    let input = if bytes.starts_with(MAGIC) { bytes } else { bytes.trim_ascii_start() };
    let decryptor = age::Decryptor::new_buffered(age::armor::ArmoredReader::new(input)).map_err(|err| {
        match err {
            // age reads a v1 header it cannot parse as a header of an unknown version.
            DecryptError::UnknownFormat if starts_as_v1(input) => {
                OpenError::Damaged("the age header is not valid".to_owned())
            }
            err => decrypt_error(err),
        }
    })?;
    let reader = match (key, decryptor.is_scrypt()) {
        (Key::Passphrase(passphrase), true) => {
            let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
            identity.set_max_work_factor(MAX_WORK_FACTOR);
            decryptor.decrypt(iter::once(&identity as &dyn age::Identity)).map_err(decrypt_error)?
        }
        (Key::Team(team), false) => decryptor.decrypt(iter::once(team.age())).map_err(|err| match err {
            // No stanza opens with this key: sealed for another team (or its stanza changed).
            DecryptError::NoMatchingKeys => OpenError::NotForThisKey,
            err => decrypt_error(err),
        })?,
        // Sealed for keys (recipients), not a passphrase, or the other way round.
        (Key::Passphrase(_), false) => return Err(OpenError::ForTeamKey),
        (Key::Team(_), true) => return Err(OpenError::NeedsPassphrase),
    };
    let mut plaintext = Vec::with_capacity(input.len().min(MAX_FILE_BYTES));
    reader
        .take(MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut plaintext)
        .map_err(|err| OpenError::Damaged(payload_detail(&err)))?;
    if plaintext.len() > MAX_FILE_BYTES {
        return Err(OpenError::TooLarge { size: plaintext.len(), limit: MAX_FILE_BYTES });
    }
    Ok(plaintext)
}

/// Whether the file, unarmored, starts with the age v1 magic line.
fn starts_as_v1(input: &[u8]) -> bool {
    let mut start = [0; MAGIC.len()];
    age::armor::ArmoredReader::new(input).read_exact(&mut start).is_ok() && start == MAGIC
}

/// What went wrong while reading the encrypted payload (after the key was found): the file
/// was cut short, a chunk fails its authentication tag, or the armor is broken.
fn payload_detail(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::UnexpectedEof => "the encrypted payload is cut short".to_owned(),
        _ => format!("the encrypted payload cannot be read ({err})"),
    }
}

/// How age's refusals read to the user. A wrong passphrase and a changed recipient stanza
/// (its salt, work factor or wrapped key) look the same to age: both fail to unwrap the key.
fn decrypt_error(err: DecryptError) -> OpenError {
    match err {
        DecryptError::DecryptionFailed | DecryptError::NoMatchingKeys => OpenError::WrongPassphrase,
        DecryptError::ExcessiveWork { required, .. } => {
            OpenError::WorkFactorTooHigh { found: required, limit: MAX_WORK_FACTOR }
        }
        // Another age version (v1 files that do not parse are caught before): not
        // something InfoShare made.
        DecryptError::UnknownFormat => OpenError::NotInfoShare,
        // The file starts as age v1 but its header does not parse: cut or changed.
        DecryptError::InvalidHeader => OpenError::Damaged("the age header is not valid".to_owned()),
        DecryptError::InvalidMac => {
            OpenError::Damaged("the age header was changed (its MAC does not match)".to_owned())
        }
        DecryptError::KeyDecryptionFailed => OpenError::Damaged("the age key could not be decrypted".to_owned()),
        DecryptError::Io(err) => OpenError::Damaged(match err.kind() {
            std::io::ErrorKind::UnexpectedEof => "the age header is cut short".to_owned(),
            _ => format!("the age header cannot be read ({err})"),
        }),
        _ => OpenError::Damaged("age refused the file".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::container::tests::{attachment, envelope};
    use crate::bundle::{OpenError, WORK_FACTOR};
    use age::secrecy::ExposeSecret;

    /// Low, for speed: the work factor only changes how long the key takes to derive.
    const FAST: u8 = 2;
    const PASSPHRASE: &str = "correct horse battery staple ünïcødé";

    fn stand_in_pdf(_: &Envelope) -> Result<Vec<u8>, SealError> {
        Ok(b"%PDF-1.7 stand-in".to_vec())
    }

    // The passphrase forms of the module's functions, which most tests here use.
    fn seal_with(
        envelope: &Envelope,
        attachments: &[Attachment],
        passphrase: &str,
        work_factor: u8,
        render: impl FnOnce(&Envelope) -> Result<Vec<u8>, SealError>,
    ) -> Result<Vec<u8>, SealError> {
        super::seal_with(envelope, attachments, Lock::Passphrase(passphrase, work_factor), render)
    }

    fn encrypt(plaintext: &[u8], passphrase: &str, work_factor: u8) -> Result<Vec<u8>, SealError> {
        super::encrypt(plaintext, Lock::Passphrase(passphrase, work_factor))
    }

    fn open(bytes: &[u8], passphrase: &str) -> Result<Opened, OpenError> {
        super::open(bytes, Key::Passphrase(passphrase))
    }

    fn decrypt(bytes: &[u8], passphrase: &str) -> Result<Vec<u8>, OpenError> {
        super::decrypt(bytes, Key::Passphrase(passphrase))
    }

    fn sealed(attachments: &[Attachment]) -> Vec<u8> {
        seal_with(&envelope(), attachments, PASSPHRASE, FAST, stand_in_pdf).expect("sealed")
    }

    /// Where the header ends: after the `--- <mac>` line.
    fn header_end(file: &[u8]) -> usize {
        let mac = file.windows(4).position(|window| window == b"\n---").expect("a MAC line") + 1;
        mac + file[mac..].iter().position(|byte| *byte == b'\n').expect("end of the MAC line") + 1
    }

    /// The work factor in the header's scrypt stanza (`-> scrypt <salt> <log2 N>`).
    fn work_factor_of(file: &[u8]) -> u8 {
        let header = String::from_utf8_lossy(&file[..header_end(file)]).into_owned();
        let line = header.lines().find(|line| line.starts_with("-> scrypt ")).expect("a scrypt stanza");
        line.rsplit(' ').next().and_then(|n| n.parse().ok()).expect("a number")
    }

    fn armored(file: &[u8]) -> Vec<u8> {
        let mut writer =
            age::armor::ArmoredWriter::wrap_output(Vec::new(), age::armor::Format::AsciiArmor).expect("armor");
        writer.write_all(file).expect("write");
        writer.finish().expect("finish")
    }

    fn damaged(result: Result<Opened, OpenError>) -> String {
        match result {
            Err(OpenError::Damaged(detail)) => detail,
            other => panic!("expected Damaged, got {other:?}"),
        }
    }

    #[test]
    fn sealed_files_open_with_their_envelope_and_attachments() {
        let attachments = [
            attachment("Zoë's report – 第一.pdf", b"%PDF-1.4 first"),
            attachment("scan.png", &[0x89, b'P', b'N', b'G', 0, 255]),
            attachment("scan.png", b"another scan"),
            attachment("empty.txt", b""),
            attachment("../../etc/passwd", b"root:x:0:0"),
        ];
        let file = sealed(&attachments);
        assert!(is_age(&file));
        assert!(file.starts_with(b"age-encryption.org/v1\n-> scrypt "));
        assert_eq!(work_factor_of(&file), FAST);
        assert!(!file.windows(9).any(|window| window == b"ISR-7K3Q."), "no names in clear");

        let opened = open(&file, PASSPHRASE).expect("opens");
        assert_eq!(opened.format, Format::Age);
        assert_eq!(opened.envelope, container::describe(&envelope(), &attachments));
        assert_eq!(opened.attachments.len(), attachments.len());
        for (given, read) in attachments.iter().zip(&opened.attachments) {
            assert_eq!(read.bytes, given.bytes);
            assert_eq!(read.info.name, given.info.name, "the envelope keeps the name as given");
            assert_eq!(read.info.size, given.bytes.len() as u64);
            assert_eq!(read.info.sha256, container::sha256_hex(&given.bytes));
        }

        let zip = decrypt(&file, PASSPHRASE).expect("decrypts");
        let archive = zip::ZipArchive::new(std::io::Cursor::new(&zip[..])).expect("a zip");
        let names: Vec<_> = archive.file_names().map(|name| name.expect("utf-8").into_owned()).collect();
        assert_eq!(
            names,
            [
                "ISR-7K3Q.json",
                "ISR-7K3Q.pdf",
                "attachments/Zoë's report – 第一.pdf",
                "attachments/scan.png",
                "attachments/scan (2).png",
                "attachments/empty.txt",
                "attachments/passwd",
            ]
        );
    }

    #[test]
    fn a_file_with_no_attachments_opens() {
        let opened = open(&sealed(&[]), PASSPHRASE).expect("opens");
        assert_eq!(opened.envelope, envelope());
        assert!(opened.attachments.is_empty());
    }

    #[test]
    fn the_pdf_is_made_from_the_envelope_with_its_attachments_listed() {
        let attachments = [attachment("a.txt", b"alpha")];
        let mut seen = None;
        seal_with(&envelope(), &attachments, PASSPHRASE, FAST, |described| {
            seen = Some(described.clone());
            Ok(Vec::new())
        })
        .expect("sealed");
        assert_eq!(seen.map(|envelope| envelope.attachments.len()), Some(1));
        let failed = seal_with(&envelope(), &[], PASSPHRASE, FAST, |_| Err(SealError::Failed("no pdf".into())));
        assert_eq!(failed, Err(SealError::Failed("no pdf".into())), "a PDF failure is a seal failure");
    }

    #[test]
    fn a_wrong_passphrase_is_told_apart_from_damage() {
        let file = sealed(&[attachment("a.txt", b"alpha")]);
        assert_eq!(open(&file, "correct horse battery staple"), Err(OpenError::WrongPassphrase));
        assert_eq!(open(&file, ""), Err(OpenError::WrongPassphrase));
        assert_eq!(open(&file, &PASSPHRASE.to_uppercase()), Err(OpenError::WrongPassphrase));
    }

    #[test]
    fn truncated_files_are_damaged() {
        let file = sealed(&[attachment("big.bin", &vec![7; 200_000])]);
        let header = header_end(&file);
        let payload = header + 16; // after the nonce
        let cuts = [
            22,
            30,
            40,
            header - 10,
            header - 1,
            header,
            header + 8,
            payload,
            payload + 1,
            payload + 64 * 1024,
            payload + 64 * 1024 + 16,
            payload + 2 * (64 * 1024 + 16),
            file.len() / 2,
            file.len() - 17,
            file.len() - 16,
            file.len() - 1,
        ];
        for cut in cuts {
            let detail = damaged(open(&file[..cut], PASSPHRASE));
            assert!(!detail.is_empty(), "cut at {cut}");
        }
        assert!(damaged(open(&file[..header - 1], PASSPHRASE)).contains("header"));
        assert!(damaged(open(&file[..file.len() - 1], PASSPHRASE)).contains("payload"));
        // Shorter than the magic: not an age file at all.
        assert!(!is_age(&file[..10]));
    }

    #[test]
    fn changed_bytes_are_noticed() {
        let file = sealed(&[attachment("big.bin", &vec![7; 100_000])]);
        let header = header_end(&file);
        let flip = |at: usize| {
            let mut changed = file.clone();
            changed[at] ^= 0x01;
            open(&changed, PASSPHRASE)
        };
        // Another base64 letter, so the header still parses.
        let swap = |at: usize| {
            let mut changed = file.clone();
            changed[at] = if changed[at] == b'A' { b'B' } else { b'A' };
            open(&changed, PASSPHRASE)
        };
        // The payload (the nonce, each chunk, the last tag) is authenticated.
        for at in [header, header + 15, header + 16, header + 1000, header + 70_000, file.len() - 1] {
            assert!(damaged(flip(at)).contains("payload"), "byte {at}");
        }
        // The MAC line, and a header changed elsewhere, fail the MAC check...
        assert!(damaged(swap(header - 5)).contains("MAC"));
        let stanza_end = file[..header].windows(4).position(|w| w == b"\n---").expect("MAC line");
        let body = stanza_end - 3; // inside the wrapped key
                                   // ...except the stanza: its salt, work factor and wrapped key feed the key derivation,
                                   // so a change there reads as a wrong passphrase (age cannot tell the two apart).
        assert_eq!(swap(body), Err(OpenError::WrongPassphrase));
        // A header that no longer parses is damaged, not some other file.
        assert_eq!(damaged(flip(header - 1)), "the age header is not valid", "the MAC line's newline");
        assert_eq!(damaged(flip(3)), "the age header is not valid", "the magic line");
        // Changes all through the header are refused, and nothing panics. (Every third byte:
        // each try derives a key, and the unoptimised test build is slow at it.)
        for at in (0..header).step_by(3) {
            let result = if at % 2 == 0 { flip(at) } else { swap(at) };
            assert!(result.is_err(), "byte {at} changed and still opened");
        }
    }

    #[test]
    fn armored_files_open_even_after_whitespace() {
        let file = sealed(&[attachment("a.txt", b"alpha")]);
        let text = armored(&file);
        assert!(text.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----\n"));
        assert!(is_age(&text));
        let opened = open(&text, PASSPHRASE).expect("armored opens");
        assert_eq!(opened.attachments[0].bytes, b"alpha");
        let mut indented = b"\r\n \t\n".to_vec();
        indented.extend(&text);
        assert!(is_age(&indented));
        assert!(open(&indented, PASSPHRASE).is_ok());
        assert_eq!(open(&text, "wrong"), Err(OpenError::WrongPassphrase));
        let cut = &text[..text.len() - 40];
        assert!(damaged(open(cut, PASSPHRASE)).contains("header cannot be read") || open(cut, PASSPHRASE).is_err());
        let mut changed = text.clone();
        let middle = changed.len() / 2;
        changed[middle] = if changed[middle] == b'A' { b'B' } else { b'A' };
        assert!(matches!(open(&changed, PASSPHRASE), Err(OpenError::Damaged(_))));
    }

    #[test]
    fn is_age_knows_both_forms_and_nothing_else() {
        assert!(is_age(b"age-encryption.org/v1\n-> scrypt"));
        assert!(is_age(b"-----BEGIN AGE ENCRYPTED FILE-----\n"));
        assert!(is_age(b"  \n-----BEGIN AGE ENCRYPTED FILE-----\r\n"));
        assert!(!is_age(b"age-encryption.org/v2\n"));
        assert!(!is_age(b"%PDF-2.0"));
        assert!(!is_age(b""));
        assert!(!is_age(b"x-----BEGIN AGE ENCRYPTED FILE-----"));
    }

    #[test]
    fn a_work_factor_above_the_limit_is_refused_before_any_work() {
        let file = sealed(&[]);
        let text = String::from_utf8_lossy(&file[..header_end(&file)]).into_owned();
        let header = text.replacen(&format!(" {FAST}\n"), " 21\n", 1);
        assert_ne!(header, text);
        let mut changed = header.into_bytes();
        changed.extend(&file[header_end(&file)..]);
        assert_eq!(work_factor_of(&changed), 21);
        let started = std::time::Instant::now();
        assert_eq!(open(&changed, PASSPHRASE), Err(OpenError::WorkFactorTooHigh { found: 21, limit: MAX_WORK_FACTOR }));
        assert!(started.elapsed().as_secs() < 2, "no key was derived");
        let text = String::from_utf8_lossy(&changed).replacen(" 21\n", " 63\n", 1);
        assert_eq!(
            open(text.as_bytes(), PASSPHRASE),
            Err(OpenError::WorkFactorTooHigh { found: 63, limit: MAX_WORK_FACTOR })
        );
    }

    #[test]
    fn bare_records_encrypted_with_the_age_tool_open() {
        let envelope = envelope();
        let crate::bundle::Payload::Form(record) = &envelope.payload else { panic!("a form record") };
        let file = encrypt(record.to_json().as_bytes(), PASSPHRASE, FAST).expect("encrypted");
        let opened = open(&file, PASSPHRASE).expect("a bare record opens");
        assert_eq!(opened.envelope, envelope, "wrapped in a new envelope");
        assert!(opened.attachments.is_empty());

        let with_bom = format!("\u{feff}{}", envelope.to_json());
        let opened = open(&encrypt(with_bom.as_bytes(), PASSPHRASE, FAST).expect("encrypted"), PASSPHRASE);
        assert_eq!(opened.map(|opened| opened.envelope), Ok(envelope.clone()), "a bare envelope opens");

        let big = vec![b' '; container::MAX_JSON_BYTES + 1];
        let file = encrypt(&big, PASSPHRASE, FAST).expect("encrypted");
        assert_eq!(
            open(&file, PASSPHRASE),
            Err(OpenError::TooLarge { size: big.len(), limit: container::MAX_JSON_BYTES })
        );

        let listed = container::describe(&envelope, &[attachment("a.txt", b"alpha")]);
        let file = encrypt(listed.to_json().as_bytes(), PASSPHRASE, FAST).expect("encrypted");
        assert!(damaged(open(&file, PASSPHRASE)).contains("holds none"));
    }

    #[test]
    fn other_plaintext_is_not_infoshare() {
        for plaintext in
            [&b"hello"[..], b"", b"{\"format\": \"something-else\"}", b"[1, 2]", b"{ not json", &[0xff, 0xfe, 0]]
        {
            let file = encrypt(plaintext, PASSPHRASE, FAST).expect("encrypted");
            assert_eq!(open(&file, PASSPHRASE), Err(OpenError::NotInfoShare), "{plaintext:?}");
        }
    }

    #[test]
    fn files_for_keys_want_a_key_and_other_versions_are_not_infoshare() {
        let key = age::x25519::Identity::generate();
        let recipient = key.to_public();
        let encryptor = age::Encryptor::with_recipients(iter::once(&recipient as &dyn age::Recipient)).expect("ok");
        let mut file = Vec::new();
        let mut writer = encryptor.wrap_output(&mut file).expect("header");
        writer.write_all(envelope().to_json().as_bytes()).expect("write");
        writer.finish().expect("finish");
        assert!(is_age(&file));
        assert_eq!(open(&file, PASSPHRASE), Err(OpenError::ForTeamKey));
        assert_eq!(open(&armored(&file), PASSPHRASE), Err(OpenError::ForTeamKey));

        let mut other = b"age-encryption.org/v1\n".to_vec();
        other.extend(b"-> X25519 nonsense\n--- AAAA\n");
        assert!(matches!(open(&other, PASSPHRASE), Err(OpenError::Damaged(_))));
    }

    #[test]
    fn sealing_refuses_an_empty_passphrase_and_too_much() {
        assert_eq!(seal_with(&envelope(), &[], "", FAST, stand_in_pdf), Err(SealError::NoPassphrase));
        assert_eq!(encrypt(b"x", "", FAST), Err(SealError::NoPassphrase));
        for work_factor in [0, MAX_WORK_FACTOR + 1, 64, u8::MAX] {
            let result = seal_with(&envelope(), &[], PASSPHRASE, work_factor, stand_in_pdf);
            assert!(matches!(result, Err(SealError::Failed(_))), "{work_factor}: {result:?}");
        }
        // Zeroed vectors are mapped lazily: these cost address space, not memory or time.
        let half = crate::bundle::MAX_ATTACHMENT_BYTES / 2;
        let attachments = [
            Attachment { info: attachment("a", b"").info, bytes: vec![0; half] },
            Attachment { info: attachment("b", b"").info, bytes: vec![0; half + 1] },
        ];
        let mut rendered = false;
        let result = seal_with(&envelope(), &attachments, PASSPHRASE, FAST, |_| {
            rendered = true;
            Ok(Vec::new())
        });
        assert_eq!(
            result,
            Err(SealError::TooLarge {
                size: crate::bundle::MAX_ATTACHMENT_BYTES + 1,
                limit: crate::bundle::MAX_ATTACHMENT_BYTES
            })
        );
        assert!(!rendered, "refused before any work");
        assert_eq!(seal(&envelope(), &attachments, Lock::Passphrase(PASSPHRASE, FAST), &ScriptFonts::new()), result);
    }

    /// Files sealed the normal way record the standard work factor (needs the PDF).
    #[test]
    fn sealing_uses_the_standard_work_factor() {
        let file = crate::bundle::seal_age(&envelope(), &[], PASSPHRASE, WORK_FACTOR, &ScriptFonts::new())
            .expect("sealed (needs the PDF)");
        assert_eq!(work_factor_of(&file), WORK_FACTOR);
        assert_eq!(WORK_FACTOR, 18);
    }

    /// Sealed (with the stand-in PDF) for these teams' keys.
    fn sealed_for(teams: &[&TeamIdentity], attachments: &[Attachment]) -> Vec<u8> {
        let keys: Vec<String> = teams.iter().map(|team| team.public_key()).collect();
        super::seal_with(&envelope(), attachments, Lock::Keys(&keys), stand_in_pdf).expect("sealed")
    }

    #[test]
    fn a_file_sealed_for_two_teams_opens_with_either_key_and_no_other() {
        let (pado, requester, other) = (TeamIdentity::generate(), TeamIdentity::generate(), TeamIdentity::generate());
        let file = sealed_for(&[&pado, &requester], &[attachment("a.txt", b"alpha")]);
        let header = String::from_utf8_lossy(&file[..header_end(&file)]).into_owned();
        assert_eq!(header.matches("\n-> X25519 ").count(), 2, "{header}");
        assert!(!header.contains("scrypt") && !header.contains(&pado.public_key()), "{header}");
        for team in [&pado, &requester] {
            let opened = super::open(&file, Key::Team(team)).expect("opens");
            assert_eq!(opened.attachments[0].bytes, b"alpha");
            assert_eq!(opened.envelope.payload, envelope().payload);
        }
        assert_eq!(super::open(&file, Key::Team(&other)), Err(OpenError::NotForThisKey));
        assert_eq!(super::open(&armored(&file), Key::Team(&other)), Err(OpenError::NotForThisKey));
        assert!(super::open(&armored(&file), Key::Team(&pado)).is_ok(), "armored too");
        assert_eq!(open(&file, PASSPHRASE), Err(OpenError::ForTeamKey));
        assert_eq!(super::open(&sealed(&[]), Key::Team(&pado)), Err(OpenError::NeedsPassphrase));
    }

    #[test]
    fn a_changed_team_file_does_not_open() {
        let team = TeamIdentity::generate();
        let file = sealed_for(&[&team], &[attachment("big.bin", &vec![7; 100_000])]);
        let header = header_end(&file);
        let flip = |at: usize| {
            let mut changed = file.clone();
            changed[at] ^= 0x01;
            super::open(&changed, Key::Team(&team))
        };
        for at in [header, header + 16, header + 70_000, file.len() - 1] {
            assert!(damaged(flip(at)).contains("payload"), "byte {at}");
        }
        // The MAC line fails the MAC check; the wrapped key, which only this key unwraps,
        // reads as another team's file (age cannot tell the two apart).
        let mut changed = file.clone();
        changed[header - 5] = if changed[header - 5] == b'A' { b'B' } else { b'A' };
        assert!(damaged(super::open(&changed, Key::Team(&team))).contains("MAC"));
        let stanza = file.windows(10).position(|w| w == b"-> X25519 ").expect("an X25519 stanza");
        let body = stanza + file[stanza..].iter().position(|byte| *byte == b'\n').expect("its line") + 1;
        let mut changed = file.clone();
        changed[body] = if changed[body] == b'A' { b'B' } else { b'A' };
        assert_eq!(super::open(&changed, Key::Team(&team)), Err(OpenError::NotForThisKey));
        for cut in [30, header - 1, header + 20, file.len() - 1] {
            assert!(super::open(&file[..cut], Key::Team(&team)).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn sealing_for_keys_needs_real_public_keys() {
        let none = super::seal_with(&envelope(), &[], Lock::Keys(&[]), stand_in_pdf);
        assert!(matches!(none, Err(SealError::Failed(_))), "{none:?}");
        let team = TeamIdentity::generate();
        let upper = [team.public_key().to_uppercase()];
        let file = super::seal_with(&envelope(), &[], Lock::Keys(&upper), stand_in_pdf).expect("bech32 in capitals");
        assert!(super::open(&file, Key::Team(&team)).is_ok(), "as the pack checks accept it");
        let secret = team.secret().expose_secret().to_owned();
        for keys in [vec![secret], vec![TeamIdentity::generate().public_key(), "age1nope".to_owned()]] {
            let result = super::seal_with(&envelope(), &[], Lock::Keys(&keys), stand_in_pdf);
            assert!(matches!(&result, Err(SealError::Failed(detail)) if detail.starts_with("key ")), "{result:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

        #[test]
        fn changed_files_never_open_and_never_panic(
            at in proptest::prelude::any::<proptest::sample::Index>(),
            value in proptest::prelude::any::<u8>(),
            cut in proptest::prelude::any::<proptest::sample::Index>(),
        ) {
            let file = seal_with(&envelope(), &[attachment("a.txt", b"alpha")], "pw", 1, stand_in_pdf).expect("sealed");
            let mut changed = file.clone();
            let at = at.index(changed.len());
            changed[at] = value;
            let opened = open(&changed, "pw");
            proptest::prop_assert!(opened.is_err() || changed == file, "byte {at} changed: {opened:?}");
            let cut = cut.index(file.len());
            proptest::prop_assert!(open(&file[..cut], "pw").is_err());
        }

        #[test]
        fn any_bytes_never_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300)) {
            let mut binary = MAGIC.to_vec();
            binary.extend(&bytes);
            let _ = open(&binary, "pw");
            let mut text = ARMOR_BEGIN.to_vec();
            text.push(b'\n');
            text.extend(&bytes);
            let _ = open(&text, "pw");
        }
    }
}
