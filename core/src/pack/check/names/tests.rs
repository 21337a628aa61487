//! A moved provision named any other way, and one source under two ids, are each reported.

use crate::pack::check::testing::problems_in;

const REGISTRY: &str = r#"
schema = 1
[[source]]
id = "children-act-2004"
title = "Children Act 2004"
short = "Children Act 2004"
kind = "legislation"
publisher = "legislation.gov.uk"
version = "As amended"
date = "2004"
url = "https://www.legislation.gov.uk/ukpga/2004/31/contents"
sections = ["s16H"]
moved = ["s14B is now s16H"]
"#;

const PACK: &str = r#"
[pack]
id = "demo"
title = "Demo"
version = "1.0.0"
schema = 1
law_as_at = "2026-12-07"
summary = "A demo."
sources = ["children-act-2004"]

[[flowchart]]
id = "route"
title = "Route"
purpose = "Decide."
start = "who"
exit = "request"
cite = [{ source = "children-act-2004", at = "s16H (formerly s14B)" }]
[[flowchart.node]]
id = "who"
kind = "question"
text = "Who asks?"
[[flowchart.node.option]]
label = "The partners (Children Act 2004 s16H (formerly s14B))"
next = "request"
finding = "The partners asked under s16H (formerly s14B)."
cite = [{ source = "children-act-2004", at = "s16H (formerly s14B)" }]
[[flowchart.node.option]]
label = "Someone else"
next = "request"
[[flowchart.node]]
id = "request"
kind = "outcome"
text = "A partnership request (Children Act 2004 s16H (formerly s14B))"
next_steps = ["Give what is asked for."]
cite = [{ source = "children-act-2004", at = "s16H (formerly s14B)" }]
"#;

fn problems(registry: &str, pack: &str) -> Vec<String> {
    problems_in(registry, &[("demo.toml", pack)])
}

#[test]
fn a_moved_provision_named_one_way_everywhere_is_fine() {
    assert_eq!(problems(REGISTRY, PACK), Vec::<String>::new());
}

#[test]
fn a_moved_provision_cited_by_its_old_or_new_number_alone_is_reported_where_it_is() {
    let old_title = PACK.replace(
        "text = \"A partnership request (Children Act 2004 s16H (formerly s14B))\"",
        "text = \"A partnership request (Children Act 2004 s14B)\"",
    );
    assert_eq!(
        problems(REGISTRY, &old_title),
        ["demo: flowchart route node request: text names s14B without 's16H (formerly s14B)': the Children Act 2004 provision moved, so cite it that way everywhere"]
    );
    let new_alone = PACK.replace(
        "finding = \"The partners asked under s16H (formerly s14B).\"",
        "finding = \"The partners asked under s16H.\"",
    );
    assert_eq!(
        problems(REGISTRY, &new_alone),
        ["demo: flowchart route node who option 'The partners (Children Act 2004 s16H (formerly s14B))': finding names s16H without 's16H (formerly s14B)': the Children Act 2004 provision moved, so cite it that way everywhere"]
    );
    let citation = PACK.replacen(
        "at = \"s16H (formerly s14B)\" }]\n[[flowchart.node]]",
        "at = \"s14B\" }]\n[[flowchart.node]]",
        1,
    );
    assert_eq!(problems(REGISTRY, &citation).len(), 1, "a citation's section is checked like any text");
}

#[test]
fn a_longer_number_is_another_provision() {
    let other = PACK.replace("next_steps = [\"Give what is asked for.\"]", "next_steps = [\"Not s14BA, nor ss14B.\"]");
    assert_eq!(problems(REGISTRY, &other), Vec::<String>::new());
}

#[test]
fn one_source_registered_under_two_ids_is_reported() {
    let twice = format!(
        "{REGISTRY}\n{}",
        REGISTRY.replace("schema = 1\n", "").replace("id = \"children-act-2004\"", "id = \"ca-2004\"")
    );
    let found = problems(&twice, PACK);
    assert!(
        found.contains(&"sources: source ca-2004: has the same title as source 'children-act-2004' ('Children Act 2004'): one source under two ids".to_owned()),
        "{found:#?}"
    );
    assert!(found.iter().any(|p| p.contains("has the same short name")), "{found:#?}");
}

#[test]
fn a_moved_provision_must_read_old_is_now_new() {
    let unreadable = REGISTRY.replace("moved = [\"s14B is now s16H\"]", "moved = [\"s14B became s16H\"]");
    assert_eq!(
        problems(&unreadable, PACK),
        ["sources: source children-act-2004: moved 's14B became s16H' is not like 's14B is now s16H'"]
    );
}
