//! The serde model of training content in a pack (format version 2): fictional scenarios
//! with the guidance's answer at each decision, and myth-busting quiz questions.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::pack::Citation;

/// Who a scenario is written for. A fixed list, so sessions can pick scenarios by role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Police,
    ChildrensSocialCare,
    /// A school's or college's designated safeguarding lead (or Operation Encompass officer).
    SchoolDsl,
    Health,
    Probation,
    Housing,
    /// Charities and voluntary groups.
    Charity,
    AdultSocialCare,
    /// Council community safety teams and partnerships.
    CommunitySafety,
}

impl Role {
    pub const ALL: [Role; 9] = [
        Role::Police,
        Role::ChildrensSocialCare,
        Role::SchoolDsl,
        Role::Health,
        Role::Probation,
        Role::Housing,
        Role::Charity,
        Role::AdultSocialCare,
        Role::CommunitySafety,
    ];

    /// The role as a heading or filter label.
    pub fn label(self) -> &'static str {
        match self {
            Role::Police => "Police",
            Role::ChildrensSocialCare => "Children's social care",
            Role::SchoolDsl => "School designated safeguarding lead",
            Role::Health => "Health",
            Role::Probation => "Probation",
            Role::Housing => "Housing",
            Role::Charity => "Charity or voluntary group",
            Role::AdultSocialCare => "Adult social care",
            Role::CommunitySafety => "Community safety",
        }
    }
}

/// A fictional case worked through the real wizards, checklists and forms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    pub title: String,
    /// One sentence shown where scenarios are listed.
    pub summary: String,
    /// The pack id of the agreement the case is set under (`national` for national guidance).
    pub agreement: String,
    pub roles: Vec<Role>,
    pub duration_minutes: u32,
    /// The case as the learner reads it, one paragraph each. Fictional people only.
    pub narrative: Vec<String>,
    /// For the facilitator: where sources disagree, or what to draw out in discussion.
    #[serde(default)]
    pub note: Option<String>,
    pub cite: Vec<Citation>,
    #[serde(rename = "step")]
    pub steps: Vec<Step>,
    /// The outcome each wizard the scenario uses should reach.
    #[serde(default, rename = "outcome")]
    pub outcomes: Vec<Outcome>,
}

/// One thing the learner does. Exactly one of: a wizard decision (`wizard`, `node`,
/// `expected`), a checklist item (`checklist`, `item`, `expected`) or a form exercise (`form`,
/// `answers`, `expected_routes`). [`Step::task`] says which.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// A flowchart as `pack/id`, such as `national/should-i-share`.
    #[serde(default)]
    pub wizard: Option<String>,
    /// The question node of the flowchart.
    #[serde(default)]
    pub node: Option<String>,
    /// A checklist as `pack/id`.
    #[serde(default)]
    pub checklist: Option<String>,
    /// The checklist item.
    #[serde(default)]
    pub item: Option<String>,
    /// The guidance's answer: an option label of the node, or Yes, No or Not applicable.
    #[serde(default)]
    pub expected: Option<String>,
    /// A form as `pack/id`.
    #[serde(default)]
    pub form: Option<String>,
    /// Fictional answers by field path, filled in on request. In the compact packs file as
    /// JSON text: an answer is untagged, which only a self-describing format reads back.
    #[serde(default, with = "crate::pack::compact::json_in_compact")]
    pub answers: BTreeMap<String, Fictional>,
    /// The ids of the routes the filled form should take.
    #[serde(default)]
    pub expected_routes: Vec<String>,
    /// Why the guidance gives this answer.
    pub why: String,
    pub cite: Vec<Citation>,
    /// Common wrong turns and what to say about each.
    #[serde(default)]
    pub wrong: Vec<WrongTurn>,
}

/// What a step asks the learner to do, with its references.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Task<'s> {
    Decision { wizard: &'s str, node: &'s str, expected: &'s str },
    Checklist { checklist: &'s str, item: &'s str, expected: &'s str },
    Form { form: &'s str, answers: &'s BTreeMap<String, Fictional>, routes: &'s [String] },
}

impl Step {
    /// The step's task, or `None` when its keys do not make exactly one kind (the pack checks
    /// report which).
    pub fn task(&self) -> Option<Task<'_>> {
        let decision = self.wizard.is_some() || self.node.is_some();
        let checklist = self.checklist.is_some() || self.item.is_some();
        let form = self.form.is_some() || !self.answers.is_empty() || !self.expected_routes.is_empty();
        match (decision, checklist, form, self.expected.as_deref()) {
            (true, false, false, Some(expected)) => {
                Some(Task::Decision { wizard: self.wizard.as_deref()?, node: self.node.as_deref()?, expected })
            }
            (false, true, false, Some(expected)) => {
                Some(Task::Checklist { checklist: self.checklist.as_deref()?, item: self.item.as_deref()?, expected })
            }
            (false, false, true, None) => {
                Some(Task::Form { form: self.form.as_deref()?, answers: &self.answers, routes: &self.expected_routes })
            }
            _ => None,
        }
    }

    /// The wrong turn written for an answer (decisions and checklist items) or a route (forms).
    pub fn wrong_turn(&self, answer_or_route: &str) -> Option<&WrongTurn> {
        self.wrong.iter().find(|wrong| {
            wrong.answer.as_deref() == Some(answer_or_route) || wrong.route.as_deref() == Some(answer_or_route)
        })
    }
}

/// A common mistake: an answer other than the guidance's, or a route a form should not take.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WrongTurn {
    /// Decisions and checklist items: the answer chosen.
    #[serde(default)]
    pub answer: Option<String>,
    /// Forms: a route id the learner's answers wrongly lead to.
    #[serde(default)]
    pub route: Option<String>,
    pub feedback: String,
}

/// The outcome a wizard should reach when the guidance's answers are given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// The flowchart as `pack/id`.
    pub wizard: String,
    /// The outcome node.
    pub node: String,
    pub why: String,
    pub cite: Vec<Citation>,
}

/// A fictional answer to one form field: text (also a single choice's value), the values of
/// a multiple choice, or the parts of a date, date-time or address. A date part is `today`,
/// `today-3`, `today+10` (days from the day the form is filled) or an ISO date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Fictional {
    Text(String),
    Choices(Vec<String>),
    Parts(BTreeMap<String, String>),
}

/// Whether a quiz statement is a myth or a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Truth {
    Myth,
    Fact,
}

impl Truth {
    pub const ALL: [Truth; 2] = [Truth::Myth, Truth::Fact];

    pub fn label(self) -> &'static str {
        match self {
            Truth::Myth => "Myth",
            Truth::Fact => "Fact",
        }
    }
}

/// One myth-busting quiz question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizQuestion {
    pub id: String,
    /// The statement the learner judges.
    pub statement: String,
    pub answer: Truth,
    /// Why, shown after answering.
    pub explanation: String,
    pub cite: Vec<Citation>,
}
