//! Above every view of the editor: what the pack checks found, each problem with its line,
//! item and field; saving the pack as TOML; previewing it in the real pages for the visit;
//! publishing it; and starting again.

use infoshare_core::pack::compact::from_compact;
use infoshare_core::pack::Pack;
use infoshare_core::route::{Route, ToolKey, ToolPage};
use leptos::prelude::*;

use super::{Author, Link, View};
use crate::dom;
use crate::packs::{packs, Content};

/// A neutral file name: nothing the lead typed.
const FILE_NAME: &str = "agreement-pack.toml";

/// The pack's tools, with the addresses of their first pages.
fn tools(pack: &Pack) -> Vec<Link> {
    let id = &pack.pack.id;
    let link = |key: ToolKey, title: &str| (title.to_owned(), Route::Tool { key, page: ToolPage::Start }.href());
    let checklists = pack.checklists.iter().map(|c| link(ToolKey::checklist(id, &c.id), &c.title));
    let wizards = pack.flowcharts.iter().map(|f| link(ToolKey::wizard(id, &f.id), &f.title));
    let forms = pack.forms.iter().map(|f| link(ToolKey::form(id, &f.id), &f.title));
    checklists.chain(wizards).chain(forms).collect()
}

pub(super) fn checks(author: Author) -> impl IntoView {
    let message = RwSignal::new(None::<String>);
    let packs = packs();
    let save = move |_| {
        let Some(text) = author.read(|editor| editor.draft.text()) else { return };
        match dom::download(FILE_NAME, "application/toml", &text) {
            Ok(()) => {
                author.write(|editor| editor.draft.save());
                author.unsaved.set(false);
                message.set(Some(format!("Saved as {FILE_NAME} in your downloads.")));
            }
            Err(error) => message.set(Some(error)),
        }
    };
    // The editor opens without the shipped packs: a preview reads them first, then loads.
    let pending = StoredValue::new(None::<(Pack, Vec<u8>)>);
    let load_pending = move || {
        if packs.current.get_untracked().is_none() {
            return;
        }
        let Some((pack, bytes)) = pending.try_update_value(Option::take).flatten() else { return };
        let links = tools(&pack);
        if packs.load(pack, &bytes).is_some() {
            author.write(|editor| editor.preview = links.clone());
            author.preview.set(links);
            dom::focus_after_render("author-preview");
        }
    };
    Effect::new(move |_| {
        packs.current.track();
        if let (Content::Failed(error), true) = (packs.content.get(), pending.with_value(Option::is_some)) {
            message.set(Some(error));
        }
        load_pending();
    });
    let preview = move |_| match author.checked.get_value().map(|bytes| (from_compact::<Pack>(&bytes), bytes)) {
        Some((Ok(pack), bytes)) => {
            message.set(None);
            pending.set_value(Some((pack, bytes)));
            packs.read_content(false);
            load_pending();
        }
        _ => message
            .set(Some("Fix the problems listed, or wait for the checks, before you preview the pack.".to_owned())),
    };
    let summary = move || match author.problems.with(|problems| problems.as_ref().map(Vec::len)) {
        None => "Checking the pack…".to_owned(),
        Some(0) => "The pack passes every check".to_owned(),
        Some(1) => "1 problem in the pack".to_owned(),
        Some(count) => format!("{count} problems in the pack"),
    };
    let list = move || {
        let problems = author.problems.get().unwrap_or_default();
        (!problems.is_empty()).then(|| {
            let items = problems.into_iter().map(|problem| view! { <li>{problem}</li> }).collect_view();
            view! {
                <details class="govuk-details">
                    <summary class="govuk-details__summary"><span class="govuk-details__summary-text">"Show the problems"</span></summary>
                    <div class="govuk-details__text"><ul class="govuk-list govuk-list--bullet app-break-words" id="author-problems">{items}</ul></div>
                </details>
            }
        })
    };
    view! {
        <p class="govuk-body govuk-!-font-weight-bold" role="status" id="author-checks">{summary}</p>
        {list}
        {move || preview_banner(author.preview.get())}
        <div class="govuk-button-group">
            <button type="button" class="govuk-button" on:click=save>"Save as TOML"</button>
            <button type="button" class="govuk-button govuk-button--secondary" on:click=preview>"Preview in InfoShare"</button>
            <button type="button" class="govuk-button govuk-button--secondary" on:click=move |_| author.go(View::Publish)>"Publish for your area"</button>
            <button type="button" class="govuk-button govuk-button--secondary" on:click=move |_| author.restart()>"Start again"</button>
        </div>
        <p class="govuk-body" role="status">{move || message.get()}</p>
    }
}

/// The tools of the pack loaded for a preview, to open as a practitioner would.
fn preview_banner(links: Vec<Link>) -> Option<impl IntoView> {
    (!links.is_empty()).then(|| {
        let items = links
            .into_iter()
            .map(|(title, href)| view! { <li><a class="govuk-notification-banner__link" href=href>{title}</a></li> })
            .collect_view();
        view! {
            <div class="govuk-notification-banner" role="region" aria-labelledby="author-preview">
                <div class="govuk-notification-banner__header">
                    <h2 class="govuk-notification-banner__title" id="author-preview" tabindex="-1">"Loaded for this visit"</h2>
                </div>
                <div class="govuk-notification-banner__content">
                    <p class="govuk-body">"Try your pack's tools as a practitioner would. Use your browser's Back button to come back here, where you left off."</p>
                    <ul class="govuk-list">{items}</ul>
                </div>
            </div>
        }
    })
}
