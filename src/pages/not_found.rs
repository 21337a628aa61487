//! The Not found page, the page shown while the agreements' content is read (or if it could
//! not be), and the page shown if the embedded content could not be read.

use infoshare_core::route::Route;
use leptos::prelude::*;

use crate::components::PageHeading;
use crate::packs::{Content, Packs};

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

/// Shown while the whole library is read for a page that needs it, then replaced by that page;
/// if it cannot be read, says so and offers to try again. `navigated`: reached from another
/// page (drawn inside the app's `<main>`), rather than on opening InfoShare.
pub fn reading_packs(packs: Packs, navigated: bool) -> AnyView {
    packs.read_content(navigated);
    let state = move || match packs.content.get() {
        Content::Failed(message) => view! {
            <PageHeading text="Sorry, there is a problem" />
            <p class="govuk-body">{message}</p>
            <button type="button" class="govuk-button" on:click=move |_| packs.read_content(true)>"Try again"</button>
        }
        .into_any(),
        _ => view! { <p class="govuk-body" role="status">"Opening the agreements…"</p> }.into_any(),
    };
    if navigated {
        state.into_any()
    } else {
        view! { <main class="govuk-width-container govuk-main-wrapper" id="main-content">{state}</main> }.into_any()
    }
}
