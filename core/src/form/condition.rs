//! Evaluating conditions (`show_if`, `required_if`, rule and route `when`) against answers.
//! A hidden field counts as unanswered, so conditions chain. Pack checks refuse loops; a depth
//! limit makes sure a loop in an unchecked form still ends (as false).

use chrono::{Months, NaiveDateTime};

use super::fields::is_answered;
use super::model::{Condition, Count, FieldKind, Window};
use super::scope::Scope;

/// Deeper than this, a condition is taken not to hold.
const MAX_DEPTH: u8 = 24;

/// Whether `condition` holds, read from `scope`.
pub(super) fn holds(condition: &Condition, scope: &Scope, depth: u8) -> bool {
    if depth > MAX_DEPTH {
        return false;
    }
    if let Some(id) = &condition.field {
        let Some((field, _, value)) = scope.value(id, depth) else { return false };
        let text = value.and_then(|value| value.as_text()).map_or("", str::trim);
        let answered = is_answered(field, value);
        let chosen = field.kind.is_chosen() && field.values().contains(&text);
        return match (&condition.equals, condition.one_of.is_empty(), &condition.includes, condition.answered) {
            (Some(equals), _, _, _) => chosen && text == equals,
            (None, false, _, _) => chosen && condition.one_of.iter().any(|value| value == text),
            (None, true, Some(includes), _) => value.is_some_and(|value| value.choices().contains(includes)),
            (None, true, None, Some(wanted)) => answered == wanted,
            (None, true, None, None) => false,
        };
    }
    if !condition.all.is_empty() {
        return condition.all.iter().all(|inner| holds(inner, scope, depth + 1));
    }
    if !condition.any.is_empty() {
        return condition.any.iter().any(|inner| holds(inner, scope, depth + 1));
    }
    if let Some(inner) = &condition.not {
        return !holds(inner, scope, depth + 1);
    }
    condition.count.as_ref().is_some_and(|count| count_holds(count, scope, depth + 1))
}

/// Whether enough instances of a group match, within the rolling window if there is one.
fn count_holds(count: &Count, scope: &Scope, depth: u8) -> bool {
    let Some((group, owner, value)) = scope.value(&count.group, depth) else { return false };
    if group.kind != FieldKind::Group {
        return false;
    }
    let instances = value.map_or(&[][..], |value| value.instances());
    let mut moments: Vec<Option<NaiveDateTime>> = Vec::new();
    for (index, answers) in instances.iter().enumerate() {
        let instance = owner.child(group, index, answers);
        if count.matching.as_deref().is_none_or(|matching| holds(matching, &instance, depth + 1)) {
            moments.push(count.date.as_deref().and_then(|date| instance.moment_at(date, depth + 1)));
        }
    }
    let (Some(months), Some(date)) = (count.within_months, &count.date) else {
        return moments.len() >= count.at_least;
    };
    let mut dates: Vec<NaiveDateTime> = moments.into_iter().flatten().collect();
    if count.at_least == 0 {
        return true;
    }
    let months = Months::new(months);
    match count.window {
        Window::Any => {
            dates.sort();
            dates.windows(count.at_least).any(|run| match (run.first(), run.last()) {
                (Some(&first), Some(&last)) => first.checked_add_months(months).is_some_and(|end| last < end),
                _ => false,
            })
        }
        Window::EndingHere => {
            let Some(anchor) = scope.moment_at(date, depth + 1) else { return false };
            let Some(start) = anchor.checked_sub_months(months) else { return false };
            dates.iter().filter(|&&moment| moment > start && moment <= anchor).count() >= count.at_least
        }
    }
}
