//! Wizards and forms written through their sheets: built from blank until the checks pass,
//! inline tables (`option = [{ … }]`, `deadline = { … }`, conditions) read and changed where
//! they are, compound conditions kept as written, and a copy of a shipped form edited.

use super::super::sheet::sheet;
use super::*;

#[test]
fn options_are_found_by_the_item_they_are_in() {
    let step = sheet("node", "option").unwrap();
    let choice = sheet("field", "option").unwrap();
    assert!(step.fields.iter().any(|field| field.key == "next"));
    assert!(choice.fields.iter().any(|field| field.key == "value"));
    let group_field = Path::top().key("form").at(0).key("section").at(0).key("field").at(0).key("field");
    assert_eq!(sheet_at(&group_field).unwrap().noun, "field");
}

#[test]
fn new_steps_fields_and_rules_start_with_their_first_kind() {
    let mut draft = Draft::blank();
    let wizard = draft.add(&Path::top().key("flowchart"), sheet("", "flowchart").unwrap()).unwrap();
    let step = draft.add(&wizard.key("node"), sheet("flowchart", "node").unwrap()).unwrap();
    assert_eq!(draft.get(&step, &field_at(&step, "kind")), "question");
    assert_eq!(draft.get(&step, &field_at(&step, "id")), "node-1");
    let route = Path::top().key("form").at(0).key("route").at(0);
    let deadline = sheet_at(&route.key("deadline")).unwrap().starting(0);
    let keys: Vec<_> = deadline.iter().map(|(field, text)| (field.key, text.as_str())).collect();
    assert_eq!(keys, [("unit", "working-days"), ("count", "0"), ("text", "")]);
}

#[test]
fn a_wizard_and_a_form_written_from_blank_pass_the_checks() {
    let mut draft = Draft::blank();
    let wizard = added(
        &mut draft,
        &Path::top().key("flowchart"),
        &[
            ("id", "should-we-ask"),
            ("title", "Should we ask?"),
            ("purpose", "Decide."),
            ("start", "ask"),
            ("exit", "urgent"),
            CITE,
        ],
    );
    let steps = wizard.key("node");
    let ask = added(&mut draft, &steps, &[("id", "ask"), ("text", "Is it urgent?")]);
    added(&mut draft, &ask.key("option"), &[("label", "Yes"), ("next", "urgent")]);
    added(&mut draft, &ask.key("option"), &[("label", "No"), ("next", "read")]);
    added(&mut draft, &steps, &[("id", "read"), ("kind", "info"), ("text", "Read the ISA."), ("next", "ask-form")]);
    for id in ["urgent", "ask-form"] {
        added(
            &mut draft,
            &steps,
            &[("id", id), ("kind", "outcome"), ("text", "Do it."), ("next_steps", "Call.\nWrite."), CITE],
        );
    }

    let form = added(
        &mut draft,
        &Path::top().key("form"),
        &[
            ("id", "request"),
            ("title", "Request"),
            ("purpose", "Ask."),
            ("intro", "Fill it in."),
            ("calendar", "england-and-wales"),
            CITE,
        ],
    );
    let about = added(&mut draft, &form.key("section"), &[("id", "about"), ("title", "About")]);
    let urgency = added(
        &mut draft,
        &about.key("field"),
        &[("id", "urgency"), ("kind", "yes-no"), ("label", "Is it urgent?"), ("required", "true")],
    );
    assert_eq!(draft.get(&urgency, &field_at(&urgency, "required")), "true");
    let why =
        added(&mut draft, &about.key("field"), &[("id", "why"), ("kind", "long-text"), ("label", "Why it is urgent")]);
    assert!(draft.set_condition(&why, &field_at(&why, "show_if"), "urgency", "yes"));
    let when = added(&mut draft, &form.key("section"), &[("id", "when"), ("title", "When")]);
    added(
        &mut draft,
        &when.key("field"),
        &[
            ("id", "asked-on"),
            ("kind", "date"),
            ("label", "Date asked"),
            ("required", "true"),
            ("bounds", "not-future"),
        ],
    );
    let route = added(
        &mut draft,
        &form.key("route"),
        &[("id", "reply"), ("title", "Send it to the team"), ("to", "The team"), CITE],
    );
    assert!(draft.ensure(&route.key("deadline"), sheet("route", "deadline").unwrap()));
    fill(&mut draft, &route.key("deadline"), &[("count", "10"), ("from", "asked-on"), ("text", "Reply by {due}")]);

    let text = draft.text();
    assert!(text.contains("show_if = { field = \"urgency\", equals = \"yes\" }"), "{text}");
    assert!(text.contains("[form.route.deadline]\nunit = \"working-days\"\ncount = 10"), "{text}");
    let pack = draft.check(&super::shipped()).unwrap_or_else(|problems| panic!("{problems:#?}\n{text}"));
    assert_eq!(pack.flowcharts[0].nodes.len(), 4);
    assert_eq!(pack.forms[0].routes[0].deadline.as_ref().unwrap().count, 10);
}

