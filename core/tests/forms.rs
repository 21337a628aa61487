//! The shipped forms end to end: validation in form order, conditional questions, routing
//! and deadlines in words, the screening trigger, decision records checked by the record's
//! own rules, form records, and random answers that must never cause a panic.

mod common;

use common::*;
use infoshare_core::form::{
    build, errors, is_shown, one_name, route, summary, validate, Answers, FormRecord, Routed, Severity,
};
use infoshare_core::record;
use proptest::prelude::*;

fn routes(pack: &str, id: &str, answers: &Answers) -> Vec<Routed> {
    let library = library();
    route(&library, form(&library, pack, id), answers, now())
}

fn route_ids(routed: &[Routed]) -> Vec<(String, Option<String>)> {
    routed.iter().map(|routed| (routed.route.clone(), routed.context.clone())).collect()
}

fn messages(pack: &str, id: &str, answers: &Answers) -> Vec<(String, String)> {
    let library = library();
    validate(form(&library, pack, id), answers, now())
        .into_iter()
        .map(|issue| (issue.path.clone(), issue.summary()))
        .collect()
}

#[test]
fn an_empty_request_lists_every_missing_answer_in_form_order() {
    let expected = [
        ("urgency", "Select whether the request is urgent"),
        ("requester-name", "Enter your name"),
        ("requester-role", "Enter your role"),
        ("social-worker-email", "Enter the social worker's email address"),
        ("request-date.day", "Enter the date of the request"),
        ("children", "Add a child"),
        ("subjects", "Add a subject"),
        ("enquiry-basis", "Select which duty you are acting under"),
        ("reason", "Enter why you need the information"),
    ];
    let expected: Vec<(String, String)> = expected.iter().map(|(p, m)| ((*p).to_owned(), (*m).to_owned())).collect();
    assert_eq!(messages("lincolnshire", "police-disclosure-request", &Answers::default()), expected);
}

#[test]
fn errors_in_group_instances_name_the_instance_in_the_summary() {
    let answers =
        police_request().with("subjects[1].forename", "Eve").with("subjects[1].other-addresses[0].from.day", "1");
    let got = messages("lincolnshire", "police-disclosure-request", &answers);
    assert_eq!(got[0], ("subjects[1].surname".to_owned(), "Subject 2: Enter the surname".to_owned()));
    assert!(got.contains(&(
        "subjects[1].other-addresses[0].from.month".to_owned(),
        "Subject 2, other address 1: Date they moved in must include a month and year".to_owned()
    )));
}

#[test]
fn a_non_urgent_request_goes_to_the_pado_team_with_a_reply_due_in_ten_working_days() {
    let routed = routes("lincolnshire", "police-disclosure-request", &police_request());
    assert_eq!(route_ids(&routed), [("non-urgent".to_owned(), None)]);
    let due = routed[0].deadline.as_ref().expect("a deadline");
    assert_eq!(due.text, "Police should reply by Tuesday 9 December 2025, 10 working days after the request");
    assert!(!due.overdue);
    assert_eq!(routed[0].address.as_deref(), Some("disclosurehq@lincs.police.uk"));
}

#[test]
fn working_days_skip_christmas_and_new_year() {
    let answers = date(police_request(), "request-date", 19, 12, 2024);
    let routed = routes("lincolnshire", "police-disclosure-request", &answers);
    let due = routed[0].deadline.as_ref().expect("a deadline");
    assert_eq!(due.text, "Police should reply by Tuesday 7 January 2025, 10 working days after the request");
    assert!(due.overdue);
}

#[test]
fn an_urgent_request_goes_to_the_lpsh_the_same_day() {
    let urgent = choose(
        police_request().with("urgency", "urgent").with("verbal-request", "no"),
        "urgent-reasons",
        "emergency-placement",
    );
    let routed = routes("lincolnshire", "police-disclosure-request", &urgent);
    assert_eq!(route_ids(&routed), [("urgent".to_owned(), None)]);
    assert_eq!(routed[0].address.as_deref(), Some("LPSH@lincs.police.uk"));
    assert_eq!(
        routed[0].deadline.as_ref().map(|d| d.text.as_str()),
        Some("Send it by the end of Tuesday 25 November 2025, the same day")
    );

    let verbal = urgent.with("verbal-request", "yes");
    let routed = routes("lincolnshire", "police-disclosure-request", &verbal);
    assert_eq!(route_ids(&routed), [("urgent-confirm-verbal".to_owned(), None)]);
    assert_eq!(
        routed[0].deadline.as_ref().map(|d| d.text.as_str()),
        Some("Send this form by the end of Tuesday 25 November 2025, the same day you asked by phone")
    );
}

