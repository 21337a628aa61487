//! Cross-field rules: age against date of birth, address histories, duplicate instances,
//! dates in order, pack-worded warnings, and decision records (checked by
//! [`crate::record::validate`], so the rules are not written twice).

use std::collections::HashMap;

use chrono::{Months, NaiveDate, NaiveDateTime, TimeDelta};

use super::answers::Answers;
use super::condition::holds;
use super::fields::{input_tail, label, lower_first, name};
use super::issues::{Issue, Issues, Severity};
use super::model::{Field, FieldKind, Form, RuleCheck};
use super::scope::{capitalise, date_parts, Scope};
use crate::record::{self, field as record_field, Decision, RecordInput};
use crate::text::date_text;
use crate::validate;

/// The top-level fields a decision-record rule checks, with the kind each must have.
pub(crate) const DECISION_RECORD_FIELDS: [(&str, FieldKind); 9] = [
    (record_field::DECISION, FieldKind::SingleChoice),
    (record_field::LAWFUL_BASIS, FieldKind::LongText),
    (record_field::SHARED_WHAT, FieldKind::LongText),
    (record_field::SHARED_WITH, FieldKind::LongText),
    (record_field::PURPOSE, FieldKind::LongText),
    (record_field::RATIONALE, FieldKind::LongText),
    (record_field::MAKER_NAME, FieldKind::PersonName),
    (record_field::MAKER_ROLE, FieldKind::Text),
    (record_field::DECIDED_ON, FieldKind::DateTime),
];

/// Applies one rule in one scope.
pub(super) fn check(rule: &RuleCheck, scope: &Scope, now: NaiveDateTime, list: &mut Vec<Issue>) {
    match rule {
        RuleCheck::AgeMatchesBirthDate { age, birth, at } => age_matches(scope, age, birth, at.as_deref(), now, list),
        RuleCheck::AddressHistory { since, addresses, from, to, years, gap_days } => {
            let names = HistoryFields { since, addresses, from, to, years: *years, gap_days: *gap_days };
            address_history(scope, &names, now.date(), list);
        }
        RuleCheck::Distinct { group, fields } => distinct(scope, group, fields, list),
        RuleCheck::InOrder { first, then, warn_after_hours } => in_order(scope, first, then, *warn_after_hours, list),
        RuleCheck::Warning { when, field, message } => {
            if holds(when, scope, 0) {
                warn_on(scope, field, message.clone(), list);
            }
        }
        RuleCheck::DecisionRecord {} => decision_record(scope, now, list),
    }
}

/// A field, its first input (within its scope), and the issue collector for the scope it
/// belongs to.
fn place<'l, 'a>(
    scope: &'l Scope<'a>,
    id: &str,
    list: &'l mut Vec<Issue>,
) -> Option<(&'a Field, String, Issues<'l, 'a>)> {
    let (field, owner) = scope.lookup(id)?;
    Some((field, input_tail(field), Issues { list, scope: owner }))
}

fn age_matches(scope: &Scope, age: &str, birth: &str, at: Option<&str>, now: NaiveDateTime, list: &mut Vec<Issue>) {
    let (Some(stated), Some(born)) = (scope.number(age), scope.date(birth)) else { return };
    let on = match at {
        Some(at) => match scope.date(at) {
            Some(on) => on,
            None => return,
        },
        None => now.date(),
    };
    let Some(years) = on.years_since(born) else {
        if let (Some(at), Some((field, path, mut issues))) = (at, place(scope, birth, list)) {
            let at_name = scope.lookup(at).map_or_else(String::new, |(at_field, _)| name(at_field));
            issues.error(&path, format!("{} must be before {at_name}", label(field)));
        }
        return;
    };
    if u64::from(years) != stated {
        if let Some((field, path, mut issues)) = place(scope, age, list) {
            let when =
                if at.is_some() { format!("was {years} on {}", date_text(on)) } else { format!("is {years} today") };
            issues.error(
                &path,
                format!(
                    "{} does not match the date of birth: someone born on {} {when}",
                    label(field),
                    date_text(born)
                ),
            );
        }
    }
}

