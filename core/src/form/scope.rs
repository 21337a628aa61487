//! Where a field reference points: the form's top level or one instance of a group, with the
//! scopes around it. References resolve from the innermost scope outwards, and read typed
//! values (dates, numbers) only from fields that are shown.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::answers::{parse, Answers, Value};
use super::condition::holds;
use super::model::{Field, FieldKind, Form, Section};
use super::one_name;
use crate::validate::{self, DateParts};

/// One level of a form being read: the top level or one group instance. Creating one
/// allocates nothing; paths and names are built only when an issue needs them.
pub(super) struct Scope<'a> {
    sections: &'a [Section],
    fields: &'a [Field],
    answers: &'a Answers,
    /// The group and index this scope is an instance of.
    instance: Option<(&'a Field, usize)>,
    parent: Option<&'a Scope<'a>>,
}

impl<'a> Scope<'a> {
    pub fn root(form: &'a Form, answers: &'a Answers) -> Scope<'a> {
        Scope { sections: &form.sections, fields: &[], answers, instance: None, parent: None }
    }

    /// The scope of instance `index` of `group`, whose answers are `answers`.
    pub fn child<'s>(&'s self, group: &'a Field, index: usize, answers: &'a Answers) -> Scope<'s> {
        Scope { sections: &[], fields: &group.fields, answers, instance: Some((group, index)), parent: Some(self) }
    }

    /// Whether this is the form's top level.
    pub fn is_root(&self) -> bool {
        self.instance.is_none()
    }

    /// Whether this scope is an instance of the group a rule's `in` names, as group ids from
    /// the top (`subjects.other-addresses`).
    pub fn is_in(&self, path: &str) -> bool {
        let mut scope = self;
        for id in path.rsplit('.') {
            match (scope.instance, scope.parent) {
                (Some((group, _)), Some(parent)) if group.id == id => scope = parent,
                _ => return false,
            }
        }
        scope.is_root()
    }

    /// The path of this instance, like `subjects[2]`; empty at the top level.
    pub fn instance_path(&self) -> String {
        match (self.instance, self.parent) {
            (Some((group, index)), Some(parent)) => format!("{}{}[{index}]", parent.prefix(), group.id),
            _ => String::new(),
        }
    }

    /// What goes before a field id in a path: empty, or like `subjects[2].`.
    fn prefix(&self) -> String {
        let mut prefix = self.instance_path();
        if !prefix.is_empty() {
            prefix.push('.');
        }
        prefix
    }

    /// The path of something at this level: a field id, perhaps with a part (`moved-in.day`).
    pub fn path(&self, tail: &str) -> String {
        format!("{}{tail}", self.prefix())
    }

    /// How the instance is named to the user: "Subject 3, other address 1".
    pub fn context(&self) -> Option<String> {
        let (group, index) = self.instance?;
        let item = group.item.as_deref().unwrap_or("item");
        Some(match self.parent.and_then(Scope::context) {
            None => format!("{} {}", capitalise(item), index + 1),
            Some(outer) => format!("{outer}, {item} {}", index + 1),
        })
    }

    /// The fields at this level, in form order.
    pub fn fields(&self) -> impl Iterator<Item = &'a Field> {
        self.sections.iter().flat_map(|section| &section.fields).chain(self.fields)
    }

    /// The answer stored for a field at this level, whether or not it is shown.
    pub fn raw(&self, field: &Field) -> Option<&'a Value> {
        self.answers.get(&field.id)
    }

    /// Whether a field at this level is shown: its `show_if` holds, and it is not a name
    /// left out for someone with only one name.
    pub fn visible(&self, field: &Field, depth: u8) -> bool {
        self.asked(field, depth) && !self.one_name(field)
    }

    /// Whether a field's `show_if` holds (a name left out for someone with only one name is
    /// still asked about: the choice stays on screen and in the summary).
    pub fn asked(&self, field: &Field, depth: u8) -> bool {
        field.show_if.as_ref().is_none_or(|condition| holds(condition, self, depth + 1))
    }

    /// Whether this level's answers say the person has only one name, for a field that
    /// offers the choice.
    pub fn one_name(&self, field: &Field) -> bool {
        one_name::chosen(field, self.answers)
    }

    /// Finds a field by id here or in an enclosing scope, with the scope it belongs to.
    pub fn lookup(&self, id: &str) -> Option<(&'a Field, &Scope<'a>)> {
        let mut scope = self;
        loop {
            if let Some(field) = scope.fields().find(|field| field.id == id) {
                return Some((field, scope));
            }
            scope = scope.parent?;
        }
    }

    /// A field's answer, or `None` when it is hidden or unanswered; with the field and the
    /// scope it belongs to.
    pub fn value(&self, id: &str, depth: u8) -> Option<(&'a Field, &Scope<'a>, Option<&'a Value>)> {
        let (field, owner) = self.lookup(id)?;
        let value = if owner.visible(field, depth) { owner.raw(field) } else { None };
        Some((field, owner, value))
    }

    /// The trimmed text of a shown field; empty when hidden or unanswered.
    pub fn text(&self, id: &str) -> &'a str {
        self.value(id, 0).and_then(|(_, _, value)| value?.as_text()).map_or("", str::trim)
    }

    /// A shown date field's date, or a date-time field's date, when it is a real date.
    pub fn date(&self, id: &str) -> Option<NaiveDate> {
        let (field, _, value) = self.value(id, 0)?;
        read_date(field, value?)
    }

    /// A shown date or date-time field as a point in time (a date alone is its midnight).
    pub fn moment(&self, id: &str) -> Option<NaiveDateTime> {
        self.moment_at(id, 0)
    }

    /// [`Scope::moment`] from inside a condition `depth` levels deep.
    pub fn moment_at(&self, id: &str, depth: u8) -> Option<NaiveDateTime> {
        let (field, _, value) = self.value(id, depth)?;
        let value = value?;
        let date = read_date(field, value)?;
        let time = match field.kind {
            FieldKind::DateTime => validate::time(value.part("time"))?,
            _ => NaiveTime::MIN,
        };
        Some(date.and_time(time))
    }

    /// A shown number field's number, when it is one.
    pub fn number(&self, id: &str) -> Option<u64> {
        let (field, _, value) = self.value(id, 0)?;
        validate::whole_number(value?.as_text()?, &field.label, field.min, field.max).ok()
    }

    /// A shown group's field and instances.
    pub fn group(&self, id: &str) -> Option<(&'a Field, &Scope<'a>, &'a [Answers])> {
        let (field, owner, value) = self.value(id, 0)?;
        (field.kind == FieldKind::Group).then(|| (field, owner, value.map_or(&[][..], Value::instances)))
    }
}

