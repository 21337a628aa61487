//! Sealed PDFs checked with other people's tools: qpdf decrypts them without a warning and
//! finds no errors, poppler reports PDF 2.0 with AES-256, extracts the text as typed (the
//! marking and page numbers on every page, names with diacritics) and detaches the JSON.
//! These tools are required (`scripts/setup.sh` installs qpdf and poppler-utils): a missing
//! tool fails the test rather than skipping it.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::*;
use infoshare_core::bundle::{open, seal_pdf, Envelope, OpenError, Payload, PrintedPages, ScriptFont, ScriptFonts};
use infoshare_core::form::build;
use infoshare_core::rendering::{HANDLING, MARKING, TRAINING};

/// Short enough for poppler, whose command-line tools refuse passwords over 32 characters.
const PASSPHRASE: &str = "tidy-ocean-marble-lantern";
const NAME: &str = "O'Neill-Łukasz Nguyễn";

fn envelope(training: bool) -> Envelope {
    let library = library();
    let pack = library.pack("lincolnshire").expect("pack");
    let form = form(&library, "lincolnshire", "police-disclosure-request");
    let reason = "Concerns about Zoë Şükrü Đặng's attendance, noted by the school. ".repeat(120);
    let answers = police_request().with("requester-name", NAME).with("reason", &reason);
    let record = build(&library, pack, form, &answers, "ISR-7K3Q".into(), now()).expect("a valid request");
    let mut envelope = Envelope::new(Payload::Form(record), now());
    envelope.training = training;
    envelope
}

