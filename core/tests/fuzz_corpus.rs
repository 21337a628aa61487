//! The fuzz corpora (`fuzz/corpus/`) replayed on stable Rust in every `cargo test`: every
//! input the fuzzers kept, and every crash they found, goes through the same calls as the
//! fuzz targets (`fuzz/fuzz_targets/`) and must come back as a value or an error, not a
//! panic. See `fuzz/README.md` for running the fuzzers themselves.
//!
//! `write_seed_corpus` (ignored) made the seeds: small files sealed with the fuzz
//! passphrase at scrypt work factors 1 and 2, so that fuzzing is not spent deriving keys.

#![cfg(feature = "seal")]

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use infoshare_core::bundle::{self, Attachment, AttachmentInfo, Envelope, OpenError, Payload};
use infoshare_core::form::{build, decision_record};
use infoshare_core::library::Library;
use infoshare_core::pack::{check_library, parse_toml, Pack, SourceRegistry};

/// The passphrase of the seeds and of the `open_bundle` target.
const PASSPHRASE: &str = "fuzz passphrase";
/// Like the `open_bundle` target: key derivation above this work factor is not replayed.
const FUZZ_MAX_WORK_FACTOR: u64 = 6;

fn corpus(target: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus").join(target)
}

/// The files of a corpus, in name order; empty when the directory is missing.
fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let Ok(entries) = std::fs::read_dir(corpus(target)) else { return Vec::new() };
    let mut files: Vec<(String, Vec<u8>)> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_ok_and(|kind| kind.is_file()))
        .map(|entry| {
            let bytes = std::fs::read(entry.path()).expect("a readable corpus file");
            (entry.file_name().to_string_lossy().into_owned(), bytes)
        })
        .collect();
    files.sort();
    files
}

/// The same filter as the `open_bundle` target: an age header naming a slow work factor.
fn asks_for_slow_scrypt(data: &[u8]) -> bool {
    let trimmed = data.trim_ascii_start();
    if !trimmed.starts_with(b"age-encryption.org/") && !trimmed.starts_with(b"-----BEGIN AGE") {
        return false;
    }
    let mut header = Vec::new();
    let _ = age::armor::ArmoredReader::new(trimmed).take(64 * 1024).read_to_end(&mut header);
    header.extend_from_slice(data);
    header.split(|&byte| byte == b'\n').filter(|line| line.windows(6).any(|w| w == b"scrypt")).any(|line| {
        line.split(|byte| byte.is_ascii_whitespace()).any(|word| {
            let digits = std::str::from_utf8(word).ok().map(|w| w.trim_start_matches(['+', '0']));
            digits
                .and_then(|d| d.parse::<u64>().ok())
                .is_some_and(|factor| factor > FUZZ_MAX_WORK_FACTOR && factor <= u64::from(bundle::MAX_WORK_FACTOR))
        })
    })
}

fn is_sealed_kind(data: &[u8]) -> bool {
    data.starts_with(b"%PDF-")
        || data.starts_with(b"age-encryption.org/v1\n")
        || data.trim_ascii_start().starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----")
}

/// Which `open_bundle` shard a corpus file (the `index`th in name order) belongs to, so the
/// shards replay in parallel: PDFs, split in two since each encrypted one pays for the
/// AES-256 password hash (tens of milliseconds in a debug build), then age files, then the rest.
fn shard(index: usize, data: &[u8]) -> usize {
    if data.starts_with(b"%PDF-") {
        index % 2
    } else if data.starts_with(b"age-encryption.org/") {
        2
    } else {
        3
    }
}

fn replay_open_bundle(which: usize) {
    let started = Instant::now();
    let (mut opened, mut refused, mut skipped) = (0, 0, 0);
    let files = inputs("open_bundle").into_iter().enumerate();
    for (_, (name, data)) in files.filter(|(index, (_, data))| shard(*index, data) == which) {
        if asks_for_slow_scrypt(&data) {
            skipped += 1;
            continue;
        }
        match bundle::open(&data, PASSPHRASE) {
            Ok(_) => opened += 1,
            Err(err) => {
                refused += 1;
                if !is_sealed_kind(&data) {
                    assert_eq!(err, OpenError::NotInfoShare, "{name}: neither age nor PDF");
                }
                assert!(!err.message().contains(PASSPHRASE), "{name}: the message repeats the passphrase");
            }
        }
    }
    let took = started.elapsed();
    println!("open_bundle corpus, shard {which}: {opened} opened, {refused} refused, {skipped} skipped, in {took:?}");
    assert!(took < Duration::from_secs(60), "the corpus should replay in seconds");
}

#[test]
fn open_bundle_corpus_pdf_never_panics() {
    replay_open_bundle(0);
}

