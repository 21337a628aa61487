//! Drafts on the shipped library: what a visit saves comes back the same, through JSON and
//! through a sealed age file, and what does not fit the packs is dropped, never shown.

use chrono::{NaiveDate, NaiveDateTime};

use super::*;
use crate::bundle::{self, Envelope, Payload};
use crate::checklist::Answer;

const WIZARD: &str = "wizards/national/should-i-share";
const CHECKLIST: &str = "checklists/national/golden-rules-2024";

fn library() -> Library {
    Library::shipped().expect("shipped packs parse")
}

fn at(minute: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 22).and_then(|d| d.and_hms_opt(14, minute, 0)).expect("a valid time")
}

/// A visit's work: a wizard answered twice, a checklist item with a note in several scripts,
/// decision details and a form answer of 10,000 characters.
fn visit(library: &Library) -> Draft {
    let chart = library.flowchart("national", "should-i-share").expect("the wizard");
    let mut walk = Walk::default();
    walk.answer(chart, "purpose", 0, at(1)).expect("purpose answered");
    walk.answer(chart, "identifiable", 0, at(2)).expect("identifiable answered");
    let mut checklist = ChecklistAnswers::default();
    checklist.set_answer("rule-1-protection-first", Answer::Yes);
    checklist.set_note("rule-1-protection-first", "Spoke to O'Neill-Łukasz Nguyễn's mother\non the phone");
    let input = RecordInput { maker_name: "Ama Owusu".to_owned(), ..RecordInput::default() };
    let answers = Answers::default().with("reason", &"x".repeat(10_000));
    let mut draft = Draft::new("DRAFT-7K3Q".to_owned(), at(5), false);
    draft.walks.insert(WIZARD.to_owned(), walk);
    draft.checklists.insert(CHECKLIST.to_owned(), checklist);
    draft.inputs.insert(WIZARD.to_owned(), input);
    let form = library.forms().next().map(|(pack, form)| format!("forms/{pack}/{}", form.id)).expect("a form");
    draft.forms.insert(form, answers);
    draft
}

#[test]
fn a_draft_comes_back_from_json_exactly() {
    let library = library();
    let draft = visit(&library);
    assert_eq!(Draft::from_json(&draft.to_json()), Ok(draft.clone()));
    assert_eq!(draft.tool_count(), 3);
}

#[test]
fn a_draft_comes_back_from_a_sealed_age_file_exactly() {
    let library = library();
    let draft = visit(&library);
    let envelope = Envelope::new(Payload::Draft(draft.clone()), at(5));
    let sealed =
        bundle::seal_age(&envelope, &[], "correct horse battery staple lamp ink", 10, &bundle::ScriptFonts::new())
            .expect("sealed");
    let opened = bundle::open(&sealed, "correct horse battery staple lamp ink").expect("opened");
    assert_eq!(opened.envelope.payload, Payload::Draft(draft));
    assert!(matches!(bundle::open(&sealed, "wrong words"), Err(bundle::OpenError::WrongPassphrase)));
}

#[test]
fn everything_that_fits_the_packs_is_kept() {
    let library = library();
    let mut draft = visit(&library);
    assert_eq!(draft.keep_what_fits(&library), 0);
    assert_eq!(draft, visit(&library));
}

#[test]
fn unknown_tools_and_impossible_paths_are_dropped_and_counted() {
    let library = library();
    let mut draft = visit(&library);
    draft.checklists.insert("checklists/national/no-such-list".to_owned(), ChecklistAnswers::default());
    draft.forms.insert("forms/nowhere/at-all".to_owned(), Answers::default());
    draft.inputs.insert("wizards/x/y/z".to_owned(), RecordInput::default());
    let mut tampered = draft.walks[WIZARD].clone();
    let json = serde_json::to_string(&tampered).expect("a walk serialises");
    tampered = serde_json::from_str(&json.replace("\"choice\":0", "\"choice\":99")).expect("still a walk");
    draft.walks.insert("wizards/national/consent-capacity".to_owned(), draft.walks[WIZARD].clone());
    draft.walks.insert(WIZARD.to_owned(), tampered);
    assert_eq!(draft.keep_what_fits(&library), 5);
    assert_eq!(draft.tool_paths().len(), 3, "{:?}", draft.tool_paths());
    assert!(draft.walks.is_empty());
}

#[test]
fn other_files_and_newer_drafts_are_refused_with_a_message() {
    assert_eq!(Draft::from_json("{}"), Err("This file is not an InfoShare draft".to_owned()));
    assert_eq!(Draft::from_json("not json"), Err("This file is not an InfoShare draft".to_owned()));
    let library = library();
    let mut draft = visit(&library);
    draft.format = "infoshare-bundle".to_owned();
    assert!(Draft::from_json(&draft.to_json()).is_err());
    draft.format = FORMAT.to_owned();
    draft.version = VERSION + 1;
    assert!(Draft::from_json(&draft.to_json()).unwrap_err().contains("newer version"));
}