#[test]
fn a_section_47_request_is_reminded_of_the_lpsh_route() {
    let answers = police_request().with("enquiry-basis", "section-47");
    let ids: Vec<String> =
        routes("lincolnshire", "police-disclosure-request", &answers).into_iter().map(|r| r.route).collect();
    assert_eq!(ids, ["non-urgent", "section-47-through-lpsh"]);
}

#[test]
fn hidden_answers_are_kept_while_typing_but_not_checked_or_recorded() {
    let library = library();
    let form = form(&library, "lincolnshire", "police-disclosure-request");
    // Typed while "urgent" was chosen, then changed to "not urgent".
    let answers = police_request().with("verbal-request", "maybe").with("other-duty", &"x".repeat(500));
    assert_eq!(answers.text("verbal-request"), "maybe");
    assert!(validate(form, &answers, now()).is_empty());
    let pack = library.pack("lincolnshire").expect("pack");
    let record = build(&library, pack, form, &answers, "REF-1".into(), now()).expect("no errors");
    assert_eq!(record.answers.text("verbal-request"), "");
    assert_eq!(record.answers.text("other-duty"), "");
    assert_eq!(record.answers.text("subjects[0].forename"), "Dan");
}

#[test]
fn twenty_subjects_with_ten_addresses_each_are_fine_and_groups_have_no_cap() {
    let library = library();
    let form = form(&library, "lincolnshire", "police-disclosure-request");
    let mut answers = large_police_request(20, 10);
    assert_eq!(answers.count("subjects"), 20);
    assert_eq!(answers.count("subjects[19].other-addresses"), 10);
    assert_eq!(validate(form, &answers, now()), []);
    assert!(answers.remove("subjects[4].other-addresses", 2));
    let issues = validate(form, &answers, now());
    assert_eq!(issues.len(), 1);
    assert_eq!(
        issues[0].summary(),
        "Subject 5, other address 2: There is a gap of 366 days between other address 3 and other address 2: add the missing address or check the dates"
    );
    assert_eq!(issues[0].severity, Severity::Warning);
}

#[test]
fn someone_with_only_one_name_is_recorded_with_that_name_and_no_invented_surname() {
    let library = library();
    let pack = library.pack("lincolnshire").expect("pack");
    let form = form(&library, "lincolnshire", "police-disclosure-request");
    // A surname typed first, then the choice made: the surname is not asked, checked or sent.
    let answers = police_request()
        .with("subjects[0].forename", "Madonna")
        .with("subjects[0].surname", "?!")
        .with("subjects[0].surname-one-name", one_name::CHOSEN);
    assert_eq!(validate(form, &answers, now()), []);
    assert!(!is_shown(form, &answers, "subjects[0].surname"));
    let record = build(&library, pack, form, &answers, "REF-9".into(), now()).expect("no errors");
    assert_eq!(record.answers.text("subjects[0].surname"), "");
    assert_eq!(record.answers.text("subjects[0].surname-one-name"), one_name::CHOSEN);
    let rows: Vec<(String, String, String)> = record
        .summary
        .iter()
        .filter(|row| row.path.starts_with("subjects[0].forename") || row.path.starts_with("subjects[0].surname"))
        .map(|row| (row.path.clone(), row.label.clone(), row.value.clone()))
        .collect();
    assert_eq!(
        rows,
        [
            ("subjects[0].forename".into(), "Forename".into(), "Madonna".into()),
            ("subjects[0].surname-one-name".into(), "Surname".into(), "None: this person has only one name".into()),
        ]
    );
    // A surname left behind is not compared either: two people called Madonna are the same
    // name, whatever was typed before the choice.
    let twice = subject(answers.clone(), 1, "Madonna").with("subjects[1].surname-one-name", one_name::CHOSEN);
    assert_eq!(
        messages("lincolnshire", "police-disclosure-request", &twice),
        [("subjects[1].forename".into(), "Subject 2 has the same forename and date of birth as subject 1".into())]
    );
    // The one name is still needed, and unticking asks for the surname again.
    let no_name = answers.clone().with("subjects[0].forename", "");
    assert_eq!(
        messages("lincolnshire", "police-disclosure-request", &no_name),
        [("subjects[0].forename".into(), "Subject 1: Enter the forename".into())]
    );
    let unticked = answers.with("subjects[0].surname-one-name", "").with("subjects[0].surname", "");
    assert_eq!(
        messages("lincolnshire", "police-disclosure-request", &unticked),
        [("subjects[0].surname".into(), "Subject 1: Enter the surname".into())]
    );
    assert_eq!(one_name::hint(form.field_at("subjects[0].forename").expect("a field")), "Enter it as their forename");
}