/// Whether the field at `path` (like `subjects[1].other-names`) is shown with these
/// answers: its `show_if` and those of the groups around it hold. False for a path that
/// names no field or an instance that does not exist.
pub fn is_shown(form: &Form, answers: &Answers, path: &str) -> bool {
    let Some(path) = parse(path).filter(|path| path.part.is_none()) else { return false };
    shown_in(&Scope::root(form, answers), &path.instances, path.field)
}

fn shown_in(scope: &Scope, instances: &[(&str, usize)], id: &str) -> bool {
    let Some(((group_id, index), rest)) = instances.split_first() else {
        return scope.fields().find(|field| field.id == id).is_some_and(|field| scope.visible(field, 0));
    };
    let Some(group) = scope.fields().find(|field| field.id == *group_id && field.kind == FieldKind::Group) else {
        return false;
    };
    let Some(answers) = scope.raw(group).and_then(|value| value.instances().get(*index)) else { return false };
    scope.visible(group, 0) && shown_in(&scope.child(group, *index, answers), rest, id)
}

/// The date typed into a date or date-time field, when it is a real date.
pub(super) fn read_date(field: &Field, value: &Value) -> Option<NaiveDate> {
    if !field.kind.is_dated() {
        return None;
    }
    validate::date_of(value.part("day"), value.part("month"), value.part("year"), "").ok()
}

/// The day, month and year boxes of a date or date-time answer.
pub(super) fn date_parts(value: &Value) -> DateParts {
    DateParts {
        day: value.part("day").to_owned(),
        month: value.part("month").to_owned(),
        year: value.part("year").to_owned(),
    }
}

/// "subject" as "Subject".
pub(super) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}
