//! The packs shipped with InfoShare, converted at build time from `packs/`.
//!
//! `build.rs` converts each TOML pack to JSON, so nothing but the sealing worker needs a TOML
//! parser. [`Library::shipped`] embeds every pack (the sealing worker, the native tests).
//! The app's page embeds only the [`crate::catalogue`], enough to draw Home, and reads the
//! library from the static file [`PACKS_FILE`] (written by the `export-packs` binary) with
//! [`Library::from_compact`] when a page first needs it, which keeps the packs out of the
//! first load; the training scenarios and quiz come from [`TRAINING_FILE`], read only by the
//! training pages. The shipped packs are checked by this crate's tests, so a parse failure at
//! run time cannot happen in a released build, but is still reported as an error rather
//! than a panic.

use crate::pack::compact::{from_compact, to_compact, CompactError};
use crate::pack::{
    check_library, parse_json, Checklist, Citation, Flowchart, Pack, PackProblem, ParseError, SourceRegistry,
};
#[cfg(feature = "toml")]
use crate::pack::{locate, located_parse_error, LocatedProblem};
use crate::training::{QuizQuestion, Scenario};

/// The JSON `build.rs` made from a pack file, under the pack file's name.
macro_rules! shipped {
    ($name:literal) => {
        (concat!($name, ".toml"), include_str!(concat!(env!("OUT_DIR"), "/", $name, ".json")))
    };
}

/// The embedded packs, in the order their tools are listed.
const PACK_FILES: &[(&str, &str)] = &[
    shipped!("national"),
    shipped!("lincolnshire"),
    shipped!("llr"),
    shipped!("thames-valley-encompass"),
    shipped!("lancashire"),
    shipped!("north-east-lincolnshire"),
    shipped!("training"),
];

const SOURCES_FILE: (&str, &str) = shipped!("sources");

/// The name of the static file holding the whole library in the compact form
/// ([`crate::pack::compact`]), with a hash of its content.
pub const PACKS_FILE: &str = env!("INFOSHARE_PACKS_FILE");

/// The name of the static file holding the packs' training scenarios and quiz questions, which
/// only the training pages read ([`Library::without_training`]), with the same hash.
pub const TRAINING_FILE: &str = env!("INFOSHARE_TRAINING_FILE");

/// All loaded packs and the source registry they cite.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Library {
    pub sources: SourceRegistry,
    pub packs: Vec<Pack>,
}

impl Library {
    /// Parses the embedded packs.
    pub fn shipped() -> Result<Library, ParseError> {
        let sources = parse_json(SOURCES_FILE.0, SOURCES_FILE.1)?;
        let packs = PACK_FILES.iter().map(|(file, text)| parse_json(file, text)).collect::<Result<_, _>>()?;
        Ok(Library { sources, packs })
    }

    /// Reads the whole library from the bytes of [`PACKS_FILE`].
    pub fn from_compact(bytes: &[u8]) -> Result<Library, CompactError> {
        from_compact(bytes)
    }

    /// The library in the compact form, as [`PACKS_FILE`] holds it.
    pub fn to_compact(&self) -> Result<Vec<u8>, CompactError> {
        to_compact(self)
    }

    /// The library split in two for the page, so a page that trains nobody does not read the
    /// scenarios and quiz: every pack without its scenarios and quiz questions ([`PACKS_FILE`]),
    /// and each pack that has some reduced to its details, scenarios and quiz, with no sources
    /// ([`TRAINING_FILE`]).
    pub fn without_training(mut self) -> (Library, Library) {
        let training = self
            .packs
            .iter_mut()
            .filter(|pack| !pack.scenarios.is_empty() || !pack.quiz.is_empty())
            .map(|pack| Pack {
                pack: pack.pack.clone(),
                checklists: Vec::new(),
                flowcharts: Vec::new(),
                calendars: Vec::new(),
                forms: Vec::new(),
                scenarios: std::mem::take(&mut pack.scenarios),
                quiz: std::mem::take(&mut pack.quiz),
                own_sources: Vec::new(),
                agreement: None,
                classifications: Vec::new(),
                handling: Vec::new(),
                teams: Vec::new(),
            })
            .collect();
        let sources = SourceRegistry { schema: self.sources.schema, sources: Vec::new() };
        (self, Library { sources, packs: training })
    }

    /// This library with the training read from [`TRAINING_FILE`] put back in its packs
    /// (moved, not copied: the page reads both files again to make it).
    pub fn with_training(mut self, training: Library) -> Library {
        for part in training.packs {
            if let Some(pack) = self.packs.iter_mut().find(|pack| pack.pack.id == part.pack.id) {
                pack.scenarios = part.scenarios;
                pack.quiz = part.quiz;
            }
        }
        self
    }

