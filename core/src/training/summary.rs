//! A learner's run through a scenario, held in memory, and the summary at the end: at each
//! step what they answered, what the guidance says, whether they matched it, and why.

use std::collections::BTreeMap;

use super::deck::{brief, route_titles, StepBrief};
use super::feedback::{feedback, FormAttempt};
use super::model::{Scenario, Step, Task};
use super::rehearse::flowchart;
use crate::library::Library;
use crate::pack::Citation;

/// The learner's response to one step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Response {
    /// The answer chosen at a decision or checklist item.
    Chose(String),
    /// The checked form, for a form exercise.
    Filled(FormAttempt),
}

/// The learner's responses so far, by step index.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Run {
    responses: BTreeMap<usize, Response>,
}

impl Run {
    /// Records the answer chosen at a step; choosing again replaces it.
    pub fn choose(&mut self, step: usize, answer: impl Into<String>) {
        self.responses.insert(step, Response::Chose(answer.into()));
    }

    /// Records a form exercise's checked answers.
    pub fn fill(&mut self, step: usize, attempt: FormAttempt) {
        self.responses.insert(step, Response::Filled(attempt));
    }

    pub fn response(&self, step: usize) -> Option<&Response> {
        self.responses.get(&step)
    }
}

/// One step in the summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryItem {
    /// The step's index in the scenario.
    pub step: usize,
    /// The question, the checklist statement or the form's title.
    pub question: String,
    /// The guidance's answer, or where the form should go.
    pub expected: String,
    /// What the learner answered, or where their form went; `None` if not answered.
    pub given: Option<String>,
    pub matched: bool,
    /// Why the guidance gives its answer, with the wrong turn's feedback where there is one.
    pub message: String,
    pub cite: Vec<Citation>,
}

/// Where a wizard ends when the guidance is followed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryOutcome {
    pub wizard: String,
    pub outcome: String,
    pub why: String,
    pub cite: Vec<Citation>,
}

/// The end of a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub items: Vec<SummaryItem>,
    pub outcomes: Vec<SummaryOutcome>,
}

impl Summary {
    pub fn matched(&self) -> usize {
        self.items.iter().filter(|item| item.matched).count()
    }

    pub fn total(&self) -> usize {
        self.items.len()
    }

    /// "You matched the guidance at 5 of 7 steps."
    pub fn describe(&self) -> String {
        let steps = if self.total() == 1 { "step" } else { "steps" };
        format!("You matched the guidance at {} of {} {steps}.", self.matched(), self.total())
    }
}

/// The summary of a run through a scenario.
pub fn summarise(library: &Library, scenario: &Scenario, run: &Run) -> Summary {
    let items = scenario.steps.iter().enumerate().filter_map(|(index, step)| item(library, index, step, run)).collect();
    let outcomes = scenario
        .outcomes
        .iter()
        .map(|outcome| {
            let chart = flowchart(library, &outcome.wizard);
            SummaryOutcome {
                wizard: chart.map_or_else(|| outcome.wizard.clone(), |chart| chart.title.clone()),
                outcome: chart
                    .and_then(|c| c.node(&outcome.node))
                    .map_or_else(|| outcome.node.clone(), |n| n.text.clone()),
                why: outcome.why.clone(),
                cite: outcome.cite.clone(),
            }
        })
        .collect();
    Summary { items, outcomes }
}

fn item(library: &Library, index: usize, step: &Step, run: &Run) -> Option<SummaryItem> {
    let task = step.task()?;
    let StepBrief { question, expected, .. } = brief(library, step)?;
    let (given, matched, message) = match (task, run.response(index)) {
        (Task::Form { form, .. }, Some(Response::Filled(attempt))) => form_result(library, form, step, attempt),
        (Task::Decision { .. } | Task::Checklist { .. }, Some(Response::Chose(chosen))) => {
            let feedback = feedback(step, chosen)?;
            (Some(chosen.clone()), feedback.matched(), feedback.message())
        }
        _ => (None, false, format!("Not answered. The guidance says \"{expected}\". {}", step.why)),
    };
    Some(SummaryItem { step: index, question, expected, given, matched, message, cite: step.cite.clone() })
}

fn form_result(
    library: &Library,
    reference: &str,
    step: &Step,
    attempt: &FormAttempt,
) -> (Option<String>, bool, String) {
    let count = attempt.errors.len();
    let given = match count {
        0 => route_titles(library, reference, &attempt.routes),
        1 => "1 error to correct".to_owned(),
        _ => format!("{count} errors to correct"),
    };
    let message = if attempt.matched() {
        step.why.clone()
    } else if !attempt.feedback.is_empty() {
        attempt.feedback.join(" ")
    } else {
        format!("The guidance says: {}. {}", route_titles(library, reference, &step.expected_routes), step.why)
    };
    (Some(given), attempt.matched(), message)
}