/// A fresh folder for one test's files.
fn folder(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("infoshare-pdf-interop-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    dir
}

/// Runs a tool, failing clearly when it is not installed.
fn run(tool: &str, args: &[&str]) -> Output {
    Command::new(tool).args(args).output().unwrap_or_else(|err| {
        panic!("{tool} could not be run ({err}): install qpdf and poppler-utils (scripts/setup.sh does)")
    })
}

fn succeeds(tool: &str, args: &[&str]) -> String {
    let output = run(tool, args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{tool} {args:?} failed: {stderr}");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn path(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 path")
}

/// Seals `envelope` into `dir` and decrypts it with qpdf, which must not warn about anything.
fn seal_and_decrypt(envelope: &Envelope, dir: &Path) -> (PathBuf, PathBuf) {
    let sealed = dir.join("sealed.pdf");
    let decrypted = dir.join("decrypted.pdf");
    std::fs::write(&sealed, seal_pdf(envelope, PASSPHRASE, &ScriptFonts::new()).expect("seals")).expect("writes");
    let password = format!("--password={PASSPHRASE}");
    let output = run("qpdf", &[&password, "--decrypt", path(&sealed), path(&decrypted)]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success() && stderr.is_empty(), "qpdf --decrypt: {:?} {stderr}", output.status);
    (sealed, decrypted)
}

#[test]
fn qpdf_decrypts_a_sealed_pdf_without_warnings_and_finds_no_errors() {
    let dir = folder("qpdf");
    let (sealed, decrypted) = seal_and_decrypt(&envelope(false), &dir);
    let check = succeeds("qpdf", &["--check", path(&decrypted)]);
    assert!(check.contains("No syntax or stream encoding errors found"), "{check}");
    let password = format!("--password={PASSPHRASE}");
    let encryption = succeeds("qpdf", &[&password, "--show-encryption", path(&sealed)]);
    assert!(encryption.contains("R = 6"), "{encryption}");
    assert!(encryption.contains("AESv3"), "{encryption}");
    let wrong = run("qpdf", &["--password=not-it", "--decrypt", path(&sealed), path(&dir.join("wrong.pdf"))]);
    assert!(!wrong.status.success(), "qpdf opened the file with the wrong password");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn poppler_reports_pdf_2_0_with_aes_256() {
    let dir = folder("pdfinfo");
    let (sealed, _) = seal_and_decrypt(&envelope(false), &dir);
    let info = succeeds("pdfinfo", &["-upw", PASSPHRASE, path(&sealed)]);
    assert!(info.lines().any(|line| line.starts_with("PDF version:") && line.ends_with("2.0")), "{info}");
    assert!(info.contains("algorithm:AES-256"), "{info}");
    assert!(info.contains("print:yes copy:yes change:no"), "{info}");
    assert!(info.contains("Title:           InfoShare ISR-7K3Q"), "{info}");
    assert!(info.contains("Page size:       595.276 x 841.89 pts (A4)"), "{info}");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn every_page_carries_the_marking_handling_and_page_number_and_names_extract_as_typed() {
    let dir = folder("pdftotext");
    let (_, decrypted) = seal_and_decrypt(&envelope(false), &dir);
    let text = succeeds("pdftotext", &["-enc", "UTF-8", path(&decrypted), "-"]);
    let pages: Vec<&str> = text.split('\u{c}').filter(|page| !page.trim().is_empty()).collect();
    assert!(pages.len() >= 2, "expected several pages, got {}", pages.len());
    for (index, page) in pages.iter().enumerate() {
        assert_eq!(page.matches(MARKING).count(), 2, "page {}: {page}", index + 1);
        assert_eq!(page.matches(HANDLING).count(), 2, "page {}: {page}", index + 1);
        assert!(page.contains(&format!("Page {} of {}", index + 1, pages.len())), "page {}", index + 1);
        assert!(page.contains("ISR-7K3Q"), "page {}", index + 1);
        assert!(!page.contains(TRAINING), "page {}", index + 1);
    }
    assert!(text.contains("Page 1 of"));
    assert!(text.contains(NAME), "{text}");
    assert!(text.contains("Zoë Şükrü Đặng"));
    // The encrypted file reads the same with the passphrase.
    let sealed = dir.join("sealed.pdf");
    assert_eq!(succeeds("pdftotext", &["-enc", "UTF-8", "-upw", PASSPHRASE, path(&sealed), "-"]), text);
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn every_page_of_a_training_file_says_so() {
    let dir = folder("training");
    let (_, decrypted) = seal_and_decrypt(&envelope(true), &dir);
    let text = succeeds("pdftotext", &["-enc", "UTF-8", path(&decrypted), "-"]);
    let pages: Vec<&str> = text.split('\u{c}').filter(|page| !page.trim().is_empty()).collect();
    assert!(pages.len() >= 2);
    for (index, page) in pages.iter().enumerate() {
        // The banner; the diagonal watermark does not extract as one line.
        assert!(page.contains(TRAINING), "page {}: {page}", index + 1);
    }
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn the_attached_json_detaches_and_opens_to_the_same_envelope() {
    let dir = folder("pdfdetach");
    let envelope = envelope(false);
    let (sealed, decrypted) = seal_and_decrypt(&envelope, &dir);
    let list = succeeds("pdfdetach", &["-list", path(&decrypted)]);
    assert!(list.contains("1: ISR-7K3Q.json"), "{list}");
    let json = dir.join("attached.json");
    succeeds("pdfdetach", &["-save", "1", "-o", path(&json), path(&decrypted)]);
    let attached = std::fs::read_to_string(&json).expect("the attachment");
    assert_eq!(Envelope::from_json(&attached).expect("an envelope"), envelope);
    let bytes = std::fs::read(&sealed).expect("the sealed file");
    assert_eq!(open(&bytes, PASSPHRASE).expect("opens").envelope, envelope);
    // qpdf's rewrite keeps the digests, the JSON and the pages, so InfoShare opens it too.
    let rewritten = std::fs::read(&decrypted).expect("the decrypted file");
    let opened = open(&rewritten, "").expect("opens");
    assert_eq!((opened.envelope, opened.pages), (envelope, PrintedPages::Intact));
    std::fs::remove_dir_all(dir).ok();
}

/// Names and notes in every script the issue lists, one a line: each must print and extract
/// exactly as typed.
const IN_MANY_SCRIPTS: [&str; 14] = [
    "محمد",
    "Nguyễn Thị Minh Khai",
    "Ελένη",
    "李小龍",
    "عمران پرویز ٹیپو",
    "রবীন্দ্রনাথ ঠাকুর",
    "ক্ষমা",
    "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ",
    "Ольга Ковальчук",
    "Łukasz Żółć",
    "Ștefan Țurcanu",
    "ሰላም ተስፋይ",
    "Seen at the park 😀👍",
    "さくら",
];

/// Every on-demand font, as the worker would fetch them.
fn all_script_fonts() -> ScriptFonts {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/fonts");
    let mut fonts = ScriptFonts::new();
    for font in ScriptFont::ALL {
        fonts.insert(font, std::fs::read(folder.join(font.file())).expect("a shipped font"));
    }
    fonts
}

#[test]
fn names_in_every_script_print_and_extract_as_typed() {
    let dir = folder("scripts");
    let library = library();
    let pack = library.pack("lincolnshire").expect("pack");
    let form = form(&library, "lincolnshire", "police-disclosure-request");
    let answers = police_request().with("reason", &IN_MANY_SCRIPTS.join("\n"));
    let record = build(&library, pack, form, &answers, "ISR-7K3Q".into(), now()).expect("a valid request");
    let envelope = Envelope::new(Payload::Form(record), now());
    let sealed = dir.join("sealed.pdf");
    std::fs::write(&sealed, seal_pdf(&envelope, PASSPHRASE, &all_script_fonts()).expect("seals")).expect("writes");
    let text = succeeds("pdftotext", &["-enc", "UTF-8", "-upw", PASSPHRASE, path(&sealed), "-"]);
    // pdftotext marks right-to-left text with an embedding (U+202B ... U+202C) around it.
    let lines: Vec<String> = text.lines().map(|line| line.replace(['\u{202B}', '\u{202C}'], "")).collect();
    for name in IN_MANY_SCRIPTS {
        assert!(lines.iter().any(|line| line == name), "{name} not extracted as typed:\n{text}");
    }
    assert!(!text.contains('\u{FFFD}'), "{text}");
    std::fs::remove_dir_all(dir).ok();
}

/// The sealed file decrypted by qpdf in its editable form (streams uncompressed), with
/// `from` replaced by `to` (the same length, so the file's offsets still hold), encrypted
/// again by qpdf with the same passphrase: what someone with the passphrase and a PDF tool
/// could do.
fn edited_with_qpdf(dir: &Path, from: &str, to: &str) -> Vec<u8> {
    assert_eq!(from.len(), to.len());
    let (sealed, _) = seal_and_decrypt(&envelope(false), dir);
    let editable = dir.join("editable.pdf");
    let password = format!("--password={PASSPHRASE}");
    succeeds("qpdf", &[&password, "--qdf", "--object-streams=disable", "--decrypt", path(&sealed), path(&editable)]);
    let bytes = std::fs::read(&editable).expect("the editable file");
    let at = bytes.windows(from.len()).position(|window| window == from.as_bytes()).expect("the text to change");
    let mut edited = bytes;
    edited[at..at + to.len()].copy_from_slice(to.as_bytes());
    std::fs::write(&editable, edited).expect("writes");
    let again = dir.join("again.pdf");
    succeeds("qpdf", &["--encrypt", PASSPHRASE, "another-owner-password", "256", "--", path(&editable), path(&again)]);
    std::fs::read(&again).expect("the encrypted file")
}

#[test]
fn printed_pages_changed_with_qpdf_are_caught_and_the_record_inside_is_intact() {
    let dir = folder("pages-changed");
    // The colour of the text on the first page.
    let changed = edited_with_qpdf(&dir, "0.043 0.047 0.047 rg", "0.900 0.047 0.047 rg");
    let opened = open(&changed, PASSPHRASE).expect("the record inside is intact");
    assert_eq!((opened.envelope, opened.pages), (envelope(false), PrintedPages::Changed));
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn a_record_changed_with_qpdf_is_damaged() {
    let dir = folder("record-changed");
    let changed = edited_with_qpdf(&dir, "\"Social worker\"", "\"Social wonker\"");
    assert!(matches!(open(&changed, PASSPHRASE), Err(OpenError::Damaged(_))));
    std::fs::remove_dir_all(dir).ok();
}
