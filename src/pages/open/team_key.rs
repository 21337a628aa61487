//! "Set up a team key", for a team that receives sealed files: the sealing worker makes an
//! age X25519 key and saves it as a key file protected by a six-word passphrase (scrypt, as a
//! sealed file), under a neutral name; the page then shows the public key to publish and its
//! fingerprint to read aloud. The browser keeps nothing: the key's secret half exists only
//! in the key file, and the passphrase only on this page until it is cleared.

use infoshare_core::guide::Topic;
use infoshare_core::library::Library;
use infoshare_core::reference::reference;
use infoshare_core::route::Route;
use infoshare_core::team::fingerprint;
use infoshare_core::text::iso_moment;
use infoshare_core::validate::FieldError;
use js_sys::Uint8Array;
use leptos::prelude::*;

use crate::components::form::{Button, ErrorSummary, ERROR_SUMMARY_ID};
use crate::components::{PageHeading, WarningText};
use crate::dom;
use crate::pages::seal::passphrase::{passphrase, spoken_list, PassphraseChoice, OWN_ID};
use crate::sealer::{self, Event, Job};

/// The prefix of a key file's neutral name: "TEAMKEY-7K3Q.age".
const PREFIX: &str = "TEAMKEY";

/// Where making the key has got to.
#[derive(Clone)]
enum Progress {
    Choosing,
    Working,
    Made { file_name: String, bytes: Uint8Array, public_key: String },
}

/// The key file saved, with "Save it again".
fn saved(file_name: String, bytes: Uint8Array, errors: RwSignal<Vec<FieldError>>) -> impl IntoView {
    let again = {
        let file_name = file_name.clone();
        move |_| {
            let failed = dom::download_bytes(&file_name, "application/octet-stream", &bytes).err();
            errors.set(failed.map(|message| vec![FieldError::new("save-key", message)]).unwrap_or_default());
        }
    };
    view! {
        <div class="govuk-panel govuk-panel--confirmation">
            <h2 class="govuk-panel__title" id="key-made" tabindex="-1">"Team key made"</h2>
            <div class="govuk-panel__body">{format!("Saved as {file_name}")}</div>
        </div>
        <h2 class="govuk-heading-m">"1. Keep the key file"</h2>
        <p class="govuk-body">{format!("Your browser saved {file_name}, usually in your Downloads folder. Move it now to the place your team keeps it, and delete it from Downloads. Its name says nothing about your team.")}</p>
        <p class="govuk-body"><a class="govuk-link" href=Route::Guide(Topic::TeamKeys).href()>"Keeping your team's key"</a>": where to keep it, who holds the passphrase, and what to do when someone leaves."</p>
        <div id="save-key" tabindex="-1"><Button label="Save the key file again" secondary=true on_click=Callback::new(again) /></div>
    }
}

/// The passphrase to keep apart from the file, until it is cleared.
fn keep_the_passphrase(choice: PassphraseChoice) -> impl IntoView {
    let phrase = RwSignal::new(choice.value());
    let forget = move |_| {
        choice.forget();
        phrase.set(String::new());
    };
    view! {
        <h2 class="govuk-heading-m">"2. Keep the passphrase apart from it"</h2>
        <WarningText text="Without this passphrase nobody can use the key file, and without both nobody can open files sealed for your team. Keep the passphrase where the people who open your team's files can reach it, never with the key file or in an email." />
        {move || {
            let shown = phrase.get();
            if shown.is_empty() {
                view! { <p class="govuk-body">"The passphrase has been cleared from this page."</p> }.into_any()
            } else {
                view! {
                    {spoken_list(choice.spoken(&shown))}
                    <Button label="I have kept it safe: clear it" secondary=true on_click=Callback::new(forget) />
                }
                .into_any()
            }
        }}
    }
}

