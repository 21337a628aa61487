//! An agreement's own rules written through their sheets: breach rules, a retention rule and
//! a meeting declaration in the agreement, protective markings and handling rules in the pack.

use super::super::sheet::sheet;
use super::*;

/// Makes the single table at `path` if need be and sets each `(key, text)` of it.
fn filled(draft: &mut Draft, path: &Path, values: &[(&str, &str)]) -> Path {
    let (under, key) = path.kind();
    assert!(draft.ensure(path, sheet(under, key).unwrap()), "{key}");
    fill(draft, path, values);
    path.clone()
}

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
