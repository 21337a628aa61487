//! The source registry (`packs/sources.toml`): every document a citation may name.

use serde::{Deserialize, Serialize};

/// What kind of document a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// A local information sharing agreement or protocol (the seeds).
    Agreement,
    /// Local or national guidance.
    Guidance,
    /// An Act, regulation or statutory instrument.
    Legislation,
    /// A court judgment.
    CaseLaw,
}

/// One source document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    /// A short name for citations, such as "DfE advice 2024".
    pub short: String,
    pub kind: SourceKind,
    pub publisher: String,
    /// The version or reference the document gives itself.
    pub version: String,
    /// Date of the version used, as the document states it.
    pub date: String,
    /// The seed file name, for the five source agreements.
    #[serde(default)]
    pub seed_file: Option<String>,
    /// Public address, for national sources.
    #[serde(default)]
    pub url: Option<String>,
    /// The sections InfoShare draws on, as the document numbers them.
    pub sections: Vec<String>,
    /// Anything a reader should know: superseded, newer edition exists, and so on.
    #[serde(default)]
    pub note: Option<String>,
    /// Provisions renumbered since the seeds cited them, so every pack names them one way,
    /// each written "s14B is now s16H" (read with [`Moved::parse`]).
    #[serde(default)]
    pub moved: Vec<String>,
}

/// A provision that moved: `from` is now `to` (Children Act 2004 s14B is now s16H).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moved<'s> {
    pub from: &'s str,
    pub to: &'s str,
}

impl<'s> Moved<'s> {
    /// Reads "s14B is now s16H"; `None` for anything else.
    pub fn parse(text: &'s str) -> Option<Moved<'s>> {
        let (from, to) = text.split_once(" is now ")?;
        let word = |part: &str| !part.is_empty() && !part.contains(char::is_whitespace);
        (word(from) && word(to)).then_some(Moved { from, to })
    }

    /// The one way a pack names it: "s16H (formerly s14B)".
    pub fn cited_as(&self) -> String {
        format!("{} (formerly {})", self.to, self.from)
    }
}

/// The parsed `sources.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRegistry {
    pub schema: u32,
    #[serde(rename = "source")]
    pub sources: Vec<Source>,
}

impl SourceRegistry {
    /// Finds a source by id.
    pub fn get(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }
}
