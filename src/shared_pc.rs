//! Shared-computer protection: the "Clear everything now" control on every page, the idle
//! warning that counts down and then clears the visit, and the notice that says what was
//! cleared and why. The rules (how long, what the countdown says) are core's `idle` module.

use std::cell::Cell;
use std::time::Duration;

use infoshare_core::idle::{countdown_text, IdlePolicy, IdleState};
use infoshare_core::route::Route;
use leptos::html::Dialog;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::dom;
use crate::packs::{packs, Packs};
use crate::state::{session, Session};

/// Why the visit's work was cleared, for the notice on Home.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cleared {
    ByUser,
    Idle(IdlePolicy),
}

/// The notice of the last clearing, shown on Home until the user goes elsewhere.
#[derive(Clone, Copy)]
pub struct ClearedNotice(pub RwSignal<Option<Cleared>>);

thread_local! {
    /// When the user last pressed a key, clicked, touched, scrolled or moved the pointer.
    static LAST_ACTIVITY: Cell<f64> = Cell::new(js_sys::Date::now());
    /// While the warning shows, only its buttons count as activity.
    static WARNING_SHOWN: Cell<bool> = const { Cell::new(false) };
}

const ACTIVITY: [&str; 6] = ["keydown", "pointerdown", "pointermove", "wheel", "touchstart", "input"];

fn note_activity() {
    if !WARNING_SHOWN.get() {
        LAST_ACTIVITY.set(js_sys::Date::now());
    }
}

/// Listens for activity anywhere on the page, once for the page's life.
pub fn watch_activity() {
    let Some(document) = dom::document() else { return };
    let listener = Closure::<dyn Fn()>::new(note_activity);
    for kind in ACTIVITY {
        let _ = document.add_event_listener_with_callback_and_bool(kind, listener.as_ref().unchecked_ref(), true);
    }
    listener.forget();
}

/// What clearing clears, taken from the shell's context while a component is set up (timers
/// and event handlers run outside any reactive owner, where context cannot be read).
#[derive(Clone, Copy)]
pub struct Clearing {
    session: Session,
    packs: Packs,
    notice: RwSignal<Option<Cleared>>,
}

impl Clearing {
    fn from_context() -> Clearing {
        Clearing { session: session(), packs: packs(), notice: expect_context::<ClearedNotice>().0 }
    }

    /// Clears everything entered this visit, from memory and from the screen, and goes Home,
    /// which says why.
    fn clear_everything(self, reason: Cleared) {
        crate::sealer::cancel();
        crate::sealer::drop_key();
        self.session.clear();
        self.packs.reset();
        self.notice.set(Some(reason));
        dom::navigate(&Route::Home.href());
        dom::focus_after_render(CLEARED_ID);
    }
}

const CLEARED_ID: &str = "cleared-notice";

/// The control on every page: a warning button that clears at once, without asking, for
/// when someone else comes to the screen.
#[component]
pub fn ClearNow() -> impl IntoView {
    let clearing = Clearing::from_context();
    view! {
        <div class="app-clear-now">
            <a class="govuk-link app-clear-now__draft" href=Route::Draft.href()>"Save a draft"</a>
            <button type="button" class="govuk-button govuk-button--warning app-clear-now__button" on:click=move |_| clearing.clear_everything(Cleared::ByUser)>
                "Clear everything now"
            </button>
        </div>
    }
}

/// The notice on Home after clearing.
#[component]
pub fn ClearedBanner() -> impl IntoView {
    let notice = expect_context::<ClearedNotice>().0;
    move || {
        let text = match notice.get()? {
            Cleared::ByUser => "Everything you entered has been cleared from this browser.".to_owned(),
            Cleared::Idle(policy) => format!(
                "Everything you entered has been cleared, because InfoShare was not used for {} and then the warning was not answered.",
                policy.idle_text()
            ),
        };
        Some(view! {
            <div class="govuk-notification-banner govuk-notification-banner--success app-no-print" role="alert" aria-labelledby="cleared-notice-title" id=CLEARED_ID tabindex="-1">
                <div class="govuk-notification-banner__header">
                    <h2 class="govuk-notification-banner__title" id="cleared-notice-title">"Cleared"</h2>
                </div>
                <div class="govuk-notification-banner__content">
                    <p class="govuk-notification-banner__heading">{text}</p>
                </div>
            </div>
        })
    }
}

/// Whether there is anything the idle clock protects: work, training, or a team key held.
fn worth_protecting(session: Session) -> bool {
    session.has_work() || session.training.get_untracked() || crate::sealer::held_key().is_some()
}

/// The idle warning: after the publisher's idle time a modal dialog counts down, and at zero
/// everything is cleared. Only "Keep working" (or Escape) stops it.
#[component]
pub fn IdleGuard() -> impl IntoView {
    let clearing = Clearing::from_context();
    let session = clearing.session;
    let policy = IdlePolicy::configured(dom::meta("infoshare-idle-minutes").as_deref());
    let state = RwSignal::new(IdleState::Active);
    let dialog = NodeRef::<Dialog>::new();
    let tick = move || {
        let now = if worth_protecting(session) {
            policy.state(js_sys::Date::now() - LAST_ACTIVITY.get())
        } else {
            LAST_ACTIVITY.set(js_sys::Date::now());
            IdleState::Active
        };
        if now != state.get_untracked() {
            state.set(now);
        }
        let Some(dialog) = dialog.get_untracked() else { return };
        match now {
            IdleState::Warning { .. } if !dialog.open() => {
                WARNING_SHOWN.set(true);
                let _ = dialog.show_modal();
            }
            IdleState::Expired => {
                close(&dialog);
                clearing.clear_everything(Cleared::Idle(policy));
            }
            _ => {}
        }
    };
    if let Ok(handle) = set_interval_with_handle(tick, Duration::from_secs(1)) {
        on_cleanup(move || handle.clear());
    }
    let keep_working = move || {
        if let Some(dialog) = dialog.get_untracked() {
            close(&dialog);
        }
        state.set(IdleState::Active);
    };
    let clear_now = move |_| {
        if let Some(dialog) = dialog.get_untracked() {
            close(&dialog);
        }
        clearing.clear_everything(Cleared::ByUser);
    };
    let countdown = move || match state.get() {
        IdleState::Warning { seconds_left } => countdown_text(seconds_left),
        _ => countdown_text(0),
    };
    view! {
        <dialog node_ref=dialog class="app-dialog" aria-labelledby="idle-warning-title" aria-describedby="idle-warning-text" on:close=move |_| keep_working()>
            <h2 class="govuk-heading-m" id="idle-warning-title">"Are you still there?"</h2>
            <p class="govuk-body" id="idle-warning-text">
                {format!("InfoShare has not been used for {}. To protect the information on this computer, everything you have entered will be cleared in ", policy.idle_text())}
                <strong aria-live="polite">{countdown}</strong>
                "."
            </p>
            <div class="govuk-button-group">
                <button type="button" class="govuk-button" autofocus on:click=move |_| keep_working()>"Keep working"</button>
                <button type="button" class="govuk-button govuk-button--warning" on:click=clear_now>"Clear everything now"</button>
            </div>
        </dialog>
    }
}

/// Closes the warning and starts the idle clock again.
fn close(dialog: &web_sys::HtmlDialogElement) {
    WARNING_SHOWN.set(false);
    LAST_ACTIVITY.set(js_sys::Date::now());
    if dialog.open() {
        dialog.close();
    }
}
