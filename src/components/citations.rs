//! A line naming the sources an item is drawn from, resolved against the source registry.

use infoshare_core::library::Library;
use infoshare_core::pack::Citation;
use leptos::prelude::*;

/// "Source: DfE information sharing advice 2024, Golden rule 1; …".
#[component]
pub fn Citations(library: &'static Library, cite: Vec<Citation>) -> impl IntoView {
    view! { <p class="govuk-body-s app-citation">{library.sources_line(&cite)}</p> }
}
