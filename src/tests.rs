//! Component tests, run in headless Chromium by wasm-bindgen-test: each mounts the real app
//! into the page and checks what a user would see.

use infoshare_core::library::Library;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use crate::Shell;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// Mounts the app at a route in a fresh container and returns the container.
fn mount_at(hash: &str) -> web_sys::HtmlElement {
    web_sys::window().expect("window").location().set_hash(hash).expect("set hash");
    let container: web_sys::HtmlElement = document().create_element("div").expect("div").unchecked_into();
    document().body().expect("body").append_child(&container).expect("append");
    let library: &'static Library = Box::leak(Box::new(Library::shipped().expect("packs parse")));
    let handle = leptos::mount::mount_to(container.clone(), move || view! { <Shell whole=library /> });
    std::mem::forget(handle);
    container
}

/// Lets Leptos run its scheduled effects and DOM updates.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().expect("window");
        window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10).expect("timeout");
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.expect("timeout resolves");
}

fn text_of(container: &web_sys::HtmlElement, selector: &str) -> String {
    container
        .query_selector(selector)
        .expect("valid selector")
        .and_then(|element| element.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
fn home_lists_the_golden_rules_with_their_purpose() {
    let container = mount_at("#/");
    assert_eq!(text_of(&container, "h1").trim(), "Share information safely and lawfully");
    let link = container.query_selector("a[href='#/checklists/national/golden-rules-2024']").expect("selector");
    assert!(link.is_some(), "home links to the golden rules");
    assert!(container.inner_html().contains("seven golden rules (2024)"));
    container.remove();
}

#[wasm_bindgen_test]
fn the_golden_rules_page_renders_seven_items_from_the_pack() {
    let container = mount_at("#/checklists/national/golden-rules-2024");
    assert_eq!(text_of(&container, "h1").trim(), "The seven golden rules for information sharing");
    let legends = container.query_selector_all("fieldset legend").expect("selector");
    assert_eq!(legends.length(), 7);
    assert!(text_of(&container, "[role=status]").contains("0 of 7 answered"));
    assert_eq!(container.query_selector_all(".app-marking").expect("selector").length(), 2, "marked top and bottom");
    container.remove();
}

#[wasm_bindgen_test]
async fn answering_updates_progress_and_the_summary() {
    let container = mount_at("#/checklists/national/golden-rules-2024");
    let first_no: web_sys::HtmlInputElement =
        container.query_selector("input[value=no]").expect("selector").expect("a No radio").unchecked_into();
    first_no.click();
    settle().await;
    assert!(text_of(&container, "[role=status]").contains("1 of 7 answered"));
    let summary = text_of(&container, ".govuk-summary-list");
    assert!(summary.contains("Answered No"), "{summary}");
    assert!(summary.contains("Not answered"), "{summary}");
    container.remove();
}

#[wasm_bindgen_test]
async fn an_unknown_route_is_not_found() {
    let container = mount_at("#/no-such-page");
    settle().await;
    assert_eq!(text_of(&container, "h1").trim(), "Page not found");
    assert_eq!(document().title(), "Page not found – InfoShare");
    container.remove();
}

#[wasm_bindgen_test]
async fn a_wizard_opens_at_its_current_step_and_continue_without_an_answer_shows_the_error() {
    let container = mount_at("#/wizards/national/should-i-share");
    settle().await;
    let library = Library::shipped().expect("packs parse");
    let chart = library.flowchart("national", "should-i-share").expect("wizard");
    let first = chart.node(&chart.start).expect("start node");
    assert_eq!(text_of(&container, "h1").trim(), first.text);
    let hash = web_sys::window().expect("window").location().hash().expect("hash");
    assert_eq!(hash, format!("#/wizards/national/should-i-share/step/{}", first.id));
    let continue_button: web_sys::HtmlElement =
        container.query_selector("main button.govuk-button").expect("selector").expect("Continue").unchecked_into();
    continue_button.click();
    settle().await;
    assert!(text_of(&container, ".govuk-error-summary").contains("Select an answer"));
    assert!(document().title().starts_with("Error: "));
    container.remove();
}
