//! Each area's way in: the one function its chunk exports to draw any of its pages
//! (`crate::areas` names them). Nothing in the main module calls these directly, so each
//! area's pages, and whatever only they use, land in that area's chunk.

use infoshare_core::library::Library;
use infoshare_core::record::ToolKind;
use infoshare_core::route::{Route, ToolPage};
use leptos::prelude::*;

use super::not_found;

/// A wizard's current step, a step on its path, or its diagram.
pub fn wizards(library: &'static Library, route: Route) -> AnyView {
    let Route::Tool { key, page } = route else { return missing() };
    let Some(chart) = library.flowchart(&key.pack, &key.id) else { return missing() };
    match page {
        ToolPage::Start => super::wizard(library, key, chart, None),
        ToolPage::Step(node) => super::wizard(library, key, chart, Some(node)),
        ToolPage::Diagram => super::diagram(key, chart).into_any(),
        _ => missing(),
    }
}

/// A checklist, or the decision record pages of a wizard or checklist.
pub fn records(library: &'static Library, route: Route) -> AnyView {
    let Route::Tool { key, page } = route else { return missing() };
    match (page, key.kind) {
        (ToolPage::Start, ToolKind::Checklist) => match library.checklist(&key.pack, &key.id) {
            Some(checklist) => super::checklist(library, key, checklist).into_any(),
            None => missing(),
        },
        (ToolPage::Record(focus), _) => super::record::form(library, key, focus),
        (ToolPage::Check, _) => super::record::check(library, key),
        (ToolPage::Document, _) => super::record::document(key),
        _ => missing(),
    }
}

/// A request or notification form's pages.
pub fn forms(library: &'static Library, route: Route) -> AnyView {
    let Route::Tool { key, page } = route else { return missing() };
    match library.form(&key.pack, &key.id) {
        Some(form) => super::form::page(library, key, form, page),
        None => missing(),
    }
}

/// Sealing a finished record, and saving a sealed draft.
pub fn sealing(library: &'static Library, route: Route) -> AnyView {
    match route {
        Route::Tool { key, page: ToolPage::Seal } => super::seal(library, key),
        Route::Draft => super::draft(library),
        _ => missing(),
    }
}

/// Opening a sealed file, and what it holds; setting up a team key to open files with.
pub fn opening(library: &'static Library, route: Route) -> AnyView {
    match route {
        Route::Open => super::open(library).into_any(),
        Route::Opened => super::opened(library),
        _ => missing(),
    }
}

/// Setting up a team key.
pub fn team_keys(library: &'static Library, route: Route) -> AnyView {
    match route {
        Route::TeamKey => super::team_key(library),
        _ => missing(),
    }
}

/// The training pages other than practice.
pub fn training(library: &'static Library, route: Route) -> AnyView {
    match route {
        Route::Training(page) => super::training::page(library, page),
        _ => missing(),
    }
}

/// Practising a scenario, and its summary.
pub fn practice(library: &'static Library, route: Route) -> AnyView {
    match route {
        Route::Training(page) => super::training::practice_page(library, page),
        _ => missing(),
    }
}

/// The practice panel on a tool's pages while a scenario is practised.
pub fn practice_panel(library: &'static Library, route: Signal<Route>) -> AnyView {
    view! { <crate::components::PracticePanel library=library route=route /> }.into_any()
}

/// The agreements' reading pages and the sources.
pub fn reading(library: &'static Library, route: Route) -> AnyView {
    match route {
        Route::Guide(topic) => super::guide(library, topic),
        Route::Sources => super::sources(library).into_any(),
        _ => missing(),
    }
}

/// Loading a pack for the visit.
pub fn local_packs(library: &'static Library, route: Route) -> AnyView {
    match route {
        Route::Packs => super::packs(library).into_any(),
        _ => missing(),
    }
}

/// Writing a pack in the browser.
pub fn author(_: &'static Library, route: Route) -> AnyView {
    match route {
        Route::Author => super::author().into_any(),
        _ => missing(),
    }
}

/// Reads the library from the packs file's bytes, with the training file's put back in if
/// given and the packs loaded this visit (each compact) added.
pub fn read_library(packs: &[u8], training: Option<&[u8]>, loaded: &[Vec<u8>]) -> Option<Library> {
    let mut library = Library::from_compact(packs).ok()?;
    if let Some(training) = training {
        library = library.with_training(Library::from_compact(training).ok()?);
    }
    for pack in loaded {
        library.add_pack(infoshare_core::pack::compact::from_compact(pack).ok()?);
    }
    Some(library)
}

/// A route that reached the wrong area (the router resolves routes first, so only a
/// pack changed under the page leads here).
fn missing() -> AnyView {
    not_found().into_any()
}