struct HistoryFields<'r> {
    since: &'r str,
    addresses: &'r str,
    from: &'r str,
    to: &'r str,
    years: u32,
    gap_days: u32,
}

/// One stretch of time at one address: the current one, or instance `index` of the group.
struct Span {
    start: NaiveDate,
    end: NaiveDate,
    earlier: Option<usize>,
}

fn address_history(scope: &Scope, names: &HistoryFields, today: NaiveDate, list: &mut Vec<Issue>) {
    let Some((group, owner, instances)) = scope.group(names.addresses) else { return };
    let mut spans = Vec::new();
    if let Some(since) = scope.date(names.since).filter(|&since| since <= today) {
        spans.push(Span { start: since, end: today, earlier: None });
    }
    let covers_since = !spans.is_empty();
    for (index, answers) in instances.iter().enumerate() {
        let instance = owner.child(group, index, answers);
        let (Some(start), Some(end)) = (instance.date(names.from), instance.date(names.to)) else { continue };
        if end < start {
            if let (Some((from_field, _)), Some((to_field, tail, mut issues))) =
                (instance.lookup(names.from), place(&instance, names.to, &mut *list))
            {
                issues.error(&tail, format!("{} must be the same as or after {}", label(to_field), name(from_field)));
            }
            continue;
        }
        spans.push(Span { start, end, earlier: Some(index) });
    }
    spans.sort_by_key(|span| span.start);
    let item = group.item.as_deref().unwrap_or("address");
    let span_name = |span: &Span| match span.earlier {
        Some(index) => format!("{item} {}", index + 1),
        None => "the current address".to_owned(),
    };
    let mut latest: Option<&Span> = None;
    for span in &spans {
        if let Some(before) = latest {
            let uncovered = (span.start - before.end).num_days() - 1;
            let message = if span.start < before.end {
                let days = (before.end - span.start).num_days();
                Some(format!("These dates overlap {} by {}: check the dates", span_name(before), days_text(days)))
            } else if uncovered > i64::from(names.gap_days) {
                Some(format!(
                    "There is a gap of {} between {} and {}: add the missing address or check the dates",
                    days_text(uncovered),
                    span_name(before),
                    span_name(span)
                ))
            } else {
                None
            };
            if let Some(message) = message {
                // The warning goes on the later address's first date.
                match span.earlier.and_then(|index| Some((index, instances.get(index)?))) {
                    Some((index, answers)) => warn_on(&owner.child(group, index, answers), names.from, message, list),
                    None => warn_on(scope, names.since, message, list),
                }
            }
        }
        if latest.is_none_or(|before| span.end > before.end) {
            latest = Some(span);
        }
    }
    let window_start = today.checked_sub_months(Months::new(names.years * 12));
    if let (true, Some(earliest), Some(window_start)) = (covers_since, spans.first(), window_start) {
        if earliest.start > window_start {
            let message = format!(
                "The addresses do not go back {} years, to {}: add {} or check the dates",
                names.years,
                date_text(window_start),
                if instances.is_empty() { "their earlier addresses" } else { "any earlier addresses" }
            );
            Issues { list, scope: owner }.warning(&group.id, message);
        }
    }
}

fn warn_on(scope: &Scope, id: &str, message: String, list: &mut Vec<Issue>) {
    if let Some((_, tail, mut issues)) = place(scope, id, list) {
        issues.warning(&tail, message);
    }
}

fn days_text(days: i64) -> String {
    if days == 1 {
        "1 day".to_owned()
    } else {
        format!("{days} days")
    }
}

