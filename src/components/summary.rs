//! A GOV.UK summary list row, with an optional Change link.

use leptos::prelude::*;

/// A Change link's target and the words a screen reader hears after "Change".
pub struct Change {
    pub href: String,
    pub what: String,
}

/// One `govuk-summary-list__row`; the value keeps the line breaks typed into it.
pub fn summary_row(key: impl Into<String>, value: String, change: Option<Change>) -> impl IntoView {
    let actions = change.map(|change| {
        view! {
            <dd class="govuk-summary-list__actions">
                <a class="govuk-link" href=change.href>
                    "Change"<span class="govuk-visually-hidden">{format!(" {}", change.what)}</span>
                </a>
            </dd>
        }
    });
    view! {
        <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{key.into()}</dt>
            <dd class="govuk-summary-list__value app-preserve-lines app-break-words">{value}</dd>
            {actions}
        </div>
    }
}
