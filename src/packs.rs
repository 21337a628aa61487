//! The packs in use this visit. The page starts with the catalogue (enough for Home) and reads
//! the whole shipped library from its static file when a page first needs it; a safeguarding
//! lead may add their own pack from a file. A loaded pack lives in memory only; clearing
//! everything or closing the tab forgets it.

use infoshare_core::library::{Library, PACKS_FILE};
use infoshare_core::pack::Pack;
use infoshare_core::route::Route;
use leptos::prelude::*;

/// How far reading the whole library has got.
#[derive(Clone, PartialEq)]
pub enum Content {
    /// Only the catalogue is here.
    Catalogue,
    Reading,
    Read,
    /// A sentence for the user.
    Failed(String),
}

/// The packs in use, provided by the shell.
#[derive(Clone, Copy)]
pub struct Packs {
    /// The shipped packs: the catalogue until the whole library has been read.
    shipped: StoredValue<&'static Library>,
    pub content: RwSignal<Content>,
    /// The library every page reads; the app is drawn again when it changes.
    pub current: RwSignal<&'static Library>,
    /// The titles of the packs loaded this visit, in loading order.
    pub loaded: RwSignal<Vec<String>>,
}

/// Whether a page can be drawn from the catalogue alone.
pub fn catalogue_is_enough(route: &Route) -> bool {
    matches!(route, Route::Home | Route::Privacy | Route::Accessibility | Route::NotFound)
}

impl Packs {
    /// Starts from the catalogue, or from the whole library if it is already in memory.
    pub fn new(catalogue: &'static Library, whole: Option<&'static Library>) -> Packs {
        let shipped = whole.unwrap_or(catalogue);
        Packs {
            shipped: StoredValue::new(shipped),
            content: RwSignal::new(if whole.is_some() { Content::Read } else { Content::Catalogue }),
            current: RwSignal::new(shipped),
            loaded: RwSignal::new(Vec::new()),
        }
    }

    /// Starts reading the whole library, unless it is read or being read. `then_focus`: move
    /// focus to the page heading once read (the user navigated to a page that waited for it).
    pub fn read_content(self, then_focus: bool) {
        if !matches!(self.content.get_untracked(), Content::Catalogue | Content::Failed(_)) {
            return;
        }
        self.content.set(Content::Reading);
        leptos::task::spawn_local(async move {
            let read = crate::assets::text(PACKS_FILE)
                .await
                .and_then(|text| Library::from_json(&text).map_err(|_| crate::assets::could_not_read(PACKS_FILE)));
            match read {
                Ok(library) => {
                    // Read once a visit and kept for it, so the pages can borrow it for as long.
                    let library: &'static Library = Box::leak(Box::new(library));
                    self.shipped.set_value(library);
                    self.content.set(Content::Read);
                    self.current.set(library);
                    if then_focus {
                        crate::dom::focus_after_render(crate::router::HEADING_ID);
                    }
                }
                Err(message) => self.content.set(Content::Failed(message)),
            }
        });
    }

    /// Adds a pack for this visit, replacing a pack with the same id. Returns whether it
    /// replaced one. Only offered once the whole library has been read.
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
        let shipped = self.shipped.get_value();
        if !std::ptr::eq(self.current.get_untracked(), shipped) {
            self.current.set(shipped);
        }
        self.loaded.set(Vec::new());
    }
}

/// The packs provided by the shell.
pub fn packs() -> Packs {
    expect_context::<Packs>()
}
