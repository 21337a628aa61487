//! A learner's progress read from the work they have done in the real tools: the answers
//! their wizard paths, checklists and forms hold become the [`Run`] the summary marks, the
//! scenario's tasks get a status, and a wizard page gets the feedback on the answer just given.

use chrono::NaiveDateTime;

use super::feedback::{attempt, feedback, Feedback};
use super::model::{Scenario, Task};
use super::rehearse::flowchart;
use super::summary::Run;
use crate::checklist::ChecklistAnswers;
use crate::flow::Walk;
use crate::form::Answers;
use crate::library::Library;
use crate::pack::NodeKind;

/// The learner's work in the real tools, by tool reference (`pack/id`).
pub trait Work {
    fn walk(&self, wizard: &str) -> Walk;
    fn checklist(&self, checklist: &str) -> ChecklistAnswers;
    fn form(&self, form: &str) -> Answers;
}

/// The answer the work gives at a decision or checklist step, as the option or answer label.
fn chosen(library: &Library, task: Task<'_>, work: &impl Work) -> Option<String> {
    match task {
        Task::Decision { wizard, node, .. } => {
            let choice = work.walk(wizard).choice_at(node)?;
            Some(flowchart(library, wizard)?.node(node)?.options.get(choice)?.label.clone())
        }
        Task::Checklist { checklist, item, .. } => work.checklist(checklist).answer(item).map(|a| a.label().to_owned()),
        Task::Form { .. } => None,
    }
}

/// The run the work amounts to: every decision and checklist item answered, and every form
/// exercise that has any answers, checked on `now`.
pub fn run_from(library: &Library, scenario: &Scenario, work: &impl Work, now: NaiveDateTime) -> Run {
    let mut run = Run::default();
    for (index, step) in scenario.steps.iter().enumerate() {
        let Some(task) = step.task() else { continue };
        if let Task::Form { form, .. } = task {
            let answers = work.form(form);
            if answers != Answers::default() {
                if let Some(checked) = attempt(library, step, &answers, now) {
                    run.fill(index, checked);
                }
            }
        } else if let Some(answer) = chosen(library, task, work) {
            run.choose(index, answer);
        }
    }
    run
}

/// How far a learner has got with one of the scenario's tools.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    NotStarted,
    InProgress,
    Done,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::NotStarted => "Not yet started",
            Status::InProgress => "In progress",
            Status::Done => "Completed",
        }
    }
}

/// One tool the scenario uses, as a task: its reference, the scenario's steps on it, and
/// the learner's progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToolTask {
    /// `pack/id`.
    pub reference: String,
    pub kind: TaskKind,
    /// The indices of the scenario's steps on this tool.
    pub steps: Vec<usize>,
    pub status: Status,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskKind {
    Wizard,
    Checklist,
    Form,
}

/// The scenario's tools in the order they are first used, with the learner's progress: a
/// wizard is done at an outcome, a checklist when every step's item is answered, a form when
/// it has no errors left.
pub fn tool_tasks(library: &Library, scenario: &Scenario, work: &impl Work, now: NaiveDateTime) -> Vec<ToolTask> {
    let mut tasks: Vec<ToolTask> = Vec::new();
    for (index, step) in scenario.steps.iter().enumerate() {
        let (reference, kind) = match step.task() {
            Some(Task::Decision { wizard, .. }) => (wizard, TaskKind::Wizard),
            Some(Task::Checklist { checklist, .. }) => (checklist, TaskKind::Checklist),
            Some(Task::Form { form, .. }) => (form, TaskKind::Form),
            None => continue,
        };
        match tasks.iter_mut().find(|task| task.reference == reference) {
            Some(task) => task.steps.push(index),
            None => tasks.push(ToolTask {
                reference: reference.to_owned(),
                kind,
                steps: vec![index],
                status: Status::NotStarted,
            }),
        }
    }
    let run = run_from(library, scenario, work, now);
    for task in &mut tasks {
        task.status = status(library, task, &run, work);
    }
    tasks
}

fn status(library: &Library, task: &ToolTask, run: &Run, work: &impl Work) -> Status {
    let answered = task.steps.iter().filter(|index| run.response(**index).is_some()).count();
    let done = match task.kind {
        TaskKind::Wizard => flowchart(library, &task.reference).is_some_and(|c| work.walk(&task.reference).outcome(c).is_some()),
        TaskKind::Checklist => answered == task.steps.len(),
        TaskKind::Form => task.steps.iter().all(|index| {
            matches!(run.response(*index), Some(super::summary::Response::Filled(attempt)) if attempt.errors.is_empty())
        }),
    };
    let started = answered > 0 || (task.kind == TaskKind::Wizard && !work.walk(&task.reference).steps().is_empty());
    match (done, started) {
        (true, _) => Status::Done,
        (false, true) => Status::InProgress,
        (false, false) => Status::NotStarted,
    }
}

/// The feedback to show on a wizard page about the answer just given: the scenario's step at
/// the question answered last before `shown` on the learner's path.
pub fn feedback_before<'s>(
    library: &Library,
    scenario: &'s Scenario,
    wizard: &str,
    work: &impl Work,
    shown: &str,
) -> Option<Feedback<'s>> {
    let chart = flowchart(library, wizard)?;
    let walk = work.walk(wizard);
    let steps = walk.steps();
    let position = steps.iter().position(|step| step.node == shown).unwrap_or(steps.len());
    let previous = steps[..position]
        .iter()
        .rev()
        .find(|step| chart.node(&step.node).is_some_and(|node| node.kind == NodeKind::Question))?;
    let step = scenario.steps.iter().find(|step| {
        matches!(step.task(), Some(Task::Decision { wizard: on, node, .. }) if on == wizard && node == previous.node)
    })?;
    let label = &chart.node(&previous.node)?.options.get(walk.choice_at(&previous.node)?)?.label;
    feedback(step, label)
}

/// Whether the learner's walk through `wizard` ended where the guidance does; `None` if it
/// has not ended or the scenario sets no outcome for the wizard.
pub fn outcome_matches(library: &Library, scenario: &Scenario, wizard: &str, work: &impl Work) -> Option<bool> {
    let chart = flowchart(library, wizard)?;
    let reached = work.walk(wizard).outcome(chart)?.id.clone();
    let expected = scenario.outcomes.iter().find(|outcome| outcome.wizard == wizard)?;
    Some(reached == expected.node)
}

#[cfg(test)]
mod tests;
