//! The app shell: the frame around every page, and which page each route shows.

use infoshare_core::library::Library;
use infoshare_core::route::Route;
use leptos::prelude::*;

use crate::components::{Footer, Header, Marking, PhaseBanner, SkipLink, MAIN_ID};
use crate::pages;
use crate::router::use_hash_route;

#[component]
pub fn App(library: &'static Library) -> impl IntoView {
    let route = use_hash_route(library);
    provide_context(pages::ChecklistStore::default());
    let holds_case_data = move || route.with(Route::holds_case_data);
    view! {
        <SkipLink />
        <Header />
        <div class="govuk-width-container">
            <PhaseBanner />
            <main class="govuk-main-wrapper" id=MAIN_ID tabindex="-1">
                <Show when=holds_case_data>
                    <Marking />
                </Show>
                {move || page(route.get(), library)}
                <Show when=holds_case_data>
                    <Marking />
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
        Route::Checklist { pack, id } => match library.checklist(&pack, &id) {
            Some(checklist) => pages::checklist(library, &pack, checklist).into_any(),
            None => pages::not_found().into_any(),
        },
        Route::Sources => pages::sources(library).into_any(),
        Route::Privacy => pages::privacy().into_any(),
        Route::Accessibility => pages::accessibility().into_any(),
        Route::NotFound => pages::not_found().into_any(),
    }
}