#[test]
fn pasted_multi_line_text_and_ten_thousand_characters_are_accepted() {
    let library = library();
    let form = form(&library, "lincolnshire", "police-disclosure-request");
    let answers = police_request().with("requester-role", "Social\r\nworker\t").with("reason", &"ł\n".repeat(5_000));
    assert_eq!(validate(form, &answers, now()), []);
    assert_eq!(answers.text("requester-role"), "Social\r\nworker\t", "what was typed is kept");
    let row = summary(form, &answers).into_iter().find(|row| row.path == "requester-role").expect("a row");
    assert_eq!(row.value, "Social worker");
}

/// Each notification's one panel, in order: (route, "Notification N").
fn panels(pairs: &[(&str, usize)]) -> Vec<(String, Option<String>)> {
    pairs.iter().map(|(route, n)| ((*route).to_owned(), Some(format!("Notification {n}")))).collect()
}

#[test]
fn the_domestic_abuse_log_gives_each_notification_one_panel_saying_whether_the_trigger_is_met() {
    let routed = routes("lincolnshire", "domestic-abuse-notifications", &notifications_log());
    assert_eq!(
        route_ids(&routed),
        panels(&[("notification", 1), ("notification", 2), ("screening-trigger", 3)]),
        "one panel each, and no panel for the household as a whole"
    );
    let trigger = &routed[2];
    assert_eq!(trigger.title, "Screening trigger met: 3 or more standard or medium notifications in 12 months");
    assert_eq!(trigger.path.as_deref(), Some("notifications[2]"));
    assert_eq!(
        trigger.deadline.as_ref().map(|d| d.text.as_str()),
        Some("The Screening Team should screen it by Monday 24 November 2025, 1 working day after it arrived")
    );
    assert_eq!(routed[0].title, "Screening trigger not met: information only");
    assert_eq!(
        routed[0].deadline.as_ref().map(|d| d.text.as_str()),
        Some("The LPSH should share it by 11:15pm GMT on Monday 13 January 2025, 72 hours after the incident (bank holiday weekends and LPSH cover may delay it)")
    );
}

#[test]
fn twelve_months_is_a_rolling_window_and_high_risk_does_not_count() {
    let log = |dates: [(u32, u32, i32, &str); 3]| {
        let mut answers = notifications_log();
        for (index, (day, month, year, risk)) in dates.into_iter().enumerate() {
            answers = date_time(answers, &format!("notifications[{index}].incident-when"), day, month, year, "8pm");
            answers = date_time(answers, &format!("notifications[{index}].received-when"), day, month, year, "9pm");
            answers = answers.with(&format!("notifications[{index}].risk"), risk);
        }
        route_ids(&routes("lincolnshire", "domestic-abuse-notifications", &answers))
    };
    let exactly_a_year = log([(1, 12, 2023, "standard"), (1, 6, 2024, "medium"), (1, 12, 2024, "standard")]);
    assert_eq!(exactly_a_year, panels(&[("notification", 1), ("notification", 2), ("notification", 3)]));
    let within = log([(1, 12, 2023, "standard"), (1, 6, 2024, "medium"), (30, 11, 2024, "standard")]);
    assert_eq!(within, panels(&[("notification", 1), ("notification", 2), ("screening-trigger", 3)]));
    let out_of_order = log([(30, 11, 2024, "standard"), (1, 12, 2023, "medium"), (1, 6, 2024, "standard")]);
    assert_eq!(out_of_order, panels(&[("screening-trigger", 1), ("notification", 2), ("notification", 3)]));
    let high = log([(1, 12, 2023, "standard"), (1, 6, 2024, "high"), (30, 11, 2024, "standard")]);
    assert_eq!(high, panels(&[("notification", 1), ("high-risk-referral", 2), ("notification", 3)]));
}

