//! Forms declared in packs: fields of fourteen kinds, repeatable groups with no upper limit,
//! conditional visibility and requirement, cross-field rules, and routes with deadlines.
//!
//! Everything here is a pure function of the form, the answers and the time:
//!
//! - [`Answers`]: what the user typed, exactly as typed, addressed by paths such as
//!   `subjects[2].other-addresses[0].address.postcode`.
//! - [`validate`]: every error and warning, each with the path of its input and a GOV.UK style
//!   message; [`errors`] keeps only what stops the form being finished.
//! - [`route`]: where the form goes and by when, in words, with what a [`helper::Helper`]
//!   works out from the agreements' rules (breach, retention, meeting).
//! - [`is_shown`]: whether a conditional question is shown with the answers so far.
//! - [`summary`], [`build`]: the "check your answers" rows and the exported [`FormRecord`];
//!   [`record_input`] turns a decision-record form into a [`crate::record::DecisionRecord`]'s input.
//!
//! The pack schema is documented in `docs/packs.md`; pack checks are in `pack::check`.

mod answers;
mod condition;
mod element_id;
mod fields;
pub mod helper;
mod issues;
mod model;
pub mod one_name;
mod record;
mod route;
mod rules;
mod scope;

pub use answers::{Answers, Value};
pub use element_id::element_id;
pub use fields::OLDEST_AGE;
pub use issues::{errors, validate, Issue, Severity};
pub use model::{
    Choice, Condition, Count, DateBounds, Deadline, Field, FieldKind, Form, Route, Rule, RuleCheck, Section, Unit,
    Window,
};
pub use record::{build, decision_record, shown_answers, summary, FormRecord, FormRef, SummaryRow, FORMAT, VERSION};
pub use route::{route, Due, Routed};
pub use rules::record_input;
pub(crate) use rules::DECISION_RECORD_FIELDS;
pub use scope::is_shown;

#[cfg(test)]
mod tests;
