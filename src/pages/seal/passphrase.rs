//! The passphrase part of the sealing page: six words from the EFF large wordlist made with
//! the browser's secure random source, shown large and numbered for reading aloud, or the
//! user's own (paste allowed) with a warning when it is easy to guess. The word list is read
//! once a visit, when a page first offers a passphrase (see `assets`).

use std::cell::OnceCell;

use infoshare_core::passphrase::{
    estimate_bits, generate, is_weak, spoken, Wordlist, CREDIT, DEFAULT_WORDS, WORDLIST_FILE,
};
use infoshare_core::validate::FieldError;
use leptos::prelude::*;

use crate::components::form::{error_for, password_input};
use crate::components::WarningText;
use crate::dom;

/// The id of the input for the user's own passphrase.
pub const OWN_ID: &str = "own-passphrase";

thread_local! {
    /// The list once read: it never changes during a visit.
    static WORDLIST: OnceCell<&'static Wordlist> = const { OnceCell::new() };
}

/// The word list, read on first use; an error is a sentence for the user.
pub async fn load_wordlist() -> Result<&'static Wordlist, String> {
    if let Some(list) = WORDLIST.with(|cell| cell.get().copied()) {
        return Ok(list);
    }
    let text = crate::assets::text(WORDLIST_FILE).await?;
    let list: &'static Wordlist = Box::leak(Box::new(Wordlist::parse(&text).map_err(|error| error.to_string())?));
    Ok(WORDLIST.with(|cell| *cell.get_or_init(|| list)))
}

/// The passphrase being chosen. Held in this page's memory only.
#[derive(Clone, Copy)]
pub struct PassphraseChoice {
    wordlist: LocalResource<Result<&'static Wordlist, String>>,
    generated: RwSignal<String>,
    own: RwSignal<bool>,
    typed: RwSignal<String>,
}

fn fresh(list: &Wordlist) -> String {
    generate(list, DEFAULT_WORDS, || u16::from_le_bytes(dom::random_bytes::<2>()))
}

impl PassphraseChoice {
    /// Starts reading the word list, and makes a passphrase as soon as it is read.
    pub fn new() -> PassphraseChoice {
        let choice = PassphraseChoice {
            wordlist: LocalResource::new(load_wordlist),
            generated: RwSignal::new(String::new()),
            own: RwSignal::new(false),
            typed: RwSignal::new(String::new()),
        };
        // Runs again only when the list arrives: the resource never reads anything else.
        Effect::new(move || {
            if let Some(list) = choice.list() {
                choice.generated.set(fresh(list));
            }
        });
        choice
    }

    /// The word list, once read (tracked).
    pub fn list(self) -> Option<&'static Wordlist> {
        self.wordlist.get().and_then(Result::ok)
    }

    /// The passphrase in pieces for reading aloud.
    pub fn spoken(self, passphrase: &str) -> Vec<String> {
        spoken(passphrase, self.list())
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
pub fn spoken_list(pieces: Vec<String>) -> impl IntoView {
    let words = pieces.into_iter().map(|word| view! { <li class="app-passphrase__word">{word}</li> }).collect_view();
    view! { <ol class="app-passphrase" aria-label="The passphrase, word by word">{words}</ol> }
}

fn strength(typed: &str, list: &Wordlist) -> Option<impl IntoView> {
    if typed.is_empty() {
        return None;
    }
    // Whole bits, printed as an integer (no float printing code in the page).
    let bits = estimate_bits(typed, list).round() as u32;
    Some(if is_weak(typed, list) {
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
        <div aria-live="polite">{move || choice.list().and_then(|list| strength(&choice.typed.get(), list))}</div>
    }
}

/// The passphrase InfoShare made, with a button for another, once the list is read.
fn made(choice: PassphraseChoice, list: &'static Wordlist, then: &'static str) -> impl IntoView {
    view! {
        <p class="govuk-body">{format!("InfoShare made this passphrase for you. {then}")}</p>
        {move || spoken_list(choice.spoken(&choice.generated.get()))}
        <button type="button" class="govuk-button govuk-button--secondary" on:click=move |_| choice.generated.set(fresh(list))>
            "Make a different passphrase"
        </button>
        <p class="govuk-body-s">{CREDIT}</p>
    }
}

/// The passphrase part of a page: the one InfoShare made, with `then` saying what to do with
/// it, or the user's own.
pub fn passphrase(choice: PassphraseChoice, errors: RwSignal<Vec<FieldError>>, then: &'static str) -> impl IntoView {
    let made = move || {
        (!choice.own.get()).then(|| match choice.wordlist.get() {
            None => view! { <p class="govuk-body">"Making a passphrase…"</p> }.into_any(),
            Some(Ok(list)) => made(choice, list, then).into_any(),
            Some(Err(message)) => view! {
                <p class="govuk-body">{message}</p>
                <p class="govuk-body">"InfoShare cannot make a passphrase without its word list. You can type your own instead."</p>
            }
            .into_any(),
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
