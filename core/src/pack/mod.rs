//! The pack format, version 4: content declared as data in TOML, every item cited. Version 2
//! adds training scenarios and quiz questions, version 3 an agreement's own rules, version 4
//! the teams that receive sealed files with their public keys; packs of every earlier
//! version are still read.
//!
//! A pack is one TOML file under `packs/`. `sources.toml` is the registry of source documents
//! every citation must name. The schema is documented in `docs/packs.md`.

mod check;
pub mod compact;
mod locate;
mod model;
mod sources;

pub use check::{check_library, PackProblem};
pub use locate::{line_of, locate, located_parse_error, LocatedProblem};
pub use model::{Carry, Checklist, ChecklistItem, Citation, FlowNode, FlowOption, Flowchart, NodeKind, Pack, PackInfo};
pub use sources::{Moved, Source, SourceKind, SourceRegistry};

/// The newest pack schema version this build understands; it reads every version from 1.
pub const SCHEMA_VERSION: u32 = 4;

/// The schema version that added training scenarios and quiz questions.
pub const TRAINING_SCHEMA: u32 = 2;

/// The schema version that added an agreement's summary, breach and retention rules, and
/// protective markings with handling rules.
pub const AGREEMENT_SCHEMA: u32 = 3;

/// The schema version that added the teams that receive sealed files (`[[team]]`) and
/// `one_name` (a person known by one name).
pub const TEAM_SCHEMA: u32 = 4;

/// `one_name` came with the teams, in schema 4.
pub const ONE_NAME_SCHEMA: u32 = TEAM_SCHEMA;

/// Why a pack's TOML could not be read, with the line and column when TOML knows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.line, self.column) {
            (Some(line), Some(col)) => write!(f, "{} line {line}, column {col}: {}", self.file, self.message),
            _ => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Parses TOML text into `T`, turning the byte offset of any error into a line and column.
/// Public so the fuzz target and the corpus replay exercise exactly what a loaded pack runs.
#[cfg(feature = "toml")]
pub fn parse_toml<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, ParseError> {
    toml::from_str(text).map_err(|err| {
        let position = err.span().map(|span| line_and_column(text, span.start));
        ParseError {
            file: file.to_owned(),
            line: position.map(|(line, _)| line),
            column: position.map(|(_, col)| col),
            message: err.message().to_owned(),
        }
    })
}

/// Parses JSON (a shipped pack, converted from TOML by `build.rs`) into `T`.
pub fn parse_json<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, ParseError> {
    serde_json::from_str(text).map_err(|err| ParseError {
        file: file.to_owned(),
        line: Some(err.line()),
        column: Some(err.column()),
        message: err.to_string(),
    })
}

/// One-based line and column (in characters) of a byte offset in `text`.
#[cfg(any(feature = "toml", feature = "author"))]
pub(crate) fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..text.floor_char_boundary(offset.min(text.len()))];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |tail| tail.chars().count()) + 1;
    (line, column)
}

#[cfg(all(test, feature = "toml"))]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_counts_from_one_and_in_characters() {
        assert_eq!(line_and_column("abc", 0), (1, 1));
        assert_eq!(line_and_column("ab\ncd", 4), (2, 2));
        assert_eq!(line_and_column("ł\nżx", 5), (2, 2));
        assert_eq!(line_and_column("ab", 99), (1, 3));
    }

    #[test]
    fn parse_errors_name_the_line() {
        let err = parse_toml::<PackInfo>("bad.toml", "id = \"x\"\ntitle = \n").unwrap_err();
        assert_eq!(err.line, Some(2));
        assert!(err.to_string().starts_with("bad.toml line 2"), "{err}");
    }
}
