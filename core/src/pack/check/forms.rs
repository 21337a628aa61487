//! Checks on forms: ids unique and URL-safe, every field shaped for its kind, every condition,
//! rule and route reference resolving to a field of the right kind in scope, no loops in
//! `show_if`, every field and rule cited (or the form cited), every route cited.

use super::Checker;
use crate::form::DECISION_RECORD_FIELDS;
use crate::form::{one_name, Condition, Count, DateBounds, Field, FieldKind, Form, Route, RuleCheck, Unit, Window};
use crate::pack::ONE_NAME_SCHEMA;
use crate::record::Decision;

/// The fields visible from one place in a form: the top level, then each enclosing group
/// down to the innermost, whose fields come last.
#[derive(Clone)]
struct Levels<'f> {
    levels: Vec<(Option<&'f Field>, Vec<&'f Field>)>,
}

impl<'f> Levels<'f> {
    fn top(form: &'f Form) -> Levels<'f> {
        Levels { levels: vec![(None, form.fields().collect())] }
    }

    fn inside(&self, group: &'f Field) -> Levels<'f> {
        let mut levels = self.clone();
        levels.levels.push((Some(group), group.fields.iter().collect()));
        levels
    }

    /// Resolves an id from the innermost level outwards.
    fn find(&self, id: &str) -> Option<&'f Field> {
        self.levels.iter().rev().find_map(|(_, fields)| fields.iter().copied().find(|field| field.id == id))
    }

    fn innermost_group(&self) -> Option<&'f Field> {
        self.levels.last().and_then(|(group, _)| *group)
    }

    /// The levels inside the groups a rule's `in` path names (`subjects.other-addresses`).
    fn path(&self, path: &str) -> Option<Levels<'f>> {
        path.split('.').try_fold(self.clone(), |levels, id| {
            let group = levels.levels.last()?.1.iter().copied().find(|field| field.id == id)?;
            (group.kind == FieldKind::Group).then(|| levels.inside(group))
        })
    }
}

/// The id of the field a reply form holds the request's reference in.
pub const IN_REPLY_TO: &str = "in-reply-to";

/// A form's `reply` names another form of the pack with a reference field `in-reply-to`.
pub(super) fn check_reply(checker: &mut Checker, form: &Form, forms: &[Form]) {
    let Some(reply) = &form.reply else { return };
    let place = format!("form {}", form.id);
    match forms.iter().find(|other| other.id == *reply) {
        None => checker.report(&place, format!("reply form '{reply}' is not in this pack")),
        Some(other) if !other.fields().any(|f| f.id == IN_REPLY_TO && f.kind == FieldKind::Reference) => {
            checker.report(&place, format!("reply form '{reply}' has no reference field '{IN_REPLY_TO}'"))
        }
        Some(_) => {}
    }
}

pub(super) fn check_form(checker: &mut Checker, form: &Form, schema: u32) {
    let place = format!("form {}", form.id);
    checker.id(&place, &form.id);
    checker.text(&place, "title", &form.title);
    checker.text(&place, "purpose", &form.purpose);
    checker.text(&place, "intro", &form.intro);
    let cited = !form.cite.is_empty();
    if cited {
        checker.citations(&place, &form.cite);
    }
    if let Some(calendar) = &form.calendar {
        if !checker.calendars.contains(&calendar.as_str()) {
            checker.report(&place, format!("calendar '{calendar}' is not in any pack"));
        }
    }
    if form.sections.is_empty() {
        checker.report(&place, "has no sections");
    }
    checker.unique(&place, "section", form.sections.iter().map(|s| s.id.as_str()));
    checker.unique(&place, "field", form.fields().map(|f| f.id.as_str()));
    let top = Levels::top(form);
    for section in &form.sections {
        let section_place = format!("{place} section {}", section.id);
        checker.id(&section_place, &section.id);
        checker.text(&section_place, "title", &section.title);
        if section.fields.is_empty() {
            checker.report(&section_place, "has no fields");
        }
        for field in &section.fields {
            check_field(checker, &place, field, &top, (cited, schema));
        }
    }
    checker.unique(&place, "rule", form.rules.iter().map(|r| r.id.as_str()));
    for rule in &form.rules {
        let rule_place = format!("{place} rule {}", rule.id);
        checker.id(&rule_place, &rule.id);
        if !rule.cite.is_empty() || !cited {
            checker.citations(&rule_place, &rule.cite);
        }
        match rule.scope.as_deref().map_or(Some(top.clone()), |path| top.path(path)) {
            Some(levels) => check_rule(checker, &rule_place, &rule.check, &levels, rule.scope.is_none()),
            None => checker
                .report(&rule_place, format!("in '{}' is not a path of groups", rule.scope.as_deref().unwrap_or(""))),
        }
    }
    checker.unique(&place, "route", form.routes.iter().map(|r| r.id.as_str()));
    for route in &form.routes {
        check_route(checker, &place, form, route, &top);
    }
}

