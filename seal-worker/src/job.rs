//! One job from the page: reads its fields, seals or opens with the core (fetching the
//! script fonts a document needs first), and posts the answer. Nothing here logs, and the
//! passphrase or key is dropped when the job ends. Team keys' jobs are in `keys`.

use infoshare_core::bundle::{
    self, Attachment, AttachmentInfo, Envelope, Key, KeyError, OpenError, Opened, Payload, PrintedPages, Unprintable,
};
use infoshare_core::rendering::{render, Block, Rendering};
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;

use crate::{message, post};

/// A failure as the page receives it: a code for tests and a message for people.
pub(crate) struct Failure {
    code: &'static str,
    message: String,
}

impl Failure {
    pub(crate) fn new(code: &'static str, message: impl Into<String>) -> Failure {
        Failure { code, message: message.into() }
    }

    /// A team key file that could not be unlocked.
    pub(crate) fn key(error: &KeyError) -> Failure {
        let code = match error {
            KeyError::NotAKeyFile => "not-key-file",
            KeyError::Unprotected => "key-unprotected",
            KeyError::WrongPassphrase => "wrong-key-passphrase",
            KeyError::Damaged(_) => "key-damaged",
        };
        Failure::new(code, error.message())
    }

    /// A failure to open, its message for the passphrase as typed (a hint when it looks
    /// mistyped).
    fn opening(error: &OpenError, passphrase: &str) -> Failure {
        Failure { message: error.message_for(passphrase), ..Failure::from(error.clone()) }
    }

    /// A script font that could not be read.
    fn fonts(message: String) -> Failure {
        Failure { code: "fonts-unavailable", message }
    }
}

impl From<OpenError> for Failure {
    fn from(error: OpenError) -> Failure {
        let code = match error {
            OpenError::WrongPassphrase => "wrong-passphrase",
            OpenError::NotInfoShare => "not-infoshare",
            OpenError::Damaged(_) => "damaged",
            OpenError::TooLarge { .. } => "too-large",
            OpenError::UnsupportedVersion { .. } => "unsupported-version",
            OpenError::WorkFactorTooHigh { .. } => "work-factor",
            OpenError::Unreadable(_) => "unreadable",
            OpenError::ForTeamKey => "for-team-key",
            OpenError::NeedsPassphrase => "needs-passphrase",
            OpenError::NotForThisKey => "not-for-this-key",
        };
        Failure { code, message: error.message() }
    }
}