    /// Everything wrong with the library; empty when it is sound.
    pub fn problems(&self) -> Vec<PackProblem> {
        check_library(&self.sources, &self.packs)
    }

    /// Reads and checks a pack a user wrote against these packs (it takes the place of a pack
    /// with the same id). Every problem in it is placed by line and field.
    #[cfg(feature = "toml")]
    pub fn check_local_pack(&self, file: &str, text: &str) -> Result<Pack, Vec<LocatedProblem>> {
        let pack: Pack = crate::pack::parse_toml(file, text).map_err(|error| vec![located_parse_error(error)])?;
        let mut trial = self.clone();
        trial.add_pack(pack.clone());
        let problems: Vec<LocatedProblem> = check_library(&trial.sources, &trial.packs)
            .into_iter()
            .filter(|problem| problem.pack == pack.pack.id || problem.pack == "sources")
            .map(|problem| locate(text, problem))
            .collect();
        if problems.is_empty() {
            Ok(pack)
        } else {
            Err(problems)
        }
    }

    /// Adds a checked pack for this visit, with its own sources, in place of a pack with the
    /// same id. Returns whether it replaced one.
    pub fn add_pack(&mut self, pack: Pack) -> bool {
        for source in &pack.own_sources {
            if self.sources.get(&source.id).is_none() {
                self.sources.sources.push(source.clone());
            }
        }
        match self.packs.iter_mut().find(|existing| existing.pack.id == pack.pack.id) {
            Some(existing) => {
                *existing = pack;
                true
            }
            None => {
                self.packs.push(pack);
                false
            }
        }
    }

    /// Finds a pack by id.
    pub fn pack(&self, id: &str) -> Option<&Pack> {
        self.packs.iter().find(|pack| pack.pack.id == id)
    }

    /// Finds a checklist by its pack id and its own id.
    pub fn checklist(&self, pack: &str, id: &str) -> Option<&Checklist> {
        self.pack(pack)?.checklist(id)
    }

    /// Finds a flowchart by its pack id and its own id.
    pub fn flowchart(&self, pack: &str, id: &str) -> Option<&Flowchart> {
        self.pack(pack)?.flowchart(id)
    }

    /// Finds a form by its pack id and its own id.
    pub fn form(&self, pack: &str, id: &str) -> Option<&crate::form::Form> {
        self.pack(pack)?.form(id)
    }

    /// Every form with the id of the pack it belongs to.
    pub fn forms(&self) -> impl Iterator<Item = (&str, &crate::form::Form)> {
        self.packs.iter().flat_map(|pack| pack.forms.iter().map(move |f| (pack.pack.id.as_str(), f)))
    }

    /// Every flowchart with the id of the pack it belongs to.
    pub fn flowcharts(&self) -> impl Iterator<Item = (&str, &Flowchart)> {
        self.packs.iter().flat_map(|pack| pack.flowcharts.iter().map(move |f| (pack.pack.id.as_str(), f)))
    }

    /// Every training scenario with the id of the pack it belongs to.
    pub fn scenarios(&self) -> impl Iterator<Item = (&str, &Scenario)> {
        self.packs.iter().flat_map(|pack| pack.scenarios.iter().map(move |s| (pack.pack.id.as_str(), s)))
    }

    /// Finds a training scenario by its pack id and its own id.
    pub fn scenario(&self, pack: &str, id: &str) -> Option<&Scenario> {
        self.pack(pack)?.scenario(id)
    }

    /// Every myth-busting quiz question, in pack order.
    pub fn quiz(&self) -> impl Iterator<Item = &QuizQuestion> {
        self.packs.iter().flat_map(|pack| &pack.quiz)
    }

    /// Finds a bank holiday calendar by id, in any pack.
    pub fn calendar(&self, id: &str) -> Option<&crate::calendar::Calendar> {
        self.packs.iter().flat_map(|pack| &pack.calendars).find(|calendar| calendar.id == id)
    }

    /// A citation as text: the source's short name and the place ("UK GDPR, Art 6(1)(e)").
    pub fn cite_text(&self, citation: &Citation) -> String {
        let name = self.sources.get(&citation.source).map_or(citation.source.as_str(), |source| source.short.as_str());
        format!("{name}, {}", citation.at)
    }

    /// "Source: …" for one citation, "Sources: …; …" for more.
    pub fn sources_line(&self, cite: &[Citation]) -> String {
        let label = if cite.len() == 1 { "Source" } else { "Sources" };
        let text: Vec<String> = cite.iter().map(|citation| self.cite_text(citation)).collect();
        format!("{label}: {}", text.join("; "))
    }

