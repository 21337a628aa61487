//! Checks on training content: scenario and quiz ids unique and URL-safe, narratives and
//! reasons written, every step and outcome cited, every wizard, node, option, checklist item
//! and form a step names resolving, and every wrong turn a real answer other than the
//! guidance's. Form exercises are checked in [`exercise`].

use super::Checker;
use crate::checklist::Answer;
use crate::pack::{Checklist, Flowchart, NodeKind, Pack, TRAINING_SCHEMA};
use crate::training::{wizards, Outcome, QuizQuestion, Scenario, Step, Task};

mod exercise;

pub(super) fn check_training(checker: &mut Checker, pack: &Pack, packs: &[Pack]) {
    if pack.scenarios.is_empty() && pack.quiz.is_empty() {
        return;
    }
    if pack.pack.schema < TRAINING_SCHEMA {
        checker.report("pack", format!("scenarios and quiz questions need schema {TRAINING_SCHEMA}"));
    }
    checker.unique("pack", "scenario", pack.scenarios.iter().map(|s| s.id.as_str()));
    checker.unique("pack", "quiz question", pack.quiz.iter().map(|q| q.id.as_str()));
    for scenario in &pack.scenarios {
        check_scenario(checker, scenario, packs);
    }
    for question in &pack.quiz {
        check_question(checker, question);
    }
}

/// The pack a `pack/id` reference names, and the id.
fn resolve<'p, 'r>(packs: &'p [Pack], reference: &'r str) -> Option<(&'p Pack, &'r str)> {
    let (pack, id) = reference.split_once('/')?;
    Some((packs.iter().find(|p| p.pack.id == pack)?, id))
}

fn flowchart<'p>(packs: &'p [Pack], reference: &str) -> Option<&'p Flowchart> {
    resolve(packs, reference).and_then(|(pack, id)| pack.flowchart(id))
}

fn checklist<'p>(packs: &'p [Pack], reference: &str) -> Option<&'p Checklist> {
    resolve(packs, reference).and_then(|(pack, id)| pack.checklist(id))
}

fn check_scenario(checker: &mut Checker, scenario: &Scenario, packs: &[Pack]) {
    let place = format!("scenario {}", scenario.id);
    checker.id(&place, &scenario.id);
    checker.text(&place, "title", &scenario.title);
    checker.text(&place, "summary", &scenario.summary);
    checker.citations(&place, &scenario.cite);
    if !packs.iter().any(|pack| pack.pack.id == scenario.agreement) {
        checker.report(&place, format!("agreement '{}' is not a pack", scenario.agreement));
    }
    if scenario.roles.is_empty() {
        checker.report(&place, "names no roles");
    }
    for (index, role) in scenario.roles.iter().enumerate() {
        if scenario.roles[..index].contains(role) {
            checker.report(&place, format!("role '{}' is listed more than once", role.label()));
        }
    }
    if scenario.duration_minutes == 0 {
        checker.report(&place, "duration_minutes is 0");
    }
    if scenario.narrative.is_empty() {
        checker.report(&place, "narrative is empty");
    }
    for (index, paragraph) in scenario.narrative.iter().enumerate() {
        checker.text(&place, &format!("narrative paragraph {}", index + 1), paragraph);
    }
    if scenario.steps.is_empty() {
        checker.report(&place, "has no steps");
    }
    for (index, step) in scenario.steps.iter().enumerate() {
        check_step(checker, &format!("{place} step {}", index + 1), step, packs);
    }
    check_outcomes(checker, &place, scenario, packs);
}

fn check_step(checker: &mut Checker, place: &str, step: &Step, packs: &[Pack]) {
    checker.text(place, "why", &step.why);
    checker.citations(place, &step.cite);
    let (answers, expected) = match step.task() {
        None => {
            let kinds = "wizard, node and expected; checklist, item and expected; or form and expected_routes";
            checker.report(place, format!("needs exactly one of: {kinds}"));
            return;
        }
        Some(Task::Form { .. }) => {
            exercise::check(checker, place, step, packs);
            return;
        }
        Some(Task::Decision { wizard, node, expected }) => (decision_answers(packs, wizard, node), expected),
        Some(Task::Checklist { checklist, item, expected }) => (checklist_answers(packs, checklist, item), expected),
    };
    match answers {
        Err(problem) => checker.report(place, problem),
        Ok(answers) => check_answers(checker, place, step, &answers, expected),
    }
}

