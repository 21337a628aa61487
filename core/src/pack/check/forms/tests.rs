//! Each form check fires on a form built to break it, and stays quiet on a good one.

use crate::pack::check::testing::{assert_found, problems_in};
use crate::pack::{parse_toml, Pack};

const REGISTRY: &str = r#"
schema = 1
[[source]]
id = "seed-000"
title = "Agreement"
short = "A"
kind = "agreement"
publisher = "A police force"
version = "2025"
date = "2025"
seed_file = "000.txt"
sections = ["App 4"]
"#;

const HEAD: &str = r#"
[pack]
id = "demo"
title = "Demo"
version = "1.0.0"
schema = 1
law_as_at = "2026-11-01"
summary = "A demo."
sources = ["seed-000"]

[[calendar]]
id = "england-and-wales"
title = "Bank holidays"
rules = ["christmas"]
cite = [{ source = "seed-000", at = "App 4" }]
"#;

/// A small form using every kind of reference: a condition, a group, a rule in the group, a
/// count, and routes with deadlines.
const GOOD: &str = r#"
[[form]]
id = "request"
title = "Request"
purpose = "Ask."
intro = "Intro."
calendar = "england-and-wales"
cite = [{ source = "seed-000", at = "App 4" }]

[[form.section]]
id = "main"
title = "Main"

[[form.section.field]]
id = "urgency"
kind = "single-choice"
label = "Urgency"
required = true
option = [{ value = "urgent", label = "Urgent" }, { value = "routine", label = "Routine" }]

[[form.section.field]]
id = "request-date"
kind = "date"
label = "Date"
show_if = { field = "urgency", equals = "routine" }

[[form.section.field]]
id = "subjects"
kind = "group"
label = "Subjects"
item = "subject"

[[form.section.field.field]]
id = "name"
kind = "person-name"
label = "Name"
required_if = { field = "urgency", equals = "urgent" }

[[form.section.field.field]]
id = "seen"
kind = "date"
label = "Seen"

[[form.rule]]
id = "distinct"
kind = "distinct"
group = "subjects"
fields = ["name"]

[[form.rule]]
id = "order"
in = "subjects"
kind = "in-order"
first = "request-date"
then = "seen"

[[form.route]]
id = "routine"
title = "Routine"
when = { field = "urgency", equals = "routine" }
deadline = { unit = "working-days", count = 10, from = "request-date", text = "By {due}" }
cite = [{ source = "seed-000", at = "App 4" }]

[[form.route]]
id = "each"
title = "Each"
for_each = "subjects"
when = { count = { group = "subjects", at_least = 3, within_months = 12, date = "seen", window = "ending-here" } }
cite = [{ source = "seed-000", at = "App 4" }]
"#;

fn problems_for(form: &str) -> Vec<String> {
    problems_at_schema(1, form)
}

fn problems_at_schema(schema: u32, form: &str) -> Vec<String> {
    let head = HEAD.replace("schema = 1", &format!("schema = {schema}"));
    problems_in(REGISTRY, &[("demo.toml", &format!("{head}{form}"))])
}

fn assert_problem(form: &str, expected: &str) {
    assert_problem_at_schema(1, form, expected);
}

fn assert_problem_at_schema(schema: u32, form: &str, expected: &str) {
    assert_found(&problems_at_schema(schema, form), expected);
}

/// The good form with one piece of text replaced.
fn broken(from: &str, to: &str) -> String {
    assert!(GOOD.contains(from), "GOOD has no '{from}'");
    GOOD.replacen(from, to, 1)
}

#[test]
fn a_good_form_has_no_problems() {
    assert_eq!(problems_for(GOOD), Vec::<String>::new());
}

