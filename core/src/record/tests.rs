//! Decision records: validation messages, building, JSON round trip and context from tools.

use super::*;
use crate::checklist::{Answer, ChecklistAnswers};
use crate::library::Library;

fn now() -> NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22).and_then(|d| d.and_hms_opt(15, 0, 0)).expect("valid")
}

fn complete_input() -> RecordInput {
    RecordInput {
        decision: Some(Decision::Share),
        lawful_basis: "UK GDPR Art 6(1)(e) public task".into(),
        shared_what: "Attendance and concerns since September".into(),
        shared_with: "Children's social care duty team".into(),
        purpose: "Section 47 enquiry".into(),
        rationale: "Risk of significant harm outweighs the duty of confidence.".into(),
        maker_name: "O'Neill-Łukasz Nguyễn".into(),
        maker_role: "Designated safeguarding lead".into(),
        decided_on: DateParts { day: "22".into(), month: "11".into(), year: "2026".into() },
        decided_at: "2:30pm".into(),
    }
}

fn golden_rules_context() -> Context {
    let library = Library::shipped().expect("packs parse");
    let pack = library.pack("national").expect("national pack");
    let rules = pack.checklist("golden-rules-2024").expect("golden rules");
    let mut answers = ChecklistAnswers::default();
    answers.set_answer(&rules.items[0].id, Answer::Yes);
    answers.set_answer(&rules.items[1].id, Answer::No);
    answers.set_note(&rules.items[1].id, "Carer may react violently");
    checklist_context(&library, pack, rules, &answers)
}

fn messages(input: &RecordInput) -> Vec<(String, String)> {
    validate(input, now()).into_iter().map(|e| (e.field, e.message)).collect()
}

#[test]
fn a_complete_record_has_no_errors() {
    assert_eq!(messages(&complete_input()), vec![]);
}

#[test]
fn an_empty_record_lists_every_required_field_in_form_order() {
    let fields: Vec<String> = messages(&RecordInput::default()).into_iter().map(|(field, _)| field).collect();
    assert_eq!(fields, ["decision", "rationale", "maker-name", "maker-role", "decided-on-day"]);
}

#[test]
fn sharing_requires_what_with_whom_purpose_and_basis() {
    let input = RecordInput {
        lawful_basis: String::new(),
        shared_what: " ".into(),
        shared_with: String::new(),
        purpose: String::new(),
        ..complete_input()
    };
    assert_eq!(
        messages(&input),
        [
            ("lawful-basis".into(), "Enter the lawful basis you are relying on".into()),
            ("shared-what".into(), "Enter what you will share".into()),
            ("shared-with".into(), "Enter who you will share it with".into()),
            ("purpose".into(), "Enter the purpose of sharing".into()),
        ]
    );
    let declined = RecordInput { decision: Some(Decision::DoNotShare), ..input };
    assert_eq!(messages(&declined), vec![], "a decision not to share needs only reasons and who decided");
}

#[test]
fn the_decision_cannot_be_in_the_future() {
    let later_today = RecordInput { decided_at: "16:00".into(), ..complete_input() };
    assert_eq!(
        messages(&later_today),
        [("decided-at".into(), "Date and time of decision must be now or in the past".into())]
    );
    let tomorrow = RecordInput {
        decided_on: DateParts { day: "23".into(), month: "11".into(), year: "2026".into() },
        ..complete_input()
    };
    assert_eq!(
        messages(&tomorrow),
        [("decided-on-day".into(), "Date and time of decision must be now or in the past".into())]
    );
    let bad_time = RecordInput { decided_at: "half two".into(), ..complete_input() };
    assert_eq!(
        messages(&bad_time),
        [("decided-at".into(), "Enter the time of the decision, like 14:30 or 2:30pm".into())]
    );
}

#[test]
fn ten_thousand_characters_fit_and_one_more_does_not() {
    let fits = RecordInput { rationale: "ł".repeat(TEXT_LIMIT), ..complete_input() };
    assert_eq!(messages(&fits), vec![]);
    let over = RecordInput { rationale: "ł".repeat(TEXT_LIMIT + 1), ..complete_input() };
    assert_eq!(
        messages(&over),
        [("rationale".into(), "Reasons must be 10,000 characters or fewer (you have 10,001)".into())]
    );
}

#[test]
fn built_records_round_trip_through_json() {
    let record = build(golden_rules_context(), &complete_input(), "ISD-7K3Q".into(), now()).expect("valid record");
    assert_eq!(record.decision_maker.name, "O'Neill-Łukasz Nguyễn");
    assert_eq!(record.decided.format("%H:%M").to_string(), "14:30");
    let json = record.to_json();
    assert!(json.contains("\"format\": \"infoshare-decision-record\""));
    assert_eq!(DecisionRecord::from_json(&json), Ok(record));
}

#[test]
fn building_an_invalid_record_returns_the_errors() {
    let errors = build(golden_rules_context(), &RecordInput::default(), "ISD-0000".into(), now()).expect_err("invalid");
    assert_eq!(errors.len(), 5);
}

#[test]
fn foreign_and_future_json_is_refused_with_a_reason() {
    assert!(DecisionRecord::from_json("{}").expect_err("not a record").starts_with("This is not a decision record"));
    let record = build(golden_rules_context(), &complete_input(), "ISD-7K3Q".into(), now()).expect("valid");
    let future = record.to_json().replace("\"version\": 1", "\"version\": 2");
    assert_eq!(
        DecisionRecord::from_json(&future),
        Err("This record is version 2; this InfoShare reads up to version 1".into())
    );
    let other = record.to_json().replace("infoshare-decision-record", "something-else");
    assert_eq!(
        DecisionRecord::from_json(&other),
        Err("This is not a decision record (format 'something-else')".into())
    );
}

#[test]
fn checklist_context_lists_every_item_and_what_needs_action() {
    let context = golden_rules_context();
    assert_eq!(context.path.len(), 7);
    assert_eq!(context.path[0].answer, "Yes");
    assert_eq!(context.path[1].note.as_deref(), Some("Carer may react violently"));
    assert_eq!(context.path[2].answer, "Not answered");
    assert_eq!(context.outcome.heading, "6 of 7 items need action");
    assert_eq!(context.outcome.next_steps.len(), 6);
    assert!(context.outcome.sources[0].starts_with("DfE information sharing advice 2024"));
}
