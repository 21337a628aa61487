//! Offline use. Served over HTTP(S), InfoShare registers its service worker (`public/sw.js`),
//! which keeps this version's files for use with the network off, and tells the user when a
//! newer version has been installed for the next load. The single-file build, opened from a
//! file share or an email (`file://`), has no service worker and needs none.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

use crate::dom;

/// How this copy of InfoShare was opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Copy {
    /// From a web server, kept for offline use by the service worker.
    Served,
    /// The single-file build: everything is in the file itself.
    SingleFile,
    /// From a web server in a browser that keeps nothing for offline use.
    OnlineOnly,
}

/// Which copy this is.
pub fn copy() -> Copy {
    if dom::meta("infoshare-build").as_deref() == Some("single-file") {
        return Copy::SingleFile;
    }
    let served = web_sys::window()
        .map(|window| window.location().protocol().unwrap_or_default())
        .is_some_and(|protocol| protocol == "https:" || protocol == "http:");
    if served && has_service_workers() {
        Copy::Served
    } else {
        Copy::OnlineOnly
    }
}

fn has_service_workers() -> bool {
    web_sys::window()
        .is_some_and(|window| js_sys::Reflect::has(&window.navigator(), &"serviceWorker".into()).unwrap_or(false))
}

/// Registers the service worker, and sets `update_ready` when a new version has taken over
/// for the next load (not on the first install, when there was no version before).
pub fn register(update_ready: RwSignal<bool>) {
    if copy() != Copy::Served {
        return;
    }
    let Some(container) = web_sys::window().map(|window| window.navigator().service_worker()) else { return };
    let had_version = container.controller().is_some();
    let registering = container.register("./sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = JsFuture::from(registering).await else { return };
        if had_version {
            watch_for_updates(registration.unchecked_into(), update_ready);
        }
    });
}

fn watch_for_updates(registration: ServiceWorkerRegistration, update_ready: RwSignal<bool>) {
    if let Some(installing) = registration.installing() {
        watch(installing, update_ready);
    }
    let found = registration.clone();
    let on_update_found = Closure::<dyn Fn()>::new(move || {
        if let Some(installing) = found.installing() {
            watch(installing, update_ready);
        }
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    // The registration lives as long as the page.
    on_update_found.forget();
}

/// Sets `update_ready` once the new version is active.
fn watch(installing: ServiceWorker, update_ready: RwSignal<bool>) {
    let watched = installing.clone();
    let on_state_change = Closure::<dyn Fn()>::new(move || {
        if watched.state() == ServiceWorkerState::Activated {
            update_ready.set(true);
        }
    });
    installing.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
    // Lives as long as the installing worker, which the page does not outlive.
    on_state_change.forget();
}
