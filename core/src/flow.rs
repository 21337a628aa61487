//! Walking a flowchart: the path taken so far, answering and changing answers, the emergency
//! exit, and the findings collected on the way. Time is passed in, so this stays pure. A walk
//! can start with answers carried from another wizard's outcome ([`carry`]): each is given when
//! the walk reaches its question, and stays on the path, marked, for the user to change.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::pack::{Citation, FlowNode, FlowOption, Flowchart, NodeKind};

pub mod carry;

/// One step taken: the node shown and, for a question, the option chosen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub node: String,
    /// Index into the node's options; `None` for information read and the outcome reached.
    pub choice: Option<usize>,
    /// When the step was answered, as local time on the user's device.
    pub at: NaiveDateTime,
}

/// Why a step could not be taken. The UI prevents these; core still refuses them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FlowError {
    /// The node is neither the current one nor earlier on the path.
    NotOnPath(String),
    /// The node has no option with that index, or is not a question.
    NoSuchOption { node: String, choice: usize },
    /// The node is not an information node.
    NotInformation(String),
    /// The flowchart has already reached an outcome.
    Finished,
}

impl std::fmt::Display for FlowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FlowError::NotOnPath(node) => write!(f, "'{node}' is not on the path taken"),
            FlowError::NoSuchOption { node, choice } => write!(f, "'{node}' has no option {choice}"),
            FlowError::NotInformation(node) => write!(f, "'{node}' is not an information step"),
            FlowError::Finished => write!(f, "an outcome has already been reached"),
        }
    }
}

/// What one answered question established, for the decision record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub text: String,
    pub cite: Vec<Citation>,
}

/// An answer known from another wizard, given to a question when the walk reaches it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Carried {
    pub node: String,
    /// Index into the node's options.
    pub choice: usize,
    /// The title of the wizard it comes from.
    pub from: String,
}

impl Carried {
    /// "Carried over from Consent, competence and capacity", for the steps, outcome and record.
    pub fn note(&self) -> String {
        format!("Carried over from {}", self.from)
    }
}

/// The path through one flowchart. Empty means the start node is showing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Walk {
    steps: Vec<Step>,
    /// Answers carried from another wizard; one the user changes is dropped. Not kept in a
    /// draft: a resumed walk keeps the answers already given, as the user's own, and asks the
    /// rest (kept out of the page's serde code to stay within the first-load budget).
    #[serde(skip)]
    carried: Vec<Carried>,
}

impl Walk {
    /// A new walk that gives each carried answer when it reaches its question (at once, if
    /// that is the start). Answers to nodes that are not questions, or with no such option,
    /// are left out.
    pub fn carrying(chart: &Flowchart, carried: Vec<Carried>, at: NaiveDateTime) -> Walk {
        let fits = |c: &Carried| {
            chart.node(&c.node).is_some_and(|n| n.kind == NodeKind::Question && c.choice < n.options.len())
        };
        let mut walk = Walk { steps: Vec::new(), carried: carried.into_iter().filter(fits).collect() };
        walk.settle(chart, at);
        walk
    }

    /// The steps taken, oldest first.
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// The answers carried from another wizard that still stand, answered yet or not.
    pub fn carried(&self) -> &[Carried] {
        &self.carried
    }

    /// The carried answer the step at `node` holds, if the walk gave it rather than the user.
    pub fn carried_at(&self, node: &str) -> Option<&Carried> {
        let choice = self.choice_at(node)?;
        self.carried.iter().find(|carried| carried.node == node && carried.choice == choice)
    }