/// Checks a field and, for a group, its fields. `pack` is whether the form is cited and the
/// pack's schema version.
fn check_field<'f>(checker: &mut Checker, place: &str, field: &'f Field, levels: &Levels<'f>, pack: (bool, u32)) {
    let (cited, schema) = pack;
    let place = format!("{place} field {}", field.id);
    checker.id(&place, &field.id);
    checker.text(&place, "label", &field.label);
    if !field.cite.is_empty() || !cited {
        checker.citations(&place, &field.cite);
    }
    for problem in shape_problems(field) {
        checker.report(&place, problem);
    }
    if field.required && field.required_if.is_some() {
        checker.report(&place, "has both required and required_if");
    }
    for condition in [&field.show_if, &field.required_if].into_iter().flatten() {
        check_condition(checker, &place, condition, levels);
    }
    if field.show_if.as_ref().is_some_and(|condition| shows_loop(field, condition, levels, 0)) {
        checker.report(&place, "show_if depends on itself");
    }
    if let Some(problem) = one_name_problem(field, levels, schema) {
        checker.report(&place, problem);
    }
    if field.kind == FieldKind::Group {
        let inner = levels.inside(field);
        checker.unique(&place, "field", field.fields.iter().map(|f| f.id.as_str()));
        for child in &field.fields {
            check_field(checker, &place, child, &inner, pack);
        }
    }
}

/// What is wrong with a field's keys for its kind.
fn shape_problems(field: &Field) -> Vec<String> {
    let mut problems = Vec::new();
    let kind = field.kind;
    let mut expect = |ok: bool, problem: &str| {
        if !ok {
            problems.push(problem.to_owned());
        }
    };
    let choice = matches!(kind, FieldKind::SingleChoice | FieldKind::MultipleChoice);
    expect(!choice || field.options.len() >= 2, "a choice needs at least two options");
    expect(choice || field.options.is_empty(), "only choices have options");
    let values: Vec<&str> = field.options.iter().map(|option| option.value.as_str()).collect();
    expect(
        values.iter().all(|value| super::is_url_safe_id(value)),
        "option values must be lowercase words and hyphens",
    );
    expect(values.iter().enumerate().all(|(i, value)| !values[..i].contains(value)), "option values must be unique");
    expect(field.options.iter().all(|option| !option.label.trim().is_empty()), "every option needs a label");
    let question = field.label.trim_end().ends_with('?');
    expect(!question || kind.is_chosen() || field.name.is_some(), "a label that is a question needs a name");
    let group = kind == FieldKind::Group;
    expect(!group || field.item.as_deref().is_some_and(|item| !item.trim().is_empty()), "a group needs an item name");
    expect(!group || !field.fields.is_empty(), "a group needs fields");
    expect(
        group || (field.item.is_none() && field.items.is_none() && field.fields.is_empty() && field.min_items == 0),
        "only groups have item, items, min_items and fields",
    );
    expect(kind == FieldKind::Number || (field.min.is_none() && field.max.is_none()), "only numbers have min and max");
    expect(field.min.zip(field.max).is_none_or(|(min, max)| min <= max), "min is more than max");
    expect(kind.is_dated() || field.bounds == DateBounds::Any, "only dates have bounds");
    expect(kind == FieldKind::Date || field.bounds != DateBounds::Birth, "only a date can be a date of birth");
    let limited = matches!(kind, FieldKind::Text | FieldKind::LongText | FieldKind::Reference | FieldKind::Address);
    expect(field.max_length.is_none() || limited, "only text, long text, references and addresses have max_length");
    expect(field.max_length != Some(0), "max_length must be more than 0");
    expect(kind == FieldKind::Address || field.postcode_required, "only addresses have postcode_required");
    problems
}

/// What is wrong with a field's `one_name`: it must be a person name whose `one_name` is
/// another person name beside it that does not offer the choice itself, and the choice's id
/// must not be taken.
fn one_name_problem(field: &Field, levels: &Levels, schema: u32) -> Option<String> {
    let target = field.one_name.as_deref()?;
    if schema < ONE_NAME_SCHEMA {
        return Some(format!("one_name needs schema {ONE_NAME_SCHEMA}"));
    }
    let siblings = levels.levels.last().map_or(&[][..], |(_, fields)| fields.as_slice());
    let choice = one_name::choice_id(field).unwrap_or_default();
    Some(if field.kind != FieldKind::PersonName {
        "only a person name has one_name".to_owned()
    } else if field.show_if.is_some() {
        "a field with one_name has no show_if".to_owned()
    } else if !siblings.iter().any(|other| {
        other.id == target && other.kind == FieldKind::PersonName && other.one_name.is_none() && other.id != field.id
    }) {
        format!("one_name '{target}' is not another person name beside it, without one_name")
    } else if siblings.iter().any(|other| other.id == choice) {
        format!("one_name's choice is stored at '{choice}', which is a field beside it")
    } else {
        return None;
    })
}

