use super::*;

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("test date")
}

#[test]
fn summer_time_starts_and_ends_at_one_gmt_on_the_last_sundays() {
    // 2026: clocks forward Sunday 29 March, back Sunday 25 October.
    assert!(!is_summer_time(at("2026-03-29 00:59")));
    assert!(is_summer_time(at("2026-03-29 01:00")));
    assert!(is_summer_time(at("2026-10-25 00:59")));
    assert!(!is_summer_time(at("2026-10-25 01:00")));
    // 2027: 28 March and 31 October (a month ending on a Sunday).
    assert!(is_summer_time(at("2027-03-28 01:00")) && !is_summer_time(at("2027-03-28 00:59")));
    assert!(is_summer_time(at("2027-10-31 00:59")) && !is_summer_time(at("2027-10-31 01:00")));
}

#[test]
fn clock_times_read_as_instants() {
    assert_eq!(to_utc(at("2026-07-01 12:00")), Ok(at("2026-07-01 11:00")));
    assert_eq!(to_utc(at("2026-12-01 12:00")), Ok(at("2026-12-01 12:00")));
    assert_eq!(to_utc(at("2026-03-29 01:30")), Err(ClockError::Skipped));
    assert_eq!(to_utc(at("2026-03-29 02:00")), Ok(at("2026-03-29 01:00")));
    // The repeated hour in October is the first of the two, in summer time.
    assert_eq!(to_utc(at("2026-10-25 01:30")), Ok(at("2026-10-25 00:30")));
    assert_eq!(to_utc(at("2026-10-25 02:00")), Ok(at("2026-10-25 02:00")));
    assert_eq!(zone_name(at("2026-10-25 01:30")), "BST");
    assert_eq!(zone_name(at("2026-10-25 02:30")), "GMT");
}

#[test]
fn every_clock_time_round_trips_through_an_instant() {
    let mut clock = at("2026-01-01 00:00");
    while clock < at("2027-01-01 00:00") {
        if let Ok(utc) = to_utc(clock) {
            assert_eq!(to_clock(utc), clock, "{clock}");
        }
        clock += Duration::minutes(30);
    }
}

#[test]
fn hours_run_in_elapsed_time_across_the_clock_changes() {
    // Friday to Monday over the weekend the clocks go back: 72 hours end at 09:00, not 10:00.
    assert_eq!(hours_after(at("2026-10-23 10:00"), 72), Ok(at("2026-10-26 09:00")));
    // And over the weekend they go forward: 11:00, not 10:00.
    assert_eq!(hours_after(at("2026-03-27 10:00"), 72), Ok(at("2026-03-30 11:00")));
    // No change: the same clock time three days on, weekend or not.
    assert_eq!(hours_after(at("2026-11-20 16:45"), 72), Ok(at("2026-11-23 16:45")));
    assert_eq!(hours_after(at("2026-03-29 01:30"), 72), Err(ClockError::Skipped));
    assert_eq!(hours_after(NaiveDateTime::MAX, 72), Err(ClockError::OutOfRange));
}