/// The option labels of a question node, or what is wrong with the reference.
fn decision_answers<'p>(packs: &'p [Pack], wizard: &str, node: &str) -> Result<Vec<&'p str>, String> {
    let chart = flowchart(packs, wizard)
        .ok_or_else(|| format!("wizard '{wizard}' is not a flowchart (write it as pack/id)"))?;
    match chart.node(node) {
        None => Err(format!("node '{node}' is not in {wizard}")),
        Some(found) if found.kind != NodeKind::Question => Err(format!("node '{node}' is not a question")),
        Some(found) => Ok(found.options.iter().map(|option| option.label.as_str()).collect()),
    }
}

/// Yes, No and Not applicable, or what is wrong with the reference.
fn checklist_answers(packs: &[Pack], list: &str, item: &str) -> Result<Vec<&'static str>, String> {
    match checklist(packs, list).map(|list| list.items.iter().any(|i| i.id == item)) {
        None => Err(format!("checklist '{list}' is not a checklist (write it as pack/id)")),
        Some(false) => Err(format!("item '{item}' is not in {list}")),
        Some(true) => Ok(Answer::ALL.iter().map(|answer| answer.label()).collect()),
    }
}

/// The expected answer and every wrong turn are answers the learner can give, and differ.
fn check_answers(checker: &mut Checker, place: &str, step: &Step, answers: &[&str], expected: &str) {
    if !answers.contains(&expected) {
        checker.report(place, format!("expected '{expected}' is not an answer there (the answers are {answers:?})"));
    }
    for (index, wrong) in step.wrong.iter().enumerate() {
        checker.text(place, "wrong turn feedback", &wrong.feedback);
        let Some(answer) = wrong.answer.as_deref().filter(|_| wrong.route.is_none()) else {
            checker.report(place, format!("wrong turn {} needs an answer, and no route", index + 1));
            continue;
        };
        if !answers.contains(&answer) {
            checker.report(place, format!("wrong answer '{answer}' is not an answer there"));
        } else if answer == expected {
            checker.report(place, format!("wrong answer '{answer}' is the expected answer"));
        }
    }
    checker.unique(place, "wrong answer", step.wrong.iter().filter_map(|wrong| wrong.answer.as_deref()));
}

/// Each wizard the decisions use has exactly one expected outcome, which is an outcome node.
fn check_outcomes(checker: &mut Checker, place: &str, scenario: &Scenario, packs: &[Pack]) {
    let used = wizards(scenario);
    for wizard in &used {
        match scenario.outcomes.iter().filter(|outcome| outcome.wizard == *wizard).count() {
            0 => checker.report(place, format!("wizard '{wizard}' has no expected outcome")),
            1 => {}
            _ => checker.report(place, format!("wizard '{wizard}' has more than one expected outcome")),
        }
    }
    for outcome in &scenario.outcomes {
        check_outcome(checker, &format!("{place} outcome {}", outcome.wizard), outcome, packs);
        if !used.contains(&outcome.wizard.as_str()) {
            checker.report(place, format!("outcome for '{}' has no decisions on that wizard", outcome.wizard));
        }
    }
}

fn check_outcome(checker: &mut Checker, place: &str, outcome: &Outcome, packs: &[Pack]) {
    checker.text(place, "why", &outcome.why);
    checker.citations(place, &outcome.cite);
    match flowchart(packs, &outcome.wizard).map(|chart| chart.node(&outcome.node)) {
        None => checker.report(place, format!("wizard '{}' is not a flowchart", outcome.wizard)),
        Some(Some(node)) if node.kind == NodeKind::Outcome => {}
        Some(_) => checker.report(place, format!("node '{}' is not an outcome of the wizard", outcome.node)),
    }
}

fn check_question(checker: &mut Checker, question: &QuizQuestion) {
    let place = format!("quiz {}", question.id);
    checker.id(&place, &question.id);
    checker.text(&place, "statement", &question.statement);
    checker.text(&place, "explanation", &question.explanation);
    checker.citations(&place, &question.cite);
}

#[cfg(test)]
mod tests;
