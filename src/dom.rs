//! The few direct DOM calls the app makes, each tolerant of a missing window or element.

use wasm_bindgen::JsCast;

pub fn document() -> Option<web_sys::Document> {
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

/// Moves keyboard and screen reader focus to the element with this id; returns whether the
/// element exists and took it.
pub fn focus(id: &str) -> bool {
    let element = document().and_then(|document| document.get_element_by_id(id));
    element
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|element| element.focus().is_ok())
}

/// Moves focus to the element once the view has caught up with the change just made (an
/// error summary or panel that is about to appear).
pub fn focus_after_render(id: impl Into<String>) {
    let id = id.into();
    leptos::prelude::request_animation_frame(move || {
        focus(&id);
    });
}

/// Moves focus to the control with this id after a navigation's own move of focus to the
/// page heading (which waits for the page to be drawn): for a page opened to change one
/// answer. See [`focus_first_control`].
pub fn focus_after_heading(id: String) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::request_animation_frame(move || focus_first_control(&id));
    });
}

/// Moves focus to the control with this id or, for a part of the page such as a group, the
/// first control in it (an input, text area, select or button), which scrolls it into view.
pub fn focus_first_control(id: &str) {
    const CONTROLS: &str = "input, textarea, select, button";
    let Some(element) = document().and_then(|document| document.get_element_by_id(id)) else { return };
    let control = if element.matches(CONTROLS).unwrap_or(false) {
        Some(element)
    } else {
        element.query_selector(CONTROLS).ok().flatten()
    };
    if let Some(control) = control.and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = control.focus();
    }
}

/// Removes the "InfoShare is starting" message `index.html` shows if the app cannot start.
pub fn remove_starting_message() {
    if let Some(message) = document().and_then(|document| document.get_element_by_id("app-starting")) {
        message.remove();
    }
}

/// Lets GOV.UK Frontend's CSS know the page is scripted (it hides conditional reveals only then).
pub fn mark_frontend_supported() {
    if let Some(body) = document().and_then(|document| document.body()) {
        let _ = body.class_list().add_1("govuk-frontend-supported");
    }
}

/// Goes to a route by setting the URL fragment (which adds a history entry, so Back works).
pub fn navigate(href: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(href.trim_start_matches('#'));
    }
}

/// The device's local date and time, to the second.
pub fn local_now() -> chrono::NaiveDateTime {
    let now = js_sys::Date::new_0();
    let date = chrono::NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date());
    let time = chrono::NaiveTime::from_hms_opt(now.get_hours(), now.get_minutes(), now.get_seconds());
    date.zip(time).map(|(date, time)| date.and_time(time)).unwrap_or_default()
}

/// Random bytes from the browser's cryptographic generator.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    if let Some(crypto) = web_sys::window().and_then(|window| window.crypto().ok()) {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    bytes
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Corrects the URL fragment in place: no history entry and no `hashchange` event.
pub fn replace_hash(href: &str) {
    if let Some(history) = web_sys::window().and_then(|window| window.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
    }
}

/// Offers `text` as a file download with a neutral name, without any network request.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    save(file_name, mime, &parts)
}

/// Offers bytes (a sealed file, an attachment) as a file download with a neutral name.
pub fn download_bytes(file_name: &str, mime: &str, bytes: &js_sys::Uint8Array) -> Result<(), String> {
    save(file_name, mime, &js_sys::Array::of1(bytes))
}

fn save(file_name: &str, mime: &str, parts: &js_sys::Array) -> Result<(), String> {
    let fail = |what: &str| format!("Your browser would not {what}. Try again, or use Print instead.");
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options).map_err(|_| fail("create the file"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("create the file"))?;
    let link: web_sys::HtmlAnchorElement = document()
        .and_then(|document| document.create_element("a").ok())
        .and_then(|element| element.dyn_into().ok())
        .ok_or_else(|| fail("start the download"))?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// The first file chosen in the file input an event came from.
pub fn picked_file(event: &web_sys::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = event.target()?.dyn_into().ok()?;
    input.files()?.get(0)
}

/// Reads a file the user chose, without sending it anywhere.
pub async fn read_file(file: &web_sys::File) -> Result<js_sys::Uint8Array, String> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| "The file could not be read. Choose it again".to_owned())?;
    Ok(js_sys::Uint8Array::new(&buffer))
}

/// Copies text to the clipboard where the browser allows it (secure pages only); the caller
/// tells the user to copy by hand otherwise.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    if !window.is_secure_context() {
        return false;
    }
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// The content of `<meta name="...">` in the page.
pub fn meta(name: &str) -> Option<String> {
    document()?.query_selector(&format!("meta[name='{name}']")).ok()??.get_attribute("content")
}

/// Asks before the tab is closed or reloaded while `has_unsaved_work` says there is work.
pub fn confirm_before_leaving(has_unsaved_work: impl Fn() -> bool + 'static) {
    let handler = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::BeforeUnloadEvent)>::new(
        move |event: web_sys::BeforeUnloadEvent| {
            if has_unsaved_work() {
                event.prevent_default();
                event.set_return_value("You have unsaved work");
            }
        },
    );
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback("beforeunload", handler.as_ref().unchecked_ref());
    }
    // The listener lives as long as the page.
    handler.forget();
}

/// Shows an element full screen, where the browser allows it.
pub fn full_screen(id: &str) {
    if let Some(element) = document().and_then(|document| document.get_element_by_id(id)) {
        let _ = element.request_fullscreen();
    }
}

/// Shows the whole page full screen, so it stays full screen as the route changes.
pub fn full_screen_page() {
    if let Some(root) = document().and_then(|document| document.document_element()) {
        let _ = root.request_fullscreen();
    }
}

/// Whether a key event comes from a control that takes typing or arrow keys itself.
pub fn typing_in_a_control(event: &web_sys::KeyboardEvent) -> bool {
    let element = event.target().and_then(|target| target.dyn_into::<web_sys::Element>().ok());
    element.is_some_and(|element| matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}
