//! Each check in `check.rs` fires on a pack built to break it, and stays quiet otherwise.

use super::*;
use crate::pack::{parse_toml, Pack, SourceRegistry};

const REGISTRY: &str = r#"
schema = 1
[[source]]
id = "seed-004"
title = "Guidance"
short = "G"
kind = "guidance"
publisher = "A council"
version = "2024"
date = "2024"
seed_file = "004.txt"
sections = ["§4"]
"#;

const GOOD: &str = r#"
[pack]
id = "demo"
title = "Demo"
version = "1.0.0"
schema = 1
law_as_at = "2026-11-01"
summary = "A demo."
sources = ["seed-004"]

[[checklist]]
id = "rules"
title = "Rules"
purpose = "Check the rules."
intro = "Intro."
cite = [{ source = "seed-004", at = "§4" }]
[[checklist.item]]
id = "rule-1"
statement = "S"
meaning = "M"
if_not = "N"
cite = [{ source = "seed-004", at = "§4 rule 1" }]

[[flowchart]]
id = "share"
title = "Share?"
purpose = "Decide."
start = "q"
exit = "stop"
cite = [{ source = "seed-004", at = "§4" }]
[[flowchart.node]]
id = "q"
kind = "question"
text = "Is there a purpose?"
option = [{ label = "Yes", next = "info" }, { label = "No", next = "stop" }]
[[flowchart.node]]
id = "info"
kind = "info"
text = "Note this."
next = "stop"
[[flowchart.node]]
id = "stop"
kind = "outcome"
text = "Stop"
next_steps = ["Record it."]
cite = [{ source = "seed-004", at = "§4 rule 7" }]
"#;

fn problems_for(pack_text: &str) -> Vec<String> {
    let registry: SourceRegistry = parse_toml("sources.toml", REGISTRY).expect("registry parses");
    let pack: Pack = parse_toml("demo.toml", pack_text).expect("pack parses");
    check_library(&registry, &[pack]).into_iter().map(|p| p.to_string()).collect()
}

fn assert_one_problem(pack_text: &str, expected: &str) {
    let problems = problems_for(pack_text);
    assert!(problems.iter().any(|p| p.contains(expected)), "expected '{expected}' in {problems:#?}");
}

#[test]
fn a_good_pack_has_no_problems() {
    assert_eq!(problems_for(GOOD), Vec::<String>::new());
}

#[test]
fn unknown_sources_are_reported() {
    assert_one_problem(
        &GOOD
            .replace("at = \"§4 rule 1\"", "at = \"x\"")
            .replace("source = \"seed-004\", at = \"x\"", "source = \"seed-999\", at = \"x\""),
        "cites unknown source 'seed-999'",
    );
    assert_one_problem(
        &GOOD.replace("sources = [\"seed-004\"]", "sources = [\"nope\"]"),
        "lists unknown source 'nope'",
    );
}

#[test]
fn missing_citations_are_reported() {
    let uncited = GOOD
        .replace("if_not = \"N\"\ncite = [{ source = \"seed-004\", at = \"§4 rule 1\" }]", "if_not = \"N\"\ncite = []");
    assert_one_problem(&uncited, "checklist rules item rule-1: has no citation");
    let uncited_outcome = GOOD.replace("cite = [{ source = \"seed-004\", at = \"§4 rule 7\" }]", "");
    assert_one_problem(&uncited_outcome, "node stop: has no citation");
}

#[test]
fn duplicate_ids_are_reported() {
    let doubled = GOOD.replace("id = \"info\"", "id = \"q\"").replace("next = \"info\"", "next = \"q\"");
    assert_one_problem(&doubled, "node id 'q' is used more than once");
    assert_one_problem(
        &GOOD.replace("id = \"share\"", "id = \"rules\""),
        "checklist, flowchart or form id 'rules' is used more than once",
    );
}

#[test]
fn dangling_references_are_reported() {
    assert_one_problem(
        &GOOD.replace(
            "next = \"stop\"\n[[flowchart.node]]\nid = \"stop\"",
            "next = \"gone\"\n[[flowchart.node]]\nid = \"stop\"",
        ),
        "leads to 'gone', which is not a node",
    );
    assert_one_problem(&GOOD.replace("start = \"q\"", "start = \"nowhere\""), "start 'nowhere' is not a node");
}

#[test]
fn cycles_and_unreachable_nodes_are_reported() {
    assert_one_problem(
        &GOOD.replace("text = \"Note this.\"\nnext = \"stop\"", "text = \"Note this.\"\nnext = \"q\""),
        "a path loops back from 'info' to 'q'",
    );
    let orphan = format!("{GOOD}\n[[flowchart.node]]\nid = \"orphan\"\nkind = \"outcome\"\ntext = \"O\"\nnext_steps = [\"x\"]\ncite = [{{ source = \"seed-004\", at = \"§4\" }}]\n");
    assert_one_problem(&orphan, "node 'orphan' cannot be reached from the start");
}

#[test]
fn node_shapes_are_enforced() {
    assert_one_problem(
        &GOOD.replace(
            "option = [{ label = \"Yes\", next = \"info\" }, { label = \"No\", next = \"stop\" }]",
            "option = [{ label = \"Yes\", next = \"info\" }]\n",
        ),
        "a question needs at least two options",
    );
    assert_one_problem(
        &GOOD.replace("next_steps = [\"Record it.\"]", "next_steps = []"),
        "an outcome needs next steps",
    );
}

#[test]
fn pack_metadata_is_checked() {
    assert_one_problem(
        &GOOD.replace("law_as_at = \"2026-11-01\"", "law_as_at = \"2026-02-30\""),
        "law_as_at '2026-02-30' is not a date",
    );
    assert_one_problem(&GOOD.replace("version = \"1.0.0\"", "version = \"1.0\""), "version '1.0' is not like 1.2.3");
    assert_one_problem(&GOOD.replace("schema = 1", "schema = 5"), "schema 5 is not between 1 and 4");
    assert_one_problem(&GOOD.replace("schema = 1", "schema = 0"), "schema 0 is not between 1 and 4");
    assert_eq!(problems_for(&GOOD.replace("schema = 1", "schema = 2")), Vec::<String>::new());
    assert_one_problem(&GOOD.replace("id = \"rule-1\"", "id = \"Rule 1\""), "id 'Rule 1' must be lowercase");
}

#[test]
fn unknown_fields_are_parse_errors_with_a_line() {
    let registry: SourceRegistry = parse_toml("sources.toml", REGISTRY).expect("registry parses");
    assert_eq!(registry.sources.len(), 1);
    let err = parse_toml::<Pack>("demo.toml", &GOOD.replace("if_not = \"N\"", "if_not = \"N\"\nstatment = \"typo\""))
        .unwrap_err();
    // toml places an unknown field at the start of the table that holds it.
    assert_eq!(err.line, Some(22), "{err}");
    assert!(err.message.contains("statment"), "{err}");
}

#[test]
fn ids_must_be_url_safe() {
    for good in ["a", "golden-rules-2024", "x1-y2"] {
        assert!(is_url_safe_id(good), "{good}");
    }
    for bad in ["", "-a", "a-", "a--b", "A", "a b", "a_b", "é"] {
        assert!(!is_url_safe_id(bad), "{bad}");
    }
}
