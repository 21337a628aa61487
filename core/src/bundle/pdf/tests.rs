//! Sealing and opening PDFs: round trips, wrong passphrases, tampering, truncation, other
//! PDFs, and the document's structure (version, encryption, attachment, fonts).

use chrono::{NaiveDate, NaiveDateTime};
use lopdf::{Document, Object};
use sha2::Digest as _;

use super::*;
use crate::bundle::{Payload, PrintedPages};
use crate::form::{build, Answers};
use crate::library::Library;

const PASSPHRASE: &str = "correct horse battery staple";

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2025, 11, 25).and_then(|day| day.and_hms_opt(10, 0, 0)).expect("a real time")
}

fn date(answers: Answers, path: &str, (day, month, year): (u32, u32, i32)) -> Answers {
    answers
        .with(&format!("{path}.day"), &day.to_string())
        .with(&format!("{path}.month"), &month.to_string())
        .with(&format!("{path}.year"), &year.to_string())
}

/// A Lincolnshire request for police disclosure about one subject, with `reason` as given.
pub fn request(reason: &str) -> Envelope {
    let mut answers = Answers::default()
        .with("urgency", "non-urgent")
        .with("requester-name", "O'Neill-Łukasz Nguyễn")
        .with("requester-role", "Social worker")
        .with("social-worker-email", "zoe.sukru@lincolnshire.gov.uk")
        .with("children[0].name", "Zoë Şükrü Đặng")
        .with("enquiry-basis", "section-17")
        .with("reason", reason)
        .with("subjects[0].forename", "Dan")
        .with("subjects[0].surname", "O'Neill-Łukasz")
        .with("subjects[0].current-address.lines", "1 Example Street\nLincoln")
        .with("subjects[0].current-address.postcode", "LN1 9ZZ")
        .with("subjects[0].other-addresses[0].address.lines", "2 Sample Road\nGrantham")
        .with("subjects[0].other-addresses[0].address.postcode", "NG31 9ZZ");
    answers.set_choice("requests", "police-disclosure", true);
    let answers = date(answers, "request-date", (25, 11, 2025));
    let answers = date(answers, "subjects[0].date-of-birth", (3, 3, 1990));
    let answers = date(answers, "subjects[0].moved-in", (1, 6, 2022));
    let answers = date(answers, "subjects[0].other-addresses[0].from", (1, 1, 2019));
    let answers = date(answers, "subjects[0].other-addresses[0].to", (31, 5, 2022));
    let library = Library::shipped().expect("shipped packs parse");
    let pack = library.pack("lincolnshire").expect("pack");
    let form = library.form("lincolnshire", "police-disclosure-request").expect("form");
    let record = build(&library, pack, form, &answers, "ISR-7K3Q".into(), now()).expect("a valid request");
    Envelope::new(Payload::Form(record), now())
}

fn envelope() -> Envelope {
    request("Planned placement with a family friend: viability assessment.")
}

fn sealed() -> (Envelope, Vec<u8>) {
    let envelope = envelope();
    let bytes = seal(&envelope, Some(PASSPHRASE), &ScriptFonts::new()).expect("seals");
    (envelope, bytes)
}

#[test]
fn a_sealed_pdf_opens_with_its_passphrase_to_the_same_envelope() {
    let (envelope, bytes) = sealed();
    assert!(is_pdf(&bytes));
    assert!(bytes.starts_with(b"%PDF-2.0"));
    let opened = open(&bytes, PASSPHRASE).expect("opens");
    assert_eq!(opened, Opened { format: Format::Pdf, envelope, attachments: vec![], pages: PrintedPages::Intact });
}

/// A decision record made after the golden rules checklist.
fn decision() -> Envelope {
    use crate::checklist::{Answer, ChecklistAnswers};
    use crate::record::{self, Decision, RecordInput};
    use crate::validate::DateParts;
    let library = Library::shipped().expect("shipped packs parse");
    let pack = library.pack("national").expect("national pack");
    let rules = pack.checklist("golden-rules-2024").expect("golden rules");
    let mut answers = ChecklistAnswers::default();
    answers.set_answer(&rules.items[0].id, Answer::Yes);
    answers.set_note(&rules.items[0].id, "Đặng family told in person.\nNotes keep their lines.");
    let context = record::checklist_context(&library, pack, rules, &answers);
    let input = RecordInput {
        decision: Some(Decision::Share),
        lawful_basis: "UK GDPR Art 6(1)(e) public task".into(),
        shared_what: "Attendance and concerns since September".into(),
        shared_with: "Children's social care duty team".into(),
        purpose: "Section 47 enquiry".into(),
        rationale: "Risk of significant harm outweighs the duty of confidence. ".repeat(150),
        maker_name: "Zoë Şükrü".into(),
        maker_role: "Designated safeguarding lead".into(),
        decided_on: DateParts { day: "25".into(), month: "11".into(), year: "2025".into() },
        decided_at: "9:30am".into(),
    };
    let record = record::build(context, &input, "ISD-7K3Q".into(), now()).expect("a valid record");
    Envelope::new(Payload::Decision(record), now())
}

