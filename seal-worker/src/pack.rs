//! A pack a safeguarding lead loads: read as TOML and checked against the shipped packs here,
//! where the TOML parser lives, so the page never carries it. The page gets the pack back in
//! the compact form it reads the shipped packs in, to use for the visit, or the problems,
//! each naming its line and field. The pack editor's copies of shipped packs are written here
//! too, with the TOML writer.

use infoshare_core::author::Draft;
use infoshare_core::diagram::sketch::{sketch, Sketch};
use infoshare_core::library::Library;
use infoshare_core::pack::compact::to_compact;
use infoshare_core::pack::{parse_toml, Pack};
use js_sys::{Array, Object, Uint8Array};
use wasm_bindgen::prelude::*;

use crate::job::{field, text};
use crate::{message, post};

/// Checks the pack in `data.text` (from the file `data.name`) and answers `pack` with its
/// compact bytes (moved, not copied), or `pack-problems` with one line of text per problem.
/// With `data.sketch` (the pack editor), first posts `sketches`: each wizard drawn as written.
pub fn check(data: &JsValue) -> (Object, Array) {
    let (name, text) = (text(data, "name"), text(data, "text"));
    if field(data, "sketch").is_truthy() {
        post_sketches(&text);
    }
    let checked = Library::shipped()
        .map_err(|error| vec![error.to_string()])
        .and_then(|library| {
            library
                .check_local_pack(&name, &text)
                .map_err(|problems| problems.iter().map(ToString::to_string).collect())
        })
        .and_then(|pack| to_compact(&pack).map_err(|error| vec![error.to_string()]));
    match checked {
        Ok(bytes) => {
            let array = Uint8Array::from(bytes.as_slice());
            let transfer = Array::of1(&array.buffer());
            (message("pack", &[("bytes", array.into())]), transfer)
        }
        Err(problems) => {
            let list: Array = problems.into_iter().map(JsValue::from).collect();
            (message("pack-problems", &[("problems", list.into())]), Array::new())
        }
    }
}

/// Posts `sketches`: the compact list of the pack's wizards, each drawn with what is wrong
/// with its shape, or no bytes when the pack cannot be read as a pack.
fn post_sketches(text: &str) {
    let sketches = parse_toml::<Pack>("your pack", text)
        .ok()
        .and_then(|pack| to_compact(&pack.flowcharts.iter().map(sketch).collect::<Vec<Sketch>>()).ok());
    let array = Uint8Array::from(sketches.unwrap_or_default().as_slice());
    let transfer = Array::of1(&array.buffer());
    post(&message("sketches", &[("bytes", array.into())]), &transfer);
}

/// Writes the shipped pack `data.id` as TOML and answers `pack-text` with it.
pub fn copy(data: &JsValue) -> Result<(Object, Array), String> {
    let id = text(data, "id");
    let library = Library::shipped().map_err(|error| error.to_string())?;
    let pack =
        library.packs.iter().find(|pack| pack.pack.id == id).ok_or(format!("There is no pack '{id}' to copy"))?;
    let draft = Draft::copy_of(pack)?;
    Ok((message("pack-text", &[("text", draft.text().into())]), Array::new()))
}