#[test]
fn open_bundle_corpus_more_pdf_never_panics() {
    replay_open_bundle(1);
}

#[test]
fn open_bundle_corpus_age_never_panics() {
    replay_open_bundle(2);
}

#[test]
fn open_bundle_corpus_other_never_panics() {
    replay_open_bundle(3);
}

#[test]
fn garbage_is_not_infoshare() {
    for data in [&b""[..], b"hello", b"PK\x03\x04", b"\x00\x01\x02\x03", b"%PDX-1.7", b"age-encryption.org/v2\n"] {
        assert!(bundle::open(data, PASSPHRASE).is_err(), "{data:?}");
    }
    assert_eq!(bundle::open(b"{\"format\":\"infoshare-bundle\"}", PASSPHRASE), Err(OpenError::NotInfoShare));
}

fn shipped_sources() -> SourceRegistry {
    Library::shipped().expect("the shipped packs parse").sources
}

#[test]
fn parse_pack_corpus_never_panics() {
    let sources = shipped_sources();
    let (mut parsed, mut refused) = (0, 0);
    for (_, data) in inputs("parse_pack") {
        let Ok(text) = std::str::from_utf8(&data) else { continue };
        match parse_toml::<Pack>("corpus.toml", text) {
            Ok(pack) => {
                parsed += 1;
                let _ = check_library(&sources, std::slice::from_ref(&pack));
            }
            Err(_) => refused += 1,
        }
        let _ = parse_toml::<SourceRegistry>("sources.toml", text);
    }
    println!("parse_pack corpus: {parsed} parsed, {refused} refused");
}

#[test]
fn envelope_json_corpus_never_panics() {
    let (mut read, mut refused) = (0, 0);
    for (_, data) in inputs("envelope_json") {
        let Ok(text) = std::str::from_utf8(&data) else { continue };
        match Envelope::from_json(text) {
            Ok(envelope) => {
                read += 1;
                assert!(Envelope::from_json(&envelope.to_json()).is_ok(), "what is read writes back readably");
            }
            Err(_) => refused += 1,
        }
    }
    println!("envelope_json corpus: {read} read, {refused} refused");
}

/// Writes the seed corpora into `fuzz/corpus/` (run once, then minimise with `cargo fuzz
/// cmin`): `cargo test -p infoshare-core --test fuzz_corpus -- --ignored`.
#[test]
#[ignore = "writes the seed corpora; run by hand"]
fn write_seed_corpus() {
    let library = common::library();
    let envelope = police_envelope(&library);
    let decision = decision_envelope(&library);
    write_open_bundle_seeds(&envelope, &decision);
    write_parse_pack_seeds();
    let envelope_json = corpus("envelope_json");
    std::fs::create_dir_all(&envelope_json).expect("a corpus directory");
    let Payload::Form(record) = &envelope.payload else { panic!("a form record") };
    let Payload::Decision(decided) = &decision.payload else { panic!("a decision record") };
    let documents = [
        ("seed-envelope-form.json", envelope.to_json()),
        ("seed-envelope-decision.json", decision.to_json()),
        ("seed-form-record.json", record.to_json()),
        ("seed-decision-record.json", decided.to_json()),
    ];
    for (name, json) in documents {
        std::fs::write(envelope_json.join(name), json).expect("written");
    }
}

fn police_envelope(library: &Library) -> Envelope {
    let pack = library.pack("lincolnshire").expect("pack");
    let form = common::form(library, "lincolnshire", "police-disclosure-request");
    let record =
        build(library, pack, form, &common::police_request(), "ISR-7K3Q".into(), common::now()).expect("a record");
    Envelope::new(Payload::Form(record), common::now())
}

fn decision_envelope(library: &Library) -> Envelope {
    let pack = library.pack("north-east-lincolnshire").expect("pack");
    let form = common::form(library, "north-east-lincolnshire", "sharing-decision-record");
    let record = decision_record(library, pack, form, &common::decision_record(), "ISD-4M2P".into(), common::now())
        .expect("a decision-record form")
        .expect("complete");
    Envelope::new(Payload::Decision(record), common::now())
}

fn attachment(name: &str, bytes: &[u8]) -> Attachment {
    Attachment {
        info: AttachmentInfo { name: name.into(), media_type: "text/plain".into(), size: 0, sha256: String::new() },
        bytes: bytes.to_vec(),
    }
}

