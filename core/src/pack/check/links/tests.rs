//! The link checks fire on a pack built to break them, and stay quiet on a good one.

use crate::pack::check::testing::{assert_found, problems_in, ONE_SOURCE};

const REGISTRY: &str = ONE_SOURCE;

const GOOD: &str = r#"
[pack]
id = "demo"
title = "Demo"
version = "1.0.0"
schema = 3
law_as_at = "2026-12-07"
summary = "A demo."
sources = ["seed-004"]

[[flowchart]]
id = "first"
title = "First"
purpose = "Decide."
start = "age"
exit = "done"
cite = [{ source = "seed-004", at = "§4" }]
[[flowchart.node]]
id = "age"
kind = "question"
text = "How old?"
option = [{ label = "Child", next = "done" }, { label = "Adult", next = "done" }]
[[flowchart.node]]
id = "done"
kind = "outcome"
text = "Done"
next_steps = ["Go on."]
opens = ["wizards/demo/second"]
carry = [{ to = "wizards/demo/second", from = "age", chose = "Child", answers = "person", with = "Under 18" }]
cite = [{ source = "seed-004", at = "§4" }]

[[flowchart]]
id = "second"
title = "Second"
purpose = "Decide."
start = "person"
exit = "end"
cite = [{ source = "seed-004", at = "§4" }]
[[flowchart.node]]
id = "person"
kind = "question"
text = "Under 18?"
option = [{ label = "Under 18", next = "end" }, { label = "18 or over", next = "end" }]
[[flowchart.node]]
id = "end"
kind = "outcome"
text = "End"
next_steps = ["Stop."]
cite = [{ source = "seed-004", at = "§4" }]
"#;

fn problems_for(pack_text: &str) -> Vec<String> {
    problems_in(REGISTRY, &[("demo.toml", pack_text)])
}

fn assert_problem(pack_text: &str, expected: &str) {
    assert_found(&problems_for(pack_text), expected);
}

#[test]
fn a_good_link_with_a_carry_has_no_problems() {
    assert_eq!(problems_for(GOOD), Vec::<String>::new());
}

#[test]
fn links_must_name_real_tools_from_outcomes_in_schema_3() {
    assert_problem(
        &GOOD.replace("opens = [\"wizards/demo/second\"]", "opens = [\"wizards/demo/second\", \"forms/demo/none\"]"),
        "opens 'forms/demo/none', which is not a checklist, wizard or form",
    );
    assert_problem(&GOOD.replace("schema = 3", "schema = 2"), "node done: opens needs schema 3");
}

#[test]
fn a_carry_must_go_into_a_wizard_the_outcome_opens() {
    assert_problem(
        &GOOD.replace("opens = [\"wizards/demo/second\"]", "opens = [\"wizards/demo/first\"]"),
        "carry to 'wizards/demo/second' from 'age': the outcome does not open that tool",
    );
}

#[test]
fn a_carry_must_name_real_questions_and_options_on_both_sides() {
    assert_problem(
        &GOOD.replace("chose = \"Child\"", "chose = \"Baby\""),
        "'age' is not a question here with an option 'Baby'",
    );
    assert_problem(
        &GOOD.replace("with = \"Under 18\"", "with = \"Under 16\""),
        "'person' is not a question there with an option 'Under 16'",
    );
}

#[test]
fn a_carry_from_a_question_off_every_path_to_the_outcome_is_reported() {
    let off_path = GOOD
        .replace(
            "option = [{ label = \"Child\", next = \"done\" }, { label = \"Adult\", next = \"done\" }]",
            "option = [{ label = \"Child\", next = \"done\" }, { label = \"Adult\", next = \"later\" }]\n\
             [[flowchart.node]]\nid = \"later\"\nkind = \"question\"\ntext = \"Later?\"\n\
             option = [{ label = \"Yes\", next = \"end-first\" }, { label = \"No\", next = \"end-first\" }]\n\
             [[flowchart.node]]\nid = \"end-first\"\nkind = \"outcome\"\ntext = \"End\"\nnext_steps = [\"x\"]\n\
             cite = [{ source = \"seed-004\", at = \"§4\" }]",
        )
        .replace("from = \"age\", chose = \"Child\"", "from = \"later\", chose = \"Yes\"");
    assert_problem(
        &off_path,
        "node done: carry to 'wizards/demo/second' from 'later': 'later' is not on any path to this outcome",
    );
}

#[test]
fn an_outcome_that_names_another_tool_must_open_it() {
    let unlinked = GOOD
        .replace("next_steps = [\"Go on.\"]", "next_steps = [\"Go on to the second wizard.\"]")
        .replace("opens = [\"wizards/demo/second\"]\ncarry = [{ to = \"wizards/demo/second\", from = \"age\", chose = \"Child\", answers = \"person\", with = \"Under 18\" }]\n", "");
    assert_eq!(
        problems_for(&unlinked),
        ["demo: flowchart first node done: the next steps send you to 'Second' but the outcome does not open 'wizards/demo/second'"]
    );
    let linked = GOOD.replace("next_steps = [\"Go on.\"]", "next_steps = [\"Go on to the second wizard.\"]");
    assert_eq!(problems_for(&linked), Vec::<String>::new());
}