pub(crate) fn field(data: &JsValue, key: &str) -> JsValue {
    Reflect::get(data, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

pub(crate) fn text(data: &JsValue, key: &str) -> String {
    field(data, key).as_string().unwrap_or_default()
}

pub(crate) fn bytes(data: &JsValue, key: &str) -> Vec<u8> {
    field(data, key).dyn_into::<Uint8Array>().map(|array| array.to_vec()).unwrap_or_default()
}

/// The size of this worker's WebAssembly memory, in bytes.
pub(crate) fn memory() -> JsValue {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    memory.buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length().into()
}

pub(crate) fn progress(step: &str) {
    post(&message("progress", &[("step", step.into())]), &Array::new());
}

/// Runs one job and posts its answer.
pub async fn run(data: JsValue) {
    let passphrase = text(&data, "passphrase");
    let answer = match text(&data, "job").as_str() {
        "seal" => seal(&data, &passphrase).await,
        "check" => check(&data).await,
        "open" => open(&data, &passphrase).await,
        "pack" => Ok(crate::pack::check(&data)),
        "publish" => Ok(crate::publish::publish(&data)),
        "copy-pack" => crate::pack::copy(&data).map_err(|message| Failure { code: "copy-pack", message }),
        "keygen" => crate::keys::keygen(&data),
        "unlock" => crate::keys::unlock(&data),
        "hold" => crate::keys::hold(&data).await,
        "lend" => crate::keys::lend(&data),
        other => Err(Failure { code: "unknown-job", message: format!("Unknown job '{other}'") }),
    };
    match answer {
        Ok((reply, transfer)) => post(&reply, &transfer),
        Err(failure) => post(
            &message("failed", &[("code", failure.code.into()), ("message", failure.message.into())]),
            &Array::new(),
        ),
    }
}

fn attachments(data: &JsValue) -> Vec<Attachment> {
    let list: Array = field(data, "attachments").dyn_into().unwrap_or_default();
    list.iter()
        .map(|item| {
            let bytes = bytes(&item, "bytes");
            let info = AttachmentInfo {
                name: text(&item, "name"),
                media_type: text(&item, "media_type"),
                size: bytes.len() as u64,
                sha256: String::new(),
            };
            Attachment { info, bytes }
        })
        .collect()
}

async fn seal(data: &JsValue, passphrase: &str) -> Result<(Object, Array), Failure> {
    let envelope = Envelope::from_json(&text(data, "envelope"))?;
    let fonts = crate::fonts::for_envelope(&envelope).await.map_err(Failure::fonts)?;
    let keys: Vec<String> =
        field(data, "keys").dyn_into::<Array>().unwrap_or_default().iter().filter_map(|key| key.as_string()).collect();
    progress("key");
    let sealed = match text(data, "format").as_str() {
        "pdf" => bundle::seal_pdf(&envelope, passphrase, &fonts),
        _ if !keys.is_empty() => bundle::seal_age_for_teams(&envelope, &attachments(data), &keys, &fonts),
        _ => bundle::seal_age(&envelope, &attachments(data), passphrase, bundle::WORK_FACTOR, &fonts),
    }
    .map_err(|error| Failure { code: "seal-failed", message: error.message() })?;
    let array = Uint8Array::from(sealed.as_slice());
    drop(sealed);
    let transfer = Array::of1(&array.buffer());
    Ok((message("sealed", &[("bytes", array.into()), ("memory", memory())]), transfer))
}

/// What the envelope's printed pages cannot show: `{kind: "checked", warning}`, the warning
/// naming each field with characters no font has, or no warning.
async fn check(data: &JsValue) -> Result<(Object, Array), Failure> {
    let envelope = Envelope::from_json(&text(data, "envelope"))?;
    let fonts = crate::fonts::for_envelope(&envelope).await.map_err(Failure::fonts)?;
    let found = bundle::unprintable(&envelope, &fonts).map_err(Failure::fonts)?;
    let warning = Unprintable::warning(&found).map_or(JsValue::UNDEFINED, JsValue::from);
    Ok((message("checked", &[("warning", warning)]), Array::new()))
}

/// The opened record laid out by core, as arrays of strings: `["heading", text]`,
/// `["row", label, value]`, `["paragraph", text]`.
fn blocks(rendering: &Rendering) -> Array {
    rendering
        .blocks
        .iter()
        .map(|block| -> JsValue {
            match block {
                Block::Heading(text) => Array::of2(&"heading".into(), &text.into()),
                Block::Row { label, value } => Array::of3(&"row".into(), &label.into(), &value.into()),
                Block::Paragraph(text) => Array::of2(&"paragraph".into(), &text.into()),
            }
            .into()
        })
        .collect()
}

/// The draft inside, as JSON, for the page to resume.
fn draft(envelope: &Envelope) -> JsValue {
    match &envelope.payload {
        Payload::Draft(draft) => draft.to_json().into(),
        _ => JsValue::UNDEFINED,
    }
}

/// The opened record's request form, for the page to offer the agreement's reply form.
fn request_form(envelope: &Envelope) -> (JsValue, JsValue) {
    match &envelope.payload {
        Payload::Form(record) if envelope.in_reply_to.is_none() => {
            (record.form.pack.as_str().into(), record.form.id.as_str().into())
        }
        _ => (JsValue::UNDEFINED, JsValue::UNDEFINED),
    }
}

/// What opening found about the printed pages, as the page reads it.
fn printed_pages(pages: PrintedPages) -> &'static str {
    match pages {
        PrintedPages::Intact => "intact",
        PrintedPages::Changed => "changed",
        PrintedPages::Unchecked => "unchecked",
    }
}

/// Opens the file with the passphrase, or with the team key the keyholder lends when the job
/// comes with a channel.
async fn open(data: &JsValue, passphrase: &str) -> Result<(Object, Array), Failure> {
    let file = bytes(data, "file");
    let team = if field(data, "port").is_undefined() { None } else { Some(crate::keys::borrowed(data).await?) };
    let key = team.as_ref().map_or(Key::Passphrase(passphrase), Key::Team);
    progress("key");
    let Opened { format, envelope, attachments, pages } =
        bundle::open_with(&file, key).map_err(|error| Failure::opening(&error, passphrase))?;
    drop(file);
    let team_key = team.is_some();
    drop(team);
    let transfer = Array::new();
    let list = Array::new();
    for attachment in attachments {
        let array = Uint8Array::from(attachment.bytes.as_slice());
        transfer.push(&array.buffer());
        let item = Object::new();
        let _ = Reflect::set(&item, &"name".into(), &attachment.info.name.into());
        let _ = Reflect::set(&item, &"media_type".into(), &attachment.info.media_type.into());
        let _ = Reflect::set(&item, &"bytes".into(), &array);
        list.push(&item);
    }
    let rendering = render(&envelope);
    let (form_pack, form_id) = request_form(&envelope);
    let fields = [
        ("format", format.extension().into()),
        ("pages", printed_pages(pages).into()),
        ("json", envelope.to_json().into()),
        ("reference", envelope.reference.as_str().into()),
        ("training", envelope.training.into()),
        ("in_reply_to", envelope.in_reply_to.as_deref().map(JsValue::from).unwrap_or(JsValue::UNDEFINED)),
        ("team_key", team_key.into()),
        (
            "sender_team",
            envelope.sender_team.as_ref().map(|team| JsValue::from(&team.id)).unwrap_or(JsValue::UNDEFINED),
        ),
        ("form_pack", form_pack),
        ("form_id", form_id),
        ("draft", draft(&envelope)),
        ("title", rendering.title.as_str().into()),
        ("blocks", blocks(&rendering).into()),
        ("attachments", list.into()),
        ("memory", memory()),
    ];
    Ok((message("opened", &fields), transfer))
}
