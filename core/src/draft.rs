//! Drafts: the visit's unfinished work (checklist answers, wizard paths, decision details and
//! form answers) saved as a sealed age file, since there is no server to keep it, and resumed
//! from that file later. Finished records are not in a draft: they are sealed or printed.
//!
//! A draft read back is trusted no further than the packs allow: entries for tools this copy
//! of InfoShare does not have, and wizard paths their flowchart does not allow, are dropped
//! and counted, never shown half-broken.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::checklist::ChecklistAnswers;
use crate::flow::Walk;
use crate::form::Answers;
use crate::library::Library;
use crate::pack::Flowchart;
use crate::record::{RecordInput, ToolKind};
use crate::route::ToolKey;

/// The `format` value of every draft.
pub const FORMAT: &str = "infoshare-draft";
/// The draft schema version this build writes and the newest it reads.
pub const VERSION: u32 = 1;
/// The prefix of a draft's neutral reference, and so of its file name ("DRAFT-7K3Q.age").
pub const REFERENCE_PREFIX: &str = "DRAFT";

/// The work of one visit, keyed by tool path (`wizards/national/should-i-share`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub format: String,
    pub version: u32,
    pub reference: String,
    pub saved: NaiveDateTime,
    /// Work done in training mode is fictional, and resumes in training mode.
    #[serde(default)]
    pub training: bool,
    #[serde(default)]
    pub checklists: BTreeMap<String, ChecklistAnswers>,
    #[serde(default)]
    pub walks: BTreeMap<String, Walk>,
    #[serde(default)]
    pub inputs: BTreeMap<String, RecordInput>,
    #[serde(default)]
    pub forms: BTreeMap<String, Answers>,
}

impl Draft {
    /// An empty draft with its reference, saved at `saved`.
    pub fn new(reference: String, saved: NaiveDateTime, training: bool) -> Draft {
        Draft {
            format: FORMAT.to_owned(),
            version: VERSION,
            reference,
            saved,
            training,
            checklists: BTreeMap::new(),
            walks: BTreeMap::new(),
            inputs: BTreeMap::new(),
            forms: BTreeMap::new(),
        }
    }

    /// How many tools the draft holds work for.
    pub fn tool_count(&self) -> usize {
        self.tool_paths().len()
    }

    /// Every tool path with work in the draft, once each, in order.
    pub fn tool_paths(&self) -> Vec<&str> {
        let mut paths: Vec<&str> = (self.checklists.keys())
            .chain(self.walks.keys())
            .chain(self.inputs.keys())
            .chain(self.forms.keys())
            .map(String::as_str)
            .collect();
        paths.sort_unstable();
        paths.dedup();
        paths
    }

    /// Drops what this library cannot show: entries for unknown tools and wizard paths their
    /// flowchart does not allow. Returns how many entries were dropped.
    pub fn keep_what_fits(&mut self, library: &Library) -> usize {
        let before = self.entries();
        self.checklists.retain(|path, _| tool_exists(library, path, ToolKind::Checklist));
        self.forms.retain(|path, _| tool_exists(library, path, ToolKind::Form));
        self.inputs.retain(|path, _| {
            tool_exists(library, path, ToolKind::Wizard) || tool_exists(library, path, ToolKind::Checklist)
        });
        self.walks.retain(|path, walk| chart_at(library, path).is_some_and(|chart| walk.fits(chart)));
        before - self.entries()
    }

    fn entries(&self) -> usize {
        self.checklists.len() + self.walks.len() + self.inputs.len() + self.forms.len()
    }

    /// The draft as JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a draft, refusing other JSON and newer versions, with a message for the user.
    pub fn from_json(text: &str) -> Result<Draft, String> {
        let draft: Draft = serde_json::from_str(text).map_err(|_| "This file is not an InfoShare draft".to_owned())?;
        if draft.format != FORMAT {
            return Err("This file is not an InfoShare draft".to_owned());
        }
        if draft.version > VERSION {
            return Err(format!(
                "This draft was saved by a newer version of InfoShare (draft version {}). Open it in the newer version",
                draft.version
            ));
        }
        Ok(draft)
    }
}

fn tool_exists(library: &Library, path: &str, kind: ToolKind) -> bool {
    let at = |pack: &str, id: &str, key: fn(&str, &str) -> ToolKey| key(pack, id).path() == path;
    match kind {
        ToolKind::Checklist => {
            library.checklists().any(|(pack, checklist)| at(pack, &checklist.id, ToolKey::checklist))
        }
        ToolKind::Wizard => chart_at(library, path).is_some(),
        ToolKind::Form => library.forms().any(|(pack, form)| at(pack, &form.id, ToolKey::form)),
    }
}

fn chart_at<'l>(library: &'l Library, path: &str) -> Option<&'l Flowchart> {
    library.flowcharts().find(|(pack, chart)| ToolKey::wizard(pack, &chart.id).path() == path).map(|(_, chart)| chart)
}

#[cfg(test)]
mod tests;
