//! The app shell: the frame around every page, and which page each route shows.

use infoshare_core::library::Library;
use infoshare_core::record::ToolKind;
use infoshare_core::route::{Route, ToolKey, ToolPage};
use leptos::prelude::*;

use crate::components::{Footer, Header, Marking, PhaseBanner, SkipLink, MAIN_ID};
use crate::dom;
use crate::pages;
use crate::router::use_hash_route;
use crate::state::Session;

#[component]
pub fn App(library: &'static Library) -> impl IntoView {
    let route = use_hash_route(library);
    let session = Session::new();
    provide_context(session);
    dom::confirm_before_leaving(move || session.has_work());
    let holds_case_data = move || route.with(Route::holds_case_data);
    view! {
        <SkipLink />
        <Header />
        <div class="govuk-width-container">
            <PhaseBanner />
            <main
                class=move || if holds_case_data() { "govuk-main-wrapper app-case-page" } else { "govuk-main-wrapper" }
                id=MAIN_ID
                tabindex="-1"
            >
                <Show when=holds_case_data>
                    <Marking />
                </Show>
                {move || page(route.get(), library)}
                <Show when=holds_case_data>
                    <Marking bottom=true />
                </Show>
            </main>
        </div>
        <Footer />
    }
}

/// The page for a route.
fn page(route: Route, library: &'static Library) -> AnyView {
    match route {
        Route::Home => pages::home(library).into_any(),
        Route::Tool { key, page } => tool_page(library, key, page),
        Route::Sources => pages::sources(library).into_any(),
        Route::Privacy => pages::privacy().into_any(),
        Route::Accessibility => pages::accessibility().into_any(),
        Route::NotFound => pages::not_found().into_any(),
    }
}

/// The page of a checklist or wizard.
fn tool_page(library: &'static Library, key: ToolKey, page: ToolPage) -> AnyView {
    match (page, key.kind) {
        (ToolPage::Start, ToolKind::Checklist) => match library.checklist(&key.pack, &key.id) {
            Some(checklist) => pages::checklist(library, key, checklist).into_any(),
            None => pages::not_found().into_any(),
        },
        (ToolPage::Start, ToolKind::Wizard) => wizard_step(library, key, None),
        (ToolPage::Step(node), _) => wizard_step(library, key, Some(node)),
        (ToolPage::Record(focus), _) => pages::record::form(library, key, focus),
        (ToolPage::Check, _) => pages::record::check(library, key),
        (ToolPage::Document, _) => pages::record::document(key),
        (ToolPage::Diagram, _) => match library.flowchart(&key.pack, &key.id) {
            Some(chart) => pages::diagram(key, chart).into_any(),
            None => pages::not_found().into_any(),
        },
    }
}

fn wizard_step(library: &'static Library, key: ToolKey, step: Option<String>) -> AnyView {
    match library.flowchart(&key.pack, &key.id) {
        Some(chart) => pages::wizard(library, key, chart, step),
        None => pages::not_found().into_any(),
    }
}
