//! The app's pages and their addresses. Routes live in the URL fragment (`#/sources`) so the
//! app works from any static server, a file share or `file://` with no server rewrites, and
//! no route ever carries anything the user typed: only ids from the packs.

use crate::form::helper::Helper;
use crate::guide::Topic;
use crate::library::Library;
use crate::record::ToolKind;

mod training;

pub use training::{ScenarioKey, TrainingPage};

/// A checklist or wizard, by pack and id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ToolKey {
    pub kind: ToolKind,
    pub pack: String,
    pub id: String,
}

impl ToolKey {
    pub fn checklist(pack: &str, id: &str) -> ToolKey {
        ToolKey { kind: ToolKind::Checklist, pack: pack.to_owned(), id: id.to_owned() }
    }

    pub fn wizard(pack: &str, id: &str) -> ToolKey {
        ToolKey { kind: ToolKind::Wizard, pack: pack.to_owned(), id: id.to_owned() }
    }

    pub fn form(pack: &str, id: &str) -> ToolKey {
        ToolKey { kind: ToolKind::Form, pack: pack.to_owned(), id: id.to_owned() }
    }

    /// Reads a path as [`ToolKey::path`] writes it ("wizards/national/should-i-share"), as
    /// flowchart outcomes name the tools they lead on to; `None` for anything else.
    pub fn from_path(path: &str) -> Option<ToolKey> {
        match Route::from_hash(&format!("#/{path}"))? {
            Route::Tool { key, page: ToolPage::Start } => Some(key),
            _ => None,
        }
    }

    /// "checklists/national/golden-rules-2024": the route prefix, also a stable map key.
    pub fn path(&self) -> String {
        let kind = match self.kind {
            ToolKind::Checklist => "checklists",
            ToolKind::Wizard => "wizards",
            ToolKind::Form => "forms",
        };
        format!("{kind}/{}/{}", self.pack, self.id)
    }

    /// The tool's title, if the tool exists.
    pub fn title<'l>(&self, library: &'l Library) -> Option<&'l str> {
        match self.kind {
            ToolKind::Checklist => library.checklist(&self.pack, &self.id).map(|c| c.title.as_str()),
            ToolKind::Wizard => library.flowchart(&self.pack, &self.id).map(|f| f.title.as_str()),
            ToolKind::Form => library.form(&self.pack, &self.id).map(|f| f.title.as_str()),
        }
    }
}

/// A page within a tool.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ToolPage {
    /// The checklist, or the wizard's current step.
    Start,
    /// A wizard step already on the path (Back and Change links lead here), or a form section.
    Step(String),
    /// A form section reached from check your answers: "Save and continue" returns there.
    /// `focus` is the answer path of the input to focus (`subjects[1].surname`), if any.
    Change { section: String, focus: Option<String> },
    /// The decision details form, optionally focusing one field (from a Change link).
    Record(Option<String>),
    /// Check your answers.
    Check,
    /// The finished record, to print or export.
    Document,
    /// A wizard's whole flowchart as a diagram, with the path taken marked.
    Diagram,
    /// Sealing the finished record into an encrypted file to send.
    Seal,
}

/// One page of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Tool {
        key: ToolKey,
        page: ToolPage,
    },
    /// Choosing a sealed file and typing its passphrase.
    Open,
    /// What an opened sealed file holds (kept in memory only; empty after a reload).
    Opened,
    /// Making a team key, for a team that receives sealed files.
    TeamKey,
    /// Saving the visit's unfinished work as a sealed draft file.
    Draft,
    /// Loading an agreement pack of one's own, for this visit.
    Packs,
    /// Writing an agreement pack in the browser, checked as it is written.
    Author,
    /// Training: scenarios, practice, the facilitator's step-through and the quiz.
    Training(TrainingPage),
    /// A reading page drawn from the agreements' data: summaries, the handling guide.
    Guide(Topic),
    Sources,
    Privacy,
    Accessibility,
    NotFound,
}

const SERVICE: &str = "InfoShare";

