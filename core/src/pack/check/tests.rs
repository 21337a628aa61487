//! Each check in `check.rs` fires on a pack built to break it, and stays quiet otherwise.

use super::testing::{assert_found, problems_in, ONE_SOURCE};
use super::*;
use crate::pack::{parse_toml, Pack, SourceRegistry};

const REGISTRY: &str = ONE_SOURCE;

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
    problems_in(REGISTRY, &[("demo.toml", pack_text)])
}

fn assert_one_problem(pack_text: &str, expected: &str) {
    assert_found(&problems_for(pack_text), expected);
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

/// GOOD with two teams (schema 4): each change below should give exactly the one problem.
fn with_teams(change: impl Fn(String) -> String) -> Vec<String> {
    let teams = r#"
[[team]]
id = "pado"
name = "PADO team"
address = "disclosurehq@lincs.police.uk"
key = "age1rh6pkh054a445n72zhvc4ncnljpkeme2lvhqkce2cstxz38qjuuqglfck9"
published = "2026-12-07"

[[team]]
id = "school"
name = "A school's safeguarding lead"
key = "age150xzm62pa3chydv2ey40z72w90mhy6c386zjxe7769mftrptm39qkh52s5"
published = "2026-12-01"
"#;
    problems_for(&change(format!("{}{teams}", GOOD.replace("schema = 1", "schema = 4"))))
}

#[test]
fn teams_are_checked_and_a_secret_key_is_never_repeated() {
    assert_eq!(with_teams(|text| text), Vec::<String>::new());
    let cases = [
        ("schema = 4", "schema = 3", "demo: pack: teams need schema 4"),
        ("id = \"school\"", "id = \"pado\"", "demo: pack: team id 'pado' is used more than once"),
        ("id = \"school\"", "id = \"School\"", "demo: team School: id 'School' must be lowercase letters"),
        ("name = \"PADO team\"", "name = \" \"", "demo: team pado: name is empty"),
        ("fck9\"", "fck8\"", "demo: team pado: key 'age1rh6pkh054a445n72zhvc…' has a mistake in it"),
        (
            "key = \"age150",
            "key = \"ssh-ed25519 AAAA",
            "demo: team school: key 'ssh-ed25519 AAAAxzm62pa3…' is not an age public key",
        ),
        (
            "published = \"2026-12-01\"",
            "published = \"1 December 2026\"",
            "demo: team school: published '1 December 2026' is not a date like 2026-11-01",
        ),
        (
            "address = \"disclosurehq@lincs.police.uk\"",
            "address = \"disclosurehq\"",
            "demo: team pado: address 'disclosurehq' is not an email address",
        ),
        (
            "published = \"2026-12-01\"",
            "published = \"2026-12-01\"\naddress = \"DisclosureHQ@lincs.police.uk\"",
            "demo: team school: address 'DisclosureHQ@lincs.police.uk' is also team pado's",
        ),
    ];
    for (from, to, expected) in cases {
        let problems = with_teams(|text| text.replacen(from, to, 1));
        assert_eq!(problems.len(), 1, "{to}: {problems:#?}");
        assert!(problems[0].starts_with(expected), "{to}: {problems:#?}");
    }
    let secret = "AGE-SECRET-KEY-1FZ3FZ3U09Z4HDQ55VXV6DCAFCM6CT8MW9Q6XLE70E6FUUSVKAPUSCSXUVT";
    let problems =
        with_teams(|text| text.replacen("age150xzm62pa3chydv2ey40z72w90mhy6c386zjxe7769mftrptm39qkh52s5", secret, 1));
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].starts_with("demo: team school: key is a secret key"), "{problems:#?}");
    assert!(!problems[0].contains("FZ3FZ3"), "the secret is repeated: {}", problems[0]);
}
