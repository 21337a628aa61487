//! The sealing worker. It runs in a Web Worker so the seconds of key derivation (scrypt,
//! 256 MiB) never freeze the page, and the page terminates it after each job so that memory
//! goes back to the system. It answers one message at a time:
//!
//! - `{job: "seal", format: "age" | "pdf", envelope, passphrase, attachments: [{name,
//!   media_type, bytes}]}` → `{kind: "sealed", bytes, memory}`
//! - `{job: "check", envelope}` → `{kind: "checked", warning}`: the fields whose characters
//!   no font can print, before sealing
//! - `{job: "open", file, passphrase}` → `{kind: "opened", format, envelope, attachments,
//!   memory}`
//! - `{job: "pack", name, text}` → `{kind: "pack", bytes}` or `{kind: "pack-problems",
//!   problems}`: a pack a lead loads or writes, read and checked
//! - `{job: "copy-pack", id}` → `{kind: "pack-text", text}`: a shipped pack as TOML, for the
//!   pack editor to start from
//!
//! with `{kind: "progress", step}` on the way and `{kind: "failed", code, message}` on any
//! error. `memory` is the size of the worker's WebAssembly memory afterwards: its peak, since
//! that memory never shrinks. It says `{kind: "ready"}` once it can take a job.

mod fonts;
mod job;
mod pack;

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
