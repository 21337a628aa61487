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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn dates_are_written_in_full() {
        assert_eq!(long_date("2026-11-01"), "1 November 2026");
        assert_eq!(long_date("2024-02-29"), "29 February 2024");
        assert_eq!(long_date("2023-02-29"), "2023-02-29");
        assert_eq!(long_date("June 2022"), "June 2022");
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
