//! The editor's model: comments kept through every kind of change, copies of every shipped
//! pack that check clean and read as the pack, and bad input named without losing the work.

use super::sheet::{sheet, sheet_at, Field};
use super::*;
use crate::library::Library;

fn shipped() -> Library {
    Library::shipped().unwrap_or_else(|error| panic!("{error}"))
}

const COMMENTED: &str = r#"# For the reviewer: agreed at the March board.
[pack]
id = "anyshire"
title = "Anyshire" # the short name
version = "1.0.0"
schema = 3
law_as_at = "2026-11-01"
summary = "Sharing in Anyshire."
sources = ["anyshire-isa"]

[[source]]
id = "anyshire-isa"
title = "Anyshire ISA"
short = "Anyshire ISA 2026"
kind = "agreement"
publisher = "Anyshire"
version = "1.0"
date = "2026"
url = "https://intranet.anyshire.example/isa"
sections = ["§5"]

[[checklist]]
id = "before"
title = "Before you share"
purpose = "Check first."
intro = "Answer each."
cite = [{ source = "anyshire-isa", at = "§5" }]

# First: the named person.
[[checklist.item]]
id = "named"
statement = "A named person."
meaning = "Not a team inbox."
if_not = "Find one."
cite = [{ source = "anyshire-isa", at = "§5" }]

# Second: the route.
[[checklist.item]]
id = "route"
statement = "A secure route."
meaning = "Secure email."
if_not = "Wait."
cite = [{ source = "anyshire-isa", at = "§5" }]
"#;

fn field(key: &str, name: &str) -> Field {
    *sheet("", key).and_then(|sheet| sheet.fields.iter().find(|field| field.key == name)).unwrap()
}

fn items() -> Path {
    Path::top().key("checklist").at(0).key("item")
}

/// The field `key` of the sheet at `path`.
fn field_at(path: &Path, key: &str) -> Field {
    *sheet_at(path).and_then(|sheet| sheet.fields.iter().find(|field| field.key == key)).unwrap()
}

/// Sets each `(key, text)` of the item at `item`.
fn fill(draft: &mut Draft, item: &Path, values: &[(&str, &str)]) {
    for (key, text) in values {
        assert!(draft.set(item, &field_at(item, key), text), "{key}");
    }
}

/// Adds an item to the list at `list` and fills it in.
fn added(draft: &mut Draft, list: &Path, values: &[(&str, &str)]) -> Path {
    let item = draft.add(list, sheet_at(list).unwrap()).unwrap();
    fill(draft, &item, values);
    item
}

const CITE: (&str, &str) = ("cite", "my-area-isa: §1");

#[test]
fn a_blank_pack_reads_and_says_what_it_still_needs() {
    let draft = Draft::blank();
    assert!(!draft.unsaved());
    let pack = draft.check(&shipped()).unwrap_or_else(|problems| panic!("{problems:?}"));
    assert_eq!(pack.pack.id, "my-area");
}

#[test]
fn changing_a_value_keeps_the_notes_around_it() {
    let mut draft = Draft::open(COMMENTED).unwrap();
    assert!(draft.set(&Path::top().key("pack"), &field("pack", "title"), "Anyshire agreement"));
    assert!(draft.unsaved());
    let text = draft.save();
    assert!(!draft.unsaved());
    assert!(text.starts_with("# For the reviewer: agreed at the March board.\n[pack]"), "{text}");
    assert!(text.contains("title = \"Anyshire agreement\" # the short name\n"), "{text}");
    assert_eq!(draft.get(&items().at(1), &field("item", "cite")), "anyshire-isa: §5");
}

#[test]
fn items_move_with_their_notes_and_keep_their_lists() {
    let mut draft = Draft::open(COMMENTED).unwrap();
    assert_eq!(draft.shift(&items().at(1), true), Some(items().at(0)));
    assert_eq!(draft.shift(&items().at(0), true), None);
    let text = draft.text();
    let second = text.find("# Second: the route.\n[[checklist.item]]\nid = \"route\"").unwrap();
    let first = text.find("# First: the named person.\n[[checklist.item]]\nid = \"named\"").unwrap();
    assert!(second < first, "{text}");
    let pack = draft.check(&shipped()).unwrap_or_else(|problems| panic!("{problems:?}"));
    let ids: Vec<&str> = pack.checklists[0].items.iter().map(|item| item.id.as_str()).collect();
    assert_eq!(ids, ["route", "named"]);
}

#[test]
fn a_new_item_is_named_by_the_checks_until_it_is_written() {
    let mut draft = Draft::open(COMMENTED).unwrap();
    let added = draft.add(&items(), sheet("", "item").unwrap()).unwrap();
    assert_eq!(added, items().at(2));
    let problems = draft.check(&shipped()).unwrap_err();
    let cite = problems.iter().find(|problem| problem.field.as_deref() == Some("cite")).unwrap();
    assert_eq!(cite.place, "checklist before item item-3");
    assert_eq!(draft.place(&added), cite.place);
    assert!(cite.line.is_some());
    draft.set(&added, &field("item", "statement"), "Recorded.");
    draft.set(&added, &field("item", "cite"), "anyshire-isa: §5\n\n");
    let problems = draft.check(&shipped()).unwrap_err();
    assert!(problems.iter().all(|problem| problem.field.as_deref() != Some("cite")), "{problems:?}");
    assert!(draft.remove(&added));
    assert!(draft.check(&shipped()).is_ok());
    assert_eq!(draft.count(&items()), 2);
}

