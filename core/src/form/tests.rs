//! The engine on small forms written for each behaviour: wording, conditions, counts, and
//! answers or forms that are wrong in shape, which must give messages, never panics or hangs.

use chrono::{NaiveDate, NaiveDateTime};

use super::fields::{add_message, label, lower_first, missing, plural};
use super::*;

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2025, 11, 25).and_then(|day| day.and_hms_opt(10, 0, 0)).expect("a real time")
}

/// Parses `[[form]]` TOML without the pack checks, as an unchecked pack would be.
fn form(toml_text: &str) -> Form {
    #[derive(serde::Deserialize)]
    struct Forms {
        form: Vec<Form>,
    }
    let mut forms: Forms = toml::from_str(toml_text).unwrap_or_else(|err| panic!("test form parses: {err}"));
    forms.form.remove(0)
}

fn messages(form: &Form, answers: &Answers) -> Vec<String> {
    validate(form, answers, now()).iter().map(Issue::summary).collect()
}

const HEAD: &str = "[[form]]\nid = \"t\"\ntitle = \"T\"\npurpose = \"P\"\nintro = \"I\"\n[[form.section]]\nid = \"s\"\ntitle = \"S\"\n";

#[test]
fn wording_follows_the_labels_and_names() {
    let form = form(&format!(
        "{HEAD}[[form.section.field]]\nid = \"a\"\nkind = \"text\"\nlabel = \"Place of birth (optional)\"\n\
         [[form.section.field]]\nid = \"b\"\nkind = \"long-text\"\nlabel = \"Why do you need it?\"\nname = \"why you need it\"\n\
         [[form.section.field]]\nid = \"c\"\nkind = \"group\"\nlabel = \"Addresses\"\nitem = \"address\"\n\
         [[form.section.field.field]]\nid = \"d\"\nkind = \"yes-no\"\nlabel = \"NHS number known?\"\nmissing = \"Select yes if you know it\"\n"
    ));
    let [a, b, c] = [&form.sections[0].fields[0], &form.sections[0].fields[1], &form.sections[0].fields[2]];
    assert_eq!(label(a), "Place of birth");
    assert_eq!(missing(a), "Enter the place of birth");
    assert_eq!(label(b), "Why you need it");
    assert_eq!(missing(b), "Enter why you need it");
    assert_eq!(
        (plural(c), add_message(c, 1), add_message(c, 3)),
        ("addresses".into(), "Add an address".into(), "Add at least 3 addresses".into())
    );
    assert_eq!(missing(&c.fields[0]), "Select yes if you know it");
    assert_eq!(lower_first("NHS number"), "NHS number");
    assert_eq!(lower_first("Date of birth"), "date of birth");
}

#[test]
fn summaries_name_the_instance_and_field_errors_carry_them() {
    let issue = Issue {
        path: "subjects[1].surname".into(),
        message: "Enter the surname".into(),
        context: Some("Subject 2".into()),
        severity: Severity::Error,
    };
    assert_eq!(issue.summary(), "Subject 2: Enter the surname");
    assert_eq!(
        issue.field_error(),
        crate::validate::FieldError::new("subjects[1].surname", "Subject 2: Enter the surname")
    );
}

