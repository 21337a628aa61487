//! Opening a sealed file: choose it (or drop it on the page), then type the passphrase the
//! sender phoned through, or, for a file sealed for your team, choose your team's key file
//! and type its passphrase (once a visit: the keyholder keeps the key until everything is
//! cleared). It opens in the sealing worker. Nothing is uploaded: the files go from the
//! browser's file picker to the worker and back as the record.

mod file;
mod key;
mod resume;
mod team_key;

pub use file::opened;
pub use team_key::team_key;

use infoshare_core::bundle::MAX_FILE_BYTES;
use infoshare_core::library::Library;
use infoshare_core::route::Route;
use infoshare_core::validate::FieldError;
use js_sys::Uint8Array;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::form::{
    described_by, error_for, group_class, password_input, Button, ErrorMessage, ErrorSummary, RadioOption, Radios,
    ERROR_SUMMARY_ID,
};
use crate::components::PageHeading;
use crate::dom;
use crate::sealer::{self, Event, Job};
use crate::state::session;

use key::{TeamKey, KEY_FILE_ID, KEY_PASSPHRASE_ID};

const FILE_ID: &str = "sealed-file";
const PASSPHRASE_ID: &str = "passphrase";
const METHOD_ID: &str = "method";
const WITH_PASSPHRASE: &str = "passphrase";
const WITH_TEAM_KEY: &str = "team-key";

fn dropped(event: &leptos::ev::DragEvent) -> Option<web_sys::File> {
    event.prevent_default();
    event.data_transfer()?.files()?.get(0)
}

/// What is wrong with the sealed file chosen, if anything.
fn file_problems(file: Option<&web_sys::File>) -> Option<FieldError> {
    match file {
        None => Some(FieldError::new(FILE_ID, "Select the sealed file")),
        Some(file) if file.size() > MAX_FILE_BYTES as f64 => Some(FieldError::new(
            FILE_ID,
            format!("The file must be smaller than {} MB", MAX_FILE_BYTES / (1024 * 1024)),
        )),
        Some(file) if file.size() == 0.0 => Some(FieldError::new(FILE_ID, "The selected file is empty")),
        Some(_) => None,
    }
}

/// Which field a failure belongs to.
fn failed_field(code: &str) -> &'static str {
    match code {
        "wrong-passphrase" => PASSPHRASE_ID,
        "wrong-key-passphrase" => KEY_PASSPHRASE_ID,
        "not-key-file" | "key-unprotected" | "key-damaged" | "no-key" => KEY_FILE_ID,
        "for-team-key" | "needs-passphrase" => METHOD_ID,
        _ => FILE_ID,
    }
}

