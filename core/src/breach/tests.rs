use super::*;

fn rules(suspension: Option<u32>) -> BreachRules {
    BreachRules {
        ico_hours: 72,
        tell: vec!["The partner that supplied the information.".into()],
        suspension_days: suspension,
        meeting_within_days: suspension.map(|_| 14),
        note: None,
        cite: vec![],
    }
}

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("test date")
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
}

#[test]
fn seventy_two_hours_include_the_weekend() {
    // Discovered on a Friday afternoon: due on Monday afternoon, not Wednesday.
    assert_eq!(ico_deadline(&rules(None), at("2026-11-20 16:30")), Ok(at("2026-11-23 16:30")));
}

#[test]
fn seventy_two_hours_across_the_clocks_going_back_end_an_hour_earlier_by_the_clock() {
    assert_eq!(ico_deadline(&rules(None), at("2026-10-23 09:15")), Ok(at("2026-10-26 08:15")));
    // Discovered in the repeated hour (taken as the first, in summer time).
    assert_eq!(ico_deadline(&rules(None), at("2026-10-25 01:30")), Ok(at("2026-10-28 00:30")));
}

#[test]
fn a_skipped_time_is_an_error_with_a_message() {
    let error = ico_deadline(&rules(None), at("2026-03-29 01:15")).unwrap_err();
    assert!(error.message().contains("clocks went forward"));
}

#[test]
fn thirty_day_suspension_with_a_meeting_within_fourteen_days() {
    let suspension = rules(Some(30)).suspension(day("2026-11-22")).expect("the agreement allows it");
    assert_eq!(suspension.until, day("2026-12-22"));
    assert_eq!(suspension.meet_by, day("2026-12-06"));
    // Across a month end and a leap day.
    let leap = rules(Some(30)).suspension(day("2028-02-15")).expect("allowed");
    assert_eq!((leap.until, leap.meet_by), (day("2028-03-16"), day("2028-02-29")));
    assert_eq!(rules(None).suspension(day("2026-11-22")), None);
    assert_eq!(rules(Some(30)).suspension(NaiveDate::MAX), None);
}
