//! Files the page reads only when a page first needs them, so they are not part of the first
//! load: the packs file (bytes) and the passphrase word list (text). Served, each is a
//! same-origin static file next to `index.html` (the service worker caches it with the rest);
//! in the single-file build, `tools/single-file.mjs` puts it in a `<script type="text/plain"
//! data-asset="…">` block (bytes as base64), which is read instead, because nothing can be
//! fetched from file://.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The text of the static file `name`, or a sentence saying why it could not be read.
pub async fn text(name: &str) -> Result<String, String> {
    if let Some(inlined) = inlined(name) {
        return Ok(inlined);
    }
    let response = fetched(name).await.map_err(|_| could_not_read(name))?;
    let text = response.text().map_err(|_| could_not_read(name))?;
    JsFuture::from(text).await.ok().and_then(|text| text.as_string()).ok_or_else(|| could_not_read(name))
}

/// The bytes of the static file `name`, or a sentence saying why it could not be read.
pub async fn bytes(name: &str) -> Result<Vec<u8>, String> {
    if let Some(inlined) = inlined(name) {
        return from_base64(&inlined).ok_or_else(|| could_not_read(name));
    }
    let response = fetched(name).await.map_err(|_| could_not_read(name))?;
    let buffer = response.array_buffer().map_err(|_| could_not_read(name))?;
    let buffer = JsFuture::from(buffer).await.map_err(|_| could_not_read(name))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Base64 decoded by the browser (`atob` gives one character per byte).
fn from_base64(text: &str) -> Option<Vec<u8>> {
    let binary = web_sys::window()?.atob(text.trim()).ok()?;
    binary.chars().map(|c| u8::try_from(u32::from(c)).ok()).collect()
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

/// The server's answer for the file, if it is one (a 404 is not).
async fn fetched(name: &str) -> Result<web_sys::Response, wasm_bindgen::JsValue> {
    let window = web_sys::window().ok_or(wasm_bindgen::JsValue::NULL)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(name)).await?.dyn_into()?;
    if !response.ok() {
        return Err(response.status().into());
    }
    Ok(response)
}
