//! The serde model of a pack file: what the TOML says, before any cross-checking.

use serde::{Deserialize, Serialize};

/// Where a piece of content comes from: a source id from `sources.toml` and a place in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// An id in the source registry, such as `seed-004` or `dfe-2024`.
    pub source: String,
    /// Section, paragraph, article or page, as the source numbers it (`§4`, `App B`, `Art 5(1)`).
    pub at: String,
}

/// A whole pack file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    pub pack: PackInfo,
    #[serde(default, rename = "checklist")]
    pub checklists: Vec<Checklist>,
    #[serde(default, rename = "flowchart")]
    pub flowcharts: Vec<Flowchart>,
    #[serde(default, rename = "calendar")]
    pub calendars: Vec<crate::calendar::Calendar>,
    #[serde(default, rename = "form")]
    pub forms: Vec<crate::form::Form>,
    /// Training scenarios (format version 2).
    #[serde(default, rename = "scenario")]
    pub scenarios: Vec<crate::training::Scenario>,
    /// Myth-busting quiz questions (format version 2).
    #[serde(default, rename = "quiz")]
    pub quiz: Vec<crate::training::QuizQuestion>,
    /// Sources a pack loaded by a user describes itself (its own local agreement), added to
    /// the registry for it; the shipped packs cite `sources.toml` only.
    #[serde(default, rename = "source")]
    pub own_sources: Vec<super::Source>,
    /// The agreement's summary, contacts, review, breach and retention rules (format 3).
    #[serde(default)]
    pub agreement: Option<crate::agreement::Agreement>,
    /// What each protective marking means, as the agreement defines it (format 3).
    #[serde(default, rename = "classification")]
    pub classifications: Vec<crate::handling::Classification>,
    /// The agreement's handling rules by marking and method (format 3).
    #[serde(default)]
    pub handling: Vec<crate::handling::HandlingRule>,
    /// The teams that receive sealed files, with their public keys (format 4).
    #[serde(default, rename = "team")]
    pub teams: Vec<crate::team::Team>,
}

/// The `[pack]` table: identity, version and the date the law was checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackInfo {
    pub id: String,
    pub title: String,
    /// The pack's own content version (semantic versioning).
    pub version: String,
    /// The pack format version: from 1 to [`super::SCHEMA_VERSION`]; 2 for training content, 3 for an agreement summary and handling rules, 4 for teams and their keys.
    pub schema: u32,
    /// ISO date (YYYY-MM-DD) the content was last checked against the law.
    pub law_as_at: String,
    /// One sentence saying what the pack covers.
    pub summary: String,
    /// The sources this pack is built from, as registry ids.
    pub sources: Vec<String>,
}

/// A checklist: statements a practitioner confirms one by one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    pub id: String,
    pub title: String,
    /// A one-line purpose, shown where tools are listed.
    pub purpose: String,
    /// Shown above the items: what the checklist is and when to use it.
    pub intro: String,
    /// Any caveat about versions or differences between sources.
    #[serde(default)]
    pub note: Option<String>,
    pub cite: Vec<Citation>,
    #[serde(rename = "item")]
    pub items: Vec<ChecklistItem>,
}

/// One statement in a checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistItem {
    pub id: String,
    /// The plain-English statement the practitioner answers.
    pub statement: String,
    /// What this means for you, in practice.
    pub meaning: String,
    /// What to do when the answer is No or the item is left unanswered.
    pub if_not: String,
    pub cite: Vec<Citation>,
}

/// A decision flowchart: questions, information and outcomes joined by ids.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flowchart {
    pub id: String,
    pub title: String,
    pub purpose: String,
    /// The id of the first node.
    pub start: String,
    /// The outcome reached from any step by "a child or adult is at immediate risk".
    pub exit: String,
    pub cite: Vec<Citation>,
    #[serde(rename = "node")]
    pub nodes: Vec<FlowNode>,
}

/// What kind of step a node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NodeKind {
    /// Asks the user to choose one option.
    Question,
    /// Tells the user something, then moves on to `next`.
    Info,
    /// Ends the flowchart with a result and next steps.
    Outcome,
}

/// One step of a flowchart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlowNode {
    pub id: String,
    pub kind: NodeKind,
    /// The question, the information, or the outcome's heading.
    pub text: String,
    #[serde(default)]
    pub hint: Option<String>,
    /// Questions: the choices, each leading to another node.
    #[serde(default, rename = "option")]
    pub options: Vec<FlowOption>,
    /// Information nodes: where to go after reading.
    #[serde(default)]
    pub next: Option<String>,
    /// Outcomes: what to do now.
    #[serde(default)]
    pub next_steps: Vec<String>,
    /// Outcomes: the tools to go on to, as `checklists|wizards|forms/<pack>/<id>` (schema 3).
    #[serde(default)]
    pub opens: Vec<String>,
    /// Outcomes: answers given on the way here that answer questions in a wizard it opens.
    #[serde(default)]
    pub carry: Vec<Carry>,
    #[serde(default)]
    pub cite: Vec<Citation>,
}

/// One answer to a question node.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlowOption {
    pub label: String,
    #[serde(default)]
    pub hint: Option<String>,
    pub next: String,
    /// What choosing this establishes, worded ready for the decision record
    /// (for example a lawful basis). Findings collect along the path.
    #[serde(default)]
    pub finding: Option<String>,
    /// Required with a finding.
    #[serde(default)]
    pub cite: Vec<Citation>,
}

/// One answer an outcome carries into a wizard it opens: when `from` was answered `chose` on
/// the way to the outcome, the next wizard starts with `answers` answered `with`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Carry {
    /// The wizard, as written in the outcome's `opens`.
    pub to: String,
    /// A question on this flowchart, and the label of the option chosen there.
    pub from: String,
    pub chose: String,
    /// A question in the wizard `to`, and the label of the option it is given.
    pub answers: String,
    pub with: String,
}

impl Pack {
    /// Finds a checklist in this pack by id.
    pub fn checklist(&self, id: &str) -> Option<&Checklist> {
        self.checklists.iter().find(|checklist| checklist.id == id)
    }
}

impl Flowchart {
    /// Finds a node by id.
    pub fn node(&self, id: &str) -> Option<&FlowNode> {
        self.nodes.iter().find(|node| node.id == id)
    }
}

impl Pack {
    /// Finds a flowchart in this pack by id.
    pub fn flowchart(&self, id: &str) -> Option<&Flowchart> {
        self.flowcharts.iter().find(|flowchart| flowchart.id == id)
    }

    /// Finds a form in this pack by id.
    pub fn form(&self, id: &str) -> Option<&crate::form::Form> {
        self.forms.iter().find(|form| form.id == id)
    }

    /// Finds a training scenario in this pack by id.
    pub fn scenario(&self, id: &str) -> Option<&crate::training::Scenario> {
        self.scenarios.iter().find(|scenario| scenario.id == id)
    }
}

impl FlowNode {
    /// Every node id this node leads to.
    pub fn successors(&self) -> impl Iterator<Item = &str> {
        self.options.iter().map(|option| option.next.as_str()).chain(self.next.as_deref())
    }
}
