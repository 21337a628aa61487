//! The passphrase part of the sealing page: six words from the EFF large wordlist made with
//! the browser's secure random source, shown large and numbered for reading aloud, or the
//! user's own (paste allowed) with a warning when it is easy to guess.

use infoshare_core::passphrase::{estimate_bits, generate, is_weak, spoken, CREDIT, DEFAULT_WORDS};
use infoshare_core::validate::FieldError;
use leptos::prelude::*;

use crate::components::form::{error_for, password_input};
use crate::components::WarningText;
use crate::dom;

/// The id of the input for the user's own passphrase.
pub const OWN_ID: &str = "own-passphrase";

/// The passphrase being chosen. Held in this page's memory only.
#[derive(Clone, Copy)]
pub struct PassphraseChoice {
    generated: RwSignal<String>,
    own: RwSignal<bool>,
    typed: RwSignal<String>,
}

fn fresh() -> String {
    generate(DEFAULT_WORDS, || u16::from_le_bytes(dom::random_bytes::<2>()))
}

impl PassphraseChoice {
    pub fn new() -> PassphraseChoice {
        PassphraseChoice {
            generated: RwSignal::new(fresh()),
            own: RwSignal::new(false),
            typed: RwSignal::new(String::new()),
        }
    }

    /// The passphrase the file will be sealed with.
    pub fn value(self) -> String {
        if self.own.get_untracked() {
            self.typed.get_untracked()
        } else {
            self.generated.get_untracked()
        }
    }

    /// Forgets the passphrase (after it has been phoned through).
    pub fn forget(self) {
        self.generated.set(String::new());
        self.typed.set(String::new());
    }
}

/// The passphrase, word by word in large type, numbered for reading over the phone.
pub fn spoken_list(passphrase: &str) -> impl IntoView {
    let words = spoken(passphrase)
        .into_iter()
        .map(|word| view! { <li class="app-passphrase__word">{word}</li> })
        .collect_view();
    view! { <ol class="app-passphrase" aria-label="The passphrase, word by word">{words}</ol> }
}

fn strength(typed: &str) -> Option<impl IntoView> {
    if typed.is_empty() {
        return None;
    }
    let bits = estimate_bits(typed).round();
    Some(if is_weak(typed) {
        view! {
            <WarningText
                id="own-passphrase-strength"
                text=format!("This passphrase is weak: about {bits} bits. Someone who gets the file could guess it. Use the passphrase InfoShare made, or at least six random words.")
            />
        }
        .into_any()
    } else {
        view! { <p class="govuk-body" id="own-passphrase-strength">{format!("Strength: about {bits} bits.")}</p> }
            .into_any()
    })
}

fn own_input(choice: PassphraseChoice, errors: RwSignal<Vec<FieldError>>) -> impl IntoView {
    let error = error_for(errors.into(), OWN_ID);
    view! {
        {password_input(OWN_ID, "Your passphrase", "At least six random words is best. You can paste it.", choice.typed, error)}
        <div aria-live="polite">{move || strength(&choice.typed.get())}</div>
    }
}

pub fn passphrase(choice: PassphraseChoice, errors: RwSignal<Vec<FieldError>>) -> impl IntoView {
    let made = move || {
        (!choice.own.get()).then(|| {
            view! {
                <p class="govuk-body">"InfoShare made this passphrase for you. After sending the file, read it to the recipient by phone."</p>
                {move || spoken_list(&choice.generated.get())}
                <button type="button" class="govuk-button govuk-button--secondary" on:click=move |_| choice.generated.set(fresh())>
                    "Make a different passphrase"
                </button>
                <p class="govuk-body-s">{CREDIT}</p>
            }
        })
    };
    view! {
        <h2 class="govuk-heading-m">"Passphrase"</h2>
        {made}
        <div class="govuk-form-group">
            <div class="govuk-checkboxes govuk-checkboxes--small">
                <div class="govuk-checkboxes__item">
                    <input
                        class="govuk-checkboxes__input"
                        id="use-own-passphrase"
                        name="use-own-passphrase"
                        type="checkbox"
                        prop:checked=move || choice.own.get()
                        on:change=move |event| choice.own.set(event_target_checked(&event))
                    />
                    <label class="govuk-label govuk-checkboxes__label" for="use-own-passphrase">"Type my own passphrase instead"</label>
                </div>
            </div>
        </div>
        {move || choice.own.get().then(|| own_input(choice, errors))}
    }
}
