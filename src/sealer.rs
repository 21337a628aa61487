//! The page's side of the sealing worker (`seal-worker/`): starts a fresh worker for each
//! job, hands it the job with its buffers moved rather than copied, reports progress, and
//! terminates the worker as soon as it answers so the key derivation's memory is released.
//! The sealing code (age, lopdf, the font) lives only in the worker's WebAssembly, which the
//! browser fetches the first time someone seals or opens a file. A team key unlocked for the
//! visit is kept by one more worker, the `keyholder`.

mod keyholder;

use std::cell::RefCell;
use std::rc::Rc;

use infoshare_core::bundle::{Format, PrintedPages};
use infoshare_core::rendering::Block;
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use web_sys::{ErrorEvent, MessageEvent, MessagePort, Worker};

use crate::dom;

pub use keyholder::{drop_key, held_key};

/// An attachment on its way into a sealed file.
pub struct Outgoing {
    pub name: String,
    pub media_type: String,
    pub bytes: Uint8Array,
}

/// What the worker is asked to do.
pub enum Job {
    /// Seal as a PDF or age file with the passphrase, or as an age file for teams' public
    /// keys (`age1…`) when there are any.
    Seal { format: Format, envelope: String, passphrase: String, keys: Vec<String>, attachments: Vec<Outgoing> },
    /// Open with the passphrase, or with the team key held this visit when there is none.
    Open { file: Uint8Array, passphrase: Option<String> },
    /// Find the fields whose characters no font can print, before sealing.
    Check { envelope: String },
    /// Check a pack a user loaded or is writing (TOML, read and checked in the worker);
    /// with `sketch` (writing), its wizards are drawn first ([`Event::Sketches`]).
    CheckPack { name: String, text: String, sketch: bool },
    /// Write a shipped pack as TOML, for the pack editor to start from.
    CopyPack { id: String },
    /// Make a team key, as its key file protected by `passphrase`, made at `created`
    /// (an ISO local time).
    MakeKey { passphrase: String, created: String },
    /// Unlock a team's key file, for the keyholder to keep for the visit.
    UnlockKey { key_file: Uint8Array, passphrase: String },
    /// Publish a pack for an area: the job's fields and the buffers to move are written by
    /// the pack editor's chunk, so their shape costs the pages that seal nothing.
    Publish { fields: Object, buffers: Array },
}

/// An attachment that came out of an opened file, kept as browser memory (not WebAssembly).
#[derive(Clone)]
pub struct Incoming {
    pub name: String,
    pub media_type: String,
    pub bytes: Uint8Array,
}

/// An opened file as the worker laid it out: the page never parses the JSON itself, which
/// keeps the record's deserialisers out of the page's WebAssembly.
#[derive(Clone)]
pub struct Opened {
    pub format: Format,
    /// Whether a PDF's printed pages still match the record.
    pub pages: PrintedPages,
    /// The envelope JSON, for "Save as a file (JSON)".
    pub json: String,
    pub reference: String,
    pub training: bool,
    /// The request form (pack, id) when the file is a request, for its reply form.
    pub request_form: Option<(String, String)>,
    /// Whether it was opened with the team key held this visit.
    pub team_key: bool,
    /// The id of the sender's own team, when they sealed it for their team's key too.
    pub sender_team: Option<String>,
    /// The draft's JSON, when the file is a draft, to resume.
    pub draft: Option<String>,
    pub title: String,
    pub blocks: Vec<Block>,
    pub attachments: Vec<Incoming>,
}

/// What the worker answered.
pub enum Event {
    /// The key is being derived and the content encrypted or decrypted.
    Working,
    Sealed {
        bytes: Uint8Array,
    },
    Opened(Opened),
    Failed {
        code: String,
        message: String,
    },
    /// The warning naming the fields whose characters will not print, if any.
    Checked {
        warning: Option<String>,
    },
    /// The loaded pack passed every check: here it is in the compact form.
    PackChecked(Uint8Array),
    /// What is wrong with the loaded pack, one line each, with its line and field.
    PackProblems(Vec<String>),
    /// The pack's wizards drawn as written (compact `Vec<Sketch>`), empty if it cannot be read.
    Sketches(Uint8Array),
    /// A shipped pack as TOML.
    PackText(String),
    /// A published copy: the single file or the site's zip.
    Published(Uint8Array),
    /// A new team key: its key file, and its public key to publish.
    KeyMade {
        bytes: Uint8Array,
        public_key: String,
    },
    /// The keyholder holds the team key with this public key, for the visit.
    KeyHeld {
        public_key: String,
    },
}

