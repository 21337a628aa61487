//! The example packs in `docs/packs.md` load as a user's pack with no problems, and broken
//! copies of them report the line and field a safeguarding lead would fix. The teams' keys
//! example gives the shipped Lincolnshire request's route its team.

use infoshare_core::library::Library;

/// The TOML block after a marker in docs/packs.md.
fn block_after(marker: &str) -> String {
    let docs = include_str!("../../docs/packs.md");
    let after = docs.split(marker).nth(1).expect("docs/packs.md has the marker");
    let block = after.split("```toml\n").nth(1).expect("a TOML block follows the marker");
    block.split("\n```").next().expect("the block ends").to_owned()
}

/// The complete example pack.
fn example() -> String {
    block_after("<!-- example pack -->")
}

/// The example pack of teams' keys.
fn teams() -> String {
    block_after("<!-- team keys pack -->")
}

fn shipped() -> Library {
    Library::shipped().expect("shipped packs parse")
}

fn problems(text: &str) -> Vec<String> {
    match shipped().check_local_pack("anyshire.toml", text) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn the_documented_example_loads_cleanly() {
    let pack = shipped().check_local_pack("anyshire.toml", &example()).unwrap_or_else(|problems| {
        panic!("{}", problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
    });
    assert_eq!(pack.pack.id, "anyshire");
    let mut library = shipped();
    assert!(!library.add_pack(pack));
    assert!(library.flowchart("anyshire", "urgent-share").is_some());
    assert_eq!(
        library.cite_text(&library.checklist("anyshire", "before-sharing").expect("added").cite[0]),
        "Anyshire ISA 2026, §5"
    );
}

#[test]
fn a_missing_citation_names_its_line_and_field() {
    let text = example().replace(
        "cite = [{ source = \"dfe-2024\", at = \"Golden rule 7\" }]\n\n[[flowchart]]",
        "cite = []\n\n[[flowchart]]",
    );
    let line = text.lines().position(|line| line == "id = \"recorded\"").map(|index| index + 1).expect("the item");
    assert_eq!(
        problems(&text),
        vec![format!("Line {line}, field cite, checklist before-sharing item recorded: has no citation")]
    );
}

#[test]
fn a_dangling_next_names_its_node() {
    let text = example().replace("next = \"ask-first\"", "next = \"ask-frist\"");
    let found = problems(&text);
    assert!(
        found.iter().any(|p| p.contains("field next, flowchart urgent-share node risk: leads to 'ask-frist'")),
        "{found:?}"
    );
    assert!(found.iter().all(|p| p.starts_with("Line ")), "{found:?}");
}

#[test]
fn reading_errors_name_the_line_and_field() {
    let missing = example().replacen("title = \"Anyshire multi-agency information sharing agreement\"\n", "", 1);
    assert_eq!(problems(&missing).len(), 1);
    assert!(problems(&missing)[0].contains("field title"), "{:?}", problems(&missing));
    let broken = example().replace("version = \"1.0.0\"", "version = 1.0.0\"");
    assert!(problems(&broken)[0].starts_with("Line 6"), "{:?}", problems(&broken));
}

#[test]
fn a_pack_with_a_shipped_id_replaces_that_pack() {
    let text = example().replace("id = \"anyshire\"", "id = \"llr\"");
    let pack = shipped().check_local_pack("llr.toml", &text).expect("loads in place of llr");
    let mut library = shipped();
    assert!(library.add_pack(pack));
    assert!(library.checklist("llr", "before-sharing").is_some());
    assert!(library.checklist("llr", "decision-to-share").is_none());
}

#[test]
fn the_documented_teams_pack_loads_and_gives_the_police_request_its_team() {
    let pack = shipped().check_local_pack("keys.toml", &teams()).unwrap_or_else(|problems| {
        panic!("{}", problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
    });
    let mut library = shipped();
    library.add_pack(pack);
    let pado = library.team_at("disclosurehq@lincs.police.uk").expect("the PADO team");
    assert_eq!(pado.id, "lincolnshire-pado");
    let route = library.form("lincolnshire", "police-disclosure-request").and_then(|form| {
        form.routes.iter().find(|route| route.address.as_deref() == Some("disclosurehq@lincs.police.uk"))
    });
    assert!(route.is_some(), "the shipped request is routed to the team's address");
    assert_eq!(library.distinct_teams().len(), 2);
}

#[test]
fn a_mistyped_or_secret_key_names_its_line_and_field() {
    let text = teams().replace("9pshat3z9\"", "9pshat3z8\"");
    let line =
        text.lines().position(|line| line == "id = \"lincolnshire-pado\"").map(|index| index + 1).expect("the team");
    assert_eq!(
        problems(&text),
        vec![format!("Line {line}, field key, team lincolnshire-pado: key 'age16grlv5mg3hlf36uvfru7…' has a mistake in it (its check characters do not match): copy it again from the team")]
    );
    let secret = "AGE-SECRET-KEY-1FZ3FZ3U09Z4HDQ55VXV6DCAFCM6CT8MW9Q6XLE70E6FUUSVKAPUSCSXUVT";
    let text = teams().replace("age1xnvxs6km6a827cdmghrqrrzn79unxj5wwj28rq3fgaqw6umphq9smcyn24", secret);
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("field key, team lincolnshire-childrens-services: key is a secret key"), "{found:?}");
    assert!(!found[0].contains("FZ3FZ3"), "the secret is repeated: {found:?}");
}
