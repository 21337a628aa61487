//! Everything the user has entered this visit (checklists, wizards, records and forms), held in memory only (never in browser storage),
//! keyed by tool so moving between pages loses nothing.

use std::collections::BTreeMap;

use infoshare_core::checklist::ChecklistAnswers;
use infoshare_core::flow::Walk;
use infoshare_core::form::{Answers, FormRecord};
use infoshare_core::record::{DecisionRecord, RecordInput};
use infoshare_core::route::ToolKey;
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
        }
    }

    /// Whether anything has been entered that closing the tab would lose.
    pub fn has_work(self) -> bool {
        self.checklists.has_entries()
            || self.walks.has_entries()
            || self.inputs.has_entries()
            || self.forms.has_entries()
    }
}

/// The session provided by the app shell.
pub fn session() -> Session {
    expect_context::<Session>()
}