/// Whether following `show_if` references from `field` leads back to it.
fn shows_loop(field: &Field, condition: &Condition, levels: &Levels, depth: u8) -> bool {
    if depth > 16 {
        return true;
    }
    referenced(condition).into_iter().filter_map(|id| levels.find(id)).any(|next| {
        std::ptr::eq(next, field)
            || next.show_if.as_ref().is_some_and(|inner| shows_loop(field, inner, levels, depth + 1))
    })
}

/// The field ids a condition names directly (not inside a count's instances).
fn referenced(condition: &Condition) -> Vec<&str> {
    let mut ids: Vec<&str> = condition.field.as_deref().into_iter().collect();
    for inner in condition.all.iter().chain(&condition.any).chain(condition.not.as_deref()) {
        ids.extend(referenced(inner));
    }
    ids.extend(condition.count.as_ref().map(|count| count.group.as_str()));
    ids
}

fn check_condition<'f>(checker: &mut Checker, place: &str, condition: &'f Condition, levels: &Levels<'f>) {
    let forms = [
        condition.field.is_some(),
        !condition.all.is_empty(),
        !condition.any.is_empty(),
        condition.not.is_some(),
        condition.count.is_some(),
    ];
    if forms.iter().filter(|&&set| set).count() != 1 {
        checker.report(place, "a condition needs exactly one of field, all, any, not and count");
        return;
    }
    if let Some(id) = &condition.field {
        let tests = [
            condition.equals.is_some(),
            !condition.one_of.is_empty(),
            condition.includes.is_some(),
            condition.answered.is_some(),
        ];
        if tests.iter().filter(|&&set| set).count() != 1 {
            checker.report(
                place,
                format!("the condition on '{id}' needs exactly one of equals, one_of, includes and answered"),
            );
        }
        let Some(field) = levels.find(id) else {
            checker.report(place, format!("condition names '{id}', which is not a field in scope"));
            return;
        };
        let single = matches!(field.kind, FieldKind::YesNo | FieldKind::SingleChoice);
        let compared: Vec<&String> = condition.equals.iter().chain(&condition.one_of).collect();
        if !compared.is_empty() && !single {
            checker.report(place, format!("equals and one_of need a single choice or yes/no, and '{id}' is neither"));
        }
        if condition.includes.is_some() && field.kind != FieldKind::MultipleChoice {
            checker.report(place, format!("includes needs a multiple choice, and '{id}' is not one"));
        }
        for value in compared.into_iter().chain(&condition.includes) {
            if !field.values().contains(&value.as_str()) {
                checker.report(place, format!("'{value}' is not a value of '{id}'"));
            }
        }
    }
    for inner in condition.all.iter().chain(&condition.any).chain(condition.not.as_deref()) {
        check_condition(checker, place, inner, levels);
    }
    if let Some(count) = &condition.count {
        check_count(checker, place, count, levels);
    }
}

fn check_count<'f>(checker: &mut Checker, place: &str, count: &'f Count, levels: &Levels<'f>) {
    let Some(group) = levels.find(&count.group).filter(|field| field.kind == FieldKind::Group) else {
        checker.report(place, format!("count names '{}', which is not a group in scope", count.group));
        return;
    };
    let inside = levels.inside(group);
    if let Some(matching) = &count.matching {
        check_condition(checker, place, matching, &inside);
    }
    if count.within_months.is_some() != count.date.is_some() {
        checker.report(place, "a count needs both within_months and date, or neither");
    }
    if let Some(date) = &count.date {
        if !group.field(date).is_some_and(|field| field.kind.is_dated()) {
            checker.report(place, format!("count date '{date}' is not a date in '{}'", group.id));
        }
    }
    let here = levels.innermost_group().is_some_and(|innermost| std::ptr::eq(innermost, group));
    if count.window == Window::EndingHere && !here {
        checker.report(place, format!("window ending-here is only for routes taken for each '{}'", group.id));
    }
}

/// Reports unless `id` names a field in scope of one of `kinds`.
fn expect_kind(checker: &mut Checker, place: &str, levels: &Levels, id: &str, kinds: &[FieldKind]) {
    match levels.find(id) {
        Some(field) if kinds.contains(&field.kind) => {}
        Some(field) => checker.report(place, format!("'{id}' is a {:?} field, not {kinds:?}", field.kind)),
        None => checker.report(place, format!("names '{id}', which is not a field in scope")),
    }
}