/// The public key to publish, and its fingerprint to read aloud.
fn publish(public_key: String, choice: PassphraseChoice) -> impl IntoView {
    let today = dom::local_now().date().to_string();
    let entry = format!(
        "[[team]]\nid = \"your-team\"\nname = \"Your team's name, as senders know it\"\naddress = \"your-team@example.org\"\nkey = \"{public_key}\"\npublished = \"{today}\""
    );
    let words = {
        let public_key = public_key.clone();
        move || choice.list().and_then(|list| fingerprint(&public_key, list)).map(spoken_list)
    };
    view! {
        <h2 class="govuk-heading-m">"3. Publish your team's public key"</h2>
        <p class="govuk-body">"This is your team's public key. It is not secret: senders seal files for it. Send it to your safeguarding lead to publish in your agreement pack, with your team's name and the secure email address your files go to:"</p>
        <p class="govuk-body app-break-words"><code id="public-key">{public_key}</code></p>
        <p class="govuk-body">"Your team's entry for the pack, ready to fill in:"</p>
        <pre class="app-code app-break-words">{entry}</pre>
        <p class="govuk-body"><a class="govuk-link" href=Route::Packs.href()>"Load your own agreement pack"</a>" says how a pack is loaded for a visit."</p>
        <h2 class="govuk-heading-m">"4. Read the fingerprint to anyone who asks"</h2>
        <p class="govuk-body">"A sender sealing a file for your team for the first time may phone to check they have your real key. Read them these six words: the seal page shows them the same words for the key in their pack. They are also shown when your key file is unlocked."</p>
        <div id="fingerprint">{words}</div>
    }
}

pub fn team_key(library: &'static Library) -> AnyView {
    let choice = PassphraseChoice::new();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let progress = RwSignal::new_local(Progress::Choosing);
    on_cleanup(sealer::cancel);
    let start = Callback::new(move |_: ()| {
        let phrase = choice.value();
        if phrase.trim().is_empty() {
            errors.set(vec![FieldError::new(OWN_ID, "Enter a passphrase")]);
            dom::focus_after_render(ERROR_SUMMARY_ID);
            return;
        }
        errors.set(Vec::new());
        progress.set(Progress::Working);
        let created = iso_moment(dom::local_now());
        sealer::run(Job::MakeKey { passphrase: phrase, created }, move |event| match event {
            Event::KeyMade { bytes, public_key } => {
                let file_name = format!("{}.age", reference(PREFIX, &dom::random_bytes::<4>()));
                if let Err(message) = dom::download_bytes(&file_name, "application/octet-stream", &bytes) {
                    errors.set(vec![FieldError::new("save-key", message)]);
                }
                progress.set(Progress::Made { file_name, bytes, public_key });
                dom::focus_after_render("key-made");
            }
            Event::Failed { message, .. } => {
                errors.set(vec![FieldError::new(OWN_ID, message)]);
                progress.set(Progress::Choosing);
                dom::focus_after_render(ERROR_SUMMARY_ID);
            }
            _ => {}
        });
    });
    let body = move || {
        match progress.get() {
        Progress::Choosing => view! {
            {passphrase(choice, errors, "It protects the key file: keep it apart from the file, where the people who open your team's files can reach it.")}
            <Button label="Make the team key" on_click=start />
        }
        .into_any(),
        Progress::Working => view! {
            <div class="app-progress" role="status">
                <p class="govuk-body">"Making the team key and protecting it with the passphrase. This takes a few seconds."</p>
                <progress class="app-progress__bar" aria-label="Making the team key"></progress>
            </div>
        }
        .into_any(),
        Progress::Made { file_name, bytes, public_key } => view! {
            {saved(file_name, bytes, errors)}
            {keep_the_passphrase(choice)}
            {publish(public_key, choice)}
        }
        .into_any(),
    }
    };
    view! {
        <PageHeading text=Route::TeamKey.heading(library) />
        <ErrorSummary errors=errors />
        <p class="govuk-body">"For a team that receives sealed files, such as a police disclosure team or a school's safeguarding lead. With a team key, senders can seal a file that only your team can open, with no passphrase to phone through for each one."</p>
        <p class="govuk-body">"InfoShare makes the key in this browser and saves it as a key file protected by a passphrase. Nothing is kept by the browser or sent anywhere: if the key file or its passphrase is lost, nobody can open files sealed for it, and senders must seal them again."</p>
        {body}
    }
    .into_any()
}
