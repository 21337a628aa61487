//! Each training check fires on a scenario or quiz question built to break it, and stays
//! quiet on a good one.

use crate::pack::check::testing::{assert_found, problems_in};
use crate::pack::{parse_toml, Pack};

const REGISTRY: &str = include_str!("../../../../test-packs/demo-sources.toml");

/// The tools the scenario uses: a checklist, a flowchart and a form.
const TOOLS: &str = include_str!("../../../../test-packs/demo-tools.toml");

const GOOD: &str = include_str!("../../../../test-packs/demo-training.toml");

fn problems_for(training: &str) -> Vec<String> {
    problems_in(REGISTRY, &[("demo.toml", TOOLS), ("training.toml", training)])
}

fn assert_problem(training: &str, expected: &str) {
    assert_found(&problems_for(training), expected);
}

/// The good pack with one piece of text replaced; the piece must be there.
fn with(from: &str, to: &str) -> String {
    assert!(GOOD.contains(from), "'{from}' is not in the good pack");
    GOOD.replacen(from, to, 1)
}

#[test]
fn a_good_training_pack_has_no_problems() {
    assert_eq!(problems_for(GOOD), Vec::<String>::new());
}

#[test]
fn training_content_needs_schema_2() {
    assert_problem(&with("schema = 2", "schema = 1"), "training: pack: scenarios and quiz questions need schema 2");
}

#[test]
fn scenario_and_quiz_ids_are_unique_and_url_safe() {
    let quiz = &GOOD[GOOD.find("[[quiz]]").expect("a quiz question")..];
    assert_problem(&format!("{GOOD}{quiz}"), "quiz question id 'myth-1' is used more than once");
    let scenario = &GOOD[GOOD.find("[[scenario]]").expect("a scenario")..GOOD.find("[[quiz]]").expect("a quiz")];
    assert_problem(&format!("{GOOD}{scenario}"), "scenario id 'case' is used more than once");
    assert_problem(&with("id = \"case\"", "id = \"A case\""), "scenario A case: id 'A case' must be lowercase");
}

#[test]
fn wizard_node_and_option_references_resolve() {
    assert_problem(&with("wizard = \"demo/share\"", "wizard = \"demo/nope\""), "wizard 'demo/nope' is not a flowchart");
    assert_problem(&with("wizard = \"demo/share\"", "wizard = \"share\""), "wizard 'share' is not a flowchart");
    assert_problem(&with("node = \"q\"", "node = \"gone\""), "step 1: node 'gone' is not in demo/share");
    assert_problem(&with("node = \"q\"", "node = \"info\""), "step 1: node 'info' is not a question");
    assert_problem(
        &with("expected = \"Yes\"", "expected = \"Maybe\""),
        "step 1: expected 'Maybe' is not an answer there",
    );
}

#[test]
fn checklist_and_form_references_resolve() {
    assert_problem(&with("item = \"rule-1\"", "item = \"rule-9\""), "step 2: item 'rule-9' is not in demo/rules");
    assert_problem(&with("expected = \"No\"", "expected = \"Nope\""), "step 2: expected 'Nope' is not an answer there");
    assert_problem(
        &with("form = \"demo/request\"", "form = \"demo/nothing\""),
        "step 3: form 'demo/nothing' is not a form",
    );
    assert_problem(
        &with("expected_routes = [\"routine\"]", "expected_routes = [\"elsewhere\"]"),
        "step 3: route 'elsewhere' is not a route of demo/request",
    );
    assert_problem(
        &with("expected_routes = [\"routine\"]", "expected_routes = []"),
        "step 3: expected_routes is empty",
    );
    assert_problem(&with("agreement = \"demo\"", "agreement = \"nowhere\""), "agreement 'nowhere' is not a pack");
}

#[test]
fn fictional_answers_name_fields_and_fit_their_kinds() {
    assert_problem(
        &with("\"people[0].name\"", "\"people[0].age\""),
        "answer 'people[0].age' names no field of the form",
    );
    assert_problem(&with("urgency = \"routine\"", "urgency = \"soon\""), "answer 'urgency' chooses 'soon'");
    assert_problem(&with("tags = [\"a\"]", "tags = [\"a\", \"z\"]"), "answer 'tags' chooses 'z'");
    assert_problem(&with("tags = [\"a\"]", "tags = \"a\""), "answer 'tags' needs a list of the field's values");
    assert_problem(&with("{ date = \"today-1\" }", "\"yesterday\""), "answer 'when' needs { date = ");
    assert_problem(&with("{ date = \"today-1\" }", "{ date = \"soon\" }"), "answer 'when' needs { date = ");
    assert_problem(&with("{ date = \"today-1\" }", "{ date = \"today\", time = \"9am\" }"), "answer 'when' needs");
    assert_problem(&with("postcode = \"LN1 9ZZ\"", "postcode = \"LN1 9ZZ\", town = \"X\""), "answer 'where' needs");
    assert_problem(
        &with("\"people[0].name\" = \"Ann Example\"", "people = \"Ann\""),
        "answer 'people' needs its fields",
    );
}

