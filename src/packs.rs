//! The packs in use this visit. The page starts with the catalogue (enough for Home) and reads
//! the whole shipped library from its static file when a page first needs it, with the reader
//! from its own chunk; a safeguarding lead may add their own pack from a file. A loaded pack lives in memory only; clearing
//! everything or closing the tab forgets it.

use infoshare_core::library::{Library, PACKS_FILE};
use infoshare_core::pack::Pack;
use leptos::prelude::*;

/// How far reading the whole library has got.
#[derive(Clone, PartialEq)]
pub enum Content {
    /// Not asked for yet: Home and the pages like it need only the catalogue.
    NotRead,
    Reading,
    Read,
    /// A sentence for the user.
    Failed(String),
}

/// The packs in use, provided by the shell.
#[derive(Clone, Copy)]
pub struct Packs {
    /// The shipped library, once read.
    shipped: StoredValue<Option<&'static Library>>,
    pub content: RwSignal<Content>,
    /// The library every page but Home's kind reads, once read: the shipped packs and any
    /// loaded this visit. Pages are drawn again when it changes.
    pub current: RwSignal<Option<&'static Library>>,
    /// The titles of the packs loaded this visit, in loading order.
    pub loaded: RwSignal<Vec<String>>,
}

impl Packs {
    /// Starts with nothing read, or with the whole library if it is already in memory (the
    /// component tests).
    pub fn new(whole: Option<&'static Library>) -> Packs {
        Packs {
            shipped: StoredValue::new(whole),
            content: RwSignal::new(if whole.is_some() { Content::Read } else { Content::NotRead }),
            current: RwSignal::new(whole),
            loaded: RwSignal::new(Vec::new()),
        }
    }

    /// Starts reading the whole library, unless it is read or being read: the packs file is
    /// fetched while the chunk that reads it is.
    pub fn read_content(self) {
        if !matches!(self.content.get_untracked(), Content::NotRead | Content::Failed(_)) {
            return;
        }
        self.content.set(Content::Reading);
        let reader = crate::areas::chunks().library_reader;
        reader.fetch();
        leptos::task::spawn_local(async move {
            let bytes = crate::assets::bytes(PACKS_FILE).await;
            let read = match reader.wait().await {
                Ok(read_library) => bytes.and_then(|bytes| read_library(&bytes)),
                Err(_) => Err(crate::assets::could_not_read(PACKS_FILE)),
            };
            match read {
                Ok(library) => {
                    // Read once a visit and kept for it, so the pages can borrow it for as long.
                    let library: &'static Library = Box::leak(Box::new(library));
                    self.shipped.set_value(Some(library));
                    self.content.set(Content::Read);
                    self.current.set(Some(library));
                }
                Err(message) => self.content.set(Content::Failed(message)),
            }
        });
    }

    /// Adds a pack for this visit, replacing a pack with the same id. Returns whether it
    /// replaced one, or `None` if the library has not been read (the page that loads packs
    /// is drawn only once it has).
    pub fn load(self, pack: Pack) -> Option<bool> {
        let mut library = self.current.get_untracked()?.clone();
        let title = pack.pack.title.clone();
        let replaced = library.add_pack(pack);
        self.loaded.update(|loaded| loaded.push(title));
        // Each load is kept for the rest of the visit, so the pages can borrow it for as long.
        self.current.set(Some(Box::leak(Box::new(library))));
        Some(replaced)
    }

    /// Back to the shipped packs only.
    pub fn reset(self) {
        let shipped = self.shipped.get_value();
        let same = match (self.current.get_untracked(), shipped) {
            (Some(current), Some(shipped)) => std::ptr::eq(current, shipped),
            (current, shipped) => current.is_none() && shipped.is_none(),
        };
        if !same {
            self.current.set(shipped);
        }
        self.loaded.set(Vec::new());
    }
}

/// In a copy published for an area (`infoshare_core::publish`), the packs Home lists, in
/// order: the page reads the packs file at start and draws Home from it.
pub fn published_home() -> Option<Vec<String>> {
    let listed = crate::dom::meta(infoshare_core::publish::PUBLISHED_META)?;
    Some(listed.split_whitespace().map(str::to_owned).collect())
}

/// The packs provided by the shell.
pub fn packs() -> Packs {
    expect_context::<Packs>()
}