#[test]
fn ids_must_be_unique_and_url_safe() {
    assert_problem(&broken("id = \"request-date\"", "id = \"urgency\""), "field id 'urgency' is used more than once");
    assert_problem(&broken("id = \"seen\"", "id = \"name\""), "field id 'name' is used more than once");
    assert_problem(&broken("id = \"order\"", "id = \"distinct\""), "rule id 'distinct' is used more than once");
    assert_problem(&broken("id = \"each\"", "id = \"routine\""), "route id 'routine' is used more than once");
    assert_problem(&broken("id = \"main\"", "id = \"Main\""), "id 'Main' must be lowercase");
    let twice = format!("{GOOD}{GOOD}");
    assert_problem(&twice, "checklist, flowchart or form id 'request' is used more than once");
}

#[test]
fn every_condition_reference_resolves() {
    assert_problem(
        &broken(
            "field = \"urgency\", equals = \"routine\" }\n\n[[form.section.field]]\nid = \"subjects\"",
            "field = \"nothing\", equals = \"routine\" }\n\n[[form.section.field]]\nid = \"subjects\"",
        ),
        "condition names 'nothing', which is not a field in scope",
    );
    assert_problem(&broken("equals = \"urgent\" }", "equals = \"soon\" }"), "'soon' is not a value of 'urgency'");
    assert_problem(
        &broken(
            "{ field = \"urgency\", equals = \"routine\" }\n\n[[form.section.field]]\nid = \"subjects\"",
            "{ field = \"seen\", answered = true }\n\n[[form.section.field]]\nid = \"subjects\"",
        ),
        "names 'seen', which is not a field in scope",
    );
    assert_problem(&broken("equals = \"urgent\" }", "includes = \"urgent\" }"), "includes needs a multiple choice");
    assert_problem(
        &broken("equals = \"urgent\" }", "equals = \"urgent\", answered = true }"),
        "needs exactly one of equals, one_of, includes and answered",
    );
    assert_problem(
        &broken(
            "show_if = { field = \"urgency\", equals = \"routine\" }",
            "show_if = { field = \"request-date\", answered = true }",
        ),
        "show_if depends on itself",
    );
    assert_problem(
        &broken("group = \"subjects\", at_least", "group = \"urgency\", at_least"),
        "count names 'urgency', which is not a group in scope",
    );
    assert_problem(
        &broken("date = \"seen\", window", "date = \"name\", window"),
        "count date 'name' is not a date in 'subjects'",
    );
    assert_problem(
        &broken("for_each = \"subjects\"\n", ""),
        "window ending-here is only for routes taken for each 'subjects'",
    );
}

#[test]
fn every_rule_and_route_reference_resolves() {
    assert_problem(
        &broken("fields = [\"name\"]", "fields = [\"nobody\"]"),
        "distinct needs fields, each a field of the group",
    );
    assert_problem(&broken("in = \"subjects\"", "in = \"urgency\""), "in 'urgency' is not a path of groups");
    assert_problem(&broken("then = \"seen\"", "then = \"name\""), "'name' is a PersonName field, not [Date, DateTime]");
    assert_problem(
        &broken("for_each = \"subjects\"", "for_each = \"name\""),
        "for_each 'name' is not a group at the top of the form",
    );
    assert_problem(
        &broken("title = \"Each\"", "title = \"Subject: checked\""),
        "route each: the title starts with 'Subject', which the instance's name before it already says",
    );
    assert_problem(&broken("from = \"request-date\"", "from = \"urgency\""), "'urgency' is a SingleChoice field");
    assert_problem(&broken("text = \"By {due}\"", "text = \"Soon\""), "the deadline text must say {due}");
    assert_problem(
        &broken("calendar = \"england-and-wales\"\n", ""),
        "a working-day deadline needs the form's calendar",
    );
    assert_problem(
        &broken("calendar = \"england-and-wales\"", "calendar = \"scotland\""),
        "calendar 'scotland' is not in any pack",
    );
}

