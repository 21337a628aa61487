//! The helper forms through the shipped packs: the breach record's people to tell, its ICO
//! deadline across the clock change and its suspension dates; the retention date around
//! 31 August; the meeting sheet's meaning, handling rules, declaration and signature lines;
//! and the pack checks that keep each helper's choices in step with the packs.

mod common;

use common::*;
use infoshare_core::bundle::envelope::{Envelope, Payload};
use infoshare_core::form::helper::Helper;
use infoshare_core::form::{build, route, summary, Answers, FormRecord, Routed};
use infoshare_core::library::Library;
use infoshare_core::pack::check_library;
use infoshare_core::rendering::{render, Block, SIGNATURE_LINE};

fn routes(pack: &str, id: &str, answers: &Answers) -> Vec<Routed> {
    let library = library();
    route(&library, form(&library, pack, id), answers, now())
}

fn find<'r>(routed: &'r [Routed], id: &str) -> &'r Routed {
    routed.iter().find(|routed| routed.route == id).unwrap_or_else(|| panic!("no {id} in {routed:#?}"))
}

fn due(routed: &[Routed], id: &str) -> Option<String> {
    find(routed, id).deadline.as_ref().map(|due| due.text.clone())
}

fn breach(agreement: &str, discovered: (u32, u32, i32, &str)) -> Answers {
    let (day, month, year, time) = discovered;
    date_time(breach_record().with("agreement", agreement), "discovered", day, month, year, time)
}

#[test]
fn the_ico_deadline_is_72_elapsed_hours_across_a_weekend_and_both_clock_changes() {
    let cases = [
        // Friday in GMT; the clocks go forward on Sunday 29 March 2026.
        ((27, 3, 2026, "9:15am"), "Report by 10:15am BST on Monday 30 March 2026, 72 hours after discovery"),
        // Friday in BST; the clocks go back on Sunday 25 October 2026.
        ((23, 10, 2026, "9:15am"), "Report by 8:15am GMT on Monday 26 October 2026, 72 hours after discovery"),
        // An ordinary weekend.
        ((21, 11, 2025, "4:45pm"), "Report by 4:45pm GMT on Monday 24 November 2025, 72 hours after discovery"),
    ];
    for (discovered, expected) in cases {
        let routed = routes("national", "breach-record", &breach("lincolnshire", discovered));
        assert_eq!(due(&routed, "ico").as_deref(), Some(expected), "{discovered:?}");
    }
}

#[test]
fn who_to_tell_comes_from_the_agreement_with_its_contacts() {
    let routed = routes("national", "breach-record", &breach("lincolnshire", (21, 11, 2025, "9am")));
    let tell = &find(&routed, "tell-now").steps;
    assert!(tell[0].starts_with("The other partner, straight away"), "{tell:?}");
    assert!(tell.iter().any(|line| line.starts_with("Data protection officer")), "{tell:?}");
    assert!(find(&routed, "ico").deadline.as_ref().is_some_and(|due| due.overdue));
    assert!(!routed.iter().any(|routed| routed.route == "suspension"));
}

#[test]
fn suspending_the_llr_agreement_gives_30_days_and_a_meeting_within_14_across_a_leap_day() {
    let answers = date(breach("llr", (8, 2, 2025, "9am")).with("suspend", "yes"), "suspended-on", 10, 2, 2028);
    let routed = routes("national", "breach-record", &answers);
    assert_eq!(due(&routed, "suspension").as_deref(), Some("Suspended until Saturday 11 March 2028"));
    assert_eq!(due(&routed, "suspension-meeting").as_deref(), Some("Meet by Thursday 24 February 2028"));
}

#[test]
fn suspension_is_not_offered_under_an_agreement_without_it() {
    let answers =
        date(breach("lincolnshire", (21, 11, 2025, "9am")).with("suspend", "yes"), "suspended-on", 1, 12, 2025);
    let routed = routes("national", "breach-record", &answers);
    assert!(!routed.iter().any(|routed| routed.route.starts_with("suspension")), "{routed:#?}");
}

#[test]
fn the_school_record_rule_turns_on_31_august() {
    let school = |day, month, year| {
        let answers = date(Answers::default().with("record", "school-scp-records"), "counted-from", day, month, year);
        due(&routes("national", "retention-date", &answers), "retention")
    };
    // 25 on 31 August 2026, the last day of school year 2025-26: the end of 2026-27.
    assert_eq!(school(31, 8, 2001).as_deref(), Some("Review it, then keep or destroy it, by Tuesday 31 August 2027"));
    // 25 on 1 September 2026, the first day of 2026-27: the end of 2027-28.
    assert_eq!(school(1, 9, 2001).as_deref(), Some("Review it, then keep or destroy it, by Thursday 31 August 2028"));
}

#[test]
fn six_years_from_a_response_and_no_date_for_an_event_rule() {
    let routed = routes("national", "retention-date", &retention_request());
    assert_eq!(
        due(&routed, "retention").as_deref(),
        Some("Review it, then keep or destroy it, by Monday 3 March 2031")
    );
    let event = routes("national", "retention-date", &Answers::default().with("record", "encompass-notifications"));
    let rule = find(&event, "retention");
    assert!(rule.deadline.is_none());
    assert!(rule.steps.iter().any(|step| step.starts_with("Keep it until the information is no longer necessary")));
}

