//! Validating a form: a pure function from the answers to every error and warning, in form
//! order, each on the path of the input it is about.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::model::{FieldKind, Form, RuleCheck};
use super::scope::Scope;
use super::{condition::holds, fields, rules};
use crate::validate::FieldError;

/// How serious an issue is: errors stop the form being finished, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem with the answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Issue {
    /// The input the issue is about: `subjects[1].date-of-birth.day`.
    pub path: String,
    /// The message shown next to the input.
    pub message: String,
    /// Which group instance the input is in ("Subject 2, other address 1"), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    pub severity: Severity,
}

impl Issue {
    /// The message for the error summary, which names the instance: "Subject 2: Enter the
    /// surname".
    pub fn summary(&self) -> String {
        match &self.context {
            Some(context) => format!("{context}: {}", self.message),
            None => self.message.clone(),
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The issue as the field error the page components show (the summary wording).
    pub fn field_error(&self) -> FieldError {
        FieldError::new(&self.path, self.summary())
    }
}

/// Collects issues about the fields of one scope, naming the scope's instance.
pub(super) struct Issues<'l, 'a> {
    pub list: &'l mut Vec<Issue>,
    pub scope: &'l Scope<'a>,
}

impl Issues<'_, '_> {
    /// An error on `tail` (a field id, perhaps with a part: `date-of-birth.day`).
    pub fn error(&mut self, tail: &str, message: impl Into<String>) {
        self.push(tail, message.into(), Severity::Error);
    }

    pub fn warning(&mut self, tail: &str, message: impl Into<String>) {
        self.push(tail, message.into(), Severity::Warning);
    }

    fn push(&mut self, tail: &str, message: String, severity: Severity) {
        let issue = Issue { path: self.scope.path(tail), message, context: self.scope.context(), severity };
        self.list.push(issue);
    }
}

/// Every error and warning in the answers, in form order (each scope's cross-field rules
/// after its fields). `now` bounds dates in the past or future. Hidden fields are not
/// checked. Never panics, whatever the answers hold.
pub fn validate(form: &Form, answers: &Answers, now: NaiveDateTime) -> Vec<Issue> {
    let mut list = Vec::new();
    let owned: Vec<&str> = if form.rules.iter().any(|rule| matches!(rule.check, RuleCheck::DecisionRecord {})) {
        rules::DECISION_RECORD_FIELDS.iter().map(|(id, _)| *id).collect()
    } else {
        Vec::new()
    };
    walk(form, &Scope::root(form, answers), now, &owned, &mut list);
    list
}

/// Only errors: what stops the form being finished.
pub fn errors(form: &Form, answers: &Answers, now: NaiveDateTime) -> Vec<Issue> {
    validate(form, answers, now).into_iter().filter(Issue::is_error).collect()
}

fn walk(form: &Form, scope: &Scope, now: NaiveDateTime, owned: &[&str], list: &mut Vec<Issue>) {
    for field in scope.fields() {
        if !scope.visible(field, 0) {
            continue;
        }
        let required = field.required || field.required_if.as_ref().is_some_and(|condition| holds(condition, scope, 0));
        let value = scope.raw(field);
        if field.kind == FieldKind::Group {
            let instances = value.map_or(&[][..], |value| value.instances());
            let least = if required { field.min_items.max(1) } else { field.min_items };
            if instances.len() < least {
                Issues { list: &mut *list, scope }.error(&field.id, fields::add_message(field, least));
            }
            for (index, answers) in instances.iter().enumerate() {
                walk(form, &scope.child(field, index, answers), now, owned, list);
            }
        } else if !(scope.is_root() && owned.contains(&field.id.as_str())) {
            fields::check(field, value, required, now, &mut Issues { list: &mut *list, scope });
        }
    }
    for rule in &form.rules {
        if rule.scope.as_deref().map_or(scope.is_root(), |path| scope.is_in(path)) {
            rules::check(&rule.check, scope, now, list);
        }
    }
}
