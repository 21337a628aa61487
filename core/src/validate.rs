//! Field validation shared by every form: pure functions from what was typed to a GOV.UK
//! style error message. What the user typed is never changed by validation.
//!
//! Email addresses and telephone numbers are in [`contact`]'s functions, postcodes, NHS
//! numbers, references and whole numbers in [`identifiers`]'s; both are re-exported here.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::text::group_thousands;

mod contact;
mod identifiers;
pub use contact::{
    email, personal_email_domain, personal_email_warning, uk_phone, EMAIL_FORMAT, EMAIL_LIMIT, PHONE_FORMAT,
};
pub use identifiers::{nhs_check_digit, nhs_number, postcode, reference, whole_number, NHS_CHECK, POSTCODE_FORMAT};

/// One field's error: the field's id (the first input of a group) and the message shown in
/// the error summary and next to the field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: &str, message: impl Into<String>) -> FieldError {
        FieldError { field: field.to_owned(), message: message.into() }
    }
}

/// Single-line text as it should be read: pasted line breaks and tabs become single spaces,
/// and the ends are trimmed.
pub fn single_line(value: &str) -> String {
    value.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The message for text longer than `limit` characters.
pub fn too_long(value: &str, limit: usize, label: &str) -> Option<String> {
    let length = value.chars().count();
    (length > limit).then(|| {
        format!("{label} must be {} characters or fewer (you have {})", group_thousands(limit), group_thousands(length))
    })
}

/// Checks required text: empty gets `missing`, overlong gets a length message.
pub fn required_text(field: &str, value: &str, limit: usize, label: &str, missing: &str) -> Option<FieldError> {
    if value.trim().is_empty() {
        return Some(FieldError::new(field, missing));
    }
    too_long(value, limit, label).map(|message| FieldError::new(field, message))
}

/// Checks optional text for length only.
pub fn optional_text(field: &str, value: &str, limit: usize, label: &str) -> Option<FieldError> {
    too_long(value, limit, label).map(|message| FieldError::new(field, message))
}

/// A person's name: any letters in any script (with combining accents), spaces, hyphens,
/// apostrophes and full stops. O'Neill-Łukasz Nguyễn is a name.
pub fn person_name(field: &str, value: &str, label: &str, missing: &str) -> Option<FieldError> {
    let name = single_line(value);
    if name.is_empty() {
        return Some(FieldError::new(field, missing));
    }
    if let Some(message) = too_long(&name, 100, label) {
        return Some(FieldError::new(field, message));
    }
    let allowed = |c: char| c.is_alphabetic() || is_combining_mark(c) || matches!(c, ' ' | '-' | '\'' | '’' | '.');
    if !name.chars().all(allowed) || !name.chars().any(char::is_alphabetic) {
        return Some(FieldError::new(
            field,
            format!("{label} must only include letters, spaces, hyphens and apostrophes"),
        ));
    }
    None
}

/// A mark that is part of a letter as written but that Unicode does not count as alphabetic:
/// combining accents, the viramas and nuktas of the Indic scripts (the ্ in রবীন্দ্রনাথ, the
/// ੍ in ਗੁਰਪ੍ਰੀਤ), and the zero-width (non-)joiners names in Persian, Urdu and Indic scripts
/// are typed with.
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
        || matches!(
            c,
            '\u{094D}'
                | '\u{09CD}'
                | '\u{0A4D}'
                | '\u{0ACD}'
                | '\u{0B4D}'
                | '\u{0BCD}'
                | '\u{0C4D}'
                | '\u{0CCD}'
                | '\u{0D4D}'
                | '\u{0DCA}'
        )
        || matches!(
            c,
            '\u{093C}' | '\u{09BC}' | '\u{0A3C}' | '\u{0ABC}' | '\u{0B3C}' | '\u{0CBC}' | '\u{200C}' | '\u{200D}'
        )
}

/// The three boxes of a GOV.UK date input, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateParts {
    pub day: String,
    pub month: String,
    pub year: String,
}

impl DateParts {
    pub fn from_date(date: NaiveDate) -> DateParts {
        use chrono::Datelike;
        DateParts { day: date.day().to_string(), month: date.month().to_string(), year: date.year().to_string() }
    }
}

/// Which box of a date input an error is about, so the UI can highlight it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatePart {
    Day,
    Month,
    Year,
    All,
}

/// Reads a date input. `label` is the start of each message ("Date of decision").
pub fn date(parts: &DateParts, label: &str) -> Result<NaiveDate, (DatePart, String)> {
    date_of(&parts.day, &parts.month, &parts.year, label)
}

/// [`date`] from the three boxes as borrowed text.
pub fn date_of(day: &str, month: &str, year: &str, label: &str) -> Result<NaiveDate, (DatePart, String)> {
    let (day, month, year) = (day.trim(), month.trim(), year.trim());
    let missing: Vec<&str> = [("day", day), ("month", month), ("year", year)]
        .into_iter()
        .filter(|(_, value)| value.is_empty())
        .map(|(name, _)| name)
        .collect();
    match missing.as_slice() {
        [] => {}
        [only] => return Err((part_named(only), format!("{label} must include a {only}"))),
        [first, second] => return Err((part_named(first), format!("{label} must include a {first} and {second}"))),
        _ => return Err((DatePart::All, format!("Enter the {}", label.to_lowercase()))),
    }
    let number = |value: &str| value.parse::<u32>().ok();
    let month_number = number(month).or_else(|| month_from_name(month));
    let (Some(day), Some(month), Some(year)) = (number(day), month_number, number(year)) else {
        return Err((DatePart::All, format!("{label} must be a real date")));
    };
    if !(1000..=9999).contains(&year) {
        return Err((DatePart::Year, "Year must include 4 numbers".to_owned()));
    }
    NaiveDate::from_ymd_opt(year as i32, month, day).ok_or((DatePart::All, format!("{label} must be a real date")))
}

fn part_named(name: &str) -> DatePart {
    match name {
        "day" => DatePart::Day,
        "month" => DatePart::Month,
        _ => DatePart::Year,
    }
}

/// GOV.UK date inputs accept month names and abbreviations as well as numbers.
fn month_from_name(value: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let lower = value.to_lowercase();
    MONTHS.iter().position(|month| lower.len() >= 3 && month.starts_with(&lower)).map(|index| index as u32 + 1)
}

/// Reads a 24-hour or am/pm time: "14:30", "14.30", "2:30pm", "9am".
pub fn time(value: &str) -> Option<NaiveTime> {
    let compact: String = value.to_lowercase().chars().filter(|c| !c.is_whitespace()).collect();
    let (clock, offset) = match (compact.strip_suffix("am"), compact.strip_suffix("pm")) {
        (Some(clock), _) => (clock.to_owned(), Some(0)),
        (_, Some(clock)) => (clock.to_owned(), Some(12)),
        _ => (compact, None),
    };
    let mut pieces = clock.splitn(2, [':', '.']);
    let hour: u32 = pieces.next()?.parse().ok()?;
    let minute: u32 = match pieces.next() {
        Some(minute) if minute.len() == 2 => minute.parse().ok()?,
        Some(_) => return None,
        None if offset.is_some() => 0,
        None => return None,
    };
    let hour = match offset {
        Some(_) if !(1..=12).contains(&hour) => return None,
        Some(add) => hour % 12 + add,
        None => hour,
    };
    NaiveTime::from_hms_opt(hour, minute, 0)
}

#[cfg(test)]
mod tests;
