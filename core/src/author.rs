//! Writing a pack in the browser: the lead's TOML held as a document that keeps their
//! comments and layout (`toml_edit`), started blank, from a copy of a shipped pack or from a
//! file, changed a value or an item at a time, checked after every change by the same pack
//! checks as a loaded pack (each problem naming its line, item and field), and saved as TOML.
//!
//! - [`path`]: where a value or an item is (`checklist 1, item 2, statement`).
//! - [`sheet`]: the editing pages' fields and lists, by the kind of item.
//! - `edit`: reading and changing values, items and whole parts as text.
//! - `copy`: a shipped pack written out as TOML to start from (feature `toml`: the worker).

#[cfg(feature = "toml")]
mod copy;
mod edit;
pub mod path;
pub mod sheet;

use toml_edit::DocumentMut;

use crate::pack::LocatedProblem;

pub use path::{Path, Step};

/// Larger than any real pack (the national pack is about 100 KB).
pub const MAX_PACK_BYTES: usize = 2 * 1024 * 1024;

const BLANK: &str = include_str!("author/blank.toml");

/// A pack being written.
#[derive(Debug, Clone)]
pub struct Draft {
    doc: DocumentMut,
    /// Changed since it was started, opened or last saved.
    unsaved: bool,
}

impl Draft {
    fn new(doc: DocumentMut) -> Draft {
        Draft { doc, unsaved: false }
    }

    /// A new pack with only its details and its own agreement as a source.
    pub fn blank() -> Draft {
        Draft::new(BLANK.parse().unwrap_or_default())
    }

    /// A pack from a file's text, or where and why it cannot be read as TOML.
    pub fn open(text: &str) -> Result<Draft, LocatedProblem> {
        read(text).map(Draft::new)
    }

    /// The pack as TOML, comments and layout as written.
    pub fn text(&self) -> String {
        self.doc.to_string()
    }

    /// Whether there are edits since it was started, opened or saved.
    pub fn unsaved(&self) -> bool {
        self.unsaved
    }

    /// The pack's text, to save: from now on there are no unsaved edits.
    pub fn save(&mut self) -> String {
        self.unsaved = false;
        self.text()
    }

    /// The item at `path` as the pack checks name it, to match their messages to a page.
    pub fn place(&self, path: &Path) -> String {
        path::place(self.doc.as_item(), path)
    }

    /// The pack, read and checked with the shipped packs as a pack loaded for a visit is (in
    /// the page, by the sealing worker, which holds the TOML reader), or every problem with
    /// its line, item and field.
    #[cfg(feature = "toml")]
    pub fn check(&self, library: &crate::library::Library) -> Result<crate::pack::Pack, Vec<LocatedProblem>> {
        library.check_local_pack("your pack", &self.text())
    }
}

/// Reads TOML text as a document, refusing text over [`MAX_PACK_BYTES`].
fn read(text: &str) -> Result<DocumentMut, LocatedProblem> {
    if text.len() > MAX_PACK_BYTES {
        return Err(problem(None, "The pack must be smaller than 2 MB".to_owned()));
    }
    text.parse::<DocumentMut>().map_err(|error| {
        let line = error.span().map(|span| crate::pack::line_and_column(text, span.start).0);
        problem(line, error.message().trim_end().to_owned())
    })
}

fn problem(line: Option<usize>, message: String) -> LocatedProblem {
    LocatedProblem { line, field: None, place: String::new(), message }
}

#[cfg(all(test, feature = "toml"))]
mod tests;
