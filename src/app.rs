//! The app shell: the frame around every page, and which page each route shows.

use infoshare_core::catalogue::Catalogue;
use infoshare_core::library::Library;
use infoshare_core::pack::SourceRegistry;
use infoshare_core::route::{Route, ToolPage};
use leptos::prelude::*;

use crate::areas::{chunks, Area, Chunks};
use crate::components::{Footer, Header, Marking, PhaseBanner, SkipLink, TrainingBanner, MAIN_ID};
use crate::dom;
use crate::offline;
use crate::packs::{Content, Packs};
use crate::pages;
use crate::router::{show_in_address_bar, title_and_focus_follow, use_hash_route};
use crate::shared_pc::{self, ClearNow, ClearedBanner, ClearedNotice, IdleGuard};
use crate::state::Session;

/// Everything that lasts the whole visit: the session, the packs in use (the shipped ones, or
/// with one the user loaded), the areas' chunks, the shared-computer protection and offline
/// use. `whole`: the whole library when it is already in memory (the component tests),
/// instead of reading it when a page first needs it.
#[component]
pub fn Shell(#[prop(optional)] whole: Option<&'static Library>) -> impl IntoView {
    let session = Session::new();
    provide_context(session);
    provide_context(Packs::new(whole));
    provide_context(Chunks::new());
    provide_context(ClearedNotice(RwSignal::new(None)));
    let update_ready = RwSignal::new(false);
    dom::confirm_before_leaving(move || session.has_work());
    shared_pc::watch_activity();
    offline::register(update_ready);
    view! {
        <IdleGuard />
        <App update_ready=update_ready />
    }
}

#[component]
fn App(update_ready: RwSignal<bool>) -> impl IntoView {
    let session = crate::state::session();
    let packs = crate::packs::packs();
    let asked = use_hash_route();
    // However the address was reached, a page that needs the packs starts them being read,
    // and its area's chunk being fetched beside them rather than after.
    let chunks = chunks();
    Effect::new(move |_| {
        let asked = asked.get();
        if asked.needs_packs() || crate::packs::published_home().is_some() {
            packs.read_content(asked.needs_training());
        }
        if let Some(area) = Area::of(&asked) {
            chunks.of(area).fetch();
        }
    });
    let shown = shown_route(asked, packs, session);
    Effect::new(move |_| {
        if let (Some((shown, _)), Some(library)) = (shown.get(), packs.current.get_untracked()) {
            show_in_address_bar(&shown, |route| route.resolve(library));
        }
    });
    title_and_focus_follow(shown);
    let route = Memo::new(move |_| shown.get().map_or_else(|| asked.get(), |(route, _)| route));
    let cleared = expect_context::<ClearedNotice>().0;
    // The notice of a clearing shows on Home, where clearing leads, until the user goes on.
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
    let route_signal = Signal::from(route);
    view! {
        <SkipLink />
        <Header />
        <TrainingBanner route=route_signal />
        <div class="govuk-width-container">
            <PhaseBanner />
            <ClearNow />
            <UpdateBanner ready=update_ready />
            <main class=main_class id=MAIN_ID tabindex="-1">
                <ClearedBanner />
                <Show when=holds_case_data>
                    <Marking />
                </Show>
                {move || packs.current.get().map(|library| crate::areas::practice_panel(library, route_signal, session))}
                {move || page(shown.get().map(|(route, _)| route), packs)}
                <Show when=holds_case_data>
                    <Marking bottom=true />
                </Show>
            </main>
        </div>
        <Footer />
    }
}

/// The route the page shows and its title: the route the address names, resolved against the
/// packs (a missing tool or step is Not found; a wizard's start is its current step), or
/// `None` while the packs it needs (and their training, for a training page) are being read.
fn shown_route(asked: ReadSignal<Route>, packs: Packs, session: Session) -> Memo<Option<(Route, String)>> {
    Memo::new(move |_| {
        let asked = asked.get();
        if let Some(title) = asked.fixed_title() {
            return Some((asked, title));
        }
        let library = packs.current.get()?;
        if asked.needs_training() && packs.training.with(|read| *read != Content::Read) {
            return None;
        }
        let shown = canonical(asked.resolve(library), library, session);
        let title = shown.title(library);
        Some((shown, title))
    })
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

/// What a page that does not need the packs is drawn with before they are read: none.
fn no_packs() -> &'static Library {
    static NONE: std::sync::OnceLock<Library> = std::sync::OnceLock::new();
    NONE.get_or_init(|| Library { sources: SourceRegistry { schema: 1, sources: Vec::new() }, packs: Vec::new() })
}

/// The page for the route shown: drawn here for Home and the pages like it, otherwise by its
/// area's chunk once that and the packs are here; `None` while the packs are read.
fn page(shown: Option<Route>, packs: Packs) -> AnyView {
    let Some(route) = shown else { return pages::reading_packs(packs) };
    match Area::of(&route) {
        None => match route {
            Route::Home => match (packs.current.get(), crate::packs::published_home()) {
                (None, Some(_)) => pages::reading_packs(packs),
                (Some(library), Some(listed)) => pages::home(Catalogue::of(library).only(&listed)).into_any(),
                (current, None) => pages::home(current.map_or_else(Catalogue::shipped, Catalogue::of)).into_any(),
            },
            Route::Privacy => pages::privacy().into_any(),
            Route::Accessibility => pages::accessibility().into_any(),
            _ => pages::not_found().into_any(),
        },
        Some(area) => {
            // A page drawn without the packs (the pack editor) is not drawn again when they come.
            let library = if route.needs_packs() {
                packs.current.get()
            } else {
                Some(packs.current.get_untracked().unwrap_or_else(no_packs))
            };
            let Some(library) = library else { return pages::reading_packs(packs) };
            crate::areas::draw_with(chunks().of(area), move |draw| draw(library, route.clone()))
        }
    }
}
