//! The decision record every wizard and checklist ends in: the path taken with each answer
//! and its time, the outcome, the lawful basis, what will or will not be shared, with whom,
//! why, and who decided. Recorded whether or not information is shared (golden rule 7).
//!
//! The JSON form is versioned and documented in `docs/decision-record.md`.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::validate::{self, DateParts, FieldError};

mod context;
pub(crate) use context::tool;
pub use context::{checklist_context, wizard_context};

/// The `format` value of every exported record.
pub const FORMAT: &str = "infoshare-decision-record";
/// The schema version of exported records.
pub const VERSION: u32 = 1;
/// The most characters in a free-text answer.
pub const TEXT_LIMIT: usize = 10_000;

/// What was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Decision {
    Share,
    SharePart,
    DoNotShare,
}

impl Decision {
    pub const ALL: [Decision; 3] = [Decision::Share, Decision::SharePart, Decision::DoNotShare];

    pub fn label(self) -> &'static str {
        match self {
            Decision::Share => "Share the information",
            Decision::SharePart => "Share some of the information",
            Decision::DoNotShare => "Do not share",
        }
    }

    pub fn value(self) -> &'static str {
        match self {
            Decision::Share => "share",
            Decision::SharePart => "share-part",
            Decision::DoNotShare => "do-not-share",
        }
    }

    pub fn shares(self) -> bool {
        self != Decision::DoNotShare
    }
}

/// The decision details as typed, before validation. Held in memory only.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordInput {
    pub decision: Option<Decision>,
    pub lawful_basis: String,
    pub shared_what: String,
    pub shared_with: String,
    pub purpose: String,
    pub rationale: String,
    pub maker_name: String,
    pub maker_role: String,
    pub decided_on: DateParts,
    pub decided_at: String,
}

/// Field ids, shared by the form, the error summary and the check answers page.
pub mod field {
    pub const DECISION: &str = "decision";
    pub const LAWFUL_BASIS: &str = "lawful-basis";
    pub const SHARED_WHAT: &str = "shared-what";
    pub const SHARED_WITH: &str = "shared-with";
    pub const PURPOSE: &str = "purpose";
    pub const RATIONALE: &str = "rationale";
    pub const MAKER_NAME: &str = "maker-name";
    pub const MAKER_ROLE: &str = "maker-role";
    pub const DECIDED_ON: &str = "decided-on";
    pub const DECIDED_AT: &str = "decided-at";
}

/// Which tool the record came from, and the content version it used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToolRef {
    pub kind: ToolKind,
    pub pack: String,
    pub pack_version: String,
    pub law_as_at: String,
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ToolKind {
    Wizard,
    Checklist,
    /// A request or notification form (its record is a form record, not a decision record).
    Form,
}

/// One question or checklist item and the answer given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PathEntry {
    /// The wizard node or checklist item id, so the entry can be traced to the pack.
    pub step: String,
    pub question: String,
    pub answer: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<NaiveDateTime>,
}

/// Where the wizard or checklist ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    pub heading: String,
    pub next_steps: Vec<String>,
    pub sources: Vec<String>,
}

/// A finding established on the way, such as a lawful basis, with its sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingEntry {
    pub text: String,
    pub sources: Vec<String>,
}

/// What the tool contributes to a record: everything except the user's decision details.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Context {
    pub tool: ToolRef,
    pub path: Vec<PathEntry>,
    pub outcome: Outcome,
    pub findings: Vec<FindingEntry>,
}

/// The complete, validated record, as exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionRecord {
    pub format: String,
    pub version: u32,
    pub reference: String,
    pub created: NaiveDateTime,
    #[serde(flatten)]
    pub context: Context,
    pub decision: Decision,
    pub lawful_basis: String,
    pub shared_what: String,
    pub shared_with: String,
    pub purpose: String,
    pub rationale: String,
    pub decision_maker: DecisionMaker,
    pub decided: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionMaker {
    pub name: String,
    pub role: String,
}