#[test]
fn encompass_asks_for_the_incident_address_only_when_it_is_not_home() {
    let answers = encompass();
    assert!(messages("thames-valley-encompass", "encompass-notification", &answers).is_empty());
    let away = answers.clone().with("incident-at-home", "no");
    assert_eq!(
        messages("thames-valley-encompass", "encompass-notification", &away),
        [("incident-address.lines".to_owned(), "Enter the incident address".to_owned())]
    );
    let age_only = answers
        .with("child-date-of-birth.day", "")
        .with("child-date-of-birth.month", "")
        .with("child-date-of-birth.year", "");
    assert!(messages("thames-valley-encompass", "encompass-notification", &age_only).is_empty());
}

#[test]
fn decision_records_get_exactly_the_record_rules_messages() {
    let library = library();
    let form = form(&library, "north-east-lincolnshire", "sharing-decision-record");
    let answers = Answers::default().with("decision", "do-not-share").with("maker-role", "Teacher");
    let issues: Vec<String> = validate(form, &answers, now()).into_iter().map(|issue| issue.message).collect();
    let input = record::RecordInput {
        decision: Some(record::Decision::DoNotShare),
        maker_role: "Teacher".into(),
        ..Default::default()
    };
    let expected: Vec<String> = record::validate(&input, now()).into_iter().map(|error| error.message).collect();
    assert_eq!(issues, expected);
    assert_eq!(
        issues,
        ["Enter the reasons for your decision", "Enter the decision-maker's name", "Enter the date of decision"]
    );
    let input = infoshare_core::form::record_input(form, &decision_record());
    assert_eq!(input.decided_at, "9:30am");
    assert_eq!(record::validate(&input, now()), []);
}

#[test]
fn a_finished_form_becomes_a_record_with_its_routing_and_warnings() {
    let library = library();
    let pack = library.pack("lincolnshire").expect("pack");
    let form = form(&library, "lincolnshire", "police-disclosure-request");
    let answers = police_request().with("social-worker-email", "priya@gmail.com");
    let record = build(&library, pack, form, &answers, "REF-7".into(), now()).expect("warnings do not stop a record");
    assert_eq!(record.warnings.len(), 1);
    assert_eq!(record.routing[0].route, "non-urgent");
    let rows = &record.summary;
    let value = |path: &str| rows.iter().find(|row| row.path == path).map(|row| row.value.clone()).unwrap_or_default();
    assert_eq!(value("request-date.day"), "25 November 2025");
    assert_eq!(value("requests"), "Police disclosure");
    assert_eq!(value("subjects[0].current-address.lines"), "1 Example Street\nLincoln\nLN1 9ZZ");
    assert_eq!(value("subjects[0].date-of-birth.day"), "3 March 1990");
    let read = FormRecord::from_json(&record.to_json()).expect("round trip");
    assert_eq!(read, record);
    assert!(FormRecord::from_json(&record.to_json().replace("infoshare-form-record", "other")).is_err());

    let broken = answers.with("requester-name", "");
    let refused = build(&library, pack, form, &broken, "REF-8".into(), now()).expect_err("errors stop a record");
    assert_eq!(refused, errors(form, &broken, now()));
    assert_eq!(refused.len(), 1, "the warning is not among the errors");
}

/// Field ids from every shipped form, with the part names, plus some that are not ids, for
/// building random answers.
fn keys() -> Vec<String> {
    let library = library();
    fn collect(fields: &[infoshare_core::form::Field], keys: &mut Vec<String>) {
        for field in fields {
            keys.push(field.id.clone());
            keys.extend(one_name::choice_id(field));
            collect(&field.fields, keys);
        }
    }
    let mut keys: Vec<String> =
        ["day", "month", "year", "time", "lines", "postcode", "nope", ""].map(String::from).to_vec();
    for (_, form) in library.forms() {
        for section in &form.sections {
            collect(&section.fields, &mut keys);
        }
    }
    keys.sort();
    keys.dedup();
    keys
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,12}",
        prop::sample::select(vec![
            "yes",
            "no",
            "urgent",
            "non-urgent",
            "standard",
            "medium",
            "high",
            "share",
            "29",
            "2",
            "2024",
            "9am",
            "LN1 9ZZ",
            "9434765919",
            "a@b.co",
            "1",
            "0"
        ])
        .prop_map(String::from),
        "[0-9]{1,5}",
    ]
}

