//! Carry rules on two small flowcharts: only answers given on the way to the outcome, only into
//! the wizard named, once a question.

use super::*;
use crate::pack::parse_toml;

const FIRST: &str = r#"
id = "first"
title = "First"
purpose = "First."
start = "age"
exit = "done"
cite = [{ source = "seed-004", at = "§4" }]

[[node]]
id = "age"
kind = "question"
text = "How old?"
option = [{ label = "Child", next = "done" }, { label = "Adult", next = "done" }]

[[node]]
id = "done"
kind = "outcome"
text = "Done"
next_steps = ["Go on."]
opens = ["wizards/demo/second", "wizards/demo/third"]
carry = [
  { to = "wizards/demo/second", from = "age", chose = "Child", answers = "person", with = "Under 18" },
  { to = "wizards/demo/second", from = "age", chose = "Child", answers = "person", with = "18 or over" },
  { to = "wizards/demo/second", from = "age", chose = "Adult", answers = "person", with = "18 or over" },
  { to = "wizards/demo/third", from = "age", chose = "Child", answers = "person", with = "Under 18" },
]
cite = [{ source = "seed-004", at = "§4" }]
"#;

const SECOND: &str = r#"
id = "second"
title = "Second"
purpose = "Second."
start = "person"
exit = "end"
cite = [{ source = "seed-004", at = "§4" }]

[[node]]
id = "person"
kind = "question"
text = "Under 18?"
option = [{ label = "18 or over", next = "end" }, { label = "Under 18", next = "end" }]

[[node]]
id = "end"
kind = "outcome"
text = "End"
next_steps = ["Stop."]
cite = [{ source = "seed-004", at = "§4" }]
"#;

fn chart(text: &str) -> Flowchart {
    parse_toml("demo.toml", text).expect("chart parses")
}

fn now() -> chrono::NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 7).and_then(|d| d.and_hms_opt(9, 0, 0)).expect("valid time")
}

fn walked(first: &Flowchart, choice: usize) -> Walk {
    let mut walk = Walk::default();
    walk.answer(first, "age", choice, now()).expect("answer");
    walk
}

#[test]
fn the_answer_given_is_carried_into_the_wizard_named_once() {
    let (first, second) = (chart(FIRST), chart(SECOND));
    let carried = carried_into(&first, &walked(&first, 0), "wizards/demo/second", &second);
    assert_eq!(carried, [Carried { node: "person".into(), choice: 1, from: "First".into() }]);
    assert_eq!(carried[0].note(), "Carried over from First");
    let adult = carried_into(&first, &walked(&first, 1), "wizards/demo/second", &second);
    assert_eq!(adult.iter().map(|c| c.choice).collect::<Vec<_>>(), [0]);
}

#[test]
fn nothing_is_carried_before_the_outcome_or_into_another_wizard() {
    let (first, second) = (chart(FIRST), chart(SECOND));
    assert!(carried_into(&first, &Walk::default(), "wizards/demo/second", &second).is_empty());
    let other = carried_into(&first, &walked(&first, 1), "wizards/demo/third", &second);
    assert!(other.is_empty(), "the third wizard carries only for a child");
}