const INLINE: &str = r#"[[form]]
id = "f"

[[form.section]]
id = "s"

[[form.section.field]]
id = "kind-of"
option = [{ value = "a", label = "A" }, { value = "b", label = "B" }] # the two kinds
show_if = { all = [{ field = "x", equals = "y" }, { not = { field = "z", answered = true } }] } # both
required_if = { field = "x", equals = "y" }

[[form.route]]
id = "r"
when = { field = "x", one_of = ["y", "z"] }
deadline = { unit = "hours", count = 4, text = "By {due}" } # the agreement's four hours
"#;

#[test]
fn inline_tables_and_lists_are_changed_where_they_are() {
    let mut draft = Draft::open(INLINE).unwrap();
    let field = Path::top().key("form").at(0).key("section").at(0).key("field").at(0);
    let options = field.key("option");
    assert_eq!(draft.count(&options), 2);
    fill(&mut draft, &options.at(1), &[("label", "Bee"), ("hint", "The second")]);
    assert!(
        draft.text().contains(r#"{ value = "b", label = "Bee", hint = "The second" }] # the two kinds"#),
        "{}",
        draft.text()
    );
    added(&mut draft, &options, &[("value", "c"), ("label", "C")]);
    assert_eq!(draft.shift(&options.at(2), true), Some(options.at(1)));
    assert!(draft.remove(&options.at(0)));
    assert!(draft.text().contains(r#"option = [{ value = "c", label = "C" }, { value = "b","#), "{}", draft.text());

    let deadline = Path::top().key("form").at(0).key("route").at(0).key("deadline");
    assert!(draft.ensure(&deadline, sheet("route", "deadline").unwrap()));
    assert_eq!(draft.get(&deadline, &field_at(&deadline, "unit")), "hours");
    fill(&mut draft, &deadline, &[("count", "8")]);
    assert!(draft.text().contains(r#"deadline = { unit = "hours", count = 8, text = "By {due}" } # the agreement's"#));
}

#[test]
fn a_compound_condition_is_kept_and_edited_as_text() {
    let mut draft = Draft::open(INLINE).unwrap();
    let field = Path::top().key("form").at(0).key("section").at(0).key("field").at(0);
    let (show_if, required_if) = (field_at(&field, "show_if"), field_at(&field, "required_if"));
    assert_eq!(draft.simple_condition(&field, &show_if), None);
    let route = Path::top().key("form").at(0).key("route").at(0);
    assert_eq!(draft.simple_condition(&route, &field_at(&route, "when")), None, "one_of is edited as text");
    assert_eq!(draft.simple_condition(&field, &required_if), Some(("x".to_owned(), "y".to_owned())));
    let compound = draft.get(&field, &show_if);
    fill(&mut draft, &field, &[("label", "Kind"), ("required", "true")]);
    assert!(draft.set_condition(&field, &required_if, "x", "w"));
    assert_eq!(draft.get(&field, &show_if), compound);
    assert!(draft.text().contains(&format!("show_if = {compound} # both")), "{}", draft.text());
    assert!(draft.text().contains("required_if = { field = \"x\", equals = \"w\" }"));

    let any = "{ any = [{ field = \"x\", equals = \"y\" }, { field = \"x\", equals = \"z\" }] }";
    fill(&mut draft, &field, &[("show_if", any)]);
    assert!(draft.text().contains(&format!("show_if = {any} # both")), "{}", draft.text());
    fill(&mut draft, &field, &[("show_if", "{ any = [")]);
    assert_eq!(draft.get(&field, &show_if), "{ any = [", "text that is not TOML is kept for the checks to name");
    assert!(draft.set_condition(&field, &show_if, "", ""));
    assert!(!draft.text().contains("show_if"));
}

#[test]
fn a_copy_of_a_shipped_form_is_edited_in_its_pages() {
    let library = super::shipped();
    let pack = library.packs.iter().find(|pack| pack.pack.id == "lincolnshire").unwrap();
    let mut draft = Draft::copy_of(pack).unwrap();
    let form = Path::top().key("form").at(0);
    let routes = form.key("route");
    let route = (0..draft.count(&routes))
        .map(|index| routes.at(index))
        .find(|route| draft.get(&route.key("deadline"), &field_at(&route.key("deadline"), "count")) == "10");
    let deadline = route.unwrap().key("deadline");
    fill(&mut draft, &deadline, &[("count", "12")]);
    let field = form.key("section").at(0).key("field").at(0);
    fill(&mut draft, &field, &[("label", "Changed")]);
    let copied = draft.check(&library).unwrap_or_else(|problems| panic!("{problems:#?}"));
    let routes = &copied.forms[0].routes;
    assert!(routes.iter().any(|route| route.deadline.as_ref().is_some_and(|deadline| deadline.count == 12)));
    assert_eq!(copied.forms[0].sections[0].fields[0].label, "Changed");
}