#[test]
fn the_meeting_sheet_gives_the_meaning_the_handling_and_the_declaration() {
    let routed = routes("lancashire", "meeting-sign-in", &meeting_sign_in());
    assert!(find(&routed, "meaning").steps[0].starts_with("A limited subset of OFFICIAL information"));
    let papers = find(&routed, "papers");
    assert_eq!(papers.steps.len(), 2, "both agreements speak to meeting papers: {papers:#?}");
    assert!(find(&routed, "declaration").steps[0].starts_with("I agree to abide by all the terms"));
    let secret = routes("lancashire", "meeting-sign-in", &meeting_sign_in().with("classification", "secret"));
    let above = &find(&secret, "papers").steps;
    assert_eq!(above.len(), 2, "the chair's rule, then the pointer: {above:?}");
    assert!(above[1].starts_with("The agreements set no handling rules above OFFICIAL-SENSITIVE"));
}

/// The complete meeting sign-in sheet, built into its record.
fn meeting_record() -> FormRecord {
    let library = library();
    let form = form(&library, "lancashire", "meeting-sign-in");
    let pack = library.pack("lancashire").expect("pack");
    build(&library, pack, form, &meeting_sign_in(), "ISR-TEST".into(), now()).expect("complete")
}

#[test]
fn the_chair_sees_each_markings_meaning_while_choosing() {
    let library = library();
    let hint = |helper: Helper, field: &str, value: &str| helper.choice_hint(&library, field, value);
    assert!(hint(Helper::Meeting, "classification", "secret").is_some_and(|text| !text.is_empty()));
    assert!(hint(Helper::Meeting, "classification", "official")
        .is_some_and(|text| text.starts_with("All routine public sector business")));
    assert_eq!(hint(Helper::Meeting, "classification", "unknown"), None);
    assert_eq!(hint(Helper::Breach, "classification", "secret"), None);
}

#[test]
fn the_printed_sheet_has_a_signature_line_for_each_attendee_and_check_answers_does_not() {
    let record = meeting_record();
    let signatures: Vec<&str> =
        record.summary.iter().filter(|row| row.signature).map(|row| row.path.as_str()).collect();
    assert_eq!(signatures, ["attendees[0]", "attendees[1]"]);
    let last_of_first = record.summary.iter().position(|row| row.path == "attendees[0]").expect("a line");
    assert_eq!(
        record.summary[last_of_first - 1].label,
        "Do they agree to the protocol's terms and to use what is shared only for the purpose it was shared for?"
    );
    let library = library();
    let form = form(&library, "lancashire", "meeting-sign-in");
    assert!(!summary(form, &meeting_sign_in()).iter().any(|row| row.signature));
}

#[test]
fn the_sealed_sheet_reads_with_its_signature_lines_and_what_each_attendee_agrees_to() {
    let rendering = render(&Envelope::new(Payload::Form(meeting_record()), now()));
    let signature = Block::Row { label: "Attendee 2: Signature".into(), value: SIGNATURE_LINE.into() };
    assert!(rendering.blocks.contains(&signature), "{:#?}", rendering.blocks);
    let agrees = |block: &Block| matches!(block, Block::Paragraph(text) if text.starts_with("- I agree to abide by all the terms"));
    assert!(rendering.blocks.iter().any(agrees));
}

#[test]
fn the_pack_checks_keep_each_helper_in_step_with_the_packs() {
    let shipped = library();
    let check = |edit: &dyn Fn(&mut Library)| {
        let mut library = shipped.clone();
        edit(&mut library);
        check_library(&library.sources, &library.packs).into_iter().map(|p| p.message).collect::<Vec<_>>()
    };
    let national = |library: &mut Library| -> usize {
        library.packs.iter().position(|pack| pack.pack.id == "national").expect("national")
    };
    let dropped_option = check(&|library| {
        let at = national(library);
        let form = library.packs[at].forms.iter_mut().find(|form| form.id == "retention-date").expect("form");
        form.sections[0].fields[0].options.pop();
    });
    assert!(dropped_option.iter().any(|m| m.starts_with("field 'record' must offer exactly")), "{dropped_option:?}");
    let suspension_for_all = check(&|library| {
        let at = national(library);
        let form = library.packs[at].forms.iter_mut().find(|form| form.id == "breach-record").expect("form");
        let suspend = form.sections[0].fields.iter_mut().find(|field| field.id == "suspend").expect("suspend");
        suspend.show_if = None;
    });
    assert!(
        suspension_for_all.iter().any(|m| m.starts_with("field 'suspend' must have show_if")),
        "{suspension_for_all:?}"
    );
    let missing_field = check(&|library| {
        let at = national(library);
        let form = library.packs[at].forms.iter_mut().find(|form| form.id == "breach-record").expect("form");
        form.sections[0].fields.retain(|field| field.id != "discovered");
    });
    assert!(missing_field.iter().any(|m| m.contains("needs a top-level field 'discovered'")), "{missing_field:?}");
}
