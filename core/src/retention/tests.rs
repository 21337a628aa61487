use super::*;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
}

fn rule(count: Count, years: Option<u32>, age: Option<u32>) -> Retention {
    Retention {
        id: "r".into(),
        title: "Records".into(),
        holder: "Schools".into(),
        count,
        years,
        age,
        from: Some("the date".into()),
        event: None,
        then: "Destroy securely.".into(),
        note: None,
        cite: vec![],
    }
}

#[test]
fn six_years_after_a_response() {
    let police = rule(Count::YearsAfter, Some(6), None);
    assert_eq!(police.date_for(day("2026-11-22")), Some(day("2032-11-22")));
    assert_eq!(police.date_for(day("2024-02-29")), Some(day("2030-02-28")));
    assert!(police.needs_date());
}

#[test]
fn the_school_year_after_the_25th_birthday_around_31_august() {
    let school = rule(Count::SchoolYearAfterBirthday, None, Some(25));
    // 25th birthday 31 August 2030, the last day of school year 2029/30: the next one ends 31 August 2031.
    assert_eq!(school.date_for(day("2005-08-31")), Some(day("2031-08-31")));
    // 25th birthday 1 September 2030 starts school year 2030/31: the next one ends 31 August 2032.
    assert_eq!(school.date_for(day("2005-09-01")), Some(day("2032-08-31")));
    // Mid-year birthdays.
    assert_eq!(school.date_for(day("2005-03-15")), Some(day("2031-08-31")));
    assert_eq!(school.date_for(day("2005-12-25")), Some(day("2032-08-31")));
    // A 29 February birthday: 28 February or 1 March, the school year is the same.
    assert_eq!(school.date_for(day("2008-02-29")), Some(day("2034-08-31")));
}

#[test]
fn an_event_rule_has_no_date() {
    let encompass = rule(Count::WhenEvent, None, None);
    assert_eq!(encompass.date_for(day("2026-11-22")), None);
    assert!(!encompass.needs_date());
}

#[test]
fn dates_too_far_ahead_are_none_not_a_panic() {
    assert_eq!(rule(Count::YearsAfter, Some(u32::MAX), None).date_for(day("2026-01-01")), None);
    assert_eq!(rule(Count::SchoolYearAfterBirthday, None, Some(25)).date_for(NaiveDate::MAX), None);
    assert_eq!(rule(Count::YearsAfter, None, None).date_for(day("2026-01-01")), None);
}