/// Random answer trees of any shape, using real field ids most of the time.
fn answers() -> impl Strategy<Value = Answers> {
    let keys = keys();
    let leaf = prop_oneof![
        text().prop_map(serde_json::Value::from),
        prop::collection::vec(text(), 0..3).prop_map(serde_json::Value::from),
        prop::collection::btree_map(prop::sample::select(keys.clone()), text(), 0..5)
            .prop_map(|parts| serde_json::to_value(parts).unwrap_or_default()),
    ];
    let tree = leaf.prop_recursive(3, 48, 6, move |inner| {
        let map = prop::collection::btree_map(prop::sample::select(keys.clone()), inner, 0..8)
            .prop_map(|map| serde_json::to_value(map).unwrap_or_default());
        prop_oneof![map.clone(), prop::collection::vec(map, 0..4).prop_map(serde_json::Value::from)]
    });
    let top = prop::collection::btree_map(prop::sample::select(self::keys()), tree, 0..12);
    top.prop_map(|map| serde_json::from_value(serde_json::to_value(map).unwrap_or_default()).unwrap_or_default())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn random_answers_never_panic(answers in answers(), minutes in 0i64..5_000_000) {
        let library = library();
        let now = now() - chrono::TimeDelta::minutes(minutes);
        for (pack, form) in library.forms() {
            let issues = validate(form, &answers, now);
            prop_assert!(issues.iter().all(|issue| !issue.message.is_empty() && !issue.path.is_empty()));
            let _ = route(&library, form, &answers, now);
            let _ = summary(form, &answers);
            let pack = library.pack(pack).expect("pack");
            let _ = build(&library, pack, form, &answers, "REF".into(), now);
        }
    }

    #[test]
    fn random_edits_to_complete_answers_never_panic(
        form_index in 0usize..8,
        edits in prop::collection::vec((prop::sample::select(keys()), 0usize..3, prop::sample::select(keys()), text()), 0..6),
    ) {
        let library = library();
        let (pack, id, mut answers) = all_complete().swap_remove(form_index);
        for (field, index, part, value) in edits {
            answers.set_text(&format!("{field}.{part}"), value.as_str());
            answers.set_text(&format!("subjects[{index}].{field}"), value.as_str());
            answers.set_text(&format!("notifications[{index}].{field}.{part}"), value.as_str());
            answers.set_text(&field, value);
        }
        let form = form(&library, pack, id);
        let _ = validate(form, &answers, now());
        let _ = route(&library, form, &answers, now());
    }
}

#[test]
fn the_decision_record_form_makes_the_same_record_the_wizards_make() {
    use infoshare_core::form::decision_record as record_of;
    let library = library();
    let pack = library.pack("north-east-lincolnshire").expect("pack");
    let record_form = form(&library, "north-east-lincolnshire", "sharing-decision-record");
    let made = record_of(&library, pack, record_form, &decision_record(), "ISD-7K3Q".into(), now())
        .expect("a decision-record form")
        .expect("complete answers");
    assert_eq!(made.decision, record::Decision::Share);
    assert_eq!(made.decision_maker.name, "Zoë O’Brien");
    assert_eq!(made.decided.format("%Y-%m-%d %H:%M").to_string(), "2025-11-25 09:30");
    assert_eq!(made.context.tool.kind, record::ToolKind::Form);
    assert!(made.context.path.iter().any(|entry| entry.answer.contains("Section 47 enquiry")));
    assert_eq!(record::DecisionRecord::from_json(&made.to_json()), Ok(made));

    let incomplete = record_of(&library, pack, record_form, &Answers::default(), "ISD-0000".into(), now())
        .expect("a decision-record form");
    assert!(incomplete.is_err());
    let police = form(&library, "lincolnshire", "police-disclosure-request");
    let lincolnshire = library.pack("lincolnshire").expect("pack");
    assert!(record_of(&library, lincolnshire, police, &police_request(), "ISD-0000".into(), now()).is_none());
}
