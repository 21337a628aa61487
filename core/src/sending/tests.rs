//! Sending guidance: neutral names and emails, whatever the form holds.

use super::*;
use crate::bundle::Envelope;
use crate::form::{build, Answers};
use crate::library::Library;
use chrono::NaiveDate;

const NAME: &str = "O'Neill-Łukasz Nguyễn";

fn envelope(training: bool) -> Envelope {
    let library = Library::shipped().expect("packs parse");
    let pack = library.pack("lincolnshire").expect("pack");
    let form = library.form("lincolnshire", "police-disclosure-response").expect("form");
    let mut answers = Answers::default()
        .with("in-reply-to", "ISR-7K3Q")
        .with("outcome", "decline")
        .with("rationale", "Not necessary.")
        .with("maker-name", NAME)
        .with("maker-role", "Data Protection Supervisor");
    for date in ["received-on", "decided-on"] {
        for (part, value) in [("day", "2"), ("month", "3"), ("year", "2026")] {
            answers = answers.with(&format!("{date}.{part}"), value);
        }
    }
    let now = NaiveDate::from_ymd_opt(2026, 3, 3).and_then(|d| d.and_hms_opt(9, 0, 0)).expect("date");
    let record = build(&library, pack, form, &answers, "ISR-AB12".into(), now).expect("valid answers");
    let mut envelope = Envelope::new(Payload::Form(record), now);
    envelope.training = training;
    envelope.in_reply_to = Some("ISR-7K3Q".into());
    envelope
}

#[test]
fn file_names_are_the_reference_with_a_training_prefix_when_fictional() {
    assert_eq!(file_name(&envelope(false), Format::Pdf), "ISR-AB12.pdf");
    assert_eq!(file_name(&envelope(true), Format::Age), "TRAINING-ISR-AB12.age");
}

#[test]
fn the_email_names_the_references_and_nothing_typed() {
    let email = email(&envelope(false), Format::Age);
    assert!(email.subject.contains("ISR-AB12") && email.subject.contains("reply to ISR-7K3Q"), "{}", email.subject);
    for text in [&email.subject, &email.body] {
        assert!(!text.contains("Nguyễn") && !text.contains("Data Protection Supervisor"), "{text}");
    }
    assert!(email.body.contains("phone"));
    assert!(email.body.contains("age tool"));
}

#[test]
fn training_emails_say_so_in_the_subject() {
    assert!(email(&envelope(true), Format::Pdf).subject.starts_with("TRAINING: "));
}

#[test]
fn a_file_sealed_for_a_team_needs_no_passphrase_and_names_nobody() {
    let mut sealed = envelope(false);
    let team = crate::team::TeamRef { id: "pado".into(), name: "PADO team, Lincolnshire Police".into() };
    sealed.sealed_for = Some(team.clone());
    sealed.sender_team = Some(crate::team::TeamRef { id: "lcc".into(), name: "Children's Services".into() });
    let email = email(&sealed, Format::Age);
    assert_eq!(file_name(&sealed, Format::Age), "ISR-AB12.age", "the name is still the reference only");
    assert!(
        email.body.contains("sealed for your team's key") && email.body.contains("No passphrase is needed"),
        "{}",
        email.body
    );
    assert!(!email.body.contains("phone"), "{}", email.body);
    for text in [&email.subject, &email.body] {
        assert!(!text.contains("PADO") && !text.contains("Children's Services") && !text.contains("Nguyễn"), "{text}");
    }
}
