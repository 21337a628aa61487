//! The packs in use this visit: the shipped ones, plus any a safeguarding lead loaded from a
//! file. A loaded pack lives in memory only; clearing everything or closing the tab forgets it.

use infoshare_core::library::Library;
use infoshare_core::pack::Pack;
use leptos::prelude::*;

/// The packs in use, provided by the shell.
#[derive(Clone, Copy)]
pub struct Packs {
    shipped: &'static Library,
    /// The library every page reads; the app is drawn again when it changes.
    pub current: RwSignal<&'static Library>,
    /// The titles of the packs loaded this visit, in loading order.
    pub loaded: RwSignal<Vec<String>>,
}

impl Packs {
    pub fn new(shipped: &'static Library) -> Packs {
        Packs { shipped, current: RwSignal::new(shipped), loaded: RwSignal::new(Vec::new()) }
    }

    /// Adds a pack for this visit, replacing a pack with the same id. Returns whether it
    /// replaced one.
    pub fn load(self, pack: Pack) -> bool {
        let mut library = self.current.get_untracked().clone();
        let title = pack.pack.title.clone();
        let replaced = library.add_pack(pack);
        self.loaded.update(|loaded| loaded.push(title));
        // Each load is kept for the rest of the visit, so the pages can borrow it for as long.
        self.current.set(Box::leak(Box::new(library)));
        replaced
    }

    /// Back to the shipped packs only.
    pub fn reset(self) {
        if !std::ptr::eq(self.current.get_untracked(), self.shipped) {
            self.current.set(self.shipped);
        }
        self.loaded.set(Vec::new());
    }
}

/// The packs provided by the shell.
pub fn packs() -> Packs {
    expect_context::<Packs>()
}
