//! Files the page reads only when a page first needs them, so they are not part of the first
//! load: the packs file and the passphrase word list. Served, each is a same-origin static file next to
//! `index.html` (the service worker caches it with the rest); in the single-file build,
//! `tools/single-file.mjs` puts its text in a `<script type="text/plain" data-asset="…">`
//! block, which is read instead, because nothing can be fetched from file://.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The text of the static file `name`, or a sentence saying why it could not be read.
pub async fn text(name: &str) -> Result<String, String> {
    if let Some(inlined) = inlined(name) {
        return Ok(inlined);
    }
    fetched(name).await.map_err(|_| could_not_read(name))
}

/// What to tell the user when the file `name` cannot be fetched or is not what it should be.
pub fn could_not_read(name: &str) -> String {
    format!("InfoShare could not read its file {name}. Reload the page and try again.")
}

/// The text of the file as the single-file build carries it.
fn inlined(name: &str) -> Option<String> {
    let selector = format!("script[type=\"text/plain\"][data-asset=\"{name}\"]");
    crate::dom::document()?.query_selector(&selector).ok().flatten()?.text_content()
}

async fn fetched(name: &str) -> Result<String, wasm_bindgen::JsValue> {
    let window = web_sys::window().ok_or(wasm_bindgen::JsValue::NULL)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(name)).await?.dyn_into()?;
    if !response.ok() {
        return Err(response.status().into());
    }
    JsFuture::from(response.text()?).await?.as_string().ok_or(wasm_bindgen::JsValue::NULL)
}