/// Every problem with the decision details, in form order. `now` bounds the decision time.
pub fn validate(input: &RecordInput, now: NaiveDateTime) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let sharing = input.decision.map(Decision::shares);
    if input.decision.is_none() {
        errors.push(FieldError::new(field::DECISION, "Select what you have decided"));
    }
    let needed_when_sharing = [
        (field::LAWFUL_BASIS, &input.lawful_basis, "Lawful basis", "Enter the lawful basis you are relying on"),
        (field::SHARED_WHAT, &input.shared_what, "What you will share", "Enter what you will share"),
        (field::SHARED_WITH, &input.shared_with, "Who you will share it with", "Enter who you will share it with"),
        (field::PURPOSE, &input.purpose, "Purpose", "Enter the purpose of sharing"),
    ];
    for (id, value, label, missing) in needed_when_sharing {
        let error = if sharing == Some(true) {
            validate::required_text(id, value, TEXT_LIMIT, label, missing)
        } else {
            validate::optional_text(id, value, TEXT_LIMIT, label)
        };
        errors.extend(error);
    }
    errors.extend(validate::required_text(
        field::RATIONALE,
        &input.rationale,
        TEXT_LIMIT,
        "Reasons",
        "Enter the reasons for your decision",
    ));
    errors.extend(validate::person_name(
        field::MAKER_NAME,
        &input.maker_name,
        "Name",
        "Enter the decision-maker's name",
    ));
    errors.extend(validate::required_text(
        field::MAKER_ROLE,
        &input.maker_role,
        200,
        "Role",
        "Enter the decision-maker's role",
    ));
    if let Err(error) = decided(input, now) {
        errors.push(error);
    }
    errors
}

/// The date and time of the decision, which must not be in the future.
fn decided(input: &RecordInput, now: NaiveDateTime) -> Result<NaiveDateTime, FieldError> {
    let date: NaiveDate = validate::date(&input.decided_on, "Date of decision")
        .map_err(|(_, message)| FieldError::new(&format!("{}-day", field::DECIDED_ON), message))?;
    let time = validate::time(&input.decided_at)
        .ok_or_else(|| FieldError::new(field::DECIDED_AT, "Enter the time of the decision, like 14:30 or 2:30pm"))?;
    let when = date.and_time(time);
    if when > now {
        let field = if date > now.date() { format!("{}-day", field::DECIDED_ON) } else { field::DECIDED_AT.to_owned() };
        return Err(FieldError::new(&field, "Date and time of decision must be now or in the past"));
    }
    Ok(when)
}

/// Builds the record, or returns every problem with the details.
pub fn build(
    context: Context,
    input: &RecordInput,
    reference: String,
    now: NaiveDateTime,
) -> Result<DecisionRecord, Vec<FieldError>> {
    let errors = validate(input, now);
    let (Some(decision), Ok(decided), true) = (input.decision, decided(input, now), errors.is_empty()) else {
        return Err(errors);
    };
    Ok(DecisionRecord {
        format: FORMAT.to_owned(),
        version: VERSION,
        reference,
        created: now,
        context,
        decision,
        lawful_basis: input.lawful_basis.trim().to_owned(),
        shared_what: input.shared_what.trim().to_owned(),
        shared_with: input.shared_with.trim().to_owned(),
        purpose: input.purpose.trim().to_owned(),
        rationale: input.rationale.trim().to_owned(),
        decision_maker: DecisionMaker {
            name: validate::single_line(&input.maker_name),
            role: validate::single_line(&input.maker_role),
        },
        decided,
    })
}

impl DecisionRecord {
    /// The record as pretty-printed JSON, for export.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads an exported record, refusing other formats and newer versions.
    pub fn from_json(text: &str) -> Result<DecisionRecord, String> {
        let record: DecisionRecord =
            serde_json::from_str(text).map_err(|err| format!("This is not a decision record: {err}"))?;
        if record.format != FORMAT {
            return Err(format!("This is not a decision record (format '{}')", record.format));
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

#[cfg(test)]
mod tests;