#[test]
fn wrong_turns_are_real_answers_other_than_the_guidance() {
    assert_problem(
        &with("answer = \"No\"", "answer = \"Perhaps\""),
        "step 1: wrong answer 'Perhaps' is not an answer there",
    );
    assert_problem(&with("answer = \"No\"", "answer = \"Yes\""), "step 1: wrong answer 'Yes' is the expected answer");
    assert_problem(&with("answer = \"Yes\"", "answer = \"No\""), "step 2: wrong answer 'No' is the expected answer");
    assert_problem(
        &with("answer = \"No\"", "route = \"urgent\""),
        "step 1: wrong turn 1 needs an answer, and no route",
    );
    assert_problem(
        &with("route = \"urgent\"", "route = \"routine\""),
        "step 3: wrong route 'routine' is an expected route",
    );
    assert_problem(&with("route = \"urgent\"", "route = \"nowhere\""), "step 3: wrong route 'nowhere' is not a route");
    assert_problem(
        &with("route = \"urgent\"", "answer = \"urgent\""),
        "step 3: wrong turn 1 needs a route, and no answer",
    );
    assert_problem(&with("feedback = \"Look again.\"", "feedback = \" \""), "step 2: wrong turn feedback is empty");
}

#[test]
fn every_step_outcome_and_question_is_cited() {
    let uncited = with(
        "why = \"There is a purpose.\"\ncite = [{ source = \"seed-004\", at = \"§4 rule 1\" }]",
        "why = \"W\"\ncite = []",
    );
    assert_problem(&uncited, "scenario case step 1: has no citation");
    assert_problem(
        &with("why = \"Then stop.\"\ncite = [{ source = \"seed-004\", at = \"§4 rule 7\" }]", "why = \"W\"\ncite = []"),
        "scenario case outcome demo/share: has no citation",
    );
    assert_problem(
        &with("cite = [{ source = \"seed-004\", at = \"§3\" }]", "cite = []"),
        "quiz myth-1: has no citation",
    );
    assert_problem(&with("why = \"Nothing is urgent.\"", "why = \"\""), "step 3: why is empty");
}

#[test]
fn roles_and_narrative_are_given() {
    assert_problem(&with("roles = [\"police\", \"charity\"]", "roles = []"), "scenario case: names no roles");
    assert_problem(
        &with("roles = [\"police\", \"charity\"]", "roles = [\"police\", \"police\"]"),
        "role 'Police' is listed more than once",
    );
    assert_problem(
        &with("narrative = [\"Ann Example is 9.\", \"She lives at 1 Example Street.\"]", "narrative = []"),
        "scenario case: narrative is empty",
    );
    assert_problem(&with("\"Ann Example is 9.\"", "\" \""), "scenario case: narrative paragraph 1 is empty");
    let err = parse_toml::<Pack>("training.toml", &with("\"charity\"]", "\"teacher\"]")).expect_err("an unknown role");
    let roles_line = GOOD.lines().position(|line| line.starts_with("roles")).map(|index| index + 1);
    assert_eq!(err.line, roles_line, "{err}");
    assert!(err.message.contains("unknown variant `teacher`"), "{err}");
}

#[test]
fn a_step_is_exactly_one_kind() {
    let both = with("wizard = \"demo/share\"", "form = \"demo/request\"\nwizard = \"demo/share\"");
    assert_problem(&both, "step 1: needs exactly one of: wizard, node and expected");
    assert_problem(&with("node = \"q\"\n", ""), "step 1: needs exactly one of");
    assert_problem(
        &with("form = \"demo/request\"", "form = \"demo/request\"\nexpected = \"Yes\""),
        "step 3: needs exactly one of",
    );
}

#[test]
fn every_wizard_has_one_expected_outcome_that_is_an_outcome() {
    assert_problem(
        &with("node = \"stop\"", "node = \"q\""),
        "outcome demo/share: node 'q' is not an outcome of the wizard",
    );
    let outcome = &GOOD[GOOD.find("[[scenario.outcome]]").expect("an outcome")..GOOD.find("[[quiz]]").expect("a quiz")];
    assert_problem(&GOOD.replacen(outcome, "", 1), "scenario case: wizard 'demo/share' has no expected outcome");
    assert_problem(
        &GOOD.replacen(outcome, &outcome.repeat(2), 1),
        "wizard 'demo/share' has more than one expected outcome",
    );
    let elsewhere = outcome.replace("demo/share", "demo/other");
    assert_problem(
        &GOOD.replacen(outcome, &format!("{outcome}{elsewhere}"), 1),
        "outcome for 'demo/other' has no decisions",
    );
}
