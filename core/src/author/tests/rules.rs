//! An agreement's own rules written through their sheets: breach rules, a retention rule and
//! a meeting declaration in the agreement, protective markings and handling rules in the pack.

use super::super::sheet::{sheet, sheet_at, Field};
use super::*;

/// The field `key` of the sheet at `path`.
fn field_at(path: &Path, key: &str) -> Field {
    *sheet_at(path).and_then(|sheet| sheet.fields.iter().find(|field| field.key == key)).unwrap()
}

/// Makes the single table at `path` if need be and sets each `(key, text)` of it.
fn filled(draft: &mut Draft, path: &Path, values: &[(&str, &str)]) -> Path {
    let (under, key) = path.kind();
    assert!(draft.ensure(path, sheet(under, key).unwrap()), "{key}");
    for (key, text) in values {
        assert!(draft.set(path, &field_at(path, key), text), "{key}");
    }
    path.clone()
}

/// Adds an item to the list at `list` and sets each `(key, text)` of it.
fn added(draft: &mut Draft, list: &Path, values: &[(&str, &str)]) {
    let item = draft.add(list, sheet_at(list).unwrap()).unwrap();
    filled(draft, &item, values);
}

const CITE: (&str, &str) = ("cite", "my-area-isa: §1");

#[test]
fn an_agreements_own_rules_written_from_blank_pass_the_checks() {
    let mut draft = Draft::blank();
    let agreement = filled(
        &mut draft,
        &Path::top().key("agreement"),
        &[("name", "My Area ISA"), ("purpose", "Sharing to keep people safe."), ("partners", "Council\nPolice"), CITE],
    );
    filled(
        &mut draft,
        &agreement.key("breach"),
        &[
            ("ico_hours", "72"),
            ("tell", "Tell your data protection officer."),
            ("suspension_days", "30"),
            ("meeting_within_days", "14"),
            CITE,
        ],
    );
    filled(
        &mut draft,
        &agreement.key("meeting"),
        &[
            ("declaration", "I will keep what I hear confidential."),
            ("not_signed", "Share only what you are told."),
            CITE,
        ],
    );
    added(
        &mut draft,
        &agreement.key("retention"),
        &[
            ("id", "requests"),
            ("title", "Requests and responses"),
            ("holder", "The information team"),
            ("years", "6"),
            ("from", "Date of the response"),
            ("then", "Review, then destroy securely."),
            CITE,
        ],
    );
    added(
        &mut draft,
        &Path::top().key("classification"),
        &[("marking", "official-sensitive"), ("meaning", "Personal data about a child."), CITE],
    );
    added(
        &mut draft,
        &Path::top().key("handling"),
        &[
            ("method", "post-or-courier"),
            ("markings", "official\nofficial-sensitive"),
            ("rule", "A sealed envelope."),
            CITE,
        ],
    );

    let text = draft.text();
    assert!(text.contains("count = \"years-after\""), "a new rule counts years by default: {text}");
    let pack = draft.check(&super::shipped()).unwrap_or_else(|problems| panic!("{problems:#?}\n{text}"));
    let agreement = pack.agreement.unwrap();
    assert_eq!(agreement.breach.unwrap().ico_hours, 72);
    assert_eq!(agreement.retention[0].years, Some(6));
    assert_eq!(pack.handling[0].markings.len(), 2);
}
