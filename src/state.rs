//! Everything the user has entered this visit (checklists, wizards, records and forms), held
//! in memory only (never in browser storage), keyed by tool so moving between pages loses
//! nothing; and whether the visit is in training mode.

use std::any::Any;
use std::collections::BTreeMap;

use infoshare_core::checklist::ChecklistAnswers;
use infoshare_core::draft::Draft;
use infoshare_core::flow::Walk;
use infoshare_core::form::{Answers, FormRecord};
use infoshare_core::record::{DecisionRecord, RecordInput};
use infoshare_core::route::{ScenarioKey, ToolKey};
use infoshare_core::training::{split_ref, Work};
use leptos::prelude::*;

use crate::sealer::Opened;

/// One kind of entry, per tool.
pub struct Store<T: Send + Sync + 'static>(RwSignal<BTreeMap<String, T>>);

impl<T: Send + Sync + 'static> Clone for Store<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Store<T> {}

impl<T: Default + PartialEq + Send + Sync + 'static> Store<T> {
    fn new() -> Self {
        Store(RwSignal::new(BTreeMap::new()))
    }

    /// Reads the tool's entry (a default one if there is none), tracking it reactively.
    pub fn read<R>(self, key: &ToolKey, read: impl FnOnce(&T) -> R) -> R {
        self.0.with(|all| match all.get(&key.path()) {
            Some(entry) => read(entry),
            None => read(&T::default()),
        })
    }

    /// Changes the tool's entry, creating it if needed.
    pub fn update(self, key: &ToolKey, change: impl FnOnce(&mut T)) {
        self.0.update(|all| change(all.entry(key.path()).or_default()));
    }

    /// Forgets every tool's entry.
    fn clear(self) {
        self.0.set(BTreeMap::new());
    }

    /// Every tool's entry that holds something, by tool path, for a draft.
    fn snapshot(self) -> BTreeMap<String, T>
    where
        T: Clone,
    {
        let empty = T::default();
        // Cloned and thinned rather than collected: collecting into a map sorts, and each
        // entry type would bring its own copy of the sort into the WebAssembly.
        let mut entries = self.0.get_untracked();
        entries.retain(|_, entry| *entry != empty);
        entries
    }

    /// Replaces every entry (resuming a draft).
    fn replace(self, entries: BTreeMap<String, T>) {
        self.0.set(entries);
    }

    /// Whether any tool's entry holds something (an entry reset by "Start again" does not).
    fn has_entries(self) -> bool {
        let empty = T::default();
        self.0.with_untracked(|all| all.values().any(|entry| *entry != empty))
    }
}

/// The visit's work: checklist answers, wizard paths, decision details and finished records.
#[derive(Clone, Copy)]
pub struct Session {
    pub checklists: Store<ChecklistAnswers>,
    pub walks: Store<Walk>,
    pub inputs: Store<RecordInput>,
    pub records: Store<Option<DecisionRecord>>,
    pub forms: Store<Answers>,
    pub form_records: Store<Option<FormRecord>>,
    /// The sealed file opened this visit, if any.
    pub opened: RwSignal<Option<Opened>, LocalStorage>,
    /// Training mode: everything entered is fictional, and every page, print and sealed file
    /// says so.
    pub training: RwSignal<bool>,
    /// The scenario being practised, in training mode.
    pub practice: RwSignal<Option<ScenarioKey>>,
    /// The pack being written (`pages::author`), opaque here so its code stays in the
    /// author chunk; it outlives the page, for a preview in the real pages.
    pub author: StoredValue<Option<Box<dyn Any>>, LocalStorage>,
    /// Whether the pack being written has edits not yet saved as a file.
    pub author_unsaved: RwSignal<bool>,
}

impl Session {
    pub fn new() -> Session {
        Session {
            checklists: Store::new(),
            walks: Store::new(),
            inputs: Store::new(),
            records: Store::new(),
            forms: Store::new(),
            form_records: Store::new(),
            opened: RwSignal::new_local(None),
            training: RwSignal::new(false),
            practice: RwSignal::new(None),
            author: StoredValue::new_local(None),
            author_unsaved: RwSignal::new(false),
        }
    }

    /// Forgets everything entered this visit, and leaves training mode.
    pub fn clear(self) {
        self.checklists.clear();
        self.walks.clear();
        self.inputs.clear();
        self.records.clear();
        self.forms.clear();
        self.form_records.clear();
        self.opened.set(None);
        self.training.set(false);
        self.practice.set(None);
        self.author.set_value(None);
        self.author_unsaved.set(false);
    }

    /// Clears the visit's work and starts training mode, practising `scenario` if given.
    pub fn start_training(self, scenario: Option<ScenarioKey>) {
        self.clear();
        self.training.set(true);
        self.practice.set(scenario);
    }

    /// The unfinished work, as a draft with this reference.
    pub fn to_draft(self, reference: String, now: chrono::NaiveDateTime) -> Draft {
        let mut draft = Draft::new(reference, now, self.training.get_untracked());
        draft.checklists = self.checklists.snapshot();
        draft.walks = self.walks.snapshot();
        draft.inputs = self.inputs.snapshot();
        draft.forms = self.forms.snapshot();
        draft
    }

    /// Replaces the visit's work with a draft's (already checked against the packs).
    pub fn resume(self, draft: Draft) {
        self.clear();
        self.training.set(draft.training);
        self.checklists.replace(draft.checklists);
        self.walks.replace(draft.walks);
        self.inputs.replace(draft.inputs);
        self.forms.replace(draft.forms);
    }

    /// Whether anything has been entered that closing the tab would lose.
    pub fn has_work(self) -> bool {
        self.has_work_besides_the_opened_file()
            || self.opened.with_untracked(Option::is_some)
            || self.author_unsaved.get_untracked()
    }

    /// Whether anything has been entered in the tools.
    pub fn has_work_besides_the_opened_file(self) -> bool {
        self.checklists.has_entries()
            || self.walks.has_entries()
            || self.inputs.has_entries()
            || self.forms.has_entries()
    }
}

/// The session's work as training reads it: by tool reference (`pack/id`), tracked, so views
/// that read progress update as the learner answers.
impl Work for Session {
    fn walk(&self, wizard: &str) -> Walk {
        self.walks.read(&tool(wizard, ToolKey::wizard), Clone::clone)
    }

    fn checklist(&self, checklist: &str) -> ChecklistAnswers {
        self.checklists.read(&tool(checklist, ToolKey::checklist), Clone::clone)
    }

    fn form(&self, form: &str) -> Answers {
        self.forms.read(&tool(form, ToolKey::form), Clone::clone)
    }
}

/// The key of a tool named `pack/id` in a scenario.
pub fn tool(reference: &str, key: fn(&str, &str) -> ToolKey) -> ToolKey {
    let (pack, id) = split_ref(reference).unwrap_or(("", reference));
    key(pack, id)
}

/// The session provided by the app shell.
pub fn session() -> Session {
    expect_context::<Session>()
}
