//! The few direct DOM calls the app makes, each tolerant of a missing window or element.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The current `location.hash`, or empty.
pub fn location_hash() -> String {
    web_sys::window().and_then(|window| window.location().hash().ok()).unwrap_or_default()
}

pub fn set_title(title: &str) {
    if let Some(document) = document() {
        document.set_title(title);
    }
}

/// Moves keyboard and screen reader focus to the element with this id, if it exists.
pub fn focus(id: &str) {
    let element = document().and_then(|document| document.get_element_by_id(id));
    if let Some(element) = element.and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Lets GOV.UK Frontend's CSS know the page is scripted (it hides conditional reveals only then).
pub fn mark_frontend_supported() {
    if let Some(body) = document().and_then(|document| document.body()) {
        let _ = body.class_list().add_1("govuk-frontend-supported");
    }
}
