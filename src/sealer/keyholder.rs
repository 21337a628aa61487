//! The keyholder: one sealing worker kept for the visit, holding the team key unlocked from a
//! key file, so a team can open file after file without unlocking its key each time. The
//! page never holds the key: it makes a message channel for each hand-over and gives one end
//! to the keyholder and the other to the worker that unlocks the key file or opens a file,
//! and never reads either. "Clear everything now", the idle wipe and "Forget the key" end
//! the keyholder, and the key with it.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Object};
use wasm_bindgen::prelude::*;
use web_sys::{MessageChannel, MessageEvent, MessagePort, Worker};

use super::{set, text, Event};

/// The running keyholder: its worker, what waits for it to start, and the public half of
/// the key it holds (nothing secret).
struct Keyholder {
    worker: Worker,
    ready: bool,
    waiting: Vec<(Object, Array)>,
    public_key: Option<String>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
}

thread_local! {
    static KEYHOLDER: RefCell<Option<Keyholder>> = const { RefCell::new(None) };
}

/// The public key (`age1…`) of the team key held this visit, once it is held.
pub fn held_key() -> Option<String> {
    KEYHOLDER.with(|keyholder| keyholder.borrow().as_ref().and_then(|keyholder| keyholder.public_key.clone()))
}

/// Ends the keyholder, and with it the key.
pub fn drop_key() {
    if let Some(keyholder) = KEYHOLDER.with(|keyholder| keyholder.borrow_mut().take()) {
        keyholder.worker.terminate();
    }
}

/// A new keyholder (ending any other) waiting for a key down the returned channel end,
/// which goes to the worker that unlocks the key file. `report` hears when the key is held.
pub fn hold(url: &str, report: Rc<dyn Fn(Event)>) -> Option<MessagePort> {
    drop_key();
    let worker = Worker::new(url).ok()?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |message: MessageEvent| {
        let data = message.data();
        match text(&data, "kind").as_str() {
            "ready" => started(),
            "holding" => {
                let public_key = text(&data, "public_key");
                KEYHOLDER.with(|keyholder| {
                    if let Some(keyholder) = keyholder.borrow_mut().as_mut() {
                        keyholder.public_key = Some(public_key.clone());
                    }
                });
                report(Event::KeyHeld { public_key });
            }
            "failed" => {
                // Ended, not dropped: a handler cannot be freed while it runs.
                KEYHOLDER.with(|keyholder| keyholder.borrow().as_ref().map(|keyholder| keyholder.worker.terminate()));
                report(Event::Failed { code: text(&data, "code"), message: text(&data, "message") });
            }
            _ => {}
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    let keyholder = Keyholder { worker, ready: false, waiting: Vec::new(), public_key: None, _on_message: on_message };
    KEYHOLDER.with(|slot| *slot.borrow_mut() = Some(keyholder));
    hand_over("hold")
}

/// The channel end down which the keyholder lends its key, for the worker that opens a
/// file; `None` when no key is held.
pub fn lend() -> Option<MessagePort> {
    held_key()?;
    hand_over("lend")
}

/// Makes a channel, sends the keyholder `job` with one end, and returns the other.
fn hand_over(job: &str) -> Option<MessagePort> {
    let channel = MessageChannel::new().ok()?;
    let object = Object::new();
    set(&object, "job", &job.into());
    set(&object, "port", &channel.port2());
    post(object, Array::of1(&channel.port2()));
    Some(channel.port1())
}

/// Posts to the keyholder, or keeps the message until it has started.
fn post(object: Object, transfer: Array) {
    KEYHOLDER.with(|keyholder| {
        let mut keyholder = keyholder.borrow_mut();
        let Some(keyholder) = keyholder.as_mut() else { return };
        if keyholder.ready {
            let _ = keyholder.worker.post_message_with_transfer(&object, &transfer);
        } else {
            keyholder.waiting.push((object, transfer));
        }
    });
}

/// The keyholder has started: it takes what was kept for it.
fn started() {
    KEYHOLDER.with(|keyholder| {
        let mut keyholder = keyholder.borrow_mut();
        let Some(keyholder) = keyholder.as_mut() else { return };
        keyholder.ready = true;
        for (object, transfer) in keyholder.waiting.drain(..) {
            let _ = keyholder.worker.post_message_with_transfer(&object, &transfer);
        }
    });
}
