//! Team keys in the worker. A worker that makes a key file (`keygen`) or unlocks one
//! (`unlock`) is ended after its job like any other. The unlocked key is kept for the visit
//! by one long-lived worker, the keyholder, which does nothing else: it takes the key
//! (`hold`) and lends it to the worker that opens a file (`lend`), which is then ended. The
//! key travels only from worker to worker, through a message channel the page makes and
//! never reads, as bytes that are moved (not copied) and zeroed once read. So the page never
//! holds the key, and the keyholder never grows by a key derivation's memory.

use std::cell::RefCell;

use infoshare_core::bundle::{ExposeSecret, SecretString, TeamIdentity, WORK_FACTOR};
use js_sys::{Array, Object, Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, MessagePort};

use crate::job::{bytes, field, memory, progress, text, Failure};
use crate::message;

thread_local! {
    /// The keyholder's key, wiped when the worker ends (age keeps it in a type that zeroes
    /// itself when dropped; terminating the worker frees its memory).
    static HELD: RefCell<Option<TeamIdentity>> = const { RefCell::new(None) };
}

/// The channel's end that came with the job.
fn port(data: &JsValue) -> Result<MessagePort, Failure> {
    field(data, "port")
        .dyn_into()
        .map_err(|_| Failure::new("no-port", "The team key could not be passed on. Try again"))
}

/// `{kind: "key-made", bytes, public_key, memory}`: a new key, as its key file under
/// `passphrase`.
pub fn keygen(data: &JsValue) -> Result<(Object, Array), Failure> {
    let passphrase = text(data, "passphrase");
    let created = text(data, "created").parse().map_err(|_| Failure::new("bad-job", "The time was not given"))?;
    progress("key");
    let identity = TeamIdentity::generate();
    let file = identity
        .key_file(&passphrase, WORK_FACTOR, created)
        .map_err(|error| Failure::new("seal-failed", error.message()))?;
    let array = Uint8Array::from(file.as_slice());
    let transfer = Array::of1(&array.buffer());
    let public_key = identity.public_key();
    let fields = [("bytes", array.into()), ("public_key", public_key.into()), ("memory", memory())];
    Ok((message("key-made", &fields), transfer))
}

/// Unlocks the key file with its passphrase and sends the key down the job's channel to
/// the keyholder: `{kind: "unlocked", public_key, memory}`.
pub fn unlock(data: &JsValue) -> Result<(Object, Array), Failure> {
    let port = port(data)?;
    progress("key");
    let identity = TeamIdentity::unlock(&bytes(data, "key_file"), &text(data, "passphrase"))
        .map_err(|error| Failure::key(&error))?;
    send(&port, Some(&identity));
    Ok((message("unlocked", &[("public_key", identity.public_key().into()), ("memory", memory())]), Array::new()))
}

/// The keyholder takes the key that comes down the job's channel: `{kind: "holding",
/// public_key, memory}`.
pub async fn hold(data: &JsValue) -> Result<(Object, Array), Failure> {
    let identity = receive(&port(data)?).await.ok_or_else(no_key)?;
    let public_key = identity.public_key();
    HELD.with(|held| *held.borrow_mut() = Some(identity));
    Ok((message("holding", &[("public_key", public_key.into()), ("memory", memory())]), Array::new()))
}

/// The keyholder lends its key down the job's channel (nothing, if it has none):
/// `{kind: "lent"}`.
pub fn lend(data: &JsValue) -> Result<(Object, Array), Failure> {
    let port = port(data)?;
    HELD.with(|held| send(&port, held.borrow().as_ref()));
    Ok((message("lent", &[]), Array::new()))
}

/// The key lent down the job's channel, to open a file with.
pub async fn borrowed(data: &JsValue) -> Result<TeamIdentity, Failure> {
    receive(&port(data)?).await.ok_or_else(no_key)
}

fn no_key() -> Failure {
    Failure::new("no-key", "Your team's key is no longer unlocked. Choose your team's key file again")
}

/// Sends the key's text as bytes, moved rather than copied; `None` sends nothing to open with.
fn send(port: &MessagePort, identity: Option<&TeamIdentity>) {
    let Some(identity) = identity else {
        let _ = port.post_message(&JsValue::NULL);
        return;
    };
    let array = Uint8Array::from(identity.secret().expose_secret().as_bytes());
    let _ = port.post_message_with_transferable(&array, &Array::of1(&array.buffer()));
}

/// The first message down the channel, read as a key; the bytes are zeroed once read.
async fn receive(port: &MessagePort) -> Option<TeamIdentity> {
    let arrived = Promise::new(&mut |resolve, _| {
        let handler = Closure::once_into_js(move |event: MessageEvent| {
            let _ = resolve.call1(&JsValue::NULL, &event.data());
        });
        port.set_onmessage(Some(handler.unchecked_ref()));
    });
    let data = wasm_bindgen_futures::JsFuture::from(arrived).await.ok()?;
    port.close();
    let array: Uint8Array = data.dyn_into().ok()?;
    let text = SecretString::from(String::from_utf8(array.to_vec()).ok()?);
    array.fill(0, 0, array.length());
    TeamIdentity::from_secret(text.expose_secret())
}
