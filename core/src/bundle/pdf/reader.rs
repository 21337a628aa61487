//! Reading a sealed PDF back: decrypt it with the passphrase, find InfoShare's catalog
//! entries, take the embedded JSON and check it against the digest kept inside the
//! encryption, then check the printed pages against theirs. What the app shows comes from
//! the JSON; the pages are only checked, so the app can say when they no longer match it.

use lopdf::encryption::DecryptionError;
use lopdf::{Dictionary, Document, Error, LoadOptions, Object};
use sha2::{Digest, Sha256};

use super::{hex, pages, CATALOG_DIGEST, CATALOG_FORMAT, CATALOG_PAGES_DIGEST, FORMAT_NAME, FORMAT_VERSION};
use crate::bundle::{OpenError, PrintedPages, MAX_FILE_BYTES};

/// The envelope JSON inside an InfoShare PDF, checked against its digest, and whether the
/// printed pages still match theirs.
pub fn read(bytes: &[u8], passphrase: &str) -> Result<(String, PrintedPages), OpenError> {
    let doc = load(bytes, passphrase)?;
    let found = read_doc(&doc);
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

fn read_doc(doc: &Document) -> Result<(String, PrintedPages), OpenError> {
    let catalog = doc.catalog().map_err(|err| OpenError::Damaged(format!("no catalog: {err}")))?;
    let version = check_format(catalog)?;
    let digest = catalog.get(CATALOG_DIGEST.as_bytes()).and_then(Object::as_str).map_err(|_| missing("digest"))?;
    if !is_digest(digest) {
        return Err(OpenError::Damaged("digest unreadable".into()));
    }
    let json = embedded_json(doc, catalog)?;
    if hex(&Sha256::digest(&json)).as_bytes() != digest {
        return Err(OpenError::Damaged("the JSON does not match its digest".into()));
    }
    let json = String::from_utf8(json).map_err(|_| OpenError::Damaged("the JSON is not UTF-8".into()))?;
    Ok((json, printed_pages(doc, catalog, version)))
}

/// Whether the pages match the digest sealed with them. Format 1 had none; from format 2 a
/// missing or unreadable digest, or pages that cannot be read, count as changed.
fn printed_pages(doc: &Document, catalog: &Dictionary, version: u64) -> PrintedPages {
    if version < 2 {
        return PrintedPages::Unchecked;
    }
    let sealed = catalog.get(CATALOG_PAGES_DIGEST.as_bytes()).and_then(Object::as_str).ok().filter(|d| is_digest(d));
    let found = pages::root(doc).and_then(|root| pages::digest(doc, root)).ok();
    match (sealed, found) {
        (Some(sealed), Some(found)) if sealed == found.as_bytes() => PrintedPages::Intact,
        _ => PrintedPages::Changed,
    }
}

/// Whether `digest` is a SHA-256 written as lowercase hex.
fn is_digest(digest: &[u8]) -> bool {
    digest.len() == 64 && digest.iter().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
}

/// Refuses PDFs InfoShare did not make, and those from a newer InfoShare; the version found.
fn check_format(catalog: &Dictionary) -> Result<u64, OpenError> {
    let Ok(format) = catalog.get(CATALOG_FORMAT.as_bytes()).and_then(Object::as_str) else {
        return Err(OpenError::NotInfoShare);
    };
    let text = String::from_utf8_lossy(format);
    let version = text.strip_prefix(FORMAT_NAME).map(str::trim).unwrap_or_default();
    match version.parse::<u64>() {
        Ok(found) if found > u64::from(FORMAT_VERSION) => {
            Err(OpenError::UnsupportedVersion { found, supported: FORMAT_VERSION })
        }
        Ok(found) => Ok(found),
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