/// The running worker and its handlers, kept until the next job replaces them (a handler
/// cannot be freed while it runs).
struct Active {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

thread_local! {
    static ACTIVE: RefCell<Option<Active>> = const { RefCell::new(None) };
}

const NO_KEY: &str = "Your team's key is no longer unlocked. Choose your team's key file again";

const UNAVAILABLE: &str = "This browser would not start InfoShare's sealing worker, so files cannot be sealed or opened here. Open InfoShare from its web address (not a saved copy of the page) in an up-to-date browser";

fn get(data: &JsValue, key: &str) -> JsValue {
    Reflect::get(data, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn text(data: &JsValue, key: &str) -> String {
    get(data, key).as_string().unwrap_or_default()
}

fn incoming(data: &JsValue) -> Vec<Incoming> {
    let list: Array = get(data, "attachments").dyn_into().unwrap_or_default();
    list.iter()
        .map(|item| Incoming {
            name: text(&item, "name"),
            media_type: text(&item, "media_type"),
            bytes: get(&item, "bytes").dyn_into().unwrap_or_default(),
        })
        .collect()
}

fn blocks(data: &JsValue) -> Vec<Block> {
    let list: Array = get(data, "blocks").dyn_into().unwrap_or_default();
    list.iter()
        .filter_map(|item| {
            let parts: Array = item.dyn_into().ok()?;
            let part = |index: u32| parts.get(index).as_string().unwrap_or_default();
            Some(match part(0).as_str() {
                "heading" => Block::Heading(part(1)),
                "row" => Block::Row { label: part(1), value: part(2) },
                _ => Block::Paragraph(part(1)),
            })
        })
        .collect()
}

fn opened(data: &JsValue) -> Opened {
    let (pack, form) = (get(data, "form_pack").as_string(), get(data, "form_id").as_string());
    Opened {
        format: if text(data, "format") == "pdf" { Format::Pdf } else { Format::Age },
        pages: match text(data, "pages").as_str() {
            "changed" => PrintedPages::Changed,
            "unchecked" => PrintedPages::Unchecked,
            _ => PrintedPages::Intact,
        },
        json: text(data, "json"),
        reference: text(data, "reference"),
        training: get(data, "training").as_bool().unwrap_or(false),
        request_form: pack.zip(form),
        team_key: get(data, "team_key").as_bool().unwrap_or(false),
        sender_team: get(data, "sender_team").as_string(),
        draft: get(data, "draft").as_string(),
        title: text(data, "title"),
        blocks: blocks(data),
        attachments: incoming(data),
    }
}

/// Reads one message from the worker.
fn event(data: &JsValue) -> Option<Event> {
    Some(match text(data, "kind").as_str() {
        "progress" => Event::Working,
        "sealed" => Event::Sealed { bytes: get(data, "bytes").dyn_into().ok()? },
        "opened" => Event::Opened(opened(data)),
        "failed" => Event::Failed { code: text(data, "code"), message: text(data, "message") },
        "checked" => Event::Checked { warning: get(data, "warning").as_string() },
        "pack" => Event::PackChecked(get(data, "bytes").dyn_into().ok()?),
        "pack-text" => Event::PackText(text(data, "text")),
        "sketches" => Event::Sketches(get(data, "bytes").dyn_into().ok()?),
        "published" => Event::Published(get(data, "bytes").dyn_into().ok()?),
        "key-made" => {
            Event::KeyMade { bytes: get(data, "bytes").dyn_into().ok()?, public_key: text(data, "public_key") }
        }
        "pack-problems" => {
            let list: Array = get(data, "problems").dyn_into().ok()?;
            Event::PackProblems(list.iter().filter_map(|line| line.as_string()).collect())
        }
        _ => return None,
    })
}

fn set(object: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(object, &key.into(), value);
}

/// The job as the worker reads it, and the buffers (and channel end) to move with it.
fn message(job: Job, port: Option<MessagePort>) -> (Object, Array) {
    let object = Object::new();
    let transfer = Array::new();
    if let Some(port) = port {
        set(&object, "port", &port);
        transfer.push(&port);
    }
    match job {
        Job::Seal { format, envelope, passphrase, keys, attachments } => {
            set(&object, "job", &"seal".into());
            set(&object, "format", &format.extension().into());
            set(&object, "envelope", &envelope.into());
            set(&object, "passphrase", &passphrase.into());
            set(&object, "keys", &keys.into_iter().map(JsValue::from).collect::<Array>());
            let list = Array::new();
            for attachment in attachments {
                let item = Object::new();
                set(&item, "name", &attachment.name.into());
                set(&item, "media_type", &attachment.media_type.into());
                transfer.push(&attachment.bytes.buffer());
                set(&item, "bytes", &attachment.bytes);
                list.push(&item);
            }
            set(&object, "attachments", &list);
        }
        Job::Check { envelope } => {
            set(&object, "job", &"check".into());
            set(&object, "envelope", &envelope.into());
        }
        Job::CheckPack { name, text, sketch } => {
            set(&object, "job", &"pack".into());
            set(&object, "name", &name.into());
            set(&object, "text", &text.into());
            set(&object, "sketch", &sketch.into());
        }
        Job::CopyPack { id } => {
            set(&object, "job", &"copy-pack".into());
            set(&object, "id", &id.into());
        }
        Job::Open { file, passphrase } => {
            set(&object, "job", &"open".into());
            transfer.push(&file.buffer());
            set(&object, "file", &file);
            set(&object, "passphrase", &passphrase.unwrap_or_default().into());
        }
        Job::MakeKey { passphrase, created } => {
            set(&object, "job", &"keygen".into());
            set(&object, "passphrase", &passphrase.into());
            set(&object, "created", &created.into());
        }
        Job::UnlockKey { key_file, passphrase } => {
            set(&object, "job", &"unlock".into());
            transfer.push(&key_file.buffer());
            set(&object, "key_file", &key_file);
            set(&object, "passphrase", &passphrase.into());
        }
        Job::Publish { fields, buffers } => {
            Object::assign(&object, &fields);
            buffers.iter().for_each(|buffer| {
                transfer.push(&buffer);
            });
        }
    }
    (object, transfer)
}

/// The channel end a job takes to or from the keyholder: a new keyholder for a key being
/// unlocked, the current one for a file opened with the key it holds. `Err` when the job
/// needs a key and none is held.
fn keyholder_port(job: &Job, url: &str, report: &Rc<dyn Fn(Event)>) -> Result<Option<MessagePort>, ()> {
    match job {
        Job::UnlockKey { .. } => keyholder::hold(url, report.clone()).map(Some).ok_or(()),
        Job::Open { passphrase: None, .. } => keyholder::lend().map(Some).ok_or(()),
        _ => Ok(None),
    }
}

/// Runs a job in a new worker (stopping any job still running) and reports each event.
pub fn run(job: Job, report: impl Fn(Event) + 'static) {
    let report: Rc<dyn Fn(Event)> = Rc::new(report);
    let failed = |report: &Rc<dyn Fn(Event)>, message: &str| {
        report(Event::Failed { code: "unavailable".into(), message: message.into() })
    };
    cancel();
    let Some(url) = dom::meta("infoshare-sealer") else { return failed(&report, UNAVAILABLE) };
    let unlocking = matches!(job, Job::UnlockKey { .. });
    let port = match keyholder_port(&job, &url, &report) {
        Ok(port) => port,
        Err(()) if unlocking => return failed(&report, UNAVAILABLE),
        Err(()) => return report(Event::Failed { code: "no-key".into(), message: NO_KEY.into() }),
    };
    let Ok(worker) = Worker::new(&url) else {
        if unlocking {
            keyholder::drop_key();
        }
        return failed(&report, UNAVAILABLE);
    };
    let pending = Rc::new(RefCell::new(Some((job, port))));
    let on_message = {
        let (report, worker) = (report.clone(), worker.clone());
        Closure::<dyn FnMut(MessageEvent)>::new(move |message: MessageEvent| {
            let data = message.data();
            match text(&data, "kind").as_str() {
                "ready" => {
                    if let Some((job, port)) = pending.borrow_mut().take() {
                        let (object, transfer) = self::message(job, port);
                        if worker.post_message_with_transfer(&object, &transfer).is_err() {
                            worker.terminate();
                            failed(&report, UNAVAILABLE);
                        }
                    }
                    return;
                }
                // Said on the way, before the job's answer.
                "progress" | "sketches" => {}
                // The unlocked key went to the keyholder, which says when it holds it.
                "unlocked" => return worker.terminate(),
                "failed" if unlocking => {
                    worker.terminate();
                    keyholder::drop_key();
                }
                _ => worker.terminate(),
            }
            if let Some(event) = event(&data) {
                report(event);
            }
        })
    };
    let on_error = {
        let worker = worker.clone();
        Closure::<dyn FnMut(ErrorEvent)>::new(move |_: ErrorEvent| {
            worker.terminate();
            if unlocking {
                keyholder::drop_key();
            }
            report(Event::Failed {
                code: "worker-error".into(),
                message: "Sealing stopped unexpectedly, perhaps for lack of memory. Close other tabs and try again"
                    .into(),
            });
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    ACTIVE.with(|active| *active.borrow_mut() = Some(Active { worker, _on_message: on_message, _on_error: on_error }));
}

/// Stops the running job, if any (leaving the page, or starting another).
pub fn cancel() {
    ACTIVE.with(|active| {
        if let Some(active) = active.borrow_mut().take() {
            // Unhooked first: an event already on its way (a message, or the error of a
            // worker script still loading) must not reach a handler about to be dropped.
            active.worker.set_onmessage(None);
            active.worker.set_onerror(None);
            active.worker.terminate();
        }
    });
}
