//! Opening a sealed file: choose it (or drop it on the page), type the passphrase the sender
//! phoned through, and open it in the sealing worker. Nothing is uploaded: the file goes from
//! the browser's file picker to the worker and back as the record.

mod file;
mod resume;

pub use file::opened;

use infoshare_core::bundle::MAX_FILE_BYTES;
use infoshare_core::library::Library;
use infoshare_core::route::Route;
use infoshare_core::validate::FieldError;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::form::{
    described_by, error_for, group_class, password_input, Button, ErrorMessage, ErrorSummary, ERROR_SUMMARY_ID,
};
use crate::components::PageHeading;
use crate::dom;
use crate::sealer::{self, Event, Job};
use crate::state::session;

const FILE_ID: &str = "sealed-file";
const PASSPHRASE_ID: &str = "passphrase";

fn dropped(event: &leptos::ev::DragEvent) -> Option<web_sys::File> {
    event.prevent_default();
    event.data_transfer()?.files()?.get(0)
}

/// Every problem before opening starts.
fn problems(file: Option<&web_sys::File>, passphrase: &str) -> Vec<FieldError> {
    let mut errors = Vec::new();
    match file {
        None => errors.push(FieldError::new(FILE_ID, "Select the sealed file")),
        Some(file) if file.size() > MAX_FILE_BYTES as f64 => errors.push(FieldError::new(
            FILE_ID,
            format!("The file must be smaller than {} MB", MAX_FILE_BYTES / (1024 * 1024)),
        )),
        Some(file) if file.size() == 0.0 => errors.push(FieldError::new(FILE_ID, "The selected file is empty")),
        Some(_) => {}
    }
    if passphrase.trim().is_empty() {
        errors.push(FieldError::new(PASSPHRASE_ID, "Enter the passphrase"));
    }
    errors
}

/// Which field a failure belongs to: the passphrase when it did not fit, else the file.
fn failed_field(code: &str) -> &'static str {
    if code == "wrong-passphrase" {
        PASSPHRASE_ID
    } else {
        FILE_ID
    }
}

fn file_picker(
    file: RwSignal<Option<web_sys::File>, LocalStorage>,
    errors: RwSignal<Vec<FieldError>>,
) -> impl IntoView {
    let error = error_for(errors.into(), FILE_ID);
    let chosen = move || file.with(|file| file.as_ref().map(|file| format!("Chosen: {}", file.name())));
    view! {
        <div class=group_class(error) on:dragover=|event: leptos::ev::DragEvent| event.prevent_default() on:drop=move |event| {
            if let Some(dropped) = dropped(&event) {
                file.set(Some(dropped));
            }
        }>
            <label class="govuk-label govuk-label--s" for=FILE_ID>"Sealed file"</label>
            <div id="sealed-file-hint" class="govuk-hint">"The .pdf or .age file you were sent. You can also drop it here."</div>
            <ErrorMessage id="sealed-file-error".to_owned() message=error />
            <input
                class="govuk-file-upload"
                id=FILE_ID
                name=FILE_ID
                type="file"
                accept=".age,.pdf,application/pdf"
                aria-describedby=described_by(true, error, FILE_ID)
                on:change=move |event| file.set(dom::picked_file(&event))
            />
            <p class="govuk-body govuk-!-margin-top-2 app-break-words" aria-live="polite">{chosen}</p>
        </div>
    }
}

pub fn open(library: &'static Library) -> impl IntoView {
    let file = RwSignal::new_local(None::<web_sys::File>);
    let passphrase = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let working = RwSignal::new(false);
    // The worker answers outside any reactive owner: take the session now.
    let session = session();
    on_cleanup(sealer::cancel);
    let start = move |_| {
        let chosen = file.get_untracked();
        let found = problems(chosen.as_ref(), &passphrase.get_untracked());
        errors.set(found.clone());
        let Some(chosen) = chosen.filter(|_| found.is_empty()) else {
            dom::focus_after_render(ERROR_SUMMARY_ID);
            return;
        };
        working.set(true);
        let fail = move |field: &str, message: String| {
            errors.set(vec![FieldError::new(field, message)]);
            working.set(false);
            dom::focus_after_render(ERROR_SUMMARY_ID);
        };
        spawn_local(async move {
            let bytes = match dom::read_file(&chosen).await {
                Ok(bytes) => bytes,
                Err(message) => return fail(FILE_ID, message),
            };
            sealer::run(Job::Open { file: bytes, passphrase: passphrase.get_untracked() }, move |event| match event {
                Event::Opened(opened) => {
                    passphrase.set(String::new());
                    session.opened.set(Some(opened));
                    dom::navigate(&Route::Opened.href());
                }
                Event::Failed { code, message } => fail(failed_field(&code), message),
                _ => {}
            });
        });
    };
    let error = error_for(errors.into(), PASSPHRASE_ID);
    view! {
        <PageHeading text=Route::Open.heading(library) />
        <ErrorSummary errors=errors />
        <p class="govuk-body">"Open a request, reply or record that someone sealed with InfoShare. You need the passphrase they gave you by phone. The file is opened in this browser: nothing is uploaded."</p>
        {file_picker(file, errors)}
        {password_input(PASSPHRASE_ID, "Passphrase", "Type or paste it exactly as the sender gave it, with the spaces between words.", passphrase, error)}
        {move || if working.get() {
            view! {
                <div class="app-progress" role="status">
                    <p class="govuk-body">"Opening the file: making the key from the passphrase. This takes a few seconds."</p>
                    <progress class="app-progress__bar" aria-label="Opening the file"></progress>
                </div>
            }.into_any()
        } else {
            view! { <Button label="Open the file" on_click=Callback::new(start) /> }.into_any()
        }}
    }
}
