//! The Not found page, and the page shown if the embedded content could not be read.

use infoshare_core::route::Route;
use leptos::prelude::*;

use crate::components::PageHeading;

pub fn not_found() -> impl IntoView {
    view! {
        <PageHeading text="Page not found" />
        <p class="govuk-body">"If you typed the web address, check it is correct."</p>
        <p class="govuk-body">"If you followed a link or a bookmark, the page may have moved in a newer version of InfoShare."</p>
        <p class="govuk-body"><a class="govuk-link" href=Route::Home.href()>"Go to the InfoShare home page"</a></p>
    }
}

/// Shown instead of the app if a shipped pack fails to parse (the tests make this unreachable
/// in a released build; it exists so a bad build explains itself instead of panicking).
pub fn content_error(message: &str) -> impl IntoView {
    view! {
        <main class="govuk-width-container govuk-main-wrapper" id="main-content">
            <h1 class="govuk-heading-l">"Sorry, InfoShare could not load its content"</h1>
            <p class="govuk-body">"Tell whoever looks after InfoShare in your organisation, quoting this message:"</p>
            <pre class="govuk-body">{message.to_owned()}</pre>
        </main>
    }
}