#[test]
fn a_sealed_decision_record_round_trips() {
    let envelope = decision();
    let bytes = seal(&envelope, Some(PASSPHRASE), &ScriptFonts::new()).expect("seals");
    assert_eq!(open(&bytes, PASSPHRASE).expect("opens").envelope, envelope);
}

#[test]
fn a_long_training_request_round_trips() {
    let long = "A long account of the concerns, with names like Nguyễn. ".repeat(180);
    let mut envelope = request(&format!("{}\n\nSecond paragraph.\n{}", &long[..9_000], "x".repeat(900)));
    envelope.training = true;
    let bytes = seal(&envelope, Some(PASSPHRASE), &ScriptFonts::new()).expect("seals");
    assert_eq!(open(&bytes, PASSPHRASE).expect("opens").envelope, envelope);
}

#[test]
fn the_wrong_passphrase_is_refused() {
    let (_, bytes) = sealed();
    assert_eq!(open(&bytes, "correct horse battery stapler"), Err(OpenError::WrongPassphrase));
    assert_eq!(open(&bytes, ""), Err(OpenError::WrongPassphrase));
}

#[test]
fn an_empty_passphrase_is_refused_when_sealing() {
    assert_eq!(seal(&envelope(), Some(""), &ScriptFonts::new()), Err(SealError::NoPassphrase));
}

#[test]
fn passphrases_are_normalised_and_those_a_pdf_cannot_hold_are_refused() {
    let envelope = envelope();
    let bytes = seal(&envelope, Some("Zoë Şükrü Đặng ＦＵＬＬ"), &ScriptFonts::new()).expect("seals");
    assert_eq!(open(&bytes, "Zoë Şükrü Đặng FULL").expect("opens").envelope, envelope);
    for refused in ["crab 🦀 emoji", "tab\there"] {
        assert_eq!(seal(&envelope, Some(refused), &ScriptFonts::new()), Err(SealError::NotForPdf), "{refused:?}");
        assert_eq!(open(&bytes, refused), Err(OpenError::WrongPassphrase));
    }
}

#[test]
fn each_seal_uses_fresh_keys_and_ids() {
    let envelope = envelope();
    let first = seal(&envelope, Some(PASSPHRASE), &ScriptFonts::new()).expect("seals");
    let second = seal(&envelope, Some(PASSPHRASE), &ScriptFonts::new()).expect("seals");
    assert_ne!(first, second);
    assert_ne!(trailer_id(&first), trailer_id(&second));
}

fn trailer_id(bytes: &[u8]) -> Vec<u8> {
    let doc = Document::load_mem(bytes).expect("loads without a password");
    let ids = doc.trailer.get(b"ID").and_then(Object::as_array).expect("an /ID");
    assert_eq!(ids.len(), 2);
    assert_eq!(ids[0], ids[1]);
    ids[0].as_str().expect("a string").to_vec()
}

#[test]
fn the_encryption_is_aes_256_revision_6_and_allows_printing_and_copying() {
    let (_, bytes) = sealed();
    let doc = Document::load_mem(&bytes).expect("loads without a password");
    let encrypt = doc.get_encrypted().expect("encrypted");
    let number = |key: &[u8]| encrypt.get(key).and_then(Object::as_i64).expect("a number");
    assert_eq!((number(b"V"), number(b"R"), number(b"Length")), (5, 6, 256));
    let permissions = Permissions::from_bits_retain(number(b"P") as u64);
    assert!(permissions.contains(Permissions::PRINTABLE | Permissions::COPYABLE));
    assert!(!permissions.contains(Permissions::MODIFIABLE));
}

#[test]
fn nothing_readable_is_left_in_the_encrypted_file() {
    let (_, bytes) = sealed();
    for secret in ["ISR-7K3Q", "InfoShare ", "infoshare-bundle", "Nguy", "Lincoln", "OFFICIAL"] {
        assert!(!bytes.windows(secret.len()).any(|window| window == secret.as_bytes()), "{secret} in clear");
    }
}

