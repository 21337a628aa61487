//! The password-protected PDF: a sealed record anyone can open in a PDF reader with the
//! passphrase, that InfoShare can also open again exactly.
//!
//! - **PDF 2.0, AES-256, security handler revision 6** (lopdf's encryption): the user
//!   password is the passphrase; the owner password is 32 random bytes (in hex) nobody
//!   keeps, and the file encryption key is 32 random bytes. Printing and copying are allowed.
//!   lopdf writes no `/ID`, so [`seal`] adds one (16 random bytes, twice).
//! - **The pages** ([`layout`], [`furniture`], [`draw`]): the record as `rendering::render`
//!   lays it out, on A4, with the protective marking and handling words at the top and bottom
//!   of every page, "Page N of M" and the reference in the footer, and a banner and watermark
//!   on training files. Text is set in Noto Sans, with Noto's script fonts for what it lacks
//!   ([`font`], [`script_fonts`]), shaped and ordered right to left where the script is
//!   ([`shape`]), and embedded per document with only the glyphs used ([`embed`]), so names
//!   in any of the scripts print, copy and search as typed. A character no font has prints
//!   as the replacement character; [`coverage`] says which fields hold one before sealing.
//! - **The data** ([`writer`]): the envelope JSON as an associated file (`<reference>.json`,
//!   `/AFRelationship /Data`), and in the catalog `/InfoShareFormat (infoshare-bundle-pdf 2)`,
//!   `/InfoShareDigest`, the SHA-256 of the JSON, and `/InfoSharePagesDigest`, the SHA-256
//!   of the printed pages ([`pages`]). PDF encryption has no integrity check of its own; the
//!   digests, strings and so encrypted with everything else, are how [`open`] ([`reader`])
//!   notices a file changed after sealing, and which part changed.
//!
//! Opening: a passphrase that does not decrypt the file is [`OpenError::WrongPassphrase`]; a
//! PDF without `/InfoShareFormat`, encrypted or not, is [`OpenError::NotInfoShare`]; one
//! that has it but whose JSON digest or JSON is missing or does not match, or that lopdf
//! cannot parse, is [`OpenError::Damaged`]. One whose record is intact but whose pages do not
//! match their digest (or lack it) opens, with [`super::PrintedPages::Changed`]; a format 1
//! file, sealed before the pages had a digest, opens with [`super::PrintedPages::Unchecked`]. An
//! unencrypted InfoShare PDF (`seal(envelope, None, …)`, the rendering inside an age file)
//! opens too, with any passphrase: its digests still catch damage, and the age file around it
//! is what authenticates it.

mod coverage;
mod draw;
mod embed;
mod font;
mod furniture;
mod layout;
mod pages;
mod reader;
pub mod script_fonts;
mod shape;
#[cfg(test)]
mod tests;
mod wrap;
mod writer;

use std::collections::BTreeMap;
use std::sync::Arc;

use lopdf::encryption::crypt_filters::{Aes256CryptFilter, CryptFilter};
use lopdf::encryption::{DecryptionError, EncryptionState, EncryptionVersion, Permissions};
use lopdf::{Document, Object, StringFormat};

use super::{Envelope, Format, OpenError, Opened, SealError};
pub use coverage::{fonts_needed, unprintable, Unprintable};
use script_fonts::ScriptFonts;

/// The catalog entry naming the format and its version.
const CATALOG_FORMAT: &str = "InfoShareFormat";
/// The catalog entry holding the lowercase hex SHA-256 of the embedded JSON.
const CATALOG_DIGEST: &str = "InfoShareDigest";
/// The catalog entry holding the lowercase hex SHA-256 of the printed pages (`pages`), from
/// format 2.
const CATALOG_PAGES_DIGEST: &str = "InfoSharePagesDigest";
const FORMAT_NAME: &str = "infoshare-bundle-pdf";
const FORMAT_VERSION: u32 = 2;
/// The `/InfoShareFormat` this build writes: the name and version.
const FORMAT: &str = "infoshare-bundle-pdf 2";

/// Whether the bytes look like a PDF (they start with `%PDF-`).
pub fn is_pdf(bytes: &[u8]) -> bool {
    bytes.starts_with(b"%PDF-")
}

/// The envelope as a PDF, encrypted with `passphrase` when there is one, drawn with the
/// built-in fonts and the script fonts at hand.
pub fn seal(envelope: &Envelope, passphrase: Option<&str>, scripts: &ScriptFonts) -> Result<Vec<u8>, SealError> {
    if passphrase.is_some_and(str::is_empty) {
        return Err(SealError::NoPassphrase);
    }
    let mut doc = writer::document(envelope, &envelope.to_json(), scripts).map_err(SealError::Failed)?;
    if let Some(passphrase) = passphrase {
        encrypt(&mut doc, passphrase)?;
    }
    let id = Object::String(random::<16>()?.to_vec(), StringFormat::Hexadecimal);
    doc.trailer.set("ID", vec![id.clone(), id]);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).map_err(|err| SealError::Failed(format!("writing the PDF: {err}")))?;
    Ok(bytes)
}

/// Opens an InfoShare PDF: decrypts it, checks the embedded JSON against its digest and
/// reads the envelope.
pub fn open(bytes: &[u8], passphrase: &str) -> Result<Opened, OpenError> {
    let (json, pages) = reader::read(bytes, passphrase)?;
    let envelope = Envelope::from_json(&json)?;
    Ok(Opened { format: Format::Pdf, envelope, attachments: vec![], pages })
}

/// AES-256 (V5, R6) with the passphrase as the user password and a random owner password
/// and file encryption key.
fn encrypt(doc: &mut Document, passphrase: &str) -> Result<(), SealError> {
    let owner = hex(&random::<32>()?);
    let key = random::<32>()?;
    let filter: Arc<dyn CryptFilter> = Arc::new(Aes256CryptFilter);
    let permissions = Permissions::PRINTABLE
        | Permissions::PRINTABLE_IN_HIGH_QUALITY
        | Permissions::COPYABLE
        | Permissions::COPYABLE_FOR_ACCESSIBILITY;
    let version = EncryptionVersion::V5 {
        encrypt_metadata: true,
        crypt_filters: BTreeMap::from([(b"StdCF".to_vec(), filter)]),
        file_encryption_key: &key,
        stream_filter: b"StdCF".to_vec(),
        string_filter: b"StdCF".to_vec(),
        owner_password: &owner,
        user_password: passphrase,
        permissions,
    };
    let state = EncryptionState::try_from(version).map_err(encryption_failed)?;
    doc.encrypt(&state).map_err(encryption_failed)
}

/// Why encryption failed. PDF passwords go through SASLprep, which refuses some characters.
fn encryption_failed(err: lopdf::Error) -> SealError {
    match err {
        lopdf::Error::Decryption(DecryptionError::StringPrep(_)) => SealError::NotForPdf,
        other => SealError::Failed(format!("encrypting the PDF: {other}")),
    }
}

fn random<const N: usize>() -> Result<[u8; N], SealError> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|err| SealError::Failed(format!("no random numbers: {err}")))?;
    Ok(bytes)
}

/// Lowercase hex.
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}
