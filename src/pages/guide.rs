//! Reading pages drawn from the agreements' data (core `guide`): the agreements and their
//! reviews, one agreement's summary with the "due for review" notice, and the handling guide.

use infoshare_core::guide::{guide, Topic};
use infoshare_core::library::Library;
use infoshare_core::route::Route;
use leptos::prelude::*;

use crate::components::{blocks, PageHeading, WarningText};
use crate::dom;

pub fn guide_page(library: &'static Library, topic: Topic) -> AnyView {
    let Some(guide) = guide(library, &topic, dom::local_now().date()) else { return super::not_found().into_any() };
    let links = guide
        .links
        .into_iter()
        .map(|link| {
            view! {
                <li>
                    <a class="govuk-link" href=link.href>{link.text}</a>
                    {link.hint.map(|hint| view! { <p class="govuk-hint govuk-!-margin-bottom-0">{hint}</p> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <PageHeading text=Route::Guide(topic).heading(library) />
        <p class="govuk-body-l">{guide.lead}</p>
        {guide.notice.map(|notice| view! { <WarningText text=notice /> })}
        {blocks(guide.blocks)}
        <h2 class="govuk-heading-m">{guide.links_heading}</h2>
        <ul class="govuk-list govuk-list--spaced">{links}</ul>
    }
    .into_any()
}
