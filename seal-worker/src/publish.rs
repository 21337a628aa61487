//! Publishing a pack for an area: the lead's pack checked with the shipped packs into the
//! library's files a published copy carries, then the single file or the static site's zip made
//! from the app's own files the page fetched (`infoshare_core::publish` says what changes).

use infoshare_core::library::Library;
use infoshare_core::publish::{self, LibraryFiles, Settings};
use js_sys::{Array, Object, Uint8Array};
use wasm_bindgen::prelude::*;

use crate::job::{bytes, field, text};
use crate::message;

/// Publishes the pack in `data.text` with the settings `keep`, `first` and `idle`, as the
/// single file made from `data.page`, or as the zip of `data.files` (`{name, bytes}` each):
/// answers `published` with the bytes (moved), or `pack-problems` with every problem.
pub fn publish(data: &JsValue) -> (Object, Array) {
    match published(data) {
        Ok(bytes) => {
            let array = Uint8Array::from(bytes.as_slice());
            let transfer = Array::of1(&array.buffer());
            (message("published", &[("bytes", array.into())]), transfer)
        }
        Err(problems) => {
            let list: Array = problems.into_iter().map(JsValue::from).collect();
            (message("pack-problems", &[("problems", list.into())]), Array::new())
        }
    }
}

fn published(data: &JsValue) -> Result<Vec<u8>, Vec<String>> {
    let keep: Array = field(data, "keep").dyn_into().unwrap_or_default();
    let settings = Settings {
        keep: keep.iter().filter_map(|id| id.as_string()).collect(),
        first: text(data, "first"),
        idle_minutes: field(data, "idle").as_f64().map_or(0, |minutes| minutes as u32),
    };
    let shipped = Library::shipped().map_err(|error| vec![error.to_string()])?;
    let (library, page) = publish::library(&shipped, &text(data, "text"), &settings)?;
    let one = |message: String| vec![message];
    let files = LibraryFiles::of(library).map_err(one)?;
    match field(data, "page").as_string() {
        Some(html) => publish::single_file(&html, &files, &page).map(String::into_bytes).map_err(one),
        None => {
            let list: Array = field(data, "files").dyn_into().unwrap_or_default();
            let site = list.iter().map(|file| (text(&file, "name"), bytes(&file, "bytes"))).collect();
            publish::site(site, &files, &page).map_err(one)
        }
    }
}
