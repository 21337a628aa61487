//! InfoShare's user interface: a thin Leptos layer that renders `infoshare_core` types and
//! sends the user's events back to them. No domain rules live here.
//!
//! - [`app`]: the page shell (header, banners, footer) and the page for each route.
//! - [`areas`]: the areas of pages, each in its own WebAssembly chunk fetched on first use.
//! - [`router`]: hash routing, document titles and focus on navigation.
//! - [`components`]: GOV.UK Frontend components written as Leptos views.
//! - [`pages`]: one module per page.
//! - [`state`]: what the user has entered this visit, in memory only.
//! - [`sealer`]: the page's side of the sealing worker (seal-worker/), which seals and opens files.
//! - [`shared_pc`]: clearing everything, at once or after a spell without use.
//! - [`packs`]: the packs in use this visit, with any a safeguarding lead loaded.
//! - [`offline`]: the service worker that keeps InfoShare working offline, and its updates.
//! - [`print`]: the date on every printed sheet.
//! - [`assets`]: static files read when a page first needs them (the packs, the word list).
//! - [`dom`]: the few direct DOM calls the app needs.

mod app;
mod areas;
mod assets;
mod components;
mod dom;
mod offline;
mod packs;
mod pages;
mod print;
mod router;
mod sealer;
mod shared_pc;
mod state;

use leptos::prelude::*;

pub use app::Shell;

/// Mounts the app on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    dom::mark_frontend_supported();
    dom::remove_starting_message();
    print::prepare();
    leptos::mount::mount_to_body(|| view! { <Shell /> });
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;