#[test]
fn the_document_has_its_title_attachment_digest_and_embedded_fonts() {
    let (envelope, bytes) = sealed();
    let doc = Document::load_mem_with_options(&bytes, lopdf::LoadOptions::with_password(PASSPHRASE)).expect("decrypts");
    assert_eq!(doc.version, "2.0");
    let info = doc.trailer.get(b"Info").and_then(Object::as_reference).and_then(|id| doc.get_dictionary(id));
    let info = info.expect("an info dictionary");
    assert_eq!(info.get(b"Title").and_then(Object::as_str).ok(), Some(&b"InfoShare ISR-7K3Q"[..]));
    assert_eq!(info.get(b"Producer").and_then(Object::as_str).ok(), Some(&b"InfoShare"[..]));
    let json = envelope.to_json();
    let catalog = doc.catalog().expect("a catalog");
    let digest = hex(&sha2::Sha256::digest(json.as_bytes()));
    assert_eq!(catalog.get(CATALOG_DIGEST.as_bytes()).and_then(Object::as_str).ok(), Some(digest.as_bytes()));
    assert_eq!(catalog.get(CATALOG_FORMAT.as_bytes()).and_then(Object::as_str).ok(), Some(FORMAT.as_bytes()));
    let fonts: Vec<Vec<u8>> = doc
        .objects
        .values()
        .filter_map(|object| object.as_dict().ok())
        .filter(|dict| dict.has_type(b"Font"))
        .filter_map(|dict| dict.get(b"Subtype").and_then(Object::as_name).ok().map(<[u8]>::to_vec))
        .collect();
    assert_eq!(fonts.iter().filter(|subtype| subtype.as_slice() == b"Type0").count(), 2);
    assert_eq!(fonts.iter().filter(|subtype| subtype.as_slice() == b"CIDFontType2").count(), 2);
}

#[test]
fn a_changed_byte_never_opens_to_different_data() {
    let (envelope, bytes) = sealed();
    for at in (bytes.len() / 24..bytes.len()).step_by(bytes.len() / 12) {
        let mut tampered = bytes.clone();
        tampered[at] ^= 0x01;
        match open(&tampered, PASSPHRASE) {
            Ok(opened) => assert_eq!(opened.envelope, envelope, "byte {at} changed the data"),
            Err(OpenError::Damaged(_) | OpenError::WrongPassphrase | OpenError::NotInfoShare) => {}
            Err(other) => panic!("byte {at}: {other:?}"),
        }
    }
}

#[test]
fn a_changed_byte_in_the_encrypted_json_is_damaged() {
    let (_, bytes) = sealed();
    let find = |needle: &[u8], from: usize| {
        bytes[from..].windows(needle.len()).position(|window| window == needle).map(|at| at + from)
    };
    let dict = find(b"/EmbeddedFile", 0).expect("the embedded file's dictionary");
    let data = find(b"stream\n", dict).expect("its data") + 7;
    let length = find(b"endstream", data).expect("its end") - data;
    // Past the first block: a changed initialisation vector can leave the data intact, since
    // lopdf reads a zlib stream with a broken header as raw deflate.
    for offset in [16, 40, length / 2, length - 20] {
        let mut tampered = bytes.clone();
        tampered[data + offset] ^= 0x20;
        let result = open(&tampered, PASSPHRASE);
        assert!(matches!(result, Err(OpenError::Damaged(_))), "offset {offset}: {result:?}");
    }
}

#[test]
fn a_changed_json_stream_is_damaged() {
    let envelope = envelope();
    let json = envelope.to_json();
    let mut doc = writer::document(&envelope, &json, &ScriptFonts::new()).expect("builds");
    let file = doc
        .objects
        .values_mut()
        .filter_map(|object| object.as_stream_mut().ok())
        .find(|stream| stream.dict.has_type(b"EmbeddedFile"))
        .expect("the embedded file");
    file.dict.remove(b"Filter");
    file.set_content(json.replace("Social worker", "Social wonker").into_bytes());
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).expect("saves");
    assert_eq!(open(&bytes, "any"), Err(OpenError::Damaged("the JSON does not match its digest".into())));
}

#[test]
fn a_truncated_file_is_damaged() {
    let (envelope, bytes) = sealed();
    // Losing only the end-of-file marker loses nothing.
    assert_eq!(open(&bytes[..bytes.len() - 3], PASSPHRASE).map(|opened| opened.envelope), Ok(envelope));
    for keep in [bytes.len() - 100, bytes.len() * 3 / 4, bytes.len() / 2, bytes.len() / 10, 20] {
        match open(&bytes[..keep], PASSPHRASE) {
            Err(OpenError::Damaged(_)) => {}
            other => panic!("{keep} bytes: {other:?}"),
        }
    }
}

