//! The walk's rules on a small flowchart built for the purpose.

use super::*;
use crate::pack::parse_toml;

const CHART: &str = r#"
id = "demo"
title = "Demo"
purpose = "Demo."
start = "purpose"
exit = "immediate-risk"
cite = [{ source = "seed-004", at = "§4" }]

[[node]]
id = "purpose"
kind = "question"
text = "Is there a legitimate purpose?"
[[node.option]]
label = "Yes"
next = "note"
finding = "There is a legitimate purpose."
cite = [{ source = "seed-004", at = "§4" }]
[[node.option]]
label = "No"
next = "do-not-share"
[[node.option]]
label = "Not sure"
next = "seek-advice"

[[node]]
id = "note"
kind = "info"
text = "Read this."
next = "consent"

[[node]]
id = "consent"
kind = "question"
text = "Do you have consent?"
option = [{ label = "Yes", next = "share" }, { label = "No", next = "do-not-share" }]

[[node]]
id = "share"
kind = "outcome"
text = "Share"
next_steps = ["Share securely."]
cite = [{ source = "seed-004", at = "§4" }]

[[node]]
id = "do-not-share"
kind = "outcome"
text = "Do not share"
next_steps = ["Record why."]
cite = [{ source = "seed-004", at = "§4" }]

[[node]]
id = "seek-advice"
kind = "outcome"
text = "Seek advice"
next_steps = ["Ask your DSL."]
cite = [{ source = "seed-004", at = "§4" }]

[[node]]
id = "immediate-risk"
kind = "outcome"
text = "Act now"
next_steps = ["Call 999."]
cite = [{ source = "seed-004", at = "§4" }]
"#;

fn chart() -> Flowchart {
    parse_toml("demo.toml", CHART).expect("chart parses")
}

fn at(minute: u32) -> NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22).and_then(|d| d.and_hms_opt(10, minute, 0)).expect("valid time")
}

fn current_id(walk: &Walk, chart: &Flowchart) -> String {
    walk.current(chart).map(|n| n.id.clone()).unwrap_or_default()
}

#[test]
fn a_new_walk_shows_the_start() {
    let chart = chart();
    assert_eq!(current_id(&Walk::default(), &chart), "purpose");
}

#[test]
fn answers_and_information_lead_to_an_outcome_with_findings() {
    let chart = chart();
    let mut walk = Walk::default();
    walk.answer(&chart, "purpose", 0, at(1)).expect("answer");
    assert_eq!(current_id(&walk, &chart), "note");
    walk.acknowledge(&chart, "note", at(2)).expect("read");
    walk.answer(&chart, "consent", 0, at(3)).expect("answer");
    assert_eq!(walk.outcome(&chart).map(|n| n.id.as_str()), Some("share"));
    assert_eq!(
        walk.findings(&chart).iter().map(|f| f.text.as_str()).collect::<Vec<_>>(),
        ["There is a legitimate purpose."]
    );
    let answered: Vec<_> = walk.answered(&chart).iter().map(|(n, o, t)| (n.id.clone(), o.label.clone(), *t)).collect();
    assert_eq!(answered, [("purpose".into(), "Yes".into(), at(1)), ("consent".into(), "Yes".into(), at(3))]);
    assert_eq!(walk.steps().last().map(|s| (s.node.as_str(), s.at)), Some(("share", at(3))));
}

#[test]
fn changing_an_earlier_answer_drops_what_no_longer_applies() {
    let chart = chart();
    let mut walk = Walk::default();
    walk.answer(&chart, "purpose", 0, at(1)).expect("answer");
    walk.acknowledge(&chart, "note", at(2)).expect("read");
    walk.answer(&chart, "consent", 0, at(3)).expect("answer");
    walk.answer(&chart, "purpose", 0, at(4)).expect("same answer again");
    assert_eq!(walk.outcome(&chart).map(|n| n.id.as_str()), Some("share"), "same answer keeps the path");
    walk.answer(&chart, "purpose", 2, at(5)).expect("change");
    assert_eq!(walk.outcome(&chart).map(|n| n.id.as_str()), Some("seek-advice"));
    assert_eq!(walk.choice_at("consent"), None, "the consent answer no longer applies");
    assert!(walk.findings(&chart).is_empty());
}

#[test]
fn steps_off_the_path_are_refused() {
    let chart = chart();
    let mut walk = Walk::default();
    assert_eq!(walk.answer(&chart, "consent", 0, at(1)), Err(FlowError::NotOnPath("consent".into())));
    assert_eq!(
        walk.answer(&chart, "purpose", 9, at(1)),
        Err(FlowError::NoSuchOption { node: "purpose".into(), choice: 9 })
    );
    assert_eq!(walk.acknowledge(&chart, "purpose", at(1)), Err(FlowError::NotInformation("purpose".into())));
    walk.answer(&chart, "purpose", 1, at(1)).expect("answer");
    assert_eq!(walk.answer(&chart, "consent", 0, at(2)), Err(FlowError::Finished));
    assert!(walk.steps().len() == 2, "refused steps change nothing");
}

