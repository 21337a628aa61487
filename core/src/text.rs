//! Formatting shared by every page: dates and numbers written the GOV.UK way.
//!
//! Dates are written from their parts rather than with chrono's `format` strings: the page's
//! WebAssembly then carries no format-string parser (measured in ARCHITECTURE.md).

use chrono::{Datelike, Timelike};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// 12345 as "12,345".
pub fn group_thousands(number: usize) -> String {
    let digits = number.to_string();
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

/// A file's size as people read it: "1.5 MB", "12 KB", "300 bytes" (a megabyte is 1,048,576
/// bytes, as file pickers count).
pub fn file_size(bytes: u64) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * 1024;
    match bytes {
        1 => "1 byte".to_owned(),
        0..KB => format!("{bytes} bytes"),
        KB..MB => format!("{} KB", group_thousands(bytes.div_ceil(KB) as usize)),
        _ => format!("{:.1} MB", bytes as f64 / MB as f64),
    }
}

/// "2026-11-01" as "1 November 2026"; anything that is not an ISO date is returned as written.
pub fn long_date(iso: &str) -> String {
    iso.parse::<chrono::NaiveDate>().map_or_else(|_| iso.to_owned(), date_text)
}

/// A date as "9 December 2025".
pub fn date_text(date: chrono::NaiveDate) -> String {
    format!("{} {} {}", date.day(), MONTHS[date.month0() as usize], date.year())
}

/// A date with its weekday, as "Tuesday 9 December 2025", for deadlines.
pub fn weekday_date(date: chrono::NaiveDate) -> String {
    format!("{} {}", WEEKDAYS[date.weekday().num_days_from_monday() as usize], date_text(date))
}

/// A time on the 24-hour clock, as "09:05", for times recorded on a record.
pub fn clock_24(time: chrono::NaiveTime) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// A moment as ISO 8601 to the second, as "2026-12-07T09:30:00" (chrono's own `Display`
/// puts a space in the middle, and its format strings bring a parser into the page).
pub fn iso_moment(at: chrono::NaiveDateTime) -> String {
    format!("{}T{:02}:{:02}:{:02}", at.date(), at.hour(), at.minute(), at.second())
}

/// A UK clock time with its zone and weekday, for deadlines counted in hours: "8:15am GMT on
/// Monday 26 October 2026".
pub fn uk_moment(at: chrono::NaiveDateTime) -> String {
    format!("{} {} on {}", clock(at.time()), crate::clock::zone_name(at), weekday_date(at.date()))
}

/// A time of day the GOV.UK way: "9am", "2:30pm", "midday", "midnight".
pub fn clock(time: chrono::NaiveTime) -> String {
    match (time.hour(), time.minute()) {
        (0, 0) => "midnight".to_owned(),
        (12, 0) => "midday".to_owned(),
        (hour, minute) => {
            let suffix = if hour < 12 { "am" } else { "pm" };
            let hour12 = match hour % 12 {
                0 => 12,
                other => other,
            };
            if minute == 0 {
                format!("{hour12}{suffix}")
            } else {
                format!("{hour12}:{minute:02}{suffix}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn moments_are_written_as_iso_and_read_back() {
        let at = chrono::NaiveDate::from_ymd_opt(2026, 3, 2)
            .and_then(|d| d.and_hms_milli_opt(9, 5, 7, 250))
            .expect("a time");
        assert_eq!(iso_moment(at), "2026-03-02T09:05:07");
        assert_eq!(
            iso_moment(at).parse::<chrono::NaiveDateTime>().map(|read| read.and_utc().timestamp()),
            Ok(at.and_utc().timestamp())
        );
    }

    #[test]
    fn dates_are_written_in_full() {
        assert_eq!(long_date("2026-11-01"), "1 November 2026");
        assert_eq!(long_date("2024-02-29"), "29 February 2024");
        assert_eq!(long_date("2023-02-29"), "2023-02-29");
        assert_eq!(long_date("June 2022"), "June 2022");
    }

    #[test]
    fn deadlines_are_written_with_the_weekday_and_a_gov_uk_time() {
        let date = chrono::NaiveDate::from_ymd_opt(2025, 12, 9).expect("date");
        assert_eq!(date_text(date), "9 December 2025");
        assert_eq!(weekday_date(date), "Tuesday 9 December 2025");
        let at = |h, m| clock(chrono::NaiveTime::from_hms_opt(h, m, 0).expect("time"));
        assert_eq!(
            [at(0, 0), at(12, 0), at(9, 0), at(14, 30), at(0, 5), at(23, 59)],
            ["midnight", "midday", "9am", "2:30pm", "12:05am", "11:59pm"]
        );
    }

    #[test]
    fn file_sizes_are_written_with_one_decimal_in_megabytes() {
        let sizes =
            [0, 1, 300, 1024, 12 * 1024 + 1, 1_000_000, 1024 * 1024, 1_572_864, 65_336_524, 50 * 1024 * 1024 - 1];
        assert_eq!(
            sizes.map(file_size),
            ["0 bytes", "1 byte", "300 bytes", "1 KB", "13 KB", "977 KB", "1.0 MB", "1.5 MB", "62.3 MB", "50.0 MB"]
        );
    }

    #[test]
    fn times_on_a_record_use_the_24_hour_clock() {
        let at = |h, m| clock_24(chrono::NaiveTime::from_hms_opt(h, m, 0).expect("time"));
        assert_eq!([at(0, 0), at(9, 5), at(23, 59)], ["00:00", "09:05", "23:59"]);
    }

    proptest! {
        #[test]
        fn dates_read_as_chrono_writes_them(days in 0i64..80_000) {
            let date = chrono::NaiveDate::from_ymd_opt(1900, 1, 1).expect("date") + chrono::Duration::days(days);
            prop_assert_eq!(long_date(&date.to_string()), date.format("%-d %B %Y").to_string());
            prop_assert_eq!(weekday_date(date), date.format("%A %-d %B %Y").to_string());
        }

        #[test]
        fn group_thousands_round_trips(n in 0usize..10_000_000_000) {
            let grouped = group_thousands(n);
            prop_assert_eq!(grouped.replace(',', "").parse::<usize>().ok(), Some(n));
            prop_assert!(grouped.split(',').skip(1).all(|group| group.len() == 3));
            prop_assert!(grouped.split(',').next().is_some_and(|head| (1..=3).contains(&head.len())));
        }
    }
}
