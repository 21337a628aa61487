//! The app shell: the frame around every page, and which page each route shows.

use infoshare_core::library::Library;
use infoshare_core::record::ToolKind;
use infoshare_core::route::{Route, ToolKey, ToolPage};
use leptos::prelude::*;

use crate::components::{Footer, Header, Marking, PhaseBanner, PracticePanel, SkipLink, TrainingBanner, MAIN_ID};
use crate::dom;
use crate::offline;
use crate::packs::{catalogue_is_enough, Content, Packs};
use crate::pages;
use crate::router::use_hash_route;
use crate::shared_pc::{self, ClearNow, ClearedBanner, ClearedNotice, IdleGuard};
use crate::state::Session;

/// Everything that lasts the whole visit: the session, the packs in use (the shipped ones, or
/// with one the user loaded), the shared-computer protection and offline use. The app inside
/// is drawn again when the packs change; what was entered is kept. `whole`: the whole library
/// when it is already in memory (the component tests), instead of reading it when needed.
#[component]
pub fn Shell(catalogue: &'static Library, #[prop(optional)] whole: Option<&'static Library>) -> impl IntoView {
    let session = Session::new();
    provide_context(session);
    let packs = Packs::new(catalogue, whole);
    provide_context(packs);
    // Opened at a page that needs the agreements' content: the reading page reads it first.
    let starts_on_content =
        whole.is_none() && Route::from_hash(&dom::location_hash()).is_some_and(|route| !catalogue_is_enough(&route));
    let waiting = Memo::new(move |_| starts_on_content && packs.content.with(|content| *content != Content::Read));
    provide_context(ClearedNotice(RwSignal::new(None)));
    let update_ready = RwSignal::new(false);
    dom::confirm_before_leaving(move || session.has_work());
    shared_pc::watch_activity();
    offline::register(update_ready);
    view! {
        <IdleGuard />
        {move || {
            if waiting.get() {
                pages::reading_packs(packs, false).into_any()
            } else {
                view! { <App library=packs.current.get() update_ready=update_ready /> }.into_any()
            }
        }}
    }
}

#[component]
fn App(library: &'static Library, update_ready: RwSignal<bool>) -> impl IntoView {
    let session = crate::state::session();
    let route = use_hash_route(library, move |route| canonical(route, library, session));
    let cleared = expect_context::<ClearedNotice>().0;
    // The notice of a clearing shows on Home, where clearing leads, until the user goes on
    // (not on the first run: clearing a loaded pack draws the app again before going Home).
    Effect::new(move |first_run: Option<()>| {
        let away = route.with(|now| *now != Route::Home);
        if first_run.is_some() && away {
            cleared.set(None);
        }
    });
    let holds_case_data = move || route.with(Route::holds_case_data);
    let main_class = move || {
        let case = if holds_case_data() { " app-case-page" } else { "" };
        let training_page = session.training.get() || route.with(|r| matches!(r, Route::Training(_)));
        let training = if training_page { " app-training-page" } else { "" };
        format!("govuk-main-wrapper{case}{training}")
    };
    view! {
        <SkipLink />
        <Header />
        <TrainingBanner route=route />
        <div class="govuk-width-container">
            <PhaseBanner />
            <ClearNow />
            <UpdateBanner ready=update_ready />
            <main class=main_class id=MAIN_ID tabindex="-1">
                <ClearedBanner />
                <Show when=holds_case_data>
                    <Marking />
                </Show>
                <PracticePanel library=library route=route />
                {move || page(route.get(), library)}
                <Show when=holds_case_data>
                    <Marking bottom=true />
                </Show>
            </main>
        </div>
        <Footer />
    }
}

/// Says a new version has been installed and will be used from the next load.
#[component]
fn UpdateBanner(ready: RwSignal<bool>) -> impl IntoView {
    view! {
        <Show when=move || ready.get()>
            <div class="govuk-notification-banner app-no-print" role="region" aria-labelledby="update-title">
                <div class="govuk-notification-banner__header">
                    <h2 class="govuk-notification-banner__title" id="update-title">"New version"</h2>
                </div>
                <div class="govuk-notification-banner__content">
                    <p class="govuk-notification-banner__heading">
                        "A new version of InfoShare has been downloaded. It will be used the next time you open InfoShare. Nothing you have entered is affected."
                    </p>
                </div>
            </div>
        </Show>
    }
}

/// Where a route really leads: a wizard's start, or a step not on the path, is its current step.
fn canonical(route: Route, library: &'static Library, session: Session) -> Route {
    let Route::Tool { key, page: page @ (ToolPage::Start | ToolPage::Step(_)) } = &route else { return route };
    let Some(chart) = library.flowchart(&key.pack, &key.id) else { return route };
    let walk = untrack(|| session.walks.read(key, Clone::clone));
    let showable = matches!(page, ToolPage::Step(node) if walk.can_show(chart, node));
    match walk.current(chart) {
        Some(current) if !showable => Route::Tool { key: key.clone(), page: ToolPage::Step(current.id.clone()) },
        _ => route,
    }
}

/// The page for a route.
fn page(route: Route, library: &'static Library) -> AnyView {
    let packs = crate::packs::packs();
    if !catalogue_is_enough(&route) && packs.content.get_untracked() != Content::Read {
        return pages::reading_packs(packs, true);
    }
    match route {
        Route::Home => pages::home(library).into_any(),
        Route::Tool { key, page } => tool_page(library, key, page),
        Route::Open => pages::open(library).into_any(),
        Route::Training(page) => pages::training::page(library, page),
        Route::Opened => pages::opened(library),
        Route::Draft => pages::draft(library),
        Route::Packs => pages::packs(library).into_any(),
        Route::Guide(topic) => pages::guide(library, topic),
        Route::Sources => pages::sources(library).into_any(),
        Route::Privacy => pages::privacy().into_any(),
        Route::Accessibility => pages::accessibility().into_any(),
        Route::NotFound => pages::not_found().into_any(),
    }
}

/// The page of a checklist or wizard.
fn tool_page(library: &'static Library, key: ToolKey, page: ToolPage) -> AnyView {
    if key.kind == ToolKind::Form {
        return match library.form(&key.pack, &key.id) {
            Some(form) => pages::form::page(library, key, form, page),
            None => pages::not_found().into_any(),
        };
    }
    match (page, key.kind) {
        (ToolPage::Start, ToolKind::Checklist) => match library.checklist(&key.pack, &key.id) {
            Some(checklist) => pages::checklist(library, key, checklist).into_any(),
            None => pages::not_found().into_any(),
        },
        (ToolPage::Start, _) => wizard_step(library, key, None),
        (ToolPage::Step(node), _) => wizard_step(library, key, Some(node)),
        (ToolPage::Record(focus), _) => pages::record::form(library, key, focus),
        (ToolPage::Check, _) => pages::record::check(library, key),
        (ToolPage::Document, _) => pages::record::document(key),
        (ToolPage::Seal, _) => pages::seal(library, key),
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
