//! Hash routing: the route the address names, kept in step with `location.hash`; the document
//! title set on every page; and focus moved to the new page's heading on every navigation,
//! including when the page is drawn only later, once the packs or its area's code arrive.

use std::cell::Cell;

use infoshare_core::route::Route;
use leptos::prelude::*;

use crate::dom;

/// The id every page gives its `<h1>`, so navigation can move focus to it.
pub const HEADING_ID: &str = "main-heading";

/// Starts listening to `hashchange` and returns the route the address names, as written: the
/// app resolves it against the packs once they are read, however the address was reached
/// (typed, a bookmark, a link, Back or Forward). A fragment that is not a route (such as the
/// skip link's target) leaves the page as it is.
pub fn use_hash_route() -> ReadSignal<Route> {
    let (route, set_route) = signal(Route::from_hash(&dom::location_hash()).unwrap_or(Route::Home));
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        if let Some(next) = Route::from_hash(&dom::location_hash()) {
            set_route.set(next);
        }
    });
    on_cleanup(move || listener.remove());
    route
}

/// Corrects the address bar to the route shown, without adding a history entry, when the
/// app drew another page than the one the address names (`resolve`: as the packs have it);
/// so a wizard's start becomes its current step.
pub fn show_in_address_bar(shown: &Route, resolve: impl Fn(Route) -> Route) {
    let named = Route::from_hash(&dom::location_hash()).map(resolve);
    if named.as_ref() != Some(shown) {
        dom::replace_hash(&shown.href());
    }
}

/// Sets the title on every page shown, and moves focus to the new heading on every change
/// after the first page shown (focus stays where the browser puts it on first load).
pub fn title_and_focus_follow(shown: Memo<Option<(Route, String)>>) {
    Effect::new(move |shown_before: Option<bool>| {
        let Some((_, title)) = shown.get() else { return shown_before.unwrap_or(false) };
        crate::state::session().training.track();
        show_title(&title);
        if shown_before == Some(true) {
            focus_when_drawn();
        }
        true
    });
}

thread_local! {
    /// A navigation whose page heading has not yet been focused (its page is still waiting
    /// for the packs or its area's code).
    static FOCUS_PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Moves focus to the page heading once it is drawn: now, or when a waiting page arrives.
pub fn focus_when_drawn() {
    FOCUS_PENDING.set(true);
    focus_if_waiting();
}

/// Called by a page that was waiting and is now drawn: takes the focus a navigation asked
/// for, once the heading is in the document.
pub fn focus_if_waiting() {
    if FOCUS_PENDING.get() {
        request_animation_frame(|| {
            if dom::focus(HEADING_ID) {
                FOCUS_PENDING.set(false);
            }
        });
    }
}

/// Sets the document title, starting "TRAINING" in training mode so the tab says so too.
pub fn show_title(title: &str) {
    let training = crate::state::session().training.get_untracked();
    dom::set_title(&if training { format!("TRAINING – {title}") } else { title.to_owned() });
}