impl Route {
    /// Reads a route from `location.hash`. Returns `None` for a fragment that is not a route,
    /// such as the skip link's `#main-content`, so the current page stays put.
    pub fn from_hash(hash: &str) -> Option<Route> {
        let fragment = hash.strip_prefix('#').unwrap_or(hash);
        if fragment.is_empty() {
            return Some(Route::Home);
        }
        let path = fragment.strip_prefix('/')?;
        let segments: Vec<&str> = path.split('/').filter(|segment| !segment.is_empty()).collect();
        Some(match segments.as_slice() {
            [] => Route::Home,
            ["open"] => Route::Open,
            ["open", "file"] => Route::Opened,
            ["open", "team-key"] => Route::TeamKey,
            ["draft"] => Route::Draft,
            ["packs"] => Route::Packs,
            ["author"] => Route::Author,
            ["sources"] => Route::Sources,
            ["privacy"] => Route::Privacy,
            ["accessibility"] => Route::Accessibility,
            ["training", rest @ ..] => TrainingPage::parse(rest).map_or(Route::NotFound, Route::Training),
            ["agreements" | "handling" | "team-keys", ..] => {
                Topic::parse(&segments).map_or(Route::NotFound, Route::Guide)
            }
            [kind @ ("checklists" | "wizards" | "forms"), pack, id, rest @ ..] => {
                let key = match *kind {
                    "checklists" => ToolKey::checklist(pack, id),
                    "wizards" => ToolKey::wizard(pack, id),
                    _ => ToolKey::form(pack, id),
                };
                match tool_page(key.kind, rest) {
                    Some(page) => Route::Tool { key, page },
                    None => Route::NotFound,
                }
            }
            _ => Route::NotFound,
        })
    }

