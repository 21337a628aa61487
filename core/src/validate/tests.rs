//! Field validation: each rule with the exact message a user sees.

use super::*;
use proptest::prelude::*;

fn parts(day: &str, month: &str, year: &str) -> DateParts {
    DateParts { day: day.into(), month: month.into(), year: year.into() }
}

#[test]
fn names_in_any_script_are_accepted() {
    for name in [
        "O'Neill-Łukasz Nguyễn",
        "Zoë O’Brien",
        "José María",
        "Nguye\u{0302}\u{0303}n",
        "Ng",
        "St. John",
        "Ṣọlá Adéyẹmí",
        "Мария",
        "  Ann \n Lee  ",
    ] {
        assert_eq!(person_name("name", name, "Name", "Enter a name"), None, "{name}");
    }
}

#[test]
fn bad_names_get_clear_messages() {
    assert_eq!(person_name("n", "   ", "Name", "Enter a name").map(|e| e.message), Some("Enter a name".into()));
    for bad in ["R2D2", "<script>", "a@b", "--", "'"] {
        let message = person_name("n", bad, "Name", "Enter a name").map(|e| e.message);
        assert_eq!(
            message.as_deref(),
            Some("Name must only include letters, spaces, hyphens and apostrophes"),
            "{bad}"
        );
    }
    let long = "a".repeat(101);
    assert_eq!(
        person_name("n", &long, "Name", "x").map(|e| e.message),
        Some("Name must be 100 characters or fewer (you have 101)".into())
    );
}

#[test]
fn dates_follow_the_gov_uk_messages() {
    let check = |d, m, y| date(&parts(d, m, y), "Date of decision").map_err(|(_, message)| message);
    assert_eq!(check("9", "12", "2025"), Ok(NaiveDate::from_ymd_opt(2025, 12, 9).expect("date")));
    assert_eq!(check("9", "dec", "2025"), Ok(NaiveDate::from_ymd_opt(2025, 12, 9).expect("date")));
    assert_eq!(check(" 09 ", "December", "2025"), Ok(NaiveDate::from_ymd_opt(2025, 12, 9).expect("date")));
    assert_eq!(check("", "", ""), Err("Enter the date of decision".into()));
    assert_eq!(check("", "12", "2025"), Err("Date of decision must include a day".into()));
    assert_eq!(check("1", "", ""), Err("Date of decision must include a month and year".into()));
    assert_eq!(check("31", "2", "2025"), Err("Date of decision must be a real date".into()));
    assert_eq!(check("29", "2", "2023"), Err("Date of decision must be a real date".into()));
    assert_eq!(check("x", "2", "2025"), Err("Date of decision must be a real date".into()));
    assert_eq!(check("1", "2", "25"), Err("Year must include 4 numbers".into()));
    assert_eq!(check("1", "13", "2025"), Err("Date of decision must be a real date".into()));
    assert_eq!(check("-1", "2", "2025"), Err("Date of decision must be a real date".into()));
}

#[test]
fn times_are_read_in_the_forms_people_type() {
    let hm = |h, m| NaiveTime::from_hms_opt(h, m, 0);
    assert_eq!(time("14:30"), hm(14, 30));
    assert_eq!(time("14.30"), hm(14, 30));
    assert_eq!(time("2:30pm"), hm(14, 30));
    assert_eq!(time("9am"), hm(9, 0));
    assert_eq!(time("12am"), hm(0, 0));
    assert_eq!(time("12 pm"), hm(12, 0));
    for bad in ["", "25:00", "14:3", "13pm", "noon", "14", "0am", "12:60"] {
        assert_eq!(time(bad), None, "{bad}");
    }
}

#[test]
fn pasted_text_becomes_one_line() {
    assert_eq!(single_line("  Ann\r\n\tLee \n"), "Ann Lee");
}

#[test]
fn required_and_optional_text() {
    assert_eq!(
        required_text("r", " \n", 10, "Reasons", "Enter your reasons").map(|e| e.message),
        Some("Enter your reasons".into())
    );
    assert_eq!(
        required_text("r", &"ł".repeat(10_001), 10_000, "Reasons", "x").map(|e| e.message),
        Some("Reasons must be 10,000 characters or fewer (you have 10,001)".into())
    );
    assert_eq!(optional_text("r", "", 10, "Notes"), None);
    assert_eq!(optional_text("r", &"a".repeat(10), 10, "Notes"), None);
}

proptest! {
    #[test]
    fn date_never_panics_and_real_dates_round_trip(day in 1u32..=31, month in 1u32..=12, year in 1900i32..=2100) {
        let typed = parts(&day.to_string(), &month.to_string(), &year.to_string());
        let read = date(&typed, "Date");
        prop_assert_eq!(read.ok(), NaiveDate::from_ymd_opt(year, month, day));
    }

    #[test]
    fn any_typed_date_is_handled(day in "\\PC{0,6}", month in "\\PC{0,10}", year in "\\PC{0,6}") {
        let _ = date(&parts(&day, &month, &year), "Date");
    }

    #[test]
    fn any_typed_time_is_handled(value in "\\PC{0,12}") {
        let _ = time(&value);
    }

    #[test]
    fn from_date_round_trips(days in 0i64..100_000) {
        let start = NaiveDate::from_ymd_opt(1900, 1, 1).expect("date");
        let day = start + chrono::Days::new(days as u64);
        prop_assert_eq!(date(&DateParts::from_date(day), "Date").ok(), Some(day));
    }
}
