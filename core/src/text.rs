//! Formatting shared by every page: dates and numbers written the GOV.UK way.

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

/// "2026-11-01" as "1 November 2026"; anything that is not an ISO date is returned as written.
pub fn long_date(iso: &str) -> String {
    chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d")
        .map_or_else(|_| iso.to_owned(), |date| date.format("%-d %B %Y").to_string())
}

/// A date as "9 December 2025".
pub fn date_text(date: chrono::NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

/// A date with its weekday, as "Tuesday 9 December 2025", for deadlines.
pub fn weekday_date(date: chrono::NaiveDate) -> String {
    date.format("%A %-d %B %Y").to_string()
}

/// A UK clock time with its zone and weekday, for deadlines counted in hours: "8:15am GMT on
/// Monday 26 October 2026".
pub fn uk_moment(at: chrono::NaiveDateTime) -> String {
    format!("{} {} on {}", clock(at.time()), crate::clock::zone_name(at), weekday_date(at.date()))
}

/// A time of day the GOV.UK way: "9am", "2:30pm", "midday", "midnight".
pub fn clock(time: chrono::NaiveTime) -> String {
    use chrono::Timelike;
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

/// A file's size for people: "1.5 MB" (to a tenth) from 1 MB up, else "12 KB" (rounded up).
/// Whole-number arithmetic only: the page carries no float printing code.
pub fn file_size(bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    if bytes >= MB {
        let tenths = (bytes * 10 + MB / 2) / MB;
        format!("{}.{} MB", tenths / 10, tenths % 10)
    } else {
        format!("{} KB", group_thousands(usize::try_from(bytes.div_ceil(1024)).unwrap_or(usize::MAX)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn file_sizes_are_in_kilobytes_or_megabytes_to_a_tenth() {
        assert_eq!(file_size(0), "0 KB");
        assert_eq!(file_size(1), "1 KB");
        assert_eq!(file_size(1_000_000), "977 KB");
        assert_eq!(file_size(1024 * 1024), "1.0 MB");
        assert_eq!(file_size(65_336_524), "62.3 MB");
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

    proptest! {
        #[test]
        fn group_thousands_round_trips(n in 0usize..10_000_000_000) {
            let grouped = group_thousands(n);
            prop_assert_eq!(grouped.replace(',', "").parse::<usize>().ok(), Some(n));
            prop_assert!(grouped.split(',').skip(1).all(|group| group.len() == 3));
            prop_assert!(grouped.split(',').next().is_some_and(|head| (1..=3).contains(&head.len())));
        }
    }
}
