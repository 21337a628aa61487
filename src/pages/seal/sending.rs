//! After sealing: the file name, a copy-ready email with nothing personal in it, and the
//! passphrase laid out for phoning through, with a button to forget it once that is done; or,
//! for a file sealed for a team's key, who can open it.

use infoshare_core::bundle::Format;
use infoshare_core::rendering::MARKING;
use infoshare_core::sending::Email;
use infoshare_core::validate::FieldError;
use js_sys::Uint8Array;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::passphrase::{spoken_list, PassphraseChoice};
use crate::components::form::Button;
use crate::components::WarningText;
use crate::dom;

/// The id of the heading focused when the file is sealed.
pub const TITLE_ID: &str = "sealed-title";
/// The id of the "Save the file again" button, where a failed save is reported.
pub const SAVE_ID: &str = "save-again";

/// A sealed file, ready to send.
#[derive(Clone)]
pub struct Sealed {
    pub file_name: String,
    pub format: Format,
    pub bytes: Uint8Array,
    pub email: Email,
    /// For a file sealed for a team's key: that team's name, and the sender's own team's.
    pub for_teams: Option<(String, Option<String>)>,
}

/// A `mailto:` link with the neutral subject and body, so the user's email program opens
/// ready to attach the file.
fn mailto(to: &str, subject: &str, body: &str) -> String {
    let encode = |text: &str| String::from(js_sys::encode_uri_component(text));
    format!("mailto:{}?subject={}&body={}", encode(to), encode(subject), encode(body))
}

/// Who can open a file sealed for teams' keys.
fn who_can_open(team: String, own: Option<String>) -> impl IntoView {
    let who = match own {
        Some(own) => {
            format!("Only {team} and your own team, {own}, can open this file, each with their team's key file.")
        }
        None => format!("Only {team} can open this file, with their team's key file."),
    };
    view! {
        <h2 class="govuk-heading-m">"3. Who can open it"</h2>
        <p class="govuk-body" id="who-can-open">{who}" There is no passphrase to phone through."</p>
        <div class="govuk-inset-text">"Anyone who has a team's public key can seal a file for it, so the team knows the file is from you by your email and the record inside, as with any sealed file."</div>
    }
}

/// The passphrase to phone through, with the button that clears it once that is done.
fn phone_it_through(passphrase: PassphraseChoice) -> impl IntoView {
    let phrase = RwSignal::new(passphrase.value());
    let forget = move |_| {
        passphrase.forget();
        phrase.set(String::new());
    };
    view! {
        <h2 class="govuk-heading-m">"3. Phone the passphrase through"</h2>
        <WarningText text="Never put the passphrase in the email, a text message or the file name. Phone the recipient and read it out word by word." />
        {move || {
            let phrase = phrase.get();
            if phrase.is_empty() {
                view! { <p class="govuk-body">"The passphrase has been cleared from this page."</p> }.into_any()
            } else {
                view! {
                    {spoken_list(passphrase.spoken(&phrase))}
                    <Button label="I have phoned it through: clear it" secondary=true on_click=Callback::new(forget) />
                }
                .into_any()
            }
        }}
    }
}

pub fn sending(sealed: Sealed, passphrase: PassphraseChoice, errors: RwSignal<Vec<FieldError>>) -> impl IntoView {
    let Sealed { file_name, format, bytes, email: message, for_teams } = sealed;
    let copied = RwSignal::new(None::<&'static str>);
    let whole = format!("To: {}\nSubject: {}\n\n{}", message.to, message.subject, message.body);
    let copy = move |_| {
        let whole = whole.clone();
        spawn_local(async move {
            let done = dom::copy_text(&whole).await;
            copied.set(Some(if done {
                "Copied. Paste it into a new email and attach the file."
            } else {
                "This browser would not copy from this page: select the text above and copy it yourself."
            }));
        });
    };
    let save_again = {
        let (file_name, mime) = (file_name.clone(), super::mime(format));
        move |_| {
            errors.set(
                dom::download_bytes(&file_name, mime, &bytes)
                    .err()
                    .map(|m| vec![FieldError::new(SAVE_ID, m)])
                    .unwrap_or_default(),
            )
        }
    };
    let link = mailto(&message.to, &message.subject, &message.body);
    view! {
        <div class="govuk-panel govuk-panel--confirmation">
            <h2 class="govuk-panel__title" id=TITLE_ID tabindex="-1">"File sealed"</h2>
            <div class="govuk-panel__body">{format!("Saved as {file_name}")}</div>
        </div>
        <h2 class="govuk-heading-m">"1. Check the file is saved"</h2>
        <p class="govuk-body">{format!("Your browser saved {file_name}, usually in your Downloads folder. Its name is only the reference: nothing personal.")}</p>
        <div id=SAVE_ID tabindex="-1"><Button label="Save the file again" secondary=true on_click=Callback::new(save_again) /></div>
        <h2 class="govuk-heading-m">"2. Email it"</h2>
        <p class="govuk-body">{format!("Use secure email where you have it. The subject and message say nothing about the case; the {MARKING} marking tells the recipient how to handle it.")}</p>
        <dl class="govuk-summary-list">
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">"To"</dt>
                <dd class="govuk-summary-list__value app-break-words">{if message.to.is_empty() { "The person who asked (their secure email address)".to_owned() } else { message.to.clone() }}</dd>
            </div>
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">"Subject"</dt>
                <dd class="govuk-summary-list__value">{message.subject.clone()}</dd>
            </div>
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">"Message"</dt>
                <dd class="govuk-summary-list__value app-preserve-lines">{message.body.clone()}</dd>
            </div>
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">"Attach"</dt>
                <dd class="govuk-summary-list__value">{file_name.clone()}</dd>
            </div>
        </dl>
        <div class="govuk-button-group">
            <Button label="Copy the email" secondary=true on_click=Callback::new(copy) />
            <a class="govuk-link" href=link>"Open it in your email program"</a>
        </div>
        <p class="govuk-body" aria-live="polite">{move || copied.get()}</p>
        {match for_teams {
            Some((team, own)) => who_can_open(team, own).into_any(),
            None => phone_it_through(passphrase).into_any(),
        }}
    }
}
