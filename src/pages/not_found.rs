//! The Not found page, and the page shown while the agreements' content is read (or if it
//! could not be).

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

/// Shown while the library (and its training, for a training page) is read for a page that needs it, then replaced by that page
/// (which takes the focus a navigation asked for); if it cannot be read, says so and offers
/// to try again.
pub fn reading_packs(packs: Packs) -> AnyView {
    let failed = move || match (packs.content.get(), packs.training.get()) {
        (Content::Failed(message), _) | (_, Content::Failed(message)) => Some(message),
        _ => None,
    };
    (move || match failed() {
        Some(message) => {
            crate::router::focus_if_waiting();
            view! {
            <PageHeading text="Sorry, there is a problem" />
            <p class="govuk-body">{message}</p>
            <button type="button" class="govuk-button" on:click=move |_| {
                crate::router::focus_when_drawn();
                packs.try_again();
            }>"Try again"</button>
            }
            .into_any()
        }
        _ => crate::areas::waiting("Opening the agreements…"),
    })
    .into_any()
}
