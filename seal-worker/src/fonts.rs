//! The script fonts a document needs (`bundle::fonts_needed`), fetched only then: from the
//! static files next to `index.html` (the service worker keeps them for offline use), or,
//! in the single-file build, from `self.infoshareAsset(name)`, which
//! `tools/single-file.mjs` defines in the worker's own script because a worker started from
//! a `blob:` URL can fetch nothing.

use infoshare_core::bundle::{self, Envelope, ScriptFonts};
use js_sys::{Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Response, WorkerGlobalScope};

/// The script fonts the envelope's printed pages need, or a sentence saying which file could
/// not be read.
pub async fn for_envelope(envelope: &Envelope) -> Result<ScriptFonts, String> {
    let mut fonts = ScriptFonts::new();
    for font in bundle::fonts_needed(envelope)? {
        let bytes = read(font.file()).await.map_err(|_| could_not_read(font.file()))?;
        fonts.insert(font, bytes);
    }
    Ok(fonts)
}

fn could_not_read(name: &str) -> String {
    format!("InfoShare could not read its font file {name}. Reload the page and try again")
}

async fn read(name: &str) -> Result<Vec<u8>, JsValue> {
    let scope: WorkerGlobalScope = js_sys::global().unchecked_into();
    let inlined = Reflect::get(&scope, &"infoshareAsset".into())?;
    let bytes = if let Some(asset) = inlined.dyn_ref::<Function>() {
        JsFuture::from(Promise::from(asset.call1(&JsValue::UNDEFINED, &name.into())?)).await?
    } else {
        let response: Response = JsFuture::from(scope.fetch_with_str(name)).await?.dyn_into()?;
        if !response.ok() {
            return Err(response.status().into());
        }
        Uint8Array::new(&JsFuture::from(response.array_buffer()?).await?).into()
    };
    Ok(bytes.dyn_into::<Uint8Array>()?.to_vec())
}