#[test]
fn the_exit_ends_the_walk_and_keeps_the_answers() {
    let chart = chart();
    let mut walk = Walk::default();
    walk.answer(&chart, "purpose", 0, at(1)).expect("answer");
    walk.take_exit(&chart, at(2));
    assert_eq!(walk.outcome(&chart).map(|n| n.id.as_str()), Some("immediate-risk"));
    assert_eq!(walk.answered(&chart).len(), 1);
    walk.take_exit(&chart, at(3));
    assert_eq!(walk.steps().len(), 2, "taking the exit twice adds nothing");
}

#[test]
fn navigation_helpers_follow_the_path() {
    let chart = chart();
    let mut walk = Walk::default();
    walk.answer(&chart, "purpose", 0, at(1)).expect("answer");
    assert!(walk.can_show(&chart, "purpose") && walk.can_show(&chart, "note"));
    assert!(!walk.can_show(&chart, "consent"));
    assert_eq!(walk.after(&chart, "purpose").as_deref(), Some("note"));
    walk.acknowledge(&chart, "note", at(2)).expect("read");
    walk.acknowledge(&chart, "note", at(3)).expect("reading again changes nothing");
    assert_eq!(walk.after(&chart, "note").as_deref(), Some("consent"));
}

fn carried(node: &str, choice: usize) -> Carried {
    Carried { node: node.to_owned(), choice, from: "Earlier".to_owned() }
}

#[test]
fn a_carried_answer_is_given_when_the_walk_reaches_its_question() {
    let chart = chart();
    let mut walk = Walk::carrying(&chart, vec![carried("consent", 0)], at(1));
    assert!(walk.steps().is_empty(), "the start has no carried answer, so it is asked");
    walk.answer(&chart, "purpose", 0, at(2)).expect("answer");
    walk.acknowledge(&chart, "note", at(3)).expect("read");
    assert_eq!(walk.outcome(&chart).map(|n| n.id.as_str()), Some("share"), "consent was answered from the carry");
    assert_eq!(walk.carried_at("consent").map(Carried::note).as_deref(), Some("Carried over from Earlier"));
    assert_eq!(walk.carried_at("purpose"), None, "the user answered this one");
    assert_eq!(walk.after(&chart, "note").as_deref(), Some("share"), "Continue passes over the carried answer");
    assert!(walk.fits(&chart), "a carried walk replays as it is");
}

#[test]
fn a_carried_answer_to_the_start_is_given_at_once_and_the_user_can_change_it() {
    let chart = chart();
    let mut walk = Walk::carrying(&chart, vec![carried("purpose", 1)], at(1));
    assert_eq!(walk.outcome(&chart).map(|n| n.id.as_str()), Some("do-not-share"));
    assert!(walk.fits(&chart));
    walk.answer(&chart, "purpose", 0, at(2)).expect("change");
    assert!(walk.carried().is_empty(), "the user's own answer replaces the carried one");
    assert_eq!(walk.carried_at("purpose"), None);
    assert_eq!(current_id(&walk, &chart), "note");
    assert!(walk.fits(&chart));
}

#[test]
fn carried_answers_come_back_after_an_earlier_change_and_bad_ones_are_left_out() {
    let chart = chart();
    let mut walk =
        Walk::carrying(&chart, vec![carried("consent", 1), carried("note", 0), carried("purpose", 7)], at(1));
    assert_eq!(walk.carried(), [carried("consent", 1)], "only a real option of a question is carried");
    walk.answer(&chart, "purpose", 2, at(2)).expect("answer");
    walk.answer(&chart, "purpose", 0, at(3)).expect("change");
    walk.acknowledge(&chart, "note", at(4)).expect("read");
    assert_eq!(walk.outcome(&chart).map(|n| n.id.as_str()), Some("do-not-share"));
    let mut forged = walk.clone();
    forged.carried[0].choice = 0;
    assert!(!forged.fits(&chart), "a step that disagrees with its carried answer does not fit");
}

#[test]
fn a_draft_keeps_carried_answers_as_the_users_own_and_asks_the_rest() {
    let chart = chart();
    let mut walk = Walk::carrying(&chart, vec![carried("purpose", 0), carried("consent", 0)], at(1));
    assert_eq!(current_id(&walk, &chart), "note");
    walk.answer(&chart, "purpose", 0, at(2)).expect("the same answer again");
    let saved = serde_json::to_string(&walk).expect("a walk serialises");
    let resumed: Walk = serde_json::from_str(&saved).expect("and reads back");
    assert_eq!(resumed.steps(), walk.steps(), "the answers given are kept");
    assert!(resumed.carried().is_empty(), "what is still to come is asked, not given silently");
    assert_eq!(resumed.carried_at("purpose"), None);
    assert!(resumed.fits(&chart));
}
