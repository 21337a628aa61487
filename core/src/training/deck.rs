//! A scenario as a facilitator presents it and a learner reads it: the slides in order (the
//! case, each step, then where the guidance leads), and each step put in words: the tool, the
//! question, the answers to choose from and the guidance's answer.

use super::model::{Scenario, Step, Task};
use super::rehearse::{flowchart, form, split_ref};
use crate::checklist::Answer;
use crate::library::Library;

/// One slide of a scenario's step-through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    /// The case narrative.
    Case,
    /// A step, by its index in the scenario.
    Step(usize),
    /// Where each wizard ends when the guidance is followed.
    Outcomes,
}

/// The slides of a scenario: the case, every step, and the outcomes if it has any.
pub fn deck(scenario: &Scenario) -> Vec<Slide> {
    let mut slides = vec![Slide::Case];
    slides.extend((0..scenario.steps.len()).map(Slide::Step));
    if !scenario.outcomes.is_empty() {
        slides.push(Slide::Outcomes);
    }
    slides
}

/// What a step asks, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepBrief {
    /// The wizard, checklist or form's title.
    pub tool: String,
    /// "Decision", "Checklist item" or "Form".
    pub kind: &'static str,
    /// The question, the checklist statement, or the form's title.
    pub question: String,
    /// The answers to choose from (a form has none).
    pub choices: Vec<String>,
    /// The guidance's answer, or the routes the form should take.
    pub expected: String,
}

/// The step in words; `None` when its references do not resolve (the pack checks catch that).
pub fn brief(library: &Library, step: &Step) -> Option<StepBrief> {
    Some(match step.task()? {
        Task::Decision { wizard, node, expected } => {
            let chart = flowchart(library, wizard)?;
            let node = chart.node(node)?;
            StepBrief {
                tool: chart.title.clone(),
                kind: "Decision",
                question: node.text.clone(),
                choices: node.options.iter().map(|option| option.label.clone()).collect(),
                expected: expected.to_owned(),
            }
        }
        Task::Checklist { checklist, item, expected } => {
            let list = split_ref(checklist).and_then(|(pack, id)| library.checklist(pack, id))?;
            let item = list.items.iter().find(|i| i.id == item)?;
            StepBrief {
                tool: list.title.clone(),
                kind: "Checklist item",
                question: item.statement.clone(),
                choices: Answer::ALL.iter().map(|answer| answer.label().to_owned()).collect(),
                expected: expected.to_owned(),
            }
        }
        Task::Form { form: reference, routes, .. } => {
            let found = form(library, reference)?;
            StepBrief {
                tool: found.title.clone(),
                kind: "Form",
                question: found.title.clone(),
                choices: Vec::new(),
                expected: route_titles(library, reference, routes),
            }
        }
    })
}

/// The titles of routes of a form, joined: "Send this form to …; Section 47 enquiries: …".
pub(super) fn route_titles(library: &Library, reference: &str, routes: &[String]) -> String {
    let form = form(library, reference);
    let titles: Vec<&str> = routes
        .iter()
        .map(|id| form.and_then(|form| form.routes.iter().find(|r| r.id == *id)).map_or(id.as_str(), |r| &r.title))
        .collect();
    titles.join("; ")
}
