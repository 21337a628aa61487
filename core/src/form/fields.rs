//! Checks on one field's answer, by kind, using the shared field validators in
//! [`crate::validate`], and the wording every message builds on.

use std::borrow::Cow;

use chrono::{Months, NaiveDateTime};

use super::answers::Value;
use super::issues::Issues;
use super::model::{DateBounds, Field, FieldKind};
use super::scope::capitalise;
use crate::text::date_text;
use crate::validate::{self, DatePart};

/// A date of birth more than this many years ago is taken to be a mistake.
pub const OLDEST_AGE: u32 = 120;

/// What "Enter ..." messages call a field: its `name`, or "the" and its label ("the date of
/// birth").
pub(super) fn name(field: &Field) -> String {
    field.name.clone().unwrap_or_else(|| format!("the {}", lower_first(plain_label(field))))
}

/// The label without a trailing "(optional)".
fn plain_label(field: &Field) -> &str {
    let label = field.label.trim_end();
    label.strip_suffix("(optional)").map_or(label, str::trim_end)
}

/// What "... must ..." messages start with: the label without "(optional)" ("Date of
/// birth"), or for a label that is a question, the name ("Why you need the information").
pub(super) fn label(field: &Field) -> Cow<'_, str> {
    let label = plain_label(field);
    if !label.ends_with('?') {
        return Cow::Borrowed(label);
    }
    let name = name(field);
    Cow::Owned(capitalise(name.strip_prefix("the ").unwrap_or(&name)))
}

/// "Date of birth" as "date of birth"; "NHS number" stays as it is.
pub(super) fn lower_first(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(_), Some(second)) if second.is_uppercase() => label.to_owned(),
        (Some(first), _) => first.to_lowercase().chain(label.chars().skip(1)).collect(),
        _ => String::new(),
    }
}

/// The message for an unanswered required field.
pub(super) fn missing(field: &Field) -> String {
    field.missing.clone().unwrap_or_else(|| {
        let verb = if field.kind.is_chosen() { "Select" } else { "Enter" };
        format!("{verb} {}", name(field))
    })
}

/// A group's instances in the plural: "subjects", "addresses", or as the pack says.
pub(super) fn plural(field: &Field) -> String {
    let item = field.item.as_deref().unwrap_or("item");
    field.items.clone().unwrap_or_else(|| {
        let es = ["s", "x", "z", "ch", "sh"].iter().any(|end| item.ends_with(end));
        format!("{item}{}", if es { "es" } else { "s" })
    })
}

/// The message for a group with too few instances: "Add a subject", "Add at least 2 subjects".
pub(super) fn add_message(field: &Field, least: usize) -> String {
    let item = field.item.as_deref().unwrap_or("item");
    if least == 1 {
        let article = if item.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
        format!("Add {article} {item}")
    } else {
        format!("Add at least {least} {}", plural(field))
    }
}

/// The path (within its scope) of a field's first input: the day box of a date, the lines
/// of an address.
pub(super) fn input_tail(field: &Field) -> String {
    match field.kind {
        FieldKind::Date | FieldKind::DateTime => format!("{}.day", field.id),
        FieldKind::Address => format!("{}.lines", field.id),
        _ => field.id.clone(),
    }
}

/// Whether a field has an answer of the shape its kind stores (text, parts, choices or
/// instances) with something typed or chosen in it.
pub(super) fn is_answered(field: &Field, value: Option<&Value>) -> bool {
    let shape_fits = match (field.kind, value) {
        (_, None) => false,
        (FieldKind::Date | FieldKind::DateTime | FieldKind::Address, Some(value)) => matches!(value, Value::Parts(_)),
        (FieldKind::MultipleChoice, Some(value)) => matches!(value, Value::Choices(_)),
        (FieldKind::Group, Some(value)) => matches!(value, Value::Group(_)),
        (_, Some(value)) => matches!(value, Value::Text(_)),
    };
    shape_fits && value.is_some_and(Value::is_answered)
}

/// Checks one field that is shown. `required` already takes `required_if` into account.
pub(super) fn check(field: &Field, value: Option<&Value>, required: bool, now: NaiveDateTime, out: &mut Issues) {
    if !is_answered(field, value) {
        if required {
            let at = if field.kind == FieldKind::MultipleChoice { field.id.clone() } else { input_tail(field) };
            out.error(&at, missing(field));
        }
        return;
    }
    let Some(value) = value else { return };
    match field.kind {
        FieldKind::Date | FieldKind::DateTime => dated(field, value, now, out),
        FieldKind::Address => address(field, value, out),
        FieldKind::MultipleChoice => {
            if required && !value.choices().iter().any(|chosen| field.values().contains(&chosen.as_str())) {
                out.error(&field.id, missing(field));
            }
        }
        FieldKind::YesNo | FieldKind::SingleChoice => {
            let chosen = value.as_text().unwrap_or("").trim();
            if required && !field.values().contains(&chosen) {
                out.error(&field.id, missing(field));
            }
        }
        FieldKind::Group => {}
        _ => typed(field, value.as_text().unwrap_or(""), out),
    }
}

