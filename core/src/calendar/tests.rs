//! Bank holidays against GOV.UK's published dates, and working-day arithmetic against a
//! brute-force count.

use super::*;
use crate::library::Library;
use proptest::prelude::*;

fn england_and_wales() -> Calendar {
    let library = Library::shipped().expect("packs parse");
    library.calendar("england-and-wales").expect("calendar in the national pack").clone()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

#[test]
fn published_bank_holidays_match() {
    let calendar = england_and_wales();
    // GOV.UK's England and Wales lists, including substitutes, moves and one-offs.
    let published: &[(i32, &[(u32, u32)])] = &[
        (2020, &[(1, 1), (4, 10), (4, 13), (5, 8), (5, 25), (8, 31), (12, 25), (12, 28)]),
        (2021, &[(1, 1), (4, 2), (4, 5), (5, 3), (5, 31), (8, 30), (12, 27), (12, 28)]),
        (2022, &[(1, 3), (4, 15), (4, 18), (5, 2), (6, 2), (6, 3), (8, 29), (9, 19), (12, 26), (12, 27)]),
        (2023, &[(1, 2), (4, 7), (4, 10), (5, 1), (5, 8), (5, 29), (8, 28), (12, 25), (12, 26)]),
        (2024, &[(1, 1), (3, 29), (4, 1), (5, 6), (5, 27), (8, 26), (12, 25), (12, 26)]),
        (2025, &[(1, 1), (4, 18), (4, 21), (5, 5), (5, 26), (8, 25), (12, 25), (12, 26)]),
        (2026, &[(1, 1), (4, 3), (4, 6), (5, 4), (5, 25), (8, 31), (12, 25), (12, 28)]),
        (2027, &[(1, 1), (3, 26), (3, 29), (5, 3), (5, 31), (8, 30), (12, 27), (12, 28)]),
    ];
    for (year, days) in published {
        let expected: Vec<NaiveDate> = days.iter().map(|&(m, d)| date(*year, m, d)).collect();
        let actual: Vec<NaiveDate> = calendar.holidays_in(*year).into_keys().collect();
        assert_eq!(actual, expected, "{year}");
    }
}

#[test]
fn easter_matches_known_dates() {
    for (year, month, day) in [(2000, 4, 23), (2019, 4, 21), (2024, 3, 31), (2025, 4, 20), (2038, 4, 25), (2285, 3, 22)]
    {
        assert_eq!(easter_sunday(year), Some(date(year, month, day)), "{year}");
    }
}

#[test]
fn the_issue_example_deadline() {
    let calendar = england_and_wales();
    assert_eq!(calendar.add_working_days(date(2025, 11, 25), 10), Some(date(2025, 12, 9)));
    // Across Christmas 2025: Thu 25 and Fri 26 December are bank holidays.
    assert_eq!(calendar.add_working_days(date(2025, 12, 19), 10), Some(date(2026, 1, 7)));
    assert_eq!(calendar.add_working_days(date(2025, 12, 19), 0), Some(date(2025, 12, 19)));
    // A request received on a Saturday counts from Monday.
    assert_eq!(calendar.add_working_days(date(2026, 11, 21), 1), Some(date(2026, 11, 23)));
}

/// The brute-force count: walk every day and count the working ones after the start.
fn working_days_between(calendar: &Calendar, start: NaiveDate, end: NaiveDate) -> u32 {
    start.iter_days().skip(1).take_while(|day| *day <= end).filter(|day| calendar.is_working_day(*day)).count() as u32
}

proptest! {
    #[test]
    fn adding_working_days_agrees_with_a_day_by_day_count(offset in 0u64..6000, days in 0u32..60) {
        let calendar = england_and_wales();
        let start = date(2015, 1, 1) + Days::new(offset);
        let end = calendar.add_working_days(start, days).expect("in range");
        prop_assert_eq!(working_days_between(&calendar, start, end), days);
        prop_assert!(days == 0 || calendar.is_working_day(end));
    }

    #[test]
    fn every_rule_gives_a_weekday_in_its_month(year in 1900i32..2200) {
        for rule in [Rule::NewYear, Rule::GoodFriday, Rule::EasterMonday, Rule::EarlyMay, Rule::Spring, Rule::Summer, Rule::Christmas, Rule::BoxingDay] {
            let day = rule.date_in(year).expect("date");
            prop_assert!(!matches!(day.weekday(), Weekday::Sat | Weekday::Sun), "{:?} {}", rule, year);
        }
    }
}