#[test]
fn a_new_checklist_reads_and_its_problems_name_its_fields() {
    let mut draft = Draft::open(COMMENTED).unwrap();
    let checklist = draft.add(&Path::top().key("checklist"), sheet("", "checklist").unwrap()).unwrap();
    let problems = draft.check(&shipped()).unwrap_err();
    let place = draft.place(&checklist);
    assert!(problems.iter().any(|p| p.place == place && p.field.as_deref() == Some("title")), "{problems:?}");
    let item = draft.add(&checklist.key("item"), sheet("", "item").unwrap()).unwrap();
    assert_eq!(item, checklist.key("item").at(0));
    assert!(draft.text().contains("[[checklist.item]]\nid = \"item-1\""), "{}", draft.text());
}

#[test]
fn optional_fields_left_empty_are_taken_out() {
    let mut draft = Draft::open(COMMENTED).unwrap();
    let checklist = Path::top().key("checklist").at(0);
    draft.set(&checklist, &field("checklist", "note"), "Draft wording.");
    assert!(draft.text().contains("note = \"Draft wording.\""));
    draft.set(&checklist, &field("checklist", "note"), "  ");
    assert!(!draft.text().contains("note"));
}

#[test]
fn a_single_table_is_made_when_first_edited() {
    let mut draft = Draft::open(COMMENTED).unwrap();
    let agreement = Path::top().key("agreement");
    assert!(draft.ensure(&agreement, sheet("", "agreement").unwrap()));
    assert!(draft.ensure(&agreement.key("review"), sheet("", "review").unwrap()));
    draft.set(&agreement, &field("agreement", "partners"), "Anyshire Council\nAnyshire Police\n");
    assert_eq!(draft.get(&agreement, &field("agreement", "partners")), "Anyshire Council\nAnyshire Police");
    let contact = draft.add(&agreement.key("contact"), sheet("", "contact").unwrap()).unwrap();
    draft.set(&contact, &field("contact", "role"), "Single point of contact");
    let problems = draft.check(&shipped()).unwrap_err();
    let post = problems.iter().find(|problem| problem.field.as_deref() == Some("post")).unwrap();
    assert_eq!(post.place, draft.place(&contact));
    assert_eq!(draft.place(&agreement.key("review")), "agreement review");
}

#[test]
fn a_part_edited_as_text_replaces_only_that_part() {
    let mut draft = Draft::open(COMMENTED).unwrap();
    let checklists = Path::top().key("checklist");
    let part = draft.part_text(&checklists);
    assert!(part.contains("# Second: the route."), "{part}");
    assert!(!part.contains("[pack]"), "{part}");
    let shorter = part.replace("Before you share", "Before sharing");
    draft.set_part_text(&checklists, &shorter).unwrap();
    assert!(draft.text().contains("title = \"Before sharing\""));
    assert!(draft.text().starts_with("# For the reviewer"));

    let stray = draft.set_part_text(&checklists, &format!("{shorter}\n[pack]\nid = \"x\"\n")).unwrap_err();
    assert_eq!(stray.field.as_deref(), Some("pack.id"));
    let broken = draft.set_part_text(&checklists, "[[checklist]]\nid = \n").unwrap_err();
    assert_eq!(broken.line, Some(2));
    assert!(draft.text().contains("title = \"Before sharing\""), "the work is kept");

    let forms = Path::top().key("form");
    assert_eq!(draft.part_text(&forms), "");
    draft.set_part_text(&checklists, "").unwrap();
    assert!(!draft.text().contains("[[checklist"));
}

#[test]
fn a_part_below_a_table_is_written_under_its_table() {
    let mut draft = Draft::open(COMMENTED).unwrap();
    let breach = Path::top().key("agreement").key("breach");
    draft.set_part_text(&breach, "[agreement.breach]\nico_hours = 72\n").unwrap();
    assert!(draft.text().contains("[agreement.breach]\nico_hours = 72\n"), "{}", draft.text());
    assert_eq!(draft.part_text(&breach), "[agreement.breach]\nico_hours = 72\n");
}

#[test]
fn bad_files_are_named_and_refused() {
    let broken = Draft::open("[pack]\nid = \"x\"\ntitle = \n").unwrap_err();
    assert_eq!(broken.line, Some(3));
    let huge = "#".repeat(MAX_PACK_BYTES + 1);
    assert_eq!(Draft::open(&huge).unwrap_err().message, "The pack must be smaller than 2 MB");
    let duplicate = COMMENTED.replace("id = \"route\"", "id = \"named\"");
    let problems = Draft::open(&duplicate).unwrap().check(&shipped()).unwrap_err();
    assert!(problems.iter().any(|problem| problem.field.as_deref() == Some("id")), "{problems:?}");
}

#[test]
fn a_copy_of_every_shipped_pack_checks_clean_and_reads_as_the_pack() {
    let library = shipped();
    for pack in &library.packs {
        let draft = Draft::copy_of(pack).unwrap();
        assert!(!draft.unsaved());
        let copied = draft.check(&library).unwrap_or_else(|problems| panic!("{}: {problems:?}", pack.pack.id));
        assert_eq!(&copied, pack, "{}", pack.pack.id);
        let text = draft.text();
        assert!(text.contains("cite = [{ source = "), "{}", &text[..2000.min(text.len())]);
    }
}

mod rules;
mod tools;

#[test]
fn a_place_knows_the_wizard_it_is_in() {
    let step = Path::top().key("flowchart").at(2).key("node").at(0);
    assert_eq!(step.wizard(), Some(2));
    assert_eq!(Path::top().key("flowchart").at(0).wizard(), Some(0));
    assert_eq!(Path::top().key("flowchart").wizard(), None, "the list, not one wizard");
    assert_eq!(items().wizard(), None);
}
