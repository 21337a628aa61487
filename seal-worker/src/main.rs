//! The sealing worker. It runs in a Web Worker so the seconds of key derivation (scrypt,
//! 256 MiB) never freeze the page, and the page terminates it after each job so that memory
//! goes back to the system (all but the keyholder, which only keeps a team's key for the
//! visit: see `keys`). It answers one message at a time:
//!
//! - `{job: "seal", format: "age" | "pdf", envelope, passphrase, keys, attachments: [{name,
//!   media_type, bytes}]}` → `{kind: "sealed", bytes, memory}`: an age file for the teams'
//!   public keys in `keys` when there are any, else with the passphrase
//! - `{job: "check", envelope}` → `{kind: "checked", warning}`: the fields whose characters
//!   no font can print, before sealing
//! - `{job: "open", file, passphrase}` → `{kind: "opened", format, envelope, attachments,
//!   team_key, sender_team, memory}`; with `port` instead of a passphrase, opened with the team key
//!   the keyholder lends down that channel
//! - `{job: "pack", name, text}` → `{kind: "pack", bytes}` or `{kind: "pack-problems",
//!   problems}`: a pack a lead loads or writes, read and checked
//! - `{job: "copy-pack", id}` → `{kind: "pack-text", text}`: a shipped pack as TOML, for the
//!   pack editor to start from
//! - `{job: "publish", text, keep, first, idle, page | files}` → `{kind: "published", bytes}`
//!   or `{kind: "pack-problems", problems}`: the lead's pack published with the shipped ones,
//!   as the single file made from `page` or the zip of the site's `files`
//! - `{job: "keygen", passphrase, created}` → `{kind: "key-made", bytes, public_key}`: a new
//!   team key as its key file
//! - `{job: "unlock", key_file, passphrase, port}` → `{kind: "unlocked", public_key}`, the key
//!   sent down `port` to the keyholder
//! - the keyholder, a worker kept for the visit: `{job: "hold", port}` → `{kind: "holding",
//!   public_key}` once the key arrives; `{job: "lend", port}` → `{kind: "lent"}`
//!
//! with `{kind: "progress", step}` on the way and `{kind: "failed", code, message}` on any
//! error. `memory` is the size of the worker's WebAssembly memory afterwards: its peak, since
//! that memory never shrinks. It says `{kind: "ready"}` once it can take a job.

mod fonts;
mod job;
mod keys;
mod pack;
mod publish;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// Builds a message object from key and value pairs.
pub(crate) fn message(kind: &str, fields: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    let _ = Reflect::set(&object, &"kind".into(), &kind.into());
    for (key, value) in fields {
        let _ = Reflect::set(&object, &(*key).into(), value);
    }
    object
}

/// Posts a message to the page, moving (not copying) the buffers in `transfer`.
pub(crate) fn post(message: &Object, transfer: &Array) {
    let _ = scope().post_message_with_transfer(message, transfer);
}

fn main() {
    console_error_panic_hook::set_once();
    let handler = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        wasm_bindgen_futures::spawn_local(job::run(event.data()));
    });
    scope().set_onmessage(Some(handler.as_ref().unchecked_ref()));
    handler.forget();
    post(&message("ready", &[]), &Array::new());
}
