//! An opened sealed file: the record laid out as the PDF lays it out, with Print, Save as
//! JSON, each attachment to save under a neutral name, and for a request, "Record your
//! reply", which starts the agreement's reply form with the request's reference filled in.

use chrono::Datelike;
use infoshare_core::bundle::{Format, PrintedPages};
use infoshare_core::library::Library;
use infoshare_core::rendering::TRAINING;
use infoshare_core::route::{Route, ToolKey, ToolPage};
use infoshare_core::text::file_size;
use leptos::prelude::*;

use crate::components::form::Button;
use crate::components::{blocks, PageHeading, WarningText};
use crate::dom;
use crate::sealer::{Incoming, Opened};
use crate::state::session;

fn protection(format: Format, pages: PrintedPages, team_key: bool) -> &'static str {
    match (format, pages) {
        (Format::Age, _) if team_key => "Opened with your team's key from an age file sealed for your team. Its encryption also proves nothing in it was changed after sealing. It does not prove who sealed it: anyone with your team's public key can seal a file for it, so know the sender from the record and the email it came with.",
        (Format::Age, _) => "Opened from an age file. Its encryption also proves nothing in it was changed after sealing.",
        (Format::Pdf, PrintedPages::Intact) => "Opened from a password-protected PDF. The record inside and the printed pages matched the checks sealed with them, so neither was changed after sealing.",
        (Format::Pdf, PrintedPages::Changed) => "The printed pages of this file were changed after sealing; the record inside is intact. What is shown here is the record as it was sealed: do not rely on the PDF's pages or a printout of them. Tell the sender.",
        (Format::Pdf, PrintedPages::Unchecked) => "Opened from a password-protected PDF made by an older InfoShare. The record inside matched the check sealed with it, so it was not changed; that version kept no check of the printed pages.",
    }
}

/// A neutral name for a saved attachment: the reference, a number and the original extension.
fn attachment_name(reference: &str, index: usize, original: &str) -> String {
    let extension = original
        .rsplit_once('.')
        .map(|(_, ext)| ext)
        .filter(|ext| !ext.is_empty() && ext.len() <= 8 && ext.chars().all(|c| c.is_ascii_alphanumeric()))
        .map(|ext| format!(".{}", ext.to_ascii_lowercase()))
        .unwrap_or_default();
    format!("{reference}-attachment-{}{extension}", index + 1)
}

fn attachments_view(reference: &str, attachments: Vec<Incoming>, error: RwSignal<Option<String>>) -> impl IntoView {
    let rows = attachments
        .into_iter()
        .enumerate()
        .map(|(index, attachment)| {
            let name = attachment_name(reference, index, &attachment.name);
            let label = attachment.name.clone();
            let size = file_size(u64::from(attachment.bytes.length()));
            let save = move |_| error.set(dom::download_bytes(&name, &attachment.media_type, &attachment.bytes).err());
            view! {
                <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key app-break-words">{label.clone()}</dt>
                    <dd class="govuk-summary-list__value">{size}</dd>
                    <dd class="govuk-summary-list__actions">
                        <button type="button" class="govuk-button govuk-button--secondary app-button--inline" on:click=save>
                            "Save"<span class="govuk-visually-hidden">{format!(" {label}")}</span>
                        </button>
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <h2 class="govuk-heading-m">"Attachments"</h2>
        <p class="govuk-body">"Each is saved with a neutral name made from the reference."</p>
        <dl class="govuk-summary-list">{rows}</dl>
    }
}

/// The reply form for a request, if its agreement has one.
fn reply_form(library: &'static Library, opened: &Opened) -> Option<ToolKey> {
    let (pack, id) = opened.request_form.as_ref()?;
    let reply = library.form(pack, id)?.reply.as_ref()?;
    Some(ToolKey::form(pack, reply))
}

/// Starts the reply form with the request's reference and today's date filled in.
fn start_reply(key: ToolKey, reference: String) {
    let today = dom::local_now().date();
    session().forms.update(&key, |answers| {
        answers.set_text("in-reply-to", reference);
        for (part, value) in [("day", today.day()), ("month", today.month())] {
            answers.set_text(&format!("received-on.{part}"), value.to_string());
        }
        answers.set_text("received-on.year", today.year().to_string());
    });
    session().form_records.update(&key, |record| *record = None);
    dom::navigate(&Route::Tool { key, page: ToolPage::Start }.href());
}

pub fn opened(library: &'static Library) -> AnyView {
    let Some(file) = session().opened.get_untracked() else {
        return view! {
            <PageHeading text=Route::Opened.heading(library) />
            <p class="govuk-body">"No file is open. Opened files are not kept once you close or reload the page. "<a class="govuk-link" href=Route::Open.href()>"Open a sealed file"</a></p>
        }
        .into_any();
    };
    if let Some(json) = file.draft.clone() {
        return super::resume::resume_page(library, file, json);
    }
    let reference = file.reference.clone();
    let error = RwSignal::new(None::<String>);
    let json = file.json.clone();
    let json_name = format!("{reference}.json");
    let save_json = move |_| error.set(dom::download(&json_name, "application/json", &json).err());
    let close = move |_| {
        session().opened.set(None);
        dom::navigate(&Route::Open.href());
    };
    let reply = reply_form(library, &file).map(|key| {
        let reference = reference.clone();
        view! {
            <h2 class="govuk-heading-m">"Reply"</h2>
            <p class="govuk-body">"Record what you disclose, or why you decline, and seal the reply the same way. The request's reference is filled in for you."</p>
            <Button label="Record your reply" on_click=Callback::new(move |_| start_reply(key.clone(), reference.clone())) />
        }
    });
    view! {
        <PageHeading text=Route::Opened.heading(library) caption=file.title.clone() />
        {file.training.then(|| view! { <strong class="govuk-tag govuk-tag--orange app-training-tag">{TRAINING}</strong> })}
        {if file.pages == PrintedPages::Changed {
            view! { <WarningText id="pages-changed" text=protection(file.format, file.pages, file.team_key) /> }.into_any()
        } else {
            view! { <div class="govuk-inset-text">{protection(file.format, file.pages, file.team_key)}</div> }.into_any()
        }}
        {blocks(file.blocks.clone())}
        {(!file.attachments.is_empty()).then(|| attachments_view(&reference, file.attachments.clone(), error))}
        {reply}
        <div class="govuk-button-group app-no-print">
            <Button label="Print" on_click=Callback::new(|_| dom::print()) />
            <Button label="Save as a file (JSON)" secondary=true on_click=Callback::new(save_json) />
            <Button label="Close the file" secondary=true on_click=Callback::new(close) />
        </div>
        {move || error.get().map(|message| view! { <p class="govuk-error-message">{message}</p> })}
        <p class="govuk-body app-no-print"><a class="govuk-link" href=Route::Open.href()>"Open another file"</a></p>
    }
    .into_any()
}
