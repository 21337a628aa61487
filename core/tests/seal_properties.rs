//! Sealing then opening gives back exactly what was sealed: any answers (any Unicode, up to
//! 10,000 characters a field), any attachment names and bytes, any non-empty passphrase;
//! and the wrong passphrase never opens it.
//!
//! The records start from real ones made from the shipped forms, with their answers,
//! summary rows and decision text replaced by arbitrary strings. A low scrypt work factor
//! keeps each case fast: the work factor changes only how long the key takes to derive.

#![cfg(feature = "seal")]

mod common;

use common::*;
use infoshare_core::bundle::{self, Attachment, AttachmentInfo, Envelope, Payload};
use infoshare_core::form::{build, decision_record, FormRecord, SummaryRow};
use infoshare_core::record::DecisionRecord;
use proptest::prelude::*;
use sha2::{Digest, Sha256};
use std::sync::OnceLock;

const WORK_FACTOR: u8 = 1;

/// Made once: parsing the packs takes a while in a debug build.
fn police_record() -> FormRecord {
    static RECORD: OnceLock<FormRecord> = OnceLock::new();
    RECORD.get_or_init(made_police_record).clone()
}

fn decision() -> DecisionRecord {
    static RECORD: OnceLock<DecisionRecord> = OnceLock::new();
    RECORD.get_or_init(made_decision).clone()
}

fn made_police_record() -> FormRecord {
    let library = library();
    let pack = library.pack("lincolnshire").expect("pack");
    let form = form(&library, "lincolnshire", "police-disclosure-request");
    build(&library, pack, form, &police_request(), "ISR-7K3Q".into(), now()).expect("a record")
}

fn made_decision() -> DecisionRecord {
    let library = library();
    let pack = library.pack("north-east-lincolnshire").expect("pack");
    let form = form(&library, "north-east-lincolnshire", "sharing-decision-record");
    decision_record(&library, pack, form, &common::decision_record(), "ISD-4M2P".into(), now())
        .expect("a decision-record form")
        .expect("complete")
}

/// Any Unicode: mostly short, sometimes up to 10,000 characters, sometimes empty.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "(?s).{0,40}",
        2 => proptest::collection::vec(any::<char>(), 0..200).prop_map(String::from_iter),
        1 => proptest::collection::vec(any::<char>(), 9_000..=10_000).prop_map(String::from_iter),
        1 => Just(String::new()),
    ]
}

fn row() -> impl Strategy<Value = SummaryRow> {
    (text(), text(), proptest::option::of(text()), text(), text()).prop_map(|(section, path, context, label, value)| {
        SummaryRow { section, path, context, label, value, signature: false }
    })
}

fn form_payload() -> impl Strategy<Value = Payload> {
    let answers = proptest::collection::vec(
        (prop::sample::select(vec!["reason", "requester-name", "requester-role", "children[0].name"]), text()),
        0..4,
    );
    (answers, proptest::collection::vec(row(), 0..6)).prop_map(|(answers, summary)| {
        let mut record = police_record();
        for (path, value) in answers {
            record.answers.set_text(path, &value);
        }
        record.summary.extend(summary);
        Payload::Form(record)
    })
}

fn decision_payload() -> impl Strategy<Value = Payload> {
    (text(), text(), text(), text()).prop_map(|(rationale, purpose, shared_what, name)| {
        let mut record = decision();
        record.rationale = rationale;
        record.purpose = purpose;
        record.shared_what = shared_what;
        record.decision_maker.name = name;
        Payload::Decision(record)
    })
}

fn envelope() -> impl Strategy<Value = Envelope> {
    (prop_oneof![3 => form_payload(), 1 => decision_payload()], any::<bool>(), proptest::option::of(text())).prop_map(
        |(payload, training, in_reply_to)| {
            let mut envelope = Envelope::new(payload, now());
            envelope.training = training;
            envelope.in_reply_to = in_reply_to;
            envelope
        },
    )
}

fn attachments() -> impl Strategy<Value = Vec<Attachment>> {
    let name = prop_oneof![3 => "(?s).{0,60}", 1 => Just("photo.jpg".to_owned())];
    let one = (name, "[a-z]{1,12}/[a-z0-9.+-]{1,20}", proptest::collection::vec(any::<u8>(), 0..3_000)).prop_map(
        |(name, media_type, bytes)| Attachment {
            info: AttachmentInfo { name, media_type, size: 0, sha256: String::new() },
            bytes,
        },
    );
    proptest::collection::vec(one, 0..5)
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|byte| format!("{byte:02x}")).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn what_is_sealed_opens_unchanged(
        envelope in envelope(),
        attachments in attachments(),
        passphrase in "(?s).{1,40}",
    ) {
        let sealed = bundle::seal_age(&envelope, &attachments, &passphrase, WORK_FACTOR, &bundle::ScriptFonts::new());
        let sealed = sealed.map_err(|err| TestCaseError::fail(format!("sealing failed: {err}")))?;
        prop_assert!(sealed.starts_with(b"age-encryption.org/v1\n"));
        let opened = bundle::open(&sealed, &passphrase).map_err(|err| TestCaseError::fail(format!("opening failed: {err}")))?;

        prop_assert_eq!(opened.format, bundle::Format::Age);
        let mut expected = envelope.clone();
        expected.attachments = attachments
            .iter()
            .map(|attachment| AttachmentInfo {
                name: attachment.info.name.clone(),
                media_type: attachment.info.media_type.clone(),
                size: attachment.bytes.len() as u64,
                sha256: sha256_hex(&attachment.bytes),
            })
            .collect();
        prop_assert_eq!(&opened.envelope, &expected);
        prop_assert_eq!(opened.attachments.len(), attachments.len());
        for (read, given) in opened.attachments.iter().zip(&attachments) {
            prop_assert_eq!(&read.bytes, &given.bytes);
            prop_assert_eq!(&read.info.name, &given.info.name);
        }

        let wrong = format!("{passphrase}x");
        prop_assert_eq!(bundle::open(&sealed, &wrong), Err(bundle::OpenError::WrongPassphrase));
    }
}