fn distinct(scope: &Scope, group_id: &str, ids: &[String], list: &mut Vec<Issue>) {
    let Some((group, owner, instances)) = scope.group(group_id) else { return };
    let item = group.item.as_deref().unwrap_or("item");
    let mut seen: HashMap<Vec<Option<String>>, usize> = HashMap::new();
    for (index, answers) in instances.iter().enumerate() {
        let instance = owner.child(group, index, answers);
        let key: Vec<Option<String>> = ids.iter().map(|id| comparable(&instance, id)).collect();
        if key.iter().all(Option::is_none) {
            continue;
        }
        let Some(&first) = seen.get(&key) else {
            seen.insert(key, index);
            continue;
        };
        // Name only what was answered: two people with the same name and no dates of birth
        // have "the same full name".
        let labels: Vec<String> = ids
            .iter()
            .zip(&key)
            .filter(|(_, part)| part.is_some())
            .filter_map(|(id, _)| group.field(id))
            .map(|field| lower_first(&label(field)))
            .collect();
        let described = match labels.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
            None => continue,
        };
        let Some(field) = ids.iter().zip(&key).find(|(_, part)| part.is_some()).and_then(|(id, _)| group.field(id))
        else {
            continue;
        };
        let path = instance.path(&input_tail(field));
        let message = format!("{} {} has the same {described} as {item} {}", capitalise(item), index + 1, first + 1);
        // The message names the instance itself, so the summary needs no prefix.
        list.push(Issue { path, message, context: None, severity: Severity::Error });
    }
}

/// A field's answer as compared for duplicates: dates as dates, text on one line in lower
/// case. `None` when unanswered, hidden (a surname left out for someone with one name) or
/// not readable.
fn comparable(scope: &Scope, id: &str) -> Option<String> {
    let (field, _) = scope.lookup(id).filter(|(field, owner)| owner.visible(field, 0))?;
    if field.kind.is_dated() {
        return scope.date(id).map(|date| date.to_string());
    }
    let text = validate::single_line(scope.text(id)).to_lowercase();
    (!text.is_empty()).then_some(text)
}

fn in_order(scope: &Scope, first: &str, then: &str, warn_after_hours: Option<u32>, list: &mut Vec<Issue>) {
    let (Some(start), Some(end)) = (scope.moment(first), scope.moment(then)) else { return };
    let Some((first_field, _)) = scope.lookup(first) else { return };
    let Some((then_field, path, mut issues)) = place(scope, then, list) else { return };
    if end < start {
        issues.error(&path, format!("{} must be the same as or after {}", label(then_field), name(first_field)));
    } else if let Some(hours) = warn_after_hours.filter(|&hours| end - start > TimeDelta::hours(i64::from(hours))) {
        issues.warning(&path, format!("{} is more than {hours} hours after {}", label(then_field), name(first_field)));
    }
}

/// The answers to a decision-record form as the decision record's own input, so a finished
/// form can also be built into a [`crate::record::DecisionRecord`] with [`record::build`].
pub fn record_input(form: &Form, answers: &Answers) -> RecordInput {
    record_input_in(&Scope::root(form, answers))
}

fn record_input_in(scope: &Scope) -> RecordInput {
    let raw = |id: &str| scope.lookup(id).and_then(|(field, owner)| owner.raw(field));
    let text = |id: &str| raw(id).and_then(|value| value.as_text()).unwrap_or("").to_owned();
    let decided = raw(record_field::DECIDED_ON);
    RecordInput {
        decision: Decision::ALL.into_iter().find(|decision| decision.value() == text(record_field::DECISION).trim()),
        lawful_basis: text(record_field::LAWFUL_BASIS),
        shared_what: text(record_field::SHARED_WHAT),
        shared_with: text(record_field::SHARED_WITH),
        purpose: text(record_field::PURPOSE),
        rationale: text(record_field::RATIONALE),
        maker_name: text(record_field::MAKER_NAME),
        maker_role: text(record_field::MAKER_ROLE),
        decided_on: decided.map(date_parts).unwrap_or_default(),
        decided_at: decided.map_or("", |value| value.part("time")).to_owned(),
    }
}

fn decision_record(scope: &Scope, now: NaiveDateTime, list: &mut Vec<Issue>) {
    if !scope.is_root() {
        return;
    }
    let input = record_input_in(scope);
    let mut issues = Issues { list, scope };
    for error in record::validate(&input, now) {
        let path = if error.field == format!("{}-day", record_field::DECIDED_ON) {
            format!("{}.day", record_field::DECIDED_ON)
        } else if error.field == record_field::DECIDED_AT {
            format!("{}.time", record_field::DECIDED_ON)
        } else {
            error.field
        };
        issues.error(&path, error.message);
    }
}
