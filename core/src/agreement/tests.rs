use super::*;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
}

fn review(from: &str, first: u32, every: u32, version: &str) -> Review {
    Review {
        rule: "Six months after coming into force, then annually.".into(),
        from: from.into(),
        first_after_months: first,
        then_every_months: every,
        version_date: version.into(),
        note: None,
    }
}

#[test]
fn six_months_after_coming_into_force_then_annually() {
    let lincolnshire = review("2007-09-01", 6, 12, "2025-02-01");
    assert_eq!(lincolnshire.next_after_version(), Some(day("2025-03-01")));
    assert!(!lincolnshire.is_due(day("2025-02-28")));
    assert!(lincolnshire.is_due(day("2025-03-01")));
    // A version signed just after a scheduled date waits for the next one.
    assert_eq!(review("2007-09-01", 6, 12, "2025-03-01").next_after_version(), Some(day("2026-03-01")));
}

#[test]
fn every_two_years() {
    let lancashire = review("2022-06-01", 24, 24, "2022-06-01");
    assert_eq!(lancashire.next_after_version(), Some(day("2024-06-01")));
    assert!(lancashire.is_due(day("2026-11-22")));
}

#[test]
fn a_single_review_and_bad_dates() {
    assert_eq!(review("2024-05-01", 12, 0, "2024-05-01").next_after_version(), Some(day("2025-05-01")));
    assert_eq!(review("2024-05-01", 12, 0, "2026-01-01").next_after_version(), None);
    assert_eq!(review("May 2024", 12, 12, "2024-05-01").next_after_version(), None);
    assert!(!review("2024-05-01", 12, 12, "not a date").is_due(day("2030-01-01")));
}
