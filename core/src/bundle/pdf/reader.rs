//! Reading a sealed PDF back: decrypt it with the passphrase, find InfoShare's catalog
//! entries, take the embedded JSON and check it against the digest kept inside the
//! encryption. The visible pages are never read: what the app shows comes from the JSON.

use lopdf::encryption::DecryptionError;
use lopdf::{Dictionary, Document, Error, LoadOptions, Object};
use sha2::{Digest, Sha256};

use super::{hex, CATALOG_DIGEST, CATALOG_FORMAT, FORMAT_NAME, FORMAT_VERSION};
use crate::bundle::{OpenError, MAX_FILE_BYTES};

/// The envelope JSON inside an InfoShare PDF, checked against its digest.
pub fn envelope_json(bytes: &[u8], passphrase: &str) -> Result<String, OpenError> {
    let doc = load(bytes, passphrase)?;
    let found = read(&doc);
    match found {
        // A file cut short or scrambled loses its structure; lopdf rebuilds what it can.
        Err(OpenError::NotInfoShare) if doc.xref_recovery.is_some() => {
            Err(OpenError::Damaged("cross-reference data unreadable".into()))
        }
        other => other,
    }
}

fn load(bytes: &[u8], passphrase: &str) -> Result<Document, OpenError> {
    let options = LoadOptions { max_decompressed_size: Some(MAX_FILE_BYTES), ..LoadOptions::with_password(passphrase) };
    Document::load_mem_with_options(bytes, options).map_err(|err| match err {
        Error::InvalidPassword
        | Error::Decryption(DecryptionError::IncorrectPassword | DecryptionError::StringPrep(_)) => {
            OpenError::WrongPassphrase
        }
        Error::UnsupportedSecurityHandler(_) => OpenError::NotInfoShare,
        other => OpenError::Damaged(format!("PDF unreadable: {other}")),
    })
}

fn read(doc: &Document) -> Result<String, OpenError> {
    let catalog = doc.catalog().map_err(|err| OpenError::Damaged(format!("no catalog: {err}")))?;
    check_format(catalog)?;
    let digest = catalog.get(CATALOG_DIGEST.as_bytes()).and_then(Object::as_str).map_err(|_| missing("digest"))?;
    if digest.len() != 64 || !digest.iter().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b)) {
        return Err(OpenError::Damaged("digest unreadable".into()));
    }
    let json = embedded_json(doc, catalog)?;
    if hex(&Sha256::digest(&json)).as_bytes() != digest {
        return Err(OpenError::Damaged("the JSON does not match its digest".into()));
    }
    String::from_utf8(json).map_err(|_| OpenError::Damaged("the JSON is not UTF-8".into()))
}

/// Refuses PDFs InfoShare did not make, and those from a newer InfoShare.
fn check_format(catalog: &Dictionary) -> Result<(), OpenError> {
    let Ok(format) = catalog.get(CATALOG_FORMAT.as_bytes()).and_then(Object::as_str) else {
        return Err(OpenError::NotInfoShare);
    };
    let text = String::from_utf8_lossy(format);
    let version = text.strip_prefix(FORMAT_NAME).map(str::trim).unwrap_or_default();
    match version.parse::<u64>() {
        Ok(found) if found > u64::from(FORMAT_VERSION) => {
            Err(OpenError::UnsupportedVersion { found, supported: FORMAT_VERSION })
        }
        Ok(_) => Ok(()),
        Err(_) => Err(OpenError::Damaged("format entry unreadable".into())),
    }
}

/// The bytes of the first associated file (`/AF`), decompressed.
fn embedded_json(doc: &Document, catalog: &Dictionary) -> Result<Vec<u8>, OpenError> {
    let files = catalog.get_deref(b"AF", doc).and_then(Object::as_array).map_err(|_| missing("attachment list"))?;
    let first = files.first().ok_or_else(|| missing("attachment"))?;
    let filespec = doc.dereference(first).and_then(|(_, spec)| spec.as_dict()).map_err(|_| missing("file spec"))?;
    let stream = filespec
        .get_deref(b"EF", doc)
        .and_then(Object::as_dict)
        .and_then(|ef| ef.get_deref(b"F", doc))
        .and_then(Object::as_stream)
        .map_err(|_| missing("embedded JSON"))?;
    stream
        .get_plain_content_with_limit(MAX_FILE_BYTES)
        .map_err(|err| OpenError::Damaged(format!("embedded JSON unreadable: {err}")))
}

/// A marked InfoShare PDF that lacks a part it always has.
fn missing(part: &str) -> OpenError {
    OpenError::Damaged(format!("no {part}"))
}
