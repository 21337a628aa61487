//! A finished form: the answers to the questions shown (hidden answers are left out), a
//! "check your answers" summary in words, where it goes and by when, and any warnings the
//! user chose to go ahead with. Exported as versioned JSON, like the decision record.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::answers::{Answers, Value};
use super::fields::is_answered;
use super::issues::{validate, Issue};
use super::model::RuleCheck;
use super::model::{Field, FieldKind, Form};
use super::one_name;
use super::route::{route, Routed};
use super::rules::record_input;
use super::scope::{read_date, Scope};
use crate::library::Library;
use crate::pack::Pack;
use crate::record::{self, Context, DecisionRecord, Outcome, PathEntry, ToolKind};
use crate::text::{clock, date_text};
use crate::validate;
use crate::validate::FieldError;

/// The `format` value of every exported form record.
pub const FORMAT: &str = "infoshare-form-record";
/// The schema version of exported form records.
pub const VERSION: u32 = 1;

/// One answer as the "check your answers" page and the printed record show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryRow {
    /// The section's title.
    pub section: String,
    /// The answer's first input, for a "Change" link.
    pub path: String,
    /// The group instance, like "Subject 2".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    pub label: String,
    /// The answer in words; empty when not answered.
    pub value: String,
    /// A line for a signature on the printed record (a sign-in sheet's), not an answer.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub signature: bool,
}

/// Which form and content version a record came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormRef {
    pub pack: String,
    pub pack_version: String,
    pub law_as_at: String,
    pub id: String,
    pub title: String,
}

/// A completed form with no errors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormRecord {
    pub format: String,
    pub version: u32,
    pub reference: String,
    pub created: NaiveDateTime,
    pub form: FormRef,
    /// The answers to the questions shown, exactly as typed.
    pub answers: Answers,
    pub summary: Vec<SummaryRow>,
    pub routing: Vec<Routed>,
    pub warnings: Vec<Issue>,
}

/// Every shown question with its answer in words, in form order.
pub fn summary(form: &Form, answers: &Answers) -> Vec<SummaryRow> {
    rows(form, answers, false)
}

/// The summary, with a signature line after each instance of a `sign_in` group: what the
/// printed and sealed record shows.
fn signed_summary(form: &Form, answers: &Answers) -> Vec<SummaryRow> {
    rows(form, answers, true)
}

fn rows(form: &Form, answers: &Answers, signatures: bool) -> Vec<SummaryRow> {
    let mut rows = Vec::new();
    let root = Scope::root(form, answers);
    for section in &form.sections {
        rows_for(&section.title, &section.fields, &root, signatures, &mut rows);
    }
    rows
}

fn rows_for<'a>(section: &str, fields: &'a [Field], scope: &Scope<'a>, signatures: bool, rows: &mut Vec<SummaryRow>) {
    for field in fields.iter().filter(|field| scope.asked(field, 0)) {
        let value = scope.raw(field);
        if let Some(choice) = one_name::choice_id(field).filter(|_| scope.one_name(field)) {
            rows.push(SummaryRow {
                section: section.to_owned(),
                path: scope.path(&choice),
                context: scope.context(),
                label: field.label.clone(),
                value: one_name::SUMMARY.to_owned(),
                signature: false,
            });
            continue;
        }
        if field.kind == FieldKind::Group {
            for (index, answers) in value.map_or(&[][..], Value::instances).iter().enumerate() {
                let instance = scope.child(field, index, answers);
                rows_for(section, &field.fields, &instance, signatures, rows);
                if signatures && field.sign_in {
                    rows.push(SummaryRow {
                        section: section.to_owned(),
                        path: instance.instance_path(),
                        context: instance.context(),
                        label: "Signature".to_owned(),
                        value: String::new(),
                        signature: true,
                    });
                }
            }
            continue;
        }
        rows.push(SummaryRow {
            section: section.to_owned(),
            path: scope.path(&super::fields::input_tail(field)),
            context: scope.context(),
            label: field.label.clone(),
            value: value
                .filter(|value| is_answered(field, Some(value)))
                .map(|value| words(field, value))
                .unwrap_or_default(),
            signature: false,
        });
    }
}

/// An answer in words: dates in full, choices by their labels, identifiers tidied; anything
/// that does not read as its kind is shown as typed.
fn words(field: &Field, value: &Value) -> String {
    let text = value.as_text().unwrap_or("");
    match field.kind {
        FieldKind::LongText => text.replace("\r\n", "\n").trim().to_owned(),
        FieldKind::Postcode => validate::postcode(text).unwrap_or_else(|_| validate::single_line(text)),
        FieldKind::NhsNumber => validate::nhs_number(text, "").unwrap_or_else(|_| validate::single_line(text)),
        FieldKind::YesNo | FieldKind::SingleChoice => field.value_label(text.trim()).to_owned(),
        FieldKind::MultipleChoice => {
            let chosen = value.choices();
            let labels: Vec<&str> = field
                .values()
                .into_iter()
                .filter(|option| chosen.iter().any(|chosen| chosen == option))
                .map(|option| field.value_label(option))
                .collect();
            labels.join(", ")
        }
        FieldKind::Date | FieldKind::DateTime => dated_words(field, value),
        FieldKind::Address => {
            let postcode = value.part("postcode");
            let postcode = validate::postcode(postcode).unwrap_or_else(|_| validate::single_line(postcode));
            let lines = value.part("lines").replace("\r\n", "\n");
            [lines.trim(), postcode.as_str()].into_iter().filter(|part| !part.is_empty()).collect::<Vec<_>>().join("\n")
        }
        _ => validate::single_line(text),
    }
}

