//! The packs in use this visit. The page starts with the catalogue (enough for Home) and reads
//! the shipped library from its static file when a page first needs it, with the reader from
//! its own chunk, and the training scenarios and quiz from theirs when a training page first
//! needs them; a safeguarding lead may add their own pack from a file. A loaded pack lives in
//! memory only; clearing everything or closing the tab forgets it.

use infoshare_core::library::{Library, PACKS_FILE, TRAINING_FILE};
use infoshare_core::pack::Pack;
use leptos::prelude::*;

use crate::areas::{Chunk, ReadLibrary};

/// How far reading one of the library's files has got.
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
    /// The shipped library, once read (with its training, once that is read too).
    shipped: StoredValue<Option<&'static Library>>,
    /// The packs file.
    pub content: RwSignal<Content>,
    /// The training file: `Read` once its scenarios and quiz are in the library.
    pub training: RwSignal<Content>,
    /// What is needed to make the library again with its training: the two files' bytes and
    /// the packs loaded this visit, until it is made.
    before_training: StoredValue<BeforeTraining>,
    /// The library every page but Home's kind reads, once read: the shipped packs and any
    /// loaded this visit. Pages are drawn again when it changes.
    pub current: RwSignal<Option<&'static Library>>,
    /// The titles of the packs loaded this visit, in loading order.
    pub loaded: RwSignal<Vec<String>>,
}

/// The library is made again, from its files, when the training is read (which moves the
/// training into it instead of copying every pack), with the packs loaded this visit added.
#[derive(Default)]
struct BeforeTraining {
    packs_file: Option<Vec<u8>>,
    training_file: Option<Vec<u8>>,
    loaded: Vec<Vec<u8>>,
}

impl Packs {
    /// Starts with nothing read, or with the whole library if it is already in memory (the
    /// component tests).
    pub fn new(whole: Option<&'static Library>) -> Packs {
        let read = if whole.is_some() { Content::Read } else { Content::NotRead };
        Packs {
            shipped: StoredValue::new(whole),
            content: RwSignal::new(read.clone()),
            training: RwSignal::new(read),
            before_training: StoredValue::new(BeforeTraining::default()),
            current: RwSignal::new(whole),
            loaded: RwSignal::new(Vec::new()),
        }
    }

    /// Starts reading the library, and its training if `training`, unless read or being read:
    /// each file is fetched while the chunk that reads it is.
    pub fn read_content(self, training: bool) {
        // Taken now: the tasks below run outside any reactive owner.
        let reader = crate::areas::chunks().library_reader;
        if matches!(self.content.get_untracked(), Content::NotRead | Content::Failed(_)) {
            self.content.set(Content::Reading);
            leptos::task::spawn_local(async move {
                let read = read_file(reader, PACKS_FILE).await.and_then(|(bytes, read)| {
                    let library = read(&bytes, None, &[]).ok_or_else(|| crate::assets::could_not_read(PACKS_FILE))?;
                    Ok((bytes, read, library))
                });
                match read {
                    Ok((bytes, read, library)) => {
                        // Read once a visit and kept for it, so the pages can borrow it for as long.
                        let library: &'static Library = Box::leak(Box::new(library));
                        self.shipped.set_value(Some(library));
                        self.content.set(Content::Read);
                        self.before_training.update_value(|before| before.packs_file = Some(bytes));
                        if !self.add_training(read) {
                            self.current.set(Some(library));
                        }
                    }
                    Err(message) => self.content.set(Content::Failed(message)),
                }
            });
        }
        if training && matches!(self.training.get_untracked(), Content::NotRead | Content::Failed(_)) {
            self.training.set(Content::Reading);
            leptos::task::spawn_local(async move {
                match read_file(reader, TRAINING_FILE).await {
                    Ok((bytes, read)) => {
                        self.before_training.update_value(|before| before.training_file = Some(bytes));
                        self.add_training(read);
                    }
                    Err(message) => self.training.set(Content::Failed(message)),
                }
            });
        }
    }

    /// Reads again whichever file could not be read.
    pub fn try_again(self) {
        self.read_content(matches!(self.training.get_untracked(), Content::Failed(_)));
    }

    /// Makes the library again with its training once both files are read, as the shipped one
    /// and, with the packs loaded this visit, as the one in use; returns whether it did.
    fn add_training(self, read: ReadLibrary) -> bool {
        let made = self.before_training.with_value(|before| {
            let (packs, training) = (before.packs_file.as_ref()?, before.training_file.as_ref()?);
            let with_loaded = (!before.loaded.is_empty()).then(|| read(packs, Some(training), &before.loaded));
            Some((read(packs, Some(training), &[]), with_loaded.flatten()))
        });
        let Some((whole, with_loaded)) = made else { return false };
        let Some(whole) = whole else {
            self.before_training.update_value(|before| before.training_file = None);
            self.training.set(Content::Failed(crate::assets::could_not_read(TRAINING_FILE)));
            return false;
        };
        self.before_training.set_value(BeforeTraining::default());
        // Kept for the rest of the visit, so the pages can borrow them for as long.
        let whole: &'static Library = Box::leak(Box::new(whole));
        let current = with_loaded.map_or(whole, |current| Box::leak(Box::new(current)));
        self.shipped.set_value(Some(whole));
        self.training.set(Content::Read);
        self.current.set(Some(current));
        true
    }

    /// Adds a pack for this visit, replacing a pack with the same id. Returns whether it
    /// replaced one, or `None` if the library has not been read (the page that loads packs
    /// is drawn only once it has). `compact` is the pack as the worker passed it, kept to make
    /// the library again when the training is read.
    pub fn load(self, pack: Pack, compact: &[u8]) -> Option<bool> {
        let mut library = self.current.get_untracked()?.clone();
        let title = pack.pack.title.clone();
        if self.training.get_untracked() != Content::Read {
            self.before_training.update_value(|before| before.loaded.push(compact.to_vec()));
        }
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
        self.before_training.update_value(|before| before.loaded.clear());
    }
}

/// In a copy published for an area (`infoshare_core::publish`), the packs Home lists, in
/// order: the page reads the packs file at start and draws Home from it.
pub fn published_home() -> Option<Vec<String>> {
    let listed = crate::dom::meta(infoshare_core::publish::PUBLISHED_META)?;
    Some(listed.split_whitespace().map(str::to_owned).collect())
}

/// One of the library's files and the reader, or a sentence saying why they could not be had.
async fn read_file(reader: Chunk<ReadLibrary>, name: &'static str) -> Result<(Vec<u8>, ReadLibrary), String> {
    reader.fetch();
    let bytes = crate::assets::bytes(name).await;
    let read = reader.wait().await.map_err(|_| crate::assets::could_not_read(name));
    Ok((bytes?, read?))
}

/// The packs provided by the shell.
pub fn packs() -> Packs {
    expect_context::<Packs>()
}
