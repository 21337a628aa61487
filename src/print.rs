//! Preparing every printed sheet. The date: CSS cannot know the time, so the app writes it
//! into a `@page` margin rule of its own stylesheet at start and again just before each print.
//! Only engines that draw margin boxes print it (Chromium), with the page numbers beside it;
//! the marking is printed another way: fixed boxes (`style/main.scss`), which Chromium and
//! Firefox repeat on every sheet, and in WebKit, which repeats nothing, the page broken into
//! sheets with the marking at each break (`sheets`). The page is printed from the top, as
//! Chromium drops the bottom marking (a fixed box) from a page printed while scrolled down,
//! and scrolled back afterwards.

pub(crate) mod sheets;
mod tables;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use infoshare_core::text::{clock, date_text};
use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Window};

use crate::areas::MarkSheets;
use crate::dom;

/// Writes the date now, and again whenever the browser is about to print, when it also
/// scrolls to the top and, in WebKit, marks each sheet; takes the marks out and scrolls back
/// once printed.
pub fn prepare() {
    write_date();
    let Some(window) = web_sys::window() else { return };
    let scrolled = Rc::new(Cell::new(0.0));
    let marker = Rc::new(Cell::new(None::<MarkSheets>));
    let unmark = Rc::new(RefCell::new(None::<Box<dyn FnOnce()>>));
    if sheets::needed(&window) {
        // Fetched now, as the sheets are marked in the moment before printing.
        let marker = marker.clone();
        wasm_bindgen_futures::spawn_local(async move { marker.set(crate::areas::sheet_marker().await) });
    }
    let before = {
        let (window, scrolled, unmark) = (window.clone(), scrolled.clone(), unmark.clone());
        move || {
            write_date();
            scrolled.set(window.scroll_y().unwrap_or(0.0));
            window.scroll_to_with_x_and_y(0.0, 0.0);
            if let (Some(mark), Some(document)) = (marker.get(), window.document()) {
                if let Some(undo) = unmark.take() {
                    undo();
                }
                unmark.replace(Some(mark(&window, &document, &printed())));
            }
        }
    };
    listen(&window, "beforeprint", before);
    listen(&window, "afterprint", {
        let window = window.clone();
        move || {
            if let Some(undo) = unmark.take() {
                undo();
            }
            window.scroll_to_with_x_and_y(0.0, scrolled.get());
        }
    });
}

/// Calls `handler` on each `event` at the window, for as long as the page lives.
fn listen(window: &Window, event: &str, handler: impl Fn() + 'static) {
    let closure = Closure::<dyn Fn()>::new(handler);
    let _ = window.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    closure.forget();
}

/// When the page is printed: "Printed 22 November 2026 at 2:30pm".
fn printed() -> String {
    let now = dom::local_now();
    format!("Printed {} at {}", date_text(now.date()), clock(now.time()))
}

/// The rule's text, with the date printed.
fn rule() -> String {
    format!("@page {{ @bottom-left {{ content: \"{}\"; font: 9pt sans-serif; }} }}", printed())
}

/// Replaces the date rule in the app's stylesheet (the last rule, once written).
fn write_date() {
    let Some(sheet) = app_stylesheet() else { return };
    let rules = sheet.css_rules().ok();
    let length = rules.as_ref().map_or(0, |rules| rules.length());
    let last_is_ours = rules
        .and_then(|rules| rules.item(length.checked_sub(1)?))
        .is_some_and(|rule| rule.css_text().contains("Printed "));
    if last_is_ours {
        let _ = sheet.delete_rule(length - 1);
    }
    let end = sheet.css_rules().map_or(0, |rules| rules.length());
    let _ = sheet.insert_rule_with_index(&rule(), end);
}

/// The app's own stylesheet (a linked file, or inline in the single-file build).
fn app_stylesheet() -> Option<CssStyleSheet> {
    let sheets = dom::document()?.style_sheets();
    (0..sheets.length()).filter_map(|index| sheets.item(index)?.dyn_into::<CssStyleSheet>().ok()).next_back()
}