    /// The fragment that leads to this route, for `href`s.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_owned(),
            Route::Tool { key, page } => {
                let suffix = match page {
                    ToolPage::Start => String::new(),
                    ToolPage::Step(node) if key.kind == ToolKind::Form => format!("/section/{node}"),
                    ToolPage::Step(node) => format!("/step/{node}"),
                    ToolPage::Change { section, focus: None } => format!("/section/{section}/change"),
                    ToolPage::Change { section, focus: Some(focus) } => format!("/section/{section}/change/{focus}"),
                    ToolPage::Record(None) => "/record".to_owned(),
                    ToolPage::Record(Some(field)) => format!("/record/{field}"),
                    ToolPage::Check => "/check".to_owned(),
                    ToolPage::Document => "/document".to_owned(),
                    ToolPage::Diagram => "/diagram".to_owned(),
                    ToolPage::Seal => "/seal".to_owned(),
                };
                format!("#/{}{suffix}", key.path())
            }
            Route::Open => "#/open".to_owned(),
            Route::Opened => "#/open/file".to_owned(),
            Route::TeamKey => "#/open/team-key".to_owned(),
            Route::Draft => "#/draft".to_owned(),
            Route::Packs => "#/packs".to_owned(),
            Route::Author => "#/author".to_owned(),
            Route::Training(page) => format!("#/training{}", page.suffix()),
            Route::Guide(topic) => format!("#/{}", topic.path()),
            Route::Sources => "#/sources".to_owned(),
            Route::Privacy => "#/privacy".to_owned(),
            Route::Accessibility => "#/accessibility".to_owned(),
            Route::NotFound => "#/not-found".to_owned(),
        }
    }

    /// The route as it will be shown: a tool or step that does not exist is a Not found page.
    pub fn resolve(self, library: &Library) -> Route {
        let exists = match &self {
            Route::Tool { key, page: ToolPage::Step(section) | ToolPage::Change { section, .. } }
                if key.kind == ToolKind::Form =>
            {
                library.form(&key.pack, &key.id).is_some_and(|form| form.sections.iter().any(|s| s.id == *section))
            }
            Route::Tool { key, page: ToolPage::Step(node) } => {
                library.flowchart(&key.pack, &key.id).is_some_and(|chart| chart.node(node).is_some())
            }
            Route::Tool { key, .. } => key.title(library).is_some(),
            Route::Training(page) => page.exists(library),
            Route::Guide(topic) => topic.heading(library).is_some(),
            _ => true,
        };
        if exists {
            self
        } else {
            Route::NotFound
        }
    }

    /// Whether the page is drawn from the packs' content, which the page reads when first
    /// needed; Home, privacy, accessibility and not found are drawn without it.
    pub fn needs_packs(&self) -> bool {
        self.fixed_heading().is_none()
    }

    /// Whether the page is drawn from the packs' training scenarios and quiz, which the page
    /// reads only for the training pages.
    pub fn needs_training(&self) -> bool {
        matches!(self, Route::Training(_))
    }

    /// The heading of a page drawn without the packs, or `None` for a page drawn from them.
    pub fn fixed_heading(&self) -> Option<&'static str> {
        Some(match self {
            Route::Home => "Share information safely and lawfully",
            Route::Privacy => "Privacy: what you type stays in this browser",
            Route::Accessibility => "Accessibility statement for InfoShare",
            Route::NotFound => NOT_FOUND,
            Route::Author => "Write your own agreement pack",
            _ => return None,
        })
    }

    /// The document title of a page drawn without the packs, as [`Route::title`] gives it.
    pub fn fixed_title(&self) -> Option<String> {
        match self {
            Route::Home => Some(SERVICE.to_owned()),
            _ => self.fixed_heading().map(|heading| format!("{heading} – {SERVICE}")),
        }
    }

    /// The page heading, which is also the first part of the document title.
    pub fn heading(&self, library: &Library) -> String {
        match self {
            Route::Home | Route::Privacy | Route::Accessibility | Route::NotFound | Route::Author => {
                self.fixed_heading().unwrap_or(NOT_FOUND).to_owned()
            }
            Route::Tool { key, page } => {
                let Some(title) = key.title(library) else { return NOT_FOUND.to_owned() };
                let form = (key.kind == ToolKind::Form).then(|| library.form(&key.pack, &key.id)).flatten();
                match page {
                    ToolPage::Start => title.to_owned(),
                    ToolPage::Step(section) | ToolPage::Change { section, .. } if form.is_some() => form
                        .and_then(|form| form.sections.iter().find(|s| s.id == *section))
                        .map_or_else(|| NOT_FOUND.to_owned(), |s| s.title.clone()),
                    ToolPage::Check if form.is_some() => "Check your answers before sending".to_owned(),
                    ToolPage::Document if form.is_some() => {
                        form.and_then(|form| form.helper).map_or("Send the form", Helper::result_heading).to_owned()
                    }
                    ToolPage::Change { .. } => NOT_FOUND.to_owned(),
                    ToolPage::Step(node) => library
                        .flowchart(&key.pack, &key.id)
                        .and_then(|chart| chart.node(node))
                        .map_or_else(|| NOT_FOUND.to_owned(), |node| node.text.clone()),
                    ToolPage::Record(_) => "Record your decision".to_owned(),
                    ToolPage::Check => "Check your decision record".to_owned(),
                    ToolPage::Document => "Decision record".to_owned(),
                    ToolPage::Diagram => "Flowchart".to_owned(),
                    ToolPage::Seal if form.is_some() => "Seal the form to send it".to_owned(),
                    ToolPage::Seal => "Seal the decision record".to_owned(),
                }
            }
            Route::Open => "Open a sealed file".to_owned(),
            Route::Opened => "The sealed file's contents".to_owned(),
            Route::TeamKey => "Set up a team key".to_owned(),
            Route::Draft => "Save your work as a draft".to_owned(),
            Route::Packs => "Load your own agreement pack".to_owned(),
            Route::Training(page) => page.heading(library),
            Route::Guide(topic) => topic.heading(library).unwrap_or_else(|| NOT_FOUND.to_owned()),
            Route::Sources => "Sources and law as at".to_owned(),
        }
    }

    /// The document title: unique per page, and never holding anything the user typed.
    pub fn title(&self, library: &Library) -> String {
        match self {
            Route::Home => SERVICE.to_owned(),
            Route::Tool { key, page } if *page != ToolPage::Start => {
                let tool = key.title(library).unwrap_or(NOT_FOUND);
                format!("{} – {tool} – {SERVICE}", self.heading(library))
            }
            _ => format!("{} – {SERVICE}", self.heading(library)),
        }
    }

    /// Whether the page can hold case details, and so carries the OFFICIAL-SENSITIVE marking.
    /// A flowchart diagram shows only the pack's content (and which way the user went).
    pub fn holds_case_data(&self) -> bool {
        matches!(self, Route::Tool { page, .. } if *page != ToolPage::Diagram) || *self == Route::Opened
    }
}

const NOT_FOUND: &str = "Page not found";

/// The page named by the segments after a tool's id, if they name one.
fn tool_page(kind: ToolKind, rest: &[&str]) -> Option<ToolPage> {
    Some(match rest {
        [] => ToolPage::Start,
        ["step", node] if kind == ToolKind::Wizard => ToolPage::Step((*node).to_owned()),
        ["section", section] if kind == ToolKind::Form => ToolPage::Step((*section).to_owned()),
        ["section", section, "change", focus @ ..] if kind == ToolKind::Form && focus.len() < 2 => {
            ToolPage::Change { section: (*section).to_owned(), focus: focus.first().map(|path| (*path).to_owned()) }
        }
        ["record"] if kind != ToolKind::Form => ToolPage::Record(None),
        ["record", field] if kind != ToolKind::Form => ToolPage::Record(Some((*field).to_owned())),
        ["check"] => ToolPage::Check,
        ["document"] => ToolPage::Document,
        ["diagram"] if kind == ToolKind::Wizard => ToolPage::Diagram,
        ["seal"] => ToolPage::Seal,
        _ => return None,
    })
}

#[cfg(test)]
mod tests;
