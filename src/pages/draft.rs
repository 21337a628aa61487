//! Saving the visit's unfinished work as a draft: an age file sealed with a passphrase and
//! saved wherever the user chooses, to resume later from "Open a sealed file". There is no
//! server to keep it, and nothing is kept in the browser.

use infoshare_core::bundle::{Envelope, Format, Payload};
use infoshare_core::draft::REFERENCE_PREFIX;
use infoshare_core::library::Library;
use infoshare_core::reference::reference;
use infoshare_core::route::Route;
use infoshare_core::sending::file_name;
use infoshare_core::validate::FieldError;
use leptos::prelude::*;

use crate::components::form::{Button, ErrorSummary, ERROR_SUMMARY_ID};
use crate::components::PageHeading;
use crate::dom;
use crate::pages::seal::passphrase::{passphrase, spoken_list, PassphraseChoice, OWN_ID};
use crate::sealer::{self, Event, Job};
use crate::state::{session, Session};

/// The id of the heading focused once the draft is saved.
const SAVED_ID: &str = "draft-saved";

#[derive(Clone, PartialEq)]
enum Progress {
    Choosing,
    Working,
    Saved { file_name: String, passphrase: String },
}

/// The titles of the tools with work in the visit.
fn tools_with_work(library: &Library, session: Session) -> Vec<String> {
    let draft = session.to_draft(String::new(), dom::local_now());
    draft
        .tool_paths()
        .into_iter()
        .filter_map(|path| match Route::from_hash(&format!("#/{path}"))? {
            Route::Tool { key, .. } => key.title(library).map(str::to_owned),
            _ => None,
        })
        .collect()
}

/// Seals the visit's work and saves the file.
fn save(session: Session, choice: PassphraseChoice, progress: RwSignal<Progress>, errors: RwSignal<Vec<FieldError>>) {
    let phrase = choice.value();
    if phrase.trim().is_empty() {
        errors.set(vec![FieldError::new(OWN_ID, "Enter a passphrase")]);
        dom::focus_after_render(ERROR_SUMMARY_ID);
        return;
    }
    errors.set(Vec::new());
    let now = dom::local_now();
    let draft = session.to_draft(reference(REFERENCE_PREFIX, &dom::random_bytes::<4>()), now);
    let mut envelope = Envelope::new(Payload::Draft(draft), now);
    envelope.training = session.training.get_untracked();
    progress.set(Progress::Working);
    let job = Job::Seal {
        format: Format::Age,
        envelope: envelope.to_json(),
        passphrase: phrase.clone(),
        keys: Vec::new(),
        attachments: Vec::new(),
    };
    sealer::run(job, move |event| match event {
        Event::Sealed { bytes } => {
            let name = file_name(&envelope, Format::Age);
            if let Err(message) = dom::download_bytes(&name, "application/octet-stream", &bytes) {
                errors.set(vec![FieldError::new(OWN_ID, message)]);
            }
            progress.set(Progress::Saved { file_name: name, passphrase: phrase.clone() });
            dom::focus_after_render(SAVED_ID);
        }
        Event::Failed { message, .. } => {
            errors.set(vec![FieldError::new(OWN_ID, message)]);
            progress.set(Progress::Choosing);
            dom::focus_after_render(ERROR_SUMMARY_ID);
        }
        _ => {}
    });
}

fn saved(file_name: String, pieces: Vec<String>) -> impl IntoView {
    view! {
        <div class="govuk-panel govuk-panel--confirmation">
            <h2 class="govuk-panel__title" id=SAVED_ID tabindex="-1">"Draft saved"</h2>
            <div class="govuk-panel__body">{format!("File: {file_name}")}</div>
        </div>
        <h2 class="govuk-heading-m">"The passphrase"</h2>
        <p class="govuk-body">"You need this passphrase and the file to resume. Keep them apart: do not write the passphrase on or next to the file, or in the same email."</p>
        {spoken_list(pieces)}
        <h2 class="govuk-heading-m">"To resume"</h2>
        <p class="govuk-body">
            "Open InfoShare, choose "<a class="govuk-link" href=Route::Open.href()>"Open a sealed file"</a>
            ", select the draft and type the passphrase."
        </p>
        <p class="govuk-body">"Your work is still open here too. On a shared computer, clear it when you have finished."</p>
    }
}

pub fn draft(library: &'static Library) -> AnyView {
    let session = session();
    let tools = untrack(|| tools_with_work(library, session));
    let heading = view! { <PageHeading text=Route::Draft.heading(library) /> };
    if tools.is_empty() {
        return view! {
            {heading}
            <p class="govuk-body">"There is nothing to save yet. Answer a checklist, a wizard or a form first; a draft keeps what you have entered so you can carry on later."</p>
        }
        .into_any();
    }
    let choice = PassphraseChoice::new();
    let progress = RwSignal::new(Progress::Choosing);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    on_cleanup(sealer::cancel);
    let body = move || {
        match progress.get() {
        Progress::Choosing => view! {
            <p class="govuk-body">"A draft keeps what you have entered so far in these tools, so you can carry on later or on another computer:"</p>
            <ul class="govuk-list govuk-list--bullet">{tools.iter().map(|title| view! { <li>{title.clone()}</li> }).collect_view()}</ul>
            <p class="govuk-body">"It is sealed like a request: an encrypted age file that opens only with the passphrase. Finished records are not included: seal or print those."</p>
            {passphrase(choice, errors, "Keep it apart from the draft file: you need both to resume.")}
            <Button label="Save the draft" on_click=Callback::new(move |_| save(session, choice, progress, errors)) />
        }
        .into_any(),
        Progress::Working => view! {
            <div class="app-progress" role="status">
                <p class="govuk-body">"Sealing the draft: making a key from the passphrase. This takes a few seconds."</p>
                <progress class="app-progress__bar" aria-label="Sealing the draft"></progress>
            </div>
        }
        .into_any(),
        Progress::Saved { file_name, passphrase } => saved(file_name, choice.spoken(&passphrase)).into_any(),
    }
    };
    view! {
        {heading}
        <ErrorSummary errors=errors />
        {body}
    }
    .into_any()
}