/// A file input, with its label, hint and the files it offers, that also takes a file
/// dropped on it.
fn file_picker(
    id: &'static str,
    (label, hint, accept): (&'static str, &'static str, &'static str),
    file: RwSignal<Option<web_sys::File>, LocalStorage>,
    errors: RwSignal<Vec<FieldError>>,
) -> impl IntoView {
    let error = error_for(errors.into(), id);
    let chosen = move || file.with(|file| file.as_ref().map(|file| format!("Chosen: {}", file.name())));
    view! {
        <div class=group_class(error) on:dragover=|event: leptos::ev::DragEvent| event.prevent_default() on:drop=move |event| {
            if let Some(dropped) = dropped(&event) {
                file.set(Some(dropped));
            }
        }>
            <label class="govuk-label govuk-label--s" for=id>{label}</label>
            <div id=format!("{id}-hint") class="govuk-hint">{hint}</div>
            <ErrorMessage id=format!("{id}-error") message=error />
            <input
                class="govuk-file-upload"
                id=id
                name=id
                type="file"
                accept=accept
                aria-describedby=described_by(true, error, id)
                on:change=move |event| file.set(dom::picked_file(&event))
            />
            <p class="govuk-body govuk-!-margin-top-2 app-break-words" aria-live="polite">{chosen}</p>
        </div>
    }
}

fn method_options() -> Vec<RadioOption> {
    vec![
        RadioOption {
            value: WITH_PASSPHRASE.to_owned(),
            label: "With a passphrase".to_owned(),
            hint: Some("The sender phoned you the passphrase.".to_owned()),
        },
        RadioOption {
            value: WITH_TEAM_KEY.to_owned(),
            label: "With my team's key".to_owned(),
            hint: Some(
                "The sender sealed it for your team: you need your team's key file and its passphrase.".to_owned(),
            ),
        },
    ]
}

pub fn open(library: &'static Library) -> impl IntoView {
    let file = RwSignal::new_local(None::<web_sys::File>);
    let passphrase = RwSignal::new(String::new());
    let key = TeamKey::new();
    let held = key.held.get_untracked().is_some();
    let method = RwSignal::new(Some(if held { WITH_TEAM_KEY } else { WITH_PASSPHRASE }.to_owned()));
    let with_key = move || method.with(|method| method.as_deref() == Some(WITH_TEAM_KEY));
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let working = RwSignal::new(false);
    // The worker answers outside any reactive owner: take the session now.
    let session = session();
    on_cleanup(sealer::cancel);
    let fail = move |field: &str, message: String| {
        errors.set(vec![FieldError::new(field, message)]);
        working.set(false);
        dom::focus_after_render(ERROR_SUMMARY_ID);
    };
    let on_event = move |event: Event| match event {
        Event::Opened(opened) => {
            passphrase.set(String::new());
            session.opened.set(Some(opened));
            dom::navigate(&Route::Opened.href());
        }
        Event::KeyHeld { public_key } => {
            key.passphrase.set(String::new());
            key.held.set(Some(public_key));
        }
        Event::Failed { code, message } => {
            if code == "no-key" {
                key.held.set(None);
            }
            fail(failed_field(&code), message);
        }
        _ => {}
    };
    let start = move |_| {
        let chosen = file.get_untracked();
        let by_key = untrack(with_key);
        let mut found: Vec<FieldError> = file_problems(chosen.as_ref()).into_iter().collect();
        if by_key {
            found.extend(key.problems());
        } else if passphrase.with_untracked(|passphrase| passphrase.trim().is_empty()) {
            found.push(FieldError::new(PASSPHRASE_ID, "Enter the passphrase"));
        }
        errors.set(found.clone());
        let Some(chosen) = chosen.filter(|_| found.is_empty()) else {
            dom::focus_after_render(ERROR_SUMMARY_ID);
            return;
        };
        working.set(true);
        spawn_local(async move {
            let bytes = match dom::read_file(&chosen).await {
                Ok(bytes) => bytes,
                Err(message) => return fail(FILE_ID, message),
            };
            let open = move |bytes: Uint8Array| {
                let passphrase = (!by_key).then(|| passphrase.get_untracked());
                sealer::run(Job::Open { file: bytes, passphrase }, on_event);
            };
            let unlocking =
                by_key.then(|| key.file.get_untracked()).flatten().filter(|_| key.held.get_untracked().is_none());
            let Some(key_file) = unlocking else { return open(bytes) };
            let key_bytes = match dom::read_file(&key_file).await {
                Ok(key_bytes) => key_bytes,
                Err(message) => return fail(KEY_FILE_ID, message),
            };
            let unlock = Job::UnlockKey { key_file: key_bytes, passphrase: key.passphrase.get_untracked() };
            sealer::run(unlock, move |event| match event {
                Event::KeyHeld { .. } => {
                    on_event(event);
                    open(bytes.clone());
                }
                other => on_event(other),
            });
        });
    };
    let passphrase_error = error_for(errors.into(), PASSPHRASE_ID);
    let method_legend =
        view! { <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">"How was it sealed?"</legend> };
    view! {
        <PageHeading text=Route::Open.heading(library) />
        <ErrorSummary errors=errors />
        <p class="govuk-body">"Open a request, reply or record that someone sealed with InfoShare: with the passphrase they gave you by phone, or, if they sealed it for your team, with your team's key file. The file is opened in this browser: nothing is uploaded."</p>
        {file_picker(FILE_ID, ("Sealed file", "The .pdf or .age file you were sent. You can also drop it here.", ".age,.pdf,application/pdf"), file, errors)}
        <Radios
            name=METHOD_ID.to_owned()
            legend=method_legend.into_any()
            hint=None
            options=method_options()
            selected=method.into()
            on_select=Callback::new(move |value| method.set(Some(value)))
            error=error_for(errors.into(), METHOD_ID)
        />
        {move || if with_key() {
            key::key_fields(key, library, errors).into_any()
        } else {
            password_input(PASSPHRASE_ID, "Passphrase", "Type or paste it exactly as the sender gave it, with the spaces between words.", passphrase, passphrase_error).into_any()
        }}
        {move || if working.get() {
            view! {
                <div class="app-progress" role="status">
                    <p class="govuk-body">"Opening the file. With a passphrase or a key file, making the key takes a few seconds."</p>
                    <progress class="app-progress__bar" aria-label="Opening the file"></progress>
                </div>
            }.into_any()
        } else {
            view! { <Button label="Open the file" on_click=Callback::new(start) /> }.into_any()
        }}
        <p class="govuk-body">
            "Does your team receive sealed files? "
            <a class="govuk-link" href=Route::TeamKey.href()>"Set up a team key"</a>
            " so senders can seal files that only your team opens, with no passphrase to phone through."
        </p>
    }
}