#[test]
fn answers_of_the_wrong_shape_count_as_unanswered() {
    let form = form(&format!(
        "{HEAD}[[form.section.field]]\nid = \"name\"\nkind = \"person-name\"\nlabel = \"Name\"\nrequired = true\n\
         [[form.section.field]]\nid = \"people\"\nkind = \"group\"\nlabel = \"People\"\nitem = \"person\"\nmin_items = 1\n\
         [[form.section.field.field]]\nid = \"born\"\nkind = \"date\"\nlabel = \"Born\"\nrequired = true\n"
    ));
    let json = r#"{"name": ["Ann"], "people": "three", "born": {"day": "1"}}"#;
    let answers: Answers = serde_json::from_str(json).expect("any JSON tree is answers");
    assert_eq!(messages(&form, &answers), ["Enter the name", "Add a person"]);
    let answers: Answers =
        serde_json::from_str(r#"{"name": "Ann", "people": [{"born": "1/1/2000"}]}"#).expect("answers");
    assert_eq!(messages(&form, &answers), ["Person 1: Enter the born"]);
}

#[test]
fn a_show_if_loop_in_an_unchecked_form_ends_as_hidden() {
    let form = form(&format!(
        "{HEAD}[[form.section.field]]\nid = \"a\"\nkind = \"yes-no\"\nlabel = \"A\"\nrequired = true\nshow_if = {{ field = \"b\", equals = \"yes\" }}\n\
         [[form.section.field]]\nid = \"b\"\nkind = \"yes-no\"\nlabel = \"B\"\nrequired = true\nshow_if = {{ field = \"a\", equals = \"yes\" }}\n"
    ));
    let answers = Answers::default().with("a", "yes").with("b", "yes");
    assert_eq!(messages(&form, &answers), Vec::<String>::new());
}

#[test]
fn counts_look_at_any_rolling_window() {
    let form = form(&format!(
        "{HEAD}[[form.section.field]]\nid = \"events\"\nkind = \"group\"\nlabel = \"Events\"\nitem = \"event\"\n\
         [[form.section.field.field]]\nid = \"on\"\nkind = \"date\"\nlabel = \"On\"\n\
         [[form.route]]\nid = \"busy\"\ntitle = \"Busy\"\ncite = []\n\
         when = {{ count = {{ group = \"events\", at_least = 2, within_months = 1, date = \"on\" }} }}\n"
    ));
    let library = crate::library::Library {
        sources: crate::pack::SourceRegistry { schema: 1, sources: Vec::new() },
        packs: Vec::new(),
    };
    let on = |answers: Answers, index: usize, day: &str, month: &str| {
        answers
            .with(&format!("events[{index}].on.day"), day)
            .with(&format!("events[{index}].on.month"), month)
            .with(&format!("events[{index}].on.year"), "2025")
    };
    let spread = on(on(on(Answers::default(), 0, "1", "1"), 1, "1", "3"), 2, "1", "5");
    assert!(route(&library, &form, &spread, now()).is_empty());
    let close = on(spread, 1, "31", "1");
    assert_eq!(route(&library, &form, &close, now()).len(), 1);
}

#[test]
fn date_times_point_at_the_time_box_when_the_day_is_today() {
    let form = form(&format!(
        "{HEAD}[[form.section.field]]\nid = \"at\"\nkind = \"date-time\"\nlabel = \"When\"\nbounds = \"past\"\n"
    ));
    let at = |day: &str, time: &str| {
        Answers::default().with("at.day", day).with("at.month", "11").with("at.year", "2025").with("at.time", time)
    };
    let paths = |answers: &Answers| {
        validate(&form, answers, now()).into_iter().map(|i| (i.path, i.message)).collect::<Vec<_>>()
    };
    assert_eq!(paths(&at("25", "10am")), [("at.time".into(), "When must be in the past".into())]);
    assert_eq!(paths(&at("26", "9am")), [("at.day".into(), "When must be in the past".into())]);
    assert_eq!(paths(&at("25", "9:59am")), []);
}

#[test]
fn is_shown_follows_show_if_through_groups() {
    let form = form(&format!(
        "{HEAD}[[form.section.field]]\nid = \"any\"\nkind = \"yes-no\"\nlabel = \"Any?\"\n\
         [[form.section.field]]\nid = \"people\"\nkind = \"group\"\nlabel = \"People\"\nitem = \"person\"\nshow_if = {{ field = \"any\", equals = \"yes\" }}\n\
         [[form.section.field.field]]\nid = \"alias\"\nkind = \"yes-no\"\nlabel = \"Alias?\"\n\
         [[form.section.field.field]]\nid = \"alias-name\"\nkind = \"text\"\nlabel = \"Alias\"\nshow_if = {{ field = \"alias\", equals = \"yes\" }}\n"
    ));
    let answers = Answers::default().with("any", "yes").with("people[0].alias", "yes").with("people[1].alias", "no");
    assert!(is_shown(&form, &answers, "people"));
    assert!(is_shown(&form, &answers, "people[0].alias-name"));
    assert!(!is_shown(&form, &answers, "people[1].alias-name"));
    assert!(!is_shown(&form, &answers, "people[2].alias-name"));
    assert!(!is_shown(&form, &answers, "nobody"));
    let answers = answers.with("any", "no");
    assert!(!is_shown(&form, &answers, "people"));
    assert!(!is_shown(&form, &answers, "people[0].alias-name"));
}

#[test]
fn field_at_finds_fields_through_groups_but_not_parts() {
    let form = form(&format!(
        "{HEAD}[[form.section.field]]\nid = \"when\"\nkind = \"date\"\nlabel = \"When\"\n\
         [[form.section.field]]\nid = \"people\"\nkind = \"group\"\nlabel = \"People\"\nitem = \"person\"\n\
         [[form.section.field.field]]\nid = \"name\"\nkind = \"text\"\nlabel = \"Name\"\n"
    ));
    assert_eq!(form.field_at("when").map(|f| f.kind), Some(FieldKind::Date));
    assert_eq!(form.field_at("people[3].name").map(|f| f.kind), Some(FieldKind::Text));
    assert_eq!(form.field_at("people").map(|f| f.kind), Some(FieldKind::Group));
    for missing in ["when.day", "people.name", "name", "when[0].name", "people[0].when", "nothing", ""] {
        assert!(form.field_at(missing).is_none(), "{missing}");
    }
}
