//! Opening with a team's key: the team's key file and its passphrase, unlocked in a worker
//! and then kept by the keyholder for the visit (never by the page); once a key is held,
//! which one it is, by its team's name and fingerprint, with "Forget the key now".

use infoshare_core::library::Library;
use infoshare_core::team::fingerprint;
use infoshare_core::validate::FieldError;
use leptos::prelude::*;

use super::file_picker;
use crate::components::form::{error_for, password_input, Button};
use crate::pages::seal::passphrase::load_wordlist;
use crate::sealer;

pub const KEY_FILE_ID: &str = "team-key-file";
pub const KEY_PASSPHRASE_ID: &str = "team-key-passphrase";

/// The key file input's label, hint and the files it offers.
const KEY_FILE_TEXT: (&str, &str, &str) = (
    "Your team's key file",
    "The .age key file your team made with “Set up a team key”. It is read in this browser, not uploaded.",
    ".age,.txt",
);

/// The team key part of the open page.
#[derive(Clone, Copy)]
pub struct TeamKey {
    pub file: RwSignal<Option<web_sys::File>, LocalStorage>,
    pub passphrase: RwSignal<String>,
    /// The public key of the team key the keyholder holds, if it holds one.
    pub held: RwSignal<Option<String>>,
}

impl TeamKey {
    pub fn new() -> TeamKey {
        TeamKey {
            file: RwSignal::new_local(None),
            passphrase: RwSignal::new(String::new()),
            held: RwSignal::new(sealer::held_key()),
        }
    }

    /// What is missing before the key file can be unlocked (nothing once a key is held).
    pub fn problems(self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if self.held.get_untracked().is_some() {
            return errors;
        }
        if self.file.with_untracked(Option::is_none) {
            errors.push(FieldError::new(KEY_FILE_ID, "Select your team's key file"));
        }
        if self.passphrase.with_untracked(|passphrase| passphrase.trim().is_empty()) {
            errors.push(FieldError::new(KEY_PASSPHRASE_ID, "Enter the key file's passphrase"));
        }
        errors
    }

    /// Forgets the key: the keyholder ends.
    fn forget(self) {
        sealer::drop_key();
        self.held.set(None);
    }
}

/// Which key is held: its team's name where the packs publish it, and its fingerprint.
fn held_view(key: TeamKey, library: &'static Library, public_key: String) -> impl IntoView {
    let team = library.team_with_key(&public_key).map_or_else(|| "Your team".to_owned(), |team| team.name.clone());
    let words = LocalResource::new(load_wordlist);
    let fingerprint = move || {
        let list = words.get().and_then(Result::ok)?;
        Some(format!(" Its fingerprint is {}.", fingerprint(&public_key, list)?.join(" ")))
    };
    view! {
        <div class="govuk-inset-text" id="key-held">
            {format!("{team}'s key is unlocked for this visit.")}{fingerprint}
            " It is forgotten when you clear everything, when InfoShare clears itself after a spell without use, or when you close this tab."
        </div>
        <Button label="Forget the key now" secondary=true on_click=Callback::new(move |_| key.forget()) />
    }
}

/// The key file and its passphrase, or the key already held.
pub fn key_fields(key: TeamKey, library: &'static Library, errors: RwSignal<Vec<FieldError>>) -> impl IntoView {
    let error = error_for(errors.into(), KEY_PASSPHRASE_ID);
    move || {
        match key.held.get() {
        Some(public_key) => held_view(key, library, public_key).into_any(),
        None => view! {
            {file_picker(KEY_FILE_ID, KEY_FILE_TEXT, key.file, errors)}
            {password_input(KEY_PASSPHRASE_ID, "The key file's passphrase", "Your team's passphrase for its key file, not a sealed file's. You type it once a visit.", key.passphrase, error)}
        }
        .into_any(),
    }
    }
}
