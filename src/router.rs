//! Hash routing: the current [`Route`] as a signal, kept in step with `location.hash`, with
//! the document title set and focus moved to the page heading on every navigation.

use infoshare_core::library::Library;
use infoshare_core::route::Route;
use leptos::prelude::*;

use crate::dom;

/// The id every page gives its `<h1>`, so navigation can move focus to it.
pub const HEADING_ID: &str = "main-heading";

/// Starts listening to `hashchange` and returns the current route.
///
/// A fragment that is not a route (such as the skip link's target) leaves the page as it is.
/// `canonical` may point a route elsewhere (a wizard's start to its current step); the address
/// bar is then corrected without adding a history entry.
pub fn use_hash_route(library: &'static Library, canonical: impl Fn(Route) -> Route + 'static) -> ReadSignal<Route> {
    let arrive = move |parsed: Route| {
        let resolved = canonical(parsed.resolve(library));
        if Route::from_hash(&dom::location_hash()).map(|r| r.resolve(library)) != Some(resolved.clone()) {
            dom::replace_hash(&resolved.href());
        }
        resolved
    };
    let (route, set_route) = signal(arrive(Route::from_hash(&dom::location_hash()).unwrap_or(Route::Home)));
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        if let Some(next) = Route::from_hash(&dom::location_hash()) {
            set_route.set(arrive(next));
        }
    });
    on_cleanup(move || listener.remove());
    title_and_focus_follow(route, library);
    route
}

/// Sets the title on every route, and moves focus to the new heading on every change after
/// the first page (focus stays where the browser puts it on first load).
fn title_and_focus_follow(route: ReadSignal<Route>, library: &'static Library) {
    Effect::new(move |first_run: Option<()>| {
        let current = route.get();
        crate::state::session().training.track();
        show_title(&current.title(library));
        if first_run.is_some() {
            request_animation_frame(|| dom::focus(HEADING_ID));
        }
    });
}

/// Sets the document title, starting "TRAINING" in training mode so the tab says so too.
pub fn show_title(title: &str) {
    let training = crate::state::session().training.get_untracked();
    dom::set_title(&if training { format!("TRAINING – {title}") } else { title.to_owned() });
}
