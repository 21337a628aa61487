//! What an outcome carries into the wizards it opens: the answers given on the way to it that
//! the pack's `carry` rules turn into answers to the next wizard's questions, so nobody answers
//! the same question twice.

use super::{Carried, Walk};
use crate::pack::{Carry, Flowchart};

/// The answers `walk` (on `chart`) carries into the wizard at tool path `to`, whose flowchart
/// is `next`: one for each of the outcome's `carry` rules whose answer was given on the way, in
/// the pack's order, at most one for each question.
pub fn carried_into(chart: &Flowchart, walk: &Walk, to: &str, next: &Flowchart) -> Vec<Carried> {
    let Some(outcome) = walk.outcome(chart) else { return Vec::new() };
    let mut carried: Vec<Carried> = Vec::new();
    for rule in outcome.carry.iter().filter(|rule| rule.to == to && was_chosen(chart, walk, rule)) {
        let Some(choice) = option_index(next, &rule.answers, &rule.with) else { continue };
        if !carried.iter().any(|c| c.node == rule.answers) {
            carried.push(Carried { node: rule.answers.clone(), choice, from: chart.title.clone() });
        }
    }
    carried
}

/// Whether the walk answered the rule's `from` question with its `chose` option.
fn was_chosen(chart: &Flowchart, walk: &Walk, rule: &Carry) -> bool {
    walk.choice_at(&rule.from).is_some_and(|choice| option_index(chart, &rule.from, &rule.chose) == Some(choice))
}

/// The index of the option labelled `label` on question `node`.
pub(crate) fn option_index(chart: &Flowchart, node: &str, label: &str) -> Option<usize> {
    chart.node(node)?.options.iter().position(|option| option.label == label)
}

#[cfg(test)]
mod tests;
