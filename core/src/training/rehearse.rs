//! A scenario's expected path given to the real tools: each wizard walked with the guidance's
//! answers must reach the expected outcome, and each form filled with the fictional answers
//! must have no errors and take exactly the expected routes.

use chrono::NaiveDateTime;

use super::fictional::fill;
use super::model::{Scenario, Task};
use crate::flow::Walk;
use crate::form::{errors, route, Answers, Form};
use crate::library::Library;
use crate::pack::{Flowchart, NodeKind};

/// Splits a tool reference `pack/id`.
pub fn split_ref(reference: &str) -> Option<(&str, &str)> {
    reference.split_once('/')
}

pub(super) fn flowchart<'l>(library: &'l Library, reference: &str) -> Option<&'l Flowchart> {
    split_ref(reference).and_then(|(pack, id)| library.flowchart(pack, id))
}

pub(super) fn form<'l>(library: &'l Library, reference: &str) -> Option<&'l Form> {
    split_ref(reference).and_then(|(pack, id)| library.form(pack, id))
}

/// The walk through `wizard` with the guidance's answer given at each of the scenario's
/// decisions on it before step `before` (counting from 0), and every information step read.
/// With `before` at a decision on `wizard`, the walk shows that decision's question; with
/// `before` past the last step, the walk ends where the guidance leads.
pub fn expected_walk(
    library: &Library,
    scenario: &Scenario,
    wizard: &str,
    before: usize,
    now: NaiveDateTime,
) -> Result<Walk, String> {
    let chart = flowchart(library, wizard).ok_or_else(|| format!("no wizard '{wizard}'"))?;
    let mut walk = Walk::default();
    for (index, step) in scenario.steps.iter().enumerate().take(before) {
        let Some(Task::Decision { wizard: on, node, expected }) = step.task() else { continue };
        if on != wizard {
            continue;
        }
        let place = format!("step {} ('{node}')", index + 1);
        read_on(&mut walk, chart, now)?;
        let current = walk.current(chart).ok_or_else(|| format!("{place}: the walk lost its place"))?;
        if current.id != node {
            return Err(format!("{place}: the guidance's path is at '{}' here", current.id));
        }
        let choice = current.options.iter().position(|option| option.label == expected);
        let choice = choice.ok_or_else(|| format!("{place}: no option '{expected}'"))?;
        walk.answer(chart, node, choice, now).map_err(|err| format!("{place}: {err}"))?;
    }
    read_on(&mut walk, chart, now)?;
    Ok(walk)
}

/// Reads every information step until a question or an outcome shows.
fn read_on(walk: &mut Walk, chart: &Flowchart, now: NaiveDateTime) -> Result<(), String> {
    while let Some(node) = walk.current(chart).filter(|node| node.kind == NodeKind::Info) {
        let id = node.id.clone();
        walk.acknowledge(chart, &id, now).map_err(|err| err.to_string())?;
    }
    Ok(())
}

/// The wizards the scenario's decisions use, in the order they first appear.
pub fn wizards(scenario: &Scenario) -> Vec<&str> {
    let mut wizards = Vec::new();
    for step in &scenario.steps {
        if let Some(Task::Decision { wizard, .. }) = step.task() {
            if !wizards.contains(&wizard) {
                wizards.push(wizard);
            }
        }
    }
    wizards
}

/// The step's fictional answers filled in on `now`'s date, or `None` for a step that is not
/// a form exercise.
pub fn fictional_answers(scenario: &Scenario, step: usize, now: NaiveDateTime) -> Option<Result<Answers, String>> {
    match scenario.steps.get(step)?.task()? {
        Task::Form { answers, .. } => Some(fill(answers, now.date())),
        _ => None,
    }
}

/// Everything wrong with a scenario given to the real tools on `now`; empty when every wizard
/// reaches its expected outcome and every form validates and routes as expected.
pub fn rehearse(library: &Library, scenario: &Scenario, now: NaiveDateTime) -> Vec<String> {
    let mut problems = Vec::new();
    for wizard in wizards(scenario) {
        if let Err(problem) = reaches_outcome(library, scenario, wizard, now) {
            problems.push(format!("{wizard}: {problem}"));
        }
    }
    for (index, step) in scenario.steps.iter().enumerate() {
        if let Some(Task::Form { form: reference, routes, .. }) = step.task() {
            let result = fictional_answers(scenario, index, now).unwrap_or_else(|| Err("not a form step".into()));
            if let Err(problem) =
                result.and_then(|answers| routes_as_expected(library, reference, &answers, routes, now))
            {
                problems.push(format!("step {} ({reference}): {problem}", index + 1));
            }
        }
    }
    problems
}

fn reaches_outcome(library: &Library, scenario: &Scenario, wizard: &str, now: NaiveDateTime) -> Result<(), String> {
    let walk = expected_walk(library, scenario, wizard, scenario.steps.len(), now)?;
    let chart = flowchart(library, wizard).ok_or("the wizard is missing")?;
    let reached = walk.outcome(chart).map(|node| node.id.as_str());
    let expected =
        scenario.outcomes.iter().find(|outcome| outcome.wizard == wizard).map(|outcome| outcome.node.as_str());
    match (reached, expected) {
        (_, None) => Err("no expected outcome is given".into()),
        (Some(reached), Some(expected)) if reached == expected => Ok(()),
        (Some(reached), Some(expected)) => Err(format!("reaches '{reached}', not '{expected}'")),
        (None, Some(expected)) => {
            let here = walk.current(chart).map_or("nowhere", |node| node.id.as_str());
            Err(format!("stops at '{here}' before the outcome '{expected}'"))
        }
    }
}

fn routes_as_expected(
    library: &Library,
    reference: &str,
    answers: &Answers,
    expected: &[String],
    now: NaiveDateTime,
) -> Result<(), String> {
    let form = form(library, reference).ok_or("the form is missing")?;
    let messages: Vec<String> = errors(form, answers, now).iter().map(|issue| issue.summary()).collect();
    if !messages.is_empty() {
        return Err(format!("errors: {}", messages.join("; ")));
    }
    let routed = route(library, form, answers, now);
    let taken = route_ids(&routed);
    let mut wanted: Vec<&str> = expected.iter().map(String::as_str).collect();
    wanted.sort_unstable();
    let mut sorted = taken.clone();
    sorted.sort_unstable();
    if sorted == wanted {
        Ok(())
    } else {
        Err(format!("routes {taken:?}, expected {expected:?}"))
    }
}

/// The ids of the routes taken, each once, in the order they first apply.
pub(super) fn route_ids(routed: &[crate::form::Routed]) -> Vec<&str> {
    let mut ids = Vec::new();
    for routed in routed {
        if !ids.contains(&routed.route.as_str()) {
            ids.push(routed.route.as_str());
        }
    }
    ids
}
