//! Filling a form with a scenario's fictional answers, as a practitioner would have typed
//! them. Dates can be written relative to the day of the session (`today-1`), so a scenario
//! reads the same, validates and routes the same, whenever it is used.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};

use super::model::Fictional;
use crate::form::Answers;

/// A date in a scenario: a fixed day, or a number of days from the day of the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DateSpec {
    On(NaiveDate),
    FromToday(i64),
}

impl DateSpec {
    /// `today`, `today-3`, `today+10` or `2025-11-25`.
    fn parse(text: &str) -> Option<DateSpec> {
        let Some(offset) = text.strip_prefix("today") else {
            return text.parse::<NaiveDate>().ok().map(DateSpec::On);
        };
        let days = match offset.as_bytes().first() {
            None => 0,
            Some(b'+') if offset.len() > 1 => offset[1..].parse::<u32>().ok()?.into(),
            Some(b'-') if offset.len() > 1 => -i64::from(offset[1..].parse::<u32>().ok()?),
            Some(_) => return None,
        };
        Some(DateSpec::FromToday(days))
    }

    fn on(self, today: NaiveDate) -> Option<NaiveDate> {
        match self {
            DateSpec::On(date) => Some(date),
            DateSpec::FromToday(days) if days >= 0 => today.checked_add_days(Days::new(days.unsigned_abs())),
            DateSpec::FromToday(days) => today.checked_sub_days(Days::new(days.unsigned_abs())),
        }
    }
}

/// Whether a date part is written in a form [`fill`] understands.
pub fn is_date(text: &str) -> bool {
    DateSpec::parse(text).is_some()
}

/// The answers as a form holds them, with relative dates counted from `today`. Group
/// instances are filled in index order. Fails, naming the path, on a path that cannot hold an
/// answer or a date that cannot be read.
pub fn fill(answers: &BTreeMap<String, Fictional>, today: NaiveDate) -> Result<Answers, String> {
    let mut entries: Vec<(&String, &Fictional)> = answers.iter().collect();
    entries.sort_by_key(|(path, _)| in_index_order(path));
    let mut filled = Answers::default();
    for (path, value) in entries {
        if !put(&mut filled, path, value, today) {
            return Err(format!("cannot fill '{path}'"));
        }
    }
    Ok(filled)
}

fn put(filled: &mut Answers, path: &str, value: &Fictional, today: NaiveDate) -> bool {
    match value {
        Fictional::Text(text) => filled.set_text(path, text.as_str()),
        Fictional::Choices(values) => values.iter().all(|value| filled.set_choice(path, value, true)),
        Fictional::Parts(parts) => parts.iter().all(|(part, text)| match part.as_str() {
            "date" => DateSpec::parse(text).and_then(|spec| spec.on(today)).is_some_and(|date| {
                [
                    ("day", date.day().to_string()),
                    ("month", date.month().to_string()),
                    ("year", date.year().to_string()),
                ]
                .into_iter()
                .all(|(name, number)| filled.set_text(&format!("{path}.{name}"), number))
            }),
            _ => filled.set_text(&format!("{path}.{part}"), text.as_str()),
        }),
    }
}

/// A sort key that puts `subjects[2]` before `subjects[10]`: instance numbers are padded.
fn in_index_order(path: &str) -> String {
    let mut key = String::with_capacity(path.len() + 8);
    for (index, piece) in path.split('[').enumerate() {
        if index > 0 {
            key.push('[');
            let digits = piece.bytes().take_while(u8::is_ascii_digit).count();
            key.push_str(&"0".repeat(10usize.saturating_sub(digits)));
        }
        key.push_str(piece);
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).expect("a real date")
    }

    #[test]
    fn dates_are_read_relative_to_today_or_as_written() {
        let today = day(2026, 3, 1);
        let on = |text: &str| DateSpec::parse(text).and_then(|spec| spec.on(today));
        assert_eq!(on("today"), Some(today));
        assert_eq!(on("today-1"), Some(day(2026, 2, 28)));
        assert_eq!(on("today+31"), Some(day(2026, 4, 1)));
        assert_eq!(on("2016-02-14"), Some(day(2016, 2, 14)));
        for bad in ["", "today-", "today+x", "todays", "today 1", "2026-02-30", "tomorrow"] {
            assert!(!is_date(bad), "{bad}");
        }
    }

    #[test]
    fn answers_fill_paths_parts_and_choices_in_instance_order() {
        let mut answers = BTreeMap::new();
        for index in 0..11 {
            answers.insert(format!("subjects[{index}].name"), Fictional::Text(format!("Person {index}")));
        }
        answers.insert("requests".into(), Fictional::Choices(vec!["a".into(), "b".into()]));
        let date = BTreeMap::from([("date".to_owned(), "today-1".to_owned()), ("time".to_owned(), "9:30pm".into())]);
        answers.insert("incident-when".into(), Fictional::Parts(date));
        let filled = fill(&answers, day(2026, 1, 1)).expect("fills");
        assert_eq!(filled.count("subjects"), 11);
        assert_eq!(filled.text("subjects[10].name"), "Person 10");
        assert_eq!(filled.choices("requests"), ["a", "b"]);
        assert_eq!(
            ["day", "month", "year", "time"].map(|part| filled.text(&format!("incident-when.{part}")).to_owned()),
            ["31", "12", "2025", "9:30pm"]
        );
    }

    #[test]
    fn paths_that_cannot_hold_an_answer_are_named() {
        let answers = BTreeMap::from([("subjects[3].name".to_owned(), Fictional::Text("Too far".into()))]);
        assert_eq!(fill(&answers, day(2026, 1, 1)), Err("cannot fill 'subjects[3].name'".to_owned()));
        let bad_date = BTreeMap::from([("when".to_owned(), Fictional::Parts([("date".into(), "soon".into())].into()))]);
        assert_eq!(fill(&bad_date, day(2026, 1, 1)), Err("cannot fill 'when'".to_owned()));
    }
}