    /// The node to show now: the start, the node the last answer led to, or the outcome.
    pub fn current<'f>(&self, chart: &'f Flowchart) -> Option<&'f FlowNode> {
        match self.steps.last() {
            None => chart.node(&chart.start),
            Some(last) => {
                let node = chart.node(&last.node)?;
                match (node.kind, last.choice) {
                    (NodeKind::Outcome, _) => Some(node),
                    (NodeKind::Question, Some(choice)) => chart.node(&node.options.get(choice)?.next),
                    (NodeKind::Info, _) => chart.node(node.next.as_deref()?),
                    (NodeKind::Question, None) => Some(node),
                }
            }
        }
    }

    /// The outcome reached, if any.
    pub fn outcome<'f>(&self, chart: &'f Flowchart) -> Option<&'f FlowNode> {
        self.current(chart).filter(|node| node.kind == NodeKind::Outcome)
    }

    /// The option chosen earlier at this node, if it is on the path.
    pub fn choice_at(&self, node: &str) -> Option<usize> {
        self.steps.iter().find(|step| step.node == node).and_then(|step| step.choice)
    }

    /// Answers a question: the current one, or an earlier one on the path. Changing an earlier
    /// answer drops every later step, since they may no longer apply; choosing the same option
    /// again keeps them.
    pub fn answer(&mut self, chart: &Flowchart, node: &str, choice: usize, at: NaiveDateTime) -> Result<(), FlowError> {
        let question = chart.node(node).filter(|n| n.kind == NodeKind::Question);
        if question.is_none_or(|q| choice >= q.options.len()) {
            return Err(FlowError::NoSuchOption { node: node.to_owned(), choice });
        }
        if let Some(position) = self.steps.iter().position(|step| step.node == node) {
            if self.steps[position].choice == Some(choice) {
                return Ok(());
            }
            self.steps.truncate(position);
        } else {
            self.require_current(chart, node)?;
        }
        self.carried.retain(|carried| carried.node != node || carried.choice == choice);
        self.steps.push(Step { node: node.to_owned(), choice: Some(choice), at });
        self.settle(chart, at);
        Ok(())
    }

    /// Moves on from the current information node.
    pub fn acknowledge(&mut self, chart: &Flowchart, node: &str, at: NaiveDateTime) -> Result<(), FlowError> {
        if chart.node(node).is_none_or(|n| n.kind != NodeKind::Info) {
            return Err(FlowError::NotInformation(node.to_owned()));
        }
        if self.steps.iter().any(|step| step.node == node) {
            return Ok(());
        }
        self.require_current(chart, node)?;
        self.steps.push(Step { node: node.to_owned(), choice: None, at });
        self.settle(chart, at);
        Ok(())
    }

    /// "A child or adult is at immediate risk": ends the walk at the flowchart's exit outcome,
    /// keeping the answers given so far for the record.
    pub fn take_exit(&mut self, chart: &Flowchart, at: NaiveDateTime) {
        if self.outcome(chart).is_some() {
            self.steps.pop();
        }
        self.steps.push(Step { node: chart.exit.clone(), choice: None, at });
    }

    /// Whether this walk is one the flowchart allows: replaying its steps through the rules
    /// gives the same walk. A walk read back from a draft file is checked with this.
    pub fn fits(&self, chart: &Flowchart) -> bool {
        let first = self.steps.first().map(|step| step.at).unwrap_or_default();
        let mut again = Walk::carrying(chart, self.carried.clone(), first);
        for step in &self.steps {
            if again.steps.last() == Some(step) {
                continue;
            }
            let Some(node) = chart.node(&step.node) else { return false };
            let replayed = match (node.kind, step.choice) {
                (NodeKind::Question, Some(choice)) => again.answer(chart, &node.id, choice, step.at).is_ok(),
                (NodeKind::Info, None) => again.acknowledge(chart, &node.id, step.at).is_ok(),
                (NodeKind::Outcome, None) if node.id == chart.exit => {
                    again.take_exit(chart, step.at);
                    true
                }
                _ => false,
            };
            if !replayed {
                return false;
            }
        }
        again == *self
    }

    /// Whether a node can be shown: it is on the path taken or is the current node.
    pub fn can_show(&self, chart: &Flowchart, node: &str) -> bool {
        self.steps.iter().any(|step| step.node == node) || self.current(chart).is_some_and(|n| n.id == node)
    }

    /// The node that follows `node` on the path (what Continue leads to after answering it),
    /// passing over the answers the walk carried in.
    pub fn after(&self, chart: &Flowchart, node: &str) -> Option<String> {
        let position = self.steps.iter().position(|step| step.node == node)?;
        let later = self.steps.iter().skip(position + 1).find(|step| self.carried_at(&step.node).is_none());
        match later {
            Some(step) => Some(step.node.clone()),
            None => self.current(chart).map(|n| n.id.clone()),
        }
    }

    /// Each question answered, with the option chosen, in order.
    pub fn answered<'f>(&self, chart: &'f Flowchart) -> Vec<(&'f FlowNode, &'f FlowOption, NaiveDateTime)> {
        self.steps
            .iter()
            .filter_map(|step| {
                let node = chart.node(&step.node)?;
                Some((node, node.options.get(step.choice?)?, step.at))
            })
            .collect()
    }

    /// The findings of every answer on the path, in order.
    pub fn findings(&self, chart: &Flowchart) -> Vec<Finding> {
        self.answered(chart)
            .into_iter()
            .filter_map(|(_, option, _)| Some(Finding { text: option.finding.clone()?, cite: option.cite.clone() }))
            .collect()
    }

    fn require_current(&self, chart: &Flowchart, node: &str) -> Result<(), FlowError> {
        match self.current(chart) {
            Some(current) if current.kind == NodeKind::Outcome => Err(FlowError::Finished),
            Some(current) if current.id == node => Ok(()),
            _ => Err(FlowError::NotOnPath(node.to_owned())),
        }
    }

    /// Gives the carried answer to each question the walk reaches that has one, then records
    /// reaching an outcome as a step, so the record shows when it was reached.
    fn settle(&mut self, chart: &Flowchart, at: NaiveDateTime) {
        while let Some(node) = self.current(chart).filter(|node| node.kind == NodeKind::Question) {
            let carried = self.carried.iter().find(|carried| carried.node == node.id);
            let Some(choice) = carried.map(|c| c.choice).filter(|_| self.choice_at(&node.id).is_none()) else {
                break;
            };
            self.steps.push(Step { node: node.id.clone(), choice: Some(choice), at });
        }
        if let Some(outcome) = self.current(chart).filter(|node| node.kind == NodeKind::Outcome) {
            let id = outcome.id.clone();
            self.steps.push(Step { node: id, choice: None, at });
        }
    }
}

#[cfg(test)]
mod tests;