const DATED: &[FieldKind] = &[FieldKind::Date, FieldKind::DateTime];

fn check_rule<'f>(checker: &mut Checker, place: &str, rule: &'f RuleCheck, levels: &Levels<'f>, top: bool) {
    match rule {
        RuleCheck::AgeMatchesBirthDate { age, birth, at } => {
            expect_kind(checker, place, levels, age, &[FieldKind::Number]);
            expect_kind(checker, place, levels, birth, &[FieldKind::Date]);
            if let Some(at) = at {
                expect_kind(checker, place, levels, at, DATED);
            }
        }
        RuleCheck::AddressHistory { since, addresses, from, to, years, .. } => {
            expect_kind(checker, place, levels, since, &[FieldKind::Date]);
            expect_kind(checker, place, levels, addresses, &[FieldKind::Group]);
            if let Some(group) = levels.find(addresses).filter(|field| field.kind == FieldKind::Group) {
                let inside = levels.inside(group);
                expect_kind(checker, place, &inside, from, &[FieldKind::Date]);
                expect_kind(checker, place, &inside, to, &[FieldKind::Date]);
            }
            if *years == 0 {
                checker.report(place, "years must be more than 0");
            }
        }
        RuleCheck::Distinct { group, fields } => {
            expect_kind(checker, place, levels, group, &[FieldKind::Group]);
            let group = levels.find(group);
            if fields.is_empty() || fields.iter().any(|id| group.and_then(|g| g.field(id)).is_none()) {
                checker.report(place, "distinct needs fields, each a field of the group");
            }
        }
        RuleCheck::InOrder { first, then, .. } => {
            expect_kind(checker, place, levels, first, DATED);
            expect_kind(checker, place, levels, then, DATED);
        }
        RuleCheck::Warning { when, field, message } => {
            check_condition(checker, place, when, levels);
            if levels.find(field).is_none() {
                checker.report(place, format!("warns on '{field}', which is not a field in scope"));
            }
            checker.text(place, "message", message);
        }
        RuleCheck::DecisionRecord {} => {
            if !top {
                checker.report(place, "a decision record rule applies to the whole form");
            }
            for (id, kind) in DECISION_RECORD_FIELDS {
                expect_kind(checker, place, levels, id, &[kind]);
            }
            let values = levels.find(crate::record::field::DECISION).map(Field::values).unwrap_or_default();
            if values != Decision::ALL.map(Decision::value) {
                checker.report(place, "the decision field's options must be share, share-part and do-not-share");
            }
        }
    }
}

fn check_route<'f>(checker: &mut Checker, place: &str, form: &Form, route: &'f Route, top: &Levels<'f>) {
    let place = format!("{place} route {}", route.id);
    checker.id(&place, &route.id);
    checker.text(&place, "title", &route.title);
    checker.citations(&place, &route.cite);
    let levels = match &route.for_each {
        None => top.clone(),
        Some(id) => match top.find(id).filter(|field| field.kind == FieldKind::Group) {
            Some(group) => {
                check_title_after_instance(checker, &place, group, &route.title);
                top.inside(group)
            }
            None => {
                checker.report(&place, format!("for_each '{id}' is not a group at the top of the form"));
                return;
            }
        },
    };
    if let Some(when) = &route.when {
        check_condition(checker, &place, when, &levels);
    }
    let Some(deadline) = &route.deadline else { return };
    if let Some(from) = &deadline.from {
        expect_kind(checker, &place, &levels, from, DATED);
    }
    if !deadline.text.contains("{due}") {
        checker.report(&place, "the deadline text must say {due}");
    }
    match deadline.unit {
        Unit::SameDay if deadline.count != 0 => checker.report(&place, "a same-day deadline has no count"),
        Unit::Hours | Unit::WorkingDays if deadline.count == 0 => checker.report(&place, "the deadline needs a count"),
        Unit::WorkingDays if form.calendar.is_none() => {
            checker.report(&place, "a working-day deadline needs the form's calendar")
        }
        _ => {}
    }
}

/// A route taken for each instance is shown after the instance's name ("Notification 2: …"),
/// so its title must not start with that name again.
fn check_title_after_instance(checker: &mut Checker, place: &str, group: &Field, title: &str) {
    let item = group.item.as_deref().unwrap_or("item");
    let first = title.split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default();
    if first.eq_ignore_ascii_case(item) {
        checker.report(
            place,
            format!("the title starts with '{first}', which the instance's name before it already says"),
        );
    }
}

#[cfg(test)]
mod tests;
