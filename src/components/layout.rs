//! The page frame: skip link, generic header (no crown: InfoShare is not on gov.uk),
//! phase-style banner, protective marking, page heading and footer.

use infoshare_core::route::Route;
use leptos::prelude::*;

use crate::router::HEADING_ID;

/// The id of `<main>`, the skip link's target.
pub const MAIN_ID: &str = "main-content";

/// Skips to `<main>` and focuses it without changing the URL fragment (which holds the route).
#[component]
pub fn SkipLink() -> impl IntoView {
    let skip = |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        crate::dom::focus(MAIN_ID);
    };
    view! {
        <a href=format!("#{MAIN_ID}") class="govuk-skip-link" on:click=skip>"Skip to main content"</a>
    }
}

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="govuk-generic-header">
            <div class="govuk-generic-header__container govuk-width-container">
                <div class="govuk-generic-header__logo">
                    <a href=Route::Home.href() class="govuk-generic-header__homepage-link">"InfoShare"</a>
                </div>
            </div>
        </header>
    }
}

#[component]
pub fn PhaseBanner() -> impl IntoView {
    view! {
        <div class="govuk-phase-banner govuk-width-container">
            <p class="govuk-phase-banner__content">
                <strong class="govuk-tag govuk-phase-banner__content__tag">"Decision support"</strong>
                <span class="govuk-phase-banner__text">
                    "InfoShare helps you decide and record. It is not legal advice: if you are unsure, ask your manager, safeguarding lead or data protection officer."
                </span>
            </p>
        </div>
    }
}

/// The protective marking shown at the top and bottom of pages that can hold case details
/// (print carries it at the top and bottom of every sheet instead: see `style/main.scss`).
#[component]
pub fn Marking(#[prop(optional)] bottom: bool) -> impl IntoView {
    let class = if bottom { "app-marking app-marking--bottom" } else { "app-marking app-marking--top" };
    view! {
        <p class=class>
            <strong>"OFFICIAL-SENSITIVE"</strong>
            " when completed with case details. Do not leave this screen unattended."
        </p>
    }
}

/// The page's `<h1>`, focusable so navigation can move focus to it.
#[component]
pub fn PageHeading(#[prop(into)] text: String, #[prop(optional)] caption: Option<String>) -> impl IntoView {
    view! {
        {caption.map(|caption| view! { <span class="govuk-caption-l">{caption}</span> })}
        <h1 class="govuk-heading-l" id=HEADING_ID tabindex="-1">{text}</h1>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let links =
        [(Route::Sources, "Sources"), (Route::Privacy, "Privacy"), (Route::Accessibility, "Accessibility statement")];
    view! {
        <footer class="govuk-footer">
            <div class="govuk-width-container">
                <div class="govuk-footer__meta">
                    <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
                        <h2 class="govuk-visually-hidden">"Support links"</h2>
                        <ul class="govuk-footer__inline-list">
                            {links
                                .into_iter()
                                .map(|(route, label)| {
                                    view! {
                                        <li class="govuk-footer__inline-list-item">
                                            <a class="govuk-footer__link" href=route.href()>{label}</a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                        <p class="govuk-body-s">
                            "Everything you type stays in this browser. Content is available under the Open Government Licence v3.0, except where otherwise stated. Built with GOV.UK Frontend."
                        </p>
                    </div>
                </div>
            </div>
        </footer>
    }
}

/// GOV.UK warning text: the "!" icon and bold words, with "Warning" for screen readers.
#[component]
pub fn WarningText(#[prop(into)] text: String, #[prop(optional, into)] id: Option<String>) -> impl IntoView {
    view! {
        <div class="govuk-warning-text" id=id>
            <span class="govuk-warning-text__icon" aria-hidden="true">"!"</span>
            <strong class="govuk-warning-text__text">
                <span class="govuk-visually-hidden">"Warning"</span>
                {text}
            </strong>
        </div>
    }
}