#[test]
fn garbage_after_the_header_is_damaged_and_never_panics() {
    assert!(matches!(open(b"%PDF-2.0\n", PASSPHRASE), Err(OpenError::Damaged(_))));
    assert!(matches!(open(b"%PDF-1.7\n%%EOF", PASSPHRASE), Err(OpenError::Damaged(_))));
    let noise: Vec<u8> = b"%PDF-2.0\n".iter().copied().chain((0..5000u32).map(|i| (i * 7919 % 251) as u8)).collect();
    assert!(matches!(open(&noise, PASSPHRASE), Err(OpenError::Damaged(_))));
}

#[test]
fn an_unencrypted_infoshare_pdf_opens_for_use_inside_age_files() {
    let envelope = envelope();
    let bytes = seal(&envelope, None, &ScriptFonts::new()).expect("seals");
    assert!(Document::load_mem(&bytes).expect("loads").get_encrypted().is_err());
    assert_eq!(open(&bytes, "whatever").expect("opens").envelope, envelope);
}

#[test]
fn other_pdfs_are_not_infoshare_files() {
    let mut doc = writer::document(&envelope(), &envelope().to_json(), &ScriptFonts::new()).expect("builds");
    doc.catalog_mut().expect("a catalog").remove(CATALOG_FORMAT.as_bytes());
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).expect("saves");
    assert_eq!(open(&bytes, PASSPHRASE), Err(OpenError::NotInfoShare));
}

#[test]
fn a_newer_format_asks_for_a_newer_infoshare() {
    let mut doc = writer::document(&envelope(), &envelope().to_json(), &ScriptFonts::new()).expect("builds");
    doc.catalog_mut().expect("a catalog").set(CATALOG_FORMAT, Object::string_literal("infoshare-bundle-pdf 3"));
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).expect("saves");
    assert_eq!(open(&bytes, PASSPHRASE), Err(OpenError::UnsupportedVersion { found: 3, supported: 2 }));
}

#[test]
fn a_marked_pdf_without_its_digest_is_damaged() {
    let mut doc = writer::document(&envelope(), &envelope().to_json(), &ScriptFonts::new()).expect("builds");
    doc.catalog_mut().expect("a catalog").remove(CATALOG_DIGEST.as_bytes());
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).expect("saves");
    assert_eq!(open(&bytes, PASSPHRASE), Err(OpenError::Damaged("no digest".into())));
}

/// The document's first page's content stream, decoded.
fn first_page_content(doc: &mut Document) -> &mut lopdf::Stream {
    let page = doc.page_iter().next().expect("a page");
    let contents = doc.get_dictionary(page).and_then(|page| page.get(b"Contents")).and_then(Object::as_reference);
    let contents = contents.expect("the page's contents");
    doc.get_object_mut(contents).and_then(Object::as_stream_mut).expect("a content stream")
}

/// `doc`, encrypted with the test passphrase, as bytes.
fn encrypted(mut doc: Document) -> Vec<u8> {
    encrypt(&mut doc, PASSPHRASE).expect("encrypts");
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).expect("saves");
    bytes
}

#[test]
fn changed_printed_pages_are_told_apart_from_a_changed_record() {
    let envelope = envelope();
    let mut doc = writer::document(&envelope, &envelope.to_json(), &ScriptFonts::new()).expect("builds");
    let stream = first_page_content(&mut doc);
    let mut content = stream.get_plain_content().expect("decodes");
    content.extend_from_slice(b"\n0 0 1 rg 100 100 50 50 re f\n");
    stream.dict.remove(b"Filter");
    stream.set_content(content);
    let opened = open(&encrypted(doc), PASSPHRASE).expect("the record inside is intact");
    assert_eq!((opened.envelope, opened.pages), (envelope, PrintedPages::Changed));
}

#[test]
fn printed_pages_without_their_digest_count_as_changed() {
    let envelope = envelope();
    let mut doc = writer::document(&envelope, &envelope.to_json(), &ScriptFonts::new()).expect("builds");
    doc.catalog_mut().expect("a catalog").remove(CATALOG_PAGES_DIGEST.as_bytes());
    assert_eq!(open(&encrypted(doc), PASSPHRASE).map(|opened| opened.pages), Ok(PrintedPages::Changed));
}

#[test]
fn a_format_1_file_opens_with_its_pages_unchecked() {
    let envelope = envelope();
    let mut doc = writer::document(&envelope, &envelope.to_json(), &ScriptFonts::new()).expect("builds");
    let catalog = doc.catalog_mut().expect("a catalog");
    catalog.remove(CATALOG_PAGES_DIGEST.as_bytes());
    catalog.set(CATALOG_FORMAT, Object::string_literal("infoshare-bundle-pdf 1"));
    let opened = open(&encrypted(doc), PASSPHRASE).expect("opens");
    assert_eq!((opened.envelope, opened.pages), (envelope, PrintedPages::Unchecked));
}
