//! The example pack in `docs/packs.md` loads as a user's pack with no problems, and broken
//! copies of it report the line and field a safeguarding lead would fix.

use infoshare_core::library::Library;

/// The TOML block after the `<!-- example pack -->` marker in docs/packs.md.
fn example() -> String {
    let docs = include_str!("../../docs/packs.md");
    let after = docs.split("<!-- example pack -->").nth(1).expect("docs/packs.md has the example marker");
    let block = after.split("```toml\n").nth(1).expect("a TOML block follows the marker");
    block.split("\n```").next().expect("the block ends").to_owned()
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