fn dated_words(field: &Field, value: &Value) -> String {
    let typed = || {
        let parts = ["day", "month", "year"].map(|part| value.part(part).trim());
        let date = parts.join(" ").trim().to_owned();
        match field.kind {
            FieldKind::DateTime => format!("{date} {}", value.part("time").trim()).trim().to_owned(),
            _ => date,
        }
    };
    let Some(date) = read_date(field, value) else { return typed() };
    match field.kind {
        FieldKind::DateTime => validate::time(value.part("time"))
            .map_or_else(typed, |time| format!("{} on {}", clock(time), date_text(date))),
        _ => date_text(date),
    }
}

/// The answers to the questions shown: hidden questions and anything the form does not ask
/// are left out.
pub fn shown_answers(form: &Form, answers: &Answers) -> Answers {
    shown(&Scope::root(form, answers))
}

fn shown(scope: &Scope) -> Answers {
    let mut kept = Answers::default();
    for field in scope.fields().filter(|field| scope.asked(field, 0)) {
        if let Some(choice) = one_name::choice_id(field).filter(|_| scope.one_name(field)) {
            kept.insert(&choice, Value::Text(one_name::CHOSEN.to_owned()));
            continue;
        }
        let Some(value) = scope.raw(field) else { continue };
        if field.kind == FieldKind::Group {
            let instances = value.instances().iter().enumerate();
            let instances = instances.map(|(index, answers)| shown(&scope.child(field, index, answers))).collect();
            kept.insert(&field.id, Value::Group(instances));
        } else if is_answered(field, Some(value)) {
            kept.insert(&field.id, value.clone());
        }
    }
    kept
}

/// Builds the record, or returns the errors that stop it (warnings do not).
pub fn build(
    library: &Library,
    pack: &Pack,
    form: &Form,
    answers: &Answers,
    reference: String,
    now: NaiveDateTime,
) -> Result<FormRecord, Vec<Issue>> {
    let (errors, warnings): (Vec<Issue>, Vec<Issue>) =
        validate(form, answers, now).into_iter().partition(Issue::is_error);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(FormRecord {
        format: FORMAT.to_owned(),
        version: VERSION,
        reference,
        created: now,
        form: FormRef {
            pack: pack.pack.id.clone(),
            pack_version: pack.pack.version.clone(),
            law_as_at: pack.pack.law_as_at.clone(),
            id: form.id.clone(),
            title: form.title.clone(),
        },
        answers: shown_answers(form, answers),
        summary: signed_summary(form, answers),
        routing: route(library, form, answers, now),
        warnings,
    })
}

/// For a decision-record form (one with the `decision-record` rule): the same
/// [`DecisionRecord`] the wizards and checklists produce, built from the form's answers.
/// `None` for any other form; the errors if the answers are not complete.
pub fn decision_record(
    library: &Library,
    pack: &Pack,
    form: &Form,
    answers: &Answers,
    reference: String,
    now: NaiveDateTime,
) -> Option<Result<DecisionRecord, Vec<FieldError>>> {
    form.rules.iter().find(|rule| matches!(rule.check, RuleCheck::DecisionRecord {}))?;
    let context = Context {
        tool: record::tool(pack, ToolKind::Form, &form.id, &form.title),
        path: summary(form, answers)
            .into_iter()
            .filter(|row| !row.value.is_empty())
            .map(|row| PathEntry { step: row.path, question: row.label, answer: row.value, note: None, at: None })
            .collect(),
        outcome: Outcome {
            heading: "Decision recorded".to_owned(),
            next_steps: route(library, form, answers, now).into_iter().flat_map(|routed| routed.steps).collect(),
            sources: form.cite.iter().map(|citation| library.cite_text(citation)).collect(),
        },
        findings: Vec::new(),
    };
    Some(record::build(context, &record_input(form, answers), reference, now))
}

impl FormRecord {
    /// The record as pretty-printed JSON, for export.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads an exported form record, refusing other formats and newer versions.
    pub fn from_json(text: &str) -> Result<FormRecord, String> {
        let record: FormRecord =
            serde_json::from_str(text).map_err(|err| format!("This is not a form record: {err}"))?;
        if record.format != FORMAT {
            return Err(format!("This is not a form record (format '{}')", record.format));
        }
        if record.version > VERSION {
            return Err(format!(
                "This record is version {}; this InfoShare reads up to version {VERSION}",
                record.version
            ));
        }
        Ok(record)
    }
}
