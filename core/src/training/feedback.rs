//! Feedback on a learner's answer: at a decision or checklist item, whether it matches the
//! guidance, the pack's feedback for a common wrong turn, or what the guidance says and why;
//! on a filled form, its errors and the routes it missed or took wrongly.

use chrono::NaiveDateTime;

use super::model::{Step, Task};
use super::rehearse::{form, route_ids};
use crate::form::{errors, route, Answers, Issue};
use crate::library::Library;
use crate::pack::Citation;

/// How an answer compares with the guidance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Matched,
    /// A different answer the pack has written feedback for.
    WrongTurn,
    /// A different answer with no feedback of its own.
    Differs,
}

/// What to tell the learner about one answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback<'s> {
    pub verdict: Verdict,
    /// The guidance's answer.
    pub expected: &'s str,
    /// The pack's feedback for this wrong turn.
    pub wrong_turn: Option<&'s str>,
    /// Why the guidance gives its answer.
    pub why: &'s str,
    pub cite: &'s [Citation],
}

impl Feedback<'_> {
    pub fn matched(&self) -> bool {
        self.verdict == Verdict::Matched
    }

    /// The feedback in one paragraph: the reason when the answer matched, the wrong turn's
    /// feedback, or "The guidance says …" and the reason.
    pub fn message(&self) -> String {
        match (self.verdict, self.wrong_turn) {
            (Verdict::Matched, _) => self.why.to_owned(),
            (Verdict::WrongTurn, Some(feedback)) => feedback.to_owned(),
            _ => format!("The guidance says \"{}\". {}", self.expected, self.why),
        }
    }
}

/// Feedback on the answer chosen at a decision or checklist item; `None` for a form step.
pub fn feedback<'s>(step: &'s Step, chosen: &str) -> Option<Feedback<'s>> {
    let expected = match step.task()? {
        Task::Decision { expected, .. } | Task::Checklist { expected, .. } => expected,
        Task::Form { .. } => return None,
    };
    let wrong_turn = step.wrong_turn(chosen).filter(|_| chosen != expected).map(|wrong| wrong.feedback.as_str());
    let verdict = match wrong_turn {
        _ if chosen == expected => Verdict::Matched,
        Some(_) => Verdict::WrongTurn,
        None => Verdict::Differs,
    };
    Some(Feedback { verdict, expected, wrong_turn, why: &step.why, cite: &step.cite })
}

/// How a learner's filled form compares with the guidance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormAttempt {
    /// What stops the form being finished.
    pub errors: Vec<Issue>,
    /// The ids of the routes the answers take, each once.
    pub routes: Vec<String>,
    /// Expected routes the answers do not take.
    pub missing: Vec<String>,
    /// Routes the answers take that the guidance does not.
    pub unexpected: Vec<String>,
    /// The pack's feedback for each unexpected route that has some.
    pub feedback: Vec<String>,
}

impl FormAttempt {
    pub fn matched(&self) -> bool {
        self.errors.is_empty() && self.missing.is_empty() && self.unexpected.is_empty()
    }
}

/// Checks a learner's answers to a form exercise; `None` for a step that is not one, or whose
/// form is not in the library.
pub fn attempt(library: &Library, step: &Step, answers: &Answers, now: NaiveDateTime) -> Option<FormAttempt> {
    let Task::Form { form: reference, routes: expected, .. } = step.task()? else { return None };
    let form = form(library, reference)?;
    let routed = route(library, form, answers, now);
    let taken = route_ids(&routed);
    let missing = expected.iter().filter(|id| !taken.contains(&id.as_str())).cloned().collect();
    let unexpected: Vec<String> =
        taken.iter().filter(|id| !expected.iter().any(|e| e == *id)).map(|id| (*id).to_owned()).collect();
    let feedback = unexpected.iter().filter_map(|id| step.wrong_turn(id)).map(|wrong| wrong.feedback.clone()).collect();
    Some(FormAttempt {
        errors: errors(form, answers, now),
        routes: taken.iter().map(|id| (*id).to_owned()).collect(),
        missing,
        unexpected,
        feedback,
    })
}