#[test]
fn fields_are_shaped_for_their_kind() {
    assert_problem(
        &broken(", { value = \"routine\", label = \"Routine\" }", ""),
        "a choice needs at least two options",
    );
    assert_problem(&broken("value = \"routine\"", "value = \"urgent\""), "option values must be unique");
    assert_problem(&broken("item = \"subject\"\n", ""), "a group needs an item name");
    assert_problem(&broken("label = \"Seen\"", "label = \"Seen\"\nmin = 1"), "only numbers have min and max");
    assert_problem(&broken("label = \"Name\"", "label = \"Name\"\nbounds = \"past\""), "only dates have bounds");
    assert_problem(
        &broken("label = \"Name\"", "label = \"Name\"\nmax_length = 5"),
        "only text, long text, references and addresses have max_length",
    );
    assert_problem(&broken("label = \"Seen\"", "label = \"When?\""), "a label that is a question needs a name");
    assert_problem(
        &broken("required = true", "required = true\nrequired_if = { field = \"seen\", answered = true }"),
        "has both required and required_if",
    );
}

#[test]
fn every_field_and_rule_is_cited_or_the_form_is() {
    let uncited = broken("cite = [{ source = \"seed-000\", at = \"App 4\" }]\n\n[[form.section]]", "[[form.section]]");
    assert_problem(&uncited, "form request field urgency: has no citation");
    assert_problem(&uncited, "form request rule distinct: has no citation");
    assert_problem(
        &broken("at = \"App 4\" }]\n\n[[form.route]]\nid = \"each\"", "at = \"\" }]\n\n[[form.route]]\nid = \"each\""),
        "citation of 'seed-000' gives no section",
    );
    assert_problem(
        &broken(
            "source = \"seed-000\", at = \"App 4\" }]\n\n[[form.section]]",
            "source = \"seed-999\", at = \"App 4\" }]\n\n[[form.section]]",
        ),
        "cites unknown source 'seed-999'",
    );
}

#[test]
fn a_decision_record_form_needs_the_record_fields() {
    let form = broken("kind = \"distinct\"\ngroup = \"subjects\"\nfields = [\"name\"]", "kind = \"decision-record\"");
    assert_problem(&form, "names 'decision', which is not a field in scope");
    assert_problem(&form, "the decision field's options must be share, share-part and do-not-share");
}

#[test]
fn unknown_keys_are_refused_when_parsing() {
    let bad = broken("fields = [\"name\"]", "fields = [\"name\"]\nbogus = 1");
    let parsed = parse_toml::<Pack>("demo.toml", &format!("{HEAD}{bad}"));
    assert!(parsed.is_err_and(|err| err.message.contains("bogus")));
    let bad = broken("label = \"Seen\"", "label = \"Seen\"\nbogus = 1");
    assert!(parse_toml::<Pack>("demo.toml", &format!("{HEAD}{bad}")).is_err());
}

#[test]
fn one_name_is_a_person_name_beside_another_from_schema_4() {
    let family = "[[form.section.field.field]]\nid = \"family\"\nkind = \"person-name\"\nlabel = \"Family name\"";
    let with = |extra: &str| {
        let seen = "[[form.section.field.field]]\nid = \"seen\"";
        broken(seen, &format!("{family}\n{extra}\n\n{seen}"))
    };
    let problem = |form: &str, expected: &str| assert_problem_at_schema(4, form, expected);
    assert_eq!(problems_at_schema(4, &with("one_name = \"name\"")), Vec::<String>::new());
    assert_problem(&with("one_name = \"name\""), "field family: one_name needs schema 4");
    problem(&with("one_name = \"seen\""), "one_name 'seen' is not another person name beside it, without one_name");
    problem(&with("one_name = \"family\""), "one_name 'family' is not another person name beside it");
    problem(&with("one_name = \"urgency\""), "one_name 'urgency' is not another person name beside it");
    let clash = with("one_name = \"name\"").replace("\"seen\"", "\"family-one-name\"");
    problem(&clash, "one_name's choice is stored at 'family-one-name', which is a field beside it");
    problem(&broken("label = \"Seen\"", "label = \"Seen\"\none_name = \"name\""), "only a person name has one_name");
    let shown_if = "one_name = \"name\"\nshow_if = { field = \"urgency\", equals = \"urgent\" }";
    problem(&with(shown_if), "a field with one_name has no show_if");
}