/// Text-like kinds, already known to be answered.
fn typed(field: &Field, text: &str, out: &mut Issues) {
    let label = &label(field);
    let result = match field.kind {
        FieldKind::PersonName => {
            validate::person_name(&field.id, text, label, "").map_or(Ok(()), |error| Err(error.message))
        }
        FieldKind::Email => validate::email(text).map(|address| {
            if let Some(domain) = validate::personal_email_domain(address) {
                out.warning(&field.id, validate::personal_email_warning(domain));
            }
        }),
        FieldKind::Phone => validate::uk_phone(text).map(drop),
        FieldKind::Postcode => validate::postcode(text).map(drop),
        FieldKind::NhsNumber => validate::nhs_number(text, label).map(drop),
        FieldKind::Number => validate::whole_number(text, label, field.min, field.max).map(drop),
        FieldKind::Reference => {
            within_limit(field, &validate::single_line(text)).and_then(|()| validate::reference(text, label).map(drop))
        }
        FieldKind::LongText => within_limit(field, &text.replace("\r\n", "\n")),
        _ => within_limit(field, &validate::single_line(text)),
    };
    if let Err(message) = result {
        out.error(&field.id, message);
    }
}

fn within_limit(field: &Field, text: &str) -> Result<(), String> {
    field.limit().and_then(|limit| validate::too_long(text, limit, &label(field))).map_or(Ok(()), Err)
}

/// Dates and date-times: each box, the time, and the bounds.
fn dated(field: &Field, value: &Value, now: NaiveDateTime, out: &mut Issues) {
    let label = &label(field);
    let id = &field.id;
    let [day, month, year] = ["day", "month", "year"].map(|part| value.part(part));
    if [day, month, year].iter().all(|part| part.trim().is_empty()) {
        out.error(&format!("{id}.day"), format!("{label} must include a date"));
        return;
    }
    let date = match validate::date_of(day, month, year, label) {
        Ok(date) => date,
        Err((part, message)) => {
            let part = match part {
                DatePart::Month => "month",
                DatePart::Year => "year",
                DatePart::Day | DatePart::All => "day",
            };
            out.error(&format!("{id}.{part}"), message);
            return;
        }
    };
    let today = now.date();
    if field.kind == FieldKind::DateTime {
        let typed = value.part("time");
        let Some(time) = validate::time(typed) else {
            let problem = if typed.trim().is_empty() { "must include a time" } else { "must be a real time" };
            out.error(&format!("{id}.time"), format!("{label} {problem}, like 14:30 or 2:30pm"));
            return;
        };
        let moment = date.and_time(time);
        if let Err(skipped) = crate::clock::to_utc(moment) {
            out.error(&format!("{id}.time"), skipped.message().to_owned());
            return;
        }
        let problem = match field.bounds {
            DateBounds::Past | DateBounds::Birth if moment >= now => Some("must be in the past"),
            DateBounds::NotFuture if moment > now => Some("must be now or in the past"),
            DateBounds::NotPast if moment < now => Some("must be now or in the future"),
            _ => None,
        };
        if let Some(problem) = problem {
            let part = if date == today { "time" } else { "day" };
            out.error(&format!("{id}.{part}"), format!("{label} {problem}"));
        }
        return;
    }
    let oldest = today.checked_sub_months(Months::new(OLDEST_AGE * 12));
    let problem = match field.bounds {
        DateBounds::Past | DateBounds::Birth if date >= today => Some("must be in the past".to_owned()),
        DateBounds::Birth if oldest.is_some_and(|oldest| date < oldest) => {
            oldest.map(|oldest| format!("must be the same as or after {}", date_text(oldest)))
        }
        DateBounds::NotFuture if date > today => Some("must be today or in the past".to_owned()),
        DateBounds::NotPast if date < today => Some("must be today or in the future".to_owned()),
        _ => None,
    };
    if let Some(problem) = problem {
        out.error(&format!("{id}.day"), format!("{label} {problem}"));
    }
}

/// Addresses: the lines, their length, and the postcode.
fn address(field: &Field, value: &Value, out: &mut Issues) {
    let id = &field.id;
    let lines = value.part("lines");
    if lines.trim().is_empty() {
        out.error(&format!("{id}.lines"), missing(field));
    } else if let Err(message) = within_limit(field, &lines.replace("\r\n", "\n")) {
        out.error(&format!("{id}.lines"), message);
    }
    let postcode = value.part("postcode");
    if postcode.trim().is_empty() {
        if field.postcode_required {
            out.error(&format!("{id}.postcode"), format!("Enter the postcode of {}", name(field)));
        }
    } else if let Err(message) = validate::postcode(postcode) {
        out.error(&format!("{id}.postcode"), message);
    }
}