/// Encrypts bytes with the age crate at a given work factor, binary or armored.
fn age_encrypt(plaintext: &[u8], passphrase: &str, work_factor: u8, armored: bool) -> Vec<u8> {
    use std::io::Write;
    let mut recipient = age::scrypt::Recipient::new(age::secrecy::SecretString::from(passphrase.to_owned()));
    recipient.set_work_factor(work_factor);
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient)).expect("an encryptor");
    let mut sealed = Vec::new();
    let format = if armored { age::armor::Format::AsciiArmor } else { age::armor::Format::Binary };
    let armor = age::armor::ArmoredWriter::wrap_output(&mut sealed, format).expect("armor");
    let mut writer = encryptor.wrap_output(armor).expect("a writer");
    writer.write_all(plaintext).expect("written");
    writer.finish().and_then(|armor| armor.finish()).expect("finished");
    sealed
}

fn age_decrypt(sealed: &[u8], passphrase: &str) -> Vec<u8> {
    let decryptor = age::Decryptor::new(sealed).expect("an age file");
    let identity = age::scrypt::Identity::new(age::secrecy::SecretString::from(passphrase.to_owned()));
    let mut reader = decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity)).expect("decrypts");
    let mut plaintext = Vec::new();
    reader.read_to_end(&mut plaintext).expect("read");
    plaintext
}

/// The unencrypted PDF inside a sealed age file's zip.
fn pdf_inside(zip: &[u8]) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).expect("a zip");
    let names: Vec<String> = archive.file_names().filter_map(|name| name.ok().map(|n| n.into_owned())).collect();
    let name = names.into_iter().find(|name| name.ends_with(".pdf")).expect("a PDF entry");
    let mut pdf = Vec::new();
    archive.by_name(&name).expect("the entry").read_to_end(&mut pdf).expect("read");
    pdf
}

fn write_open_bundle_seeds(envelope: &Envelope, decision: &Envelope) {
    let dir = corpus("open_bundle");
    std::fs::create_dir_all(&dir).expect("a corpus directory");
    let write = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).expect("written");
    let attachments = [attachment("a.txt", b"alpha"), attachment("empty.txt", b"")];
    let zipped = bundle::seal_age(envelope, &attachments, PASSPHRASE, 1, &bundle::ScriptFonts::new()).expect("sealed");
    write("seed-age-zip-attachments-wf1.age", &zipped);
    write(
        "seed-age-zip-wf2.age",
        &bundle::seal_age(decision, &[], PASSPHRASE, 2, &bundle::ScriptFonts::new()).expect("sealed"),
    );
    write(
        "seed-age-zip-other-passphrase-wf1.age",
        &bundle::seal_age(decision, &[], "other", 1, &bundle::ScriptFonts::new()).expect("sealed"),
    );
    let zip = age_decrypt(&zipped, PASSPHRASE);
    write("seed-age-zip-armored-wf1.age", &age_encrypt(&zip, PASSPHRASE, 1, true));
    let Payload::Decision(decided) = &decision.payload else { panic!("a decision record") };
    let bare = decided.to_json();
    write("seed-age-bare-record-wf1.age", &age_encrypt(bare.as_bytes(), PASSPHRASE, 1, false));
    write("seed-age-bare-envelope-armored-wf2.age", &age_encrypt(envelope.to_json().as_bytes(), PASSPHRASE, 2, true));
    write("seed-age-not-json-wf1.age", &age_encrypt(b"not json", PASSPHRASE, 1, false));
    // The same file asking for work factor 21: refused before any key derivation.
    let header = String::from_utf8_lossy(&zipped[..zipped.len().min(200)]).into_owned();
    let stanza = header.lines().find(|line| line.starts_with("-> scrypt ")).expect("a scrypt stanza");
    let high = format!("{} 21", stanza.rsplit_once(' ').expect("a work factor").0);
    let mut excessive = zipped.clone();
    let at = excessive.windows(stanza.len()).position(|w| w == stanza.as_bytes()).expect("the stanza");
    excessive.splice(at..at + stanza.len(), high.bytes());
    write("seed-age-work-factor-21.age", &excessive);
    write("seed-age-truncated.age", &zipped[..zipped.len() / 2]);
    write(
        "seed-pdf-encrypted.pdf",
        &bundle::seal_pdf(decision, PASSPHRASE, &bundle::ScriptFonts::new()).expect("a PDF"),
    );
    write("seed-pdf-plain.pdf", &pdf_inside(&zip));
    write("seed-pdf-header-only.pdf", b"%PDF-2.0\n%%EOF\n");
    write("seed-age-header-only.age", b"age-encryption.org/v1\n-> scrypt AAAAAAAAAAAAAAAAAAAAAA 1\n");
}

fn write_parse_pack_seeds() {
    let dir = corpus("parse_pack");
    std::fs::create_dir_all(&dir).expect("a corpus directory");
    let packs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../packs");
    for entry in std::fs::read_dir(&packs).expect("packs/").filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".toml") {
            std::fs::copy(entry.path(), dir.join(format!("seed-{name}"))).expect("copied");
        }
    }
}