    /// Every checklist with the id of the pack it belongs to.
    pub fn checklists(&self) -> impl Iterator<Item = (&str, &Checklist)> {
        self.packs.iter().flat_map(|pack| pack.checklists.iter().map(move |c| (pack.pack.id.as_str(), c)))
    }

    /// The latest "law as at" date across the packs, as written (ISO dates sort as text).
    pub fn law_as_at(&self) -> Option<&str> {
        self.packs.iter().map(|pack| pack.pack.law_as_at.as_str()).max()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn library() -> Library {
        Library::shipped().unwrap_or_else(|err| panic!("shipped packs must parse: {err}"))
    }

    #[test]
    fn every_shipped_pack_passes_every_check() {
        let library = library();
        let problems: Vec<String> = library.problems().into_iter().map(|problem| placed(&library, problem)).collect();
        assert!(problems.is_empty(), "pack problems:\n{}", problems.join("\n"));
    }

    /// A problem in a shipped pack with its file, and the line and field it is about.
    #[cfg(feature = "toml")]
    fn placed(library: &Library, problem: PackProblem) -> String {
        let index = library.packs.iter().position(|pack| pack.pack.id == problem.pack);
        let file = index.map_or(SOURCES_FILE.0, |index| PACK_FILES[index].0);
        let path = format!("{}/../packs/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{path}: {err}"));
        format!("packs/{file}: {}", locate(&text, problem))
    }

    #[cfg(not(feature = "toml"))]
    fn placed(_: &Library, problem: PackProblem) -> String {
        problem.to_string()
    }

    #[test]
    fn every_seed_and_pack_file_is_embedded() {
        let library = library();
        assert_eq!(library.packs.len(), PACK_FILES.len());
        let seed_files: Vec<_> = library.sources.sources.iter().filter_map(|s| s.seed_file.as_deref()).collect();
        for seed in [
            "000_af42bde8fc95ed1d.txt",
            "001_07126e47b63fdde0.txt",
            "002_47cea3705e70546e.txt",
            "003_12dc5a9d97ebee80.txt",
            "004_c4ce043163b57f94.txt",
        ] {
            assert!(seed_files.contains(&seed), "no source for {seed}");
        }
    }

    #[cfg(feature = "toml")]
    #[test]
    fn the_embedded_json_reads_exactly_as_the_toml_files() {
        let library = library();
        for (file, _) in PACK_FILES {
            let path = format!("{}/../packs/{file}", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{path}: {err}"));
            let pack: Pack = crate::pack::parse_toml(file, &text).unwrap_or_else(|err| panic!("{err}"));
            assert_eq!(library.pack(&pack.pack.id), Some(&pack), "{file}");
        }
    }

    #[test]
    fn the_packs_file_reads_back_as_the_shipped_library() {
        let bytes = library().to_compact().expect("the library writes");
        assert_eq!(Library::from_compact(&bytes), Ok(library()));
        assert!(PACKS_FILE.starts_with("packs-") && PACKS_FILE.ends_with(".bin"));
    }

    #[test]
    fn the_training_file_puts_back_what_the_packs_file_leaves_out() {
        let (rest, training) = library().without_training();
        let has_training =
            |library: &Library| library.packs.iter().any(|p| !p.scenarios.is_empty() || !p.quiz.is_empty());
        assert!(!has_training(&rest) && has_training(&training));
        assert!(training.packs.iter().all(|pack| pack.forms.is_empty() && pack.checklists.is_empty()));
        assert_eq!(rest.packs.len(), library().packs.len(), "every pack stays, without its training");
        let (rest, training) = (
            Library::from_compact(&rest.to_compact().expect("writes")).expect("reads"),
            Library::from_compact(&training.to_compact().expect("writes")).expect("reads"),
        );
        assert_eq!(rest.with_training(training), library());
        assert!(TRAINING_FILE.starts_with("training-") && TRAINING_FILE.ends_with(".bin"));
    }

    #[test]
    fn a_damaged_packs_file_is_an_error_not_a_panic() {
        let bytes = library().to_compact().expect("the library writes");
        for cut in [0, 1, bytes.len() / 3, bytes.len() - 1] {
            assert!(Library::from_compact(&bytes[..cut]).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn the_golden_rules_checklist_has_seven_rules() {
        let library = library();
        let rules = library.checklist("national", "golden-rules-2024").expect("golden rules in the national pack");
        assert_eq!(rules.items.len(), 7);
    }

    #[test]
    fn law_as_at_is_the_latest_pack_date() {
        let library = library();
        let latest = library.law_as_at().expect("packs have dates");
        assert!(library.packs.iter().all(|pack| pack.pack.law_as_at.as_str() <= latest));
    }
}
