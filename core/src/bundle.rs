//! Sealed files: a request, reply or record encrypted so it can travel by email, with a
//! passphrase that goes by phone or for a team's key. Two formats, both opened again here:
//!
//! - **age v1** (authenticated), with an scrypt passphrase or for teams' X25519 keys (`keys`):
//!   a zip holding the envelope JSON, its PDF rendering and any attachments. Opens with the
//!   public `age` tool too.
//! - **PDF 2.0, AES-256 (revision 6)**: a readable rendering with the envelope JSON attached
//!   and a digest of it kept inside the encrypted content. Opens in any PDF reader.
//!
//! `docs/bundle-format.md` describes both formats and what each does and does not protect.

#[cfg(feature = "seal")]
mod age_file;
#[cfg(feature = "seal")]
mod container;
pub mod envelope;
mod error;
#[cfg(feature = "seal")]
mod keys;
#[cfg(feature = "seal")]
mod pdf;

#[cfg(feature = "seal")]
pub use age::secrecy::{ExposeSecret, SecretString};
#[cfg(feature = "seal")]
pub use age_file::Key;
pub use envelope::{Attachment, AttachmentInfo, Envelope, Payload};
pub use error::{passphrase_hint, KeyError, OpenError, SealError};
#[cfg(feature = "seal")]
pub use keys::TeamIdentity;
#[cfg(feature = "seal")]
pub use pdf::script_fonts::{ScriptFont, ScriptFonts};
#[cfg(feature = "seal")]
pub use pdf::{fonts_needed, unprintable, Unprintable};

/// The scrypt work factor (log2 of N) used when sealing as age.
pub const WORK_FACTOR: u8 = 18;
/// The highest scrypt work factor accepted when opening an age file (about 1 GiB, 5 s).
pub const MAX_WORK_FACTOR: u8 = 20;
/// The most attachment bytes one sealed file may carry.
pub const MAX_ATTACHMENT_BYTES: usize = 50 * 1024 * 1024;
/// The largest sealed file that will be opened (attachments plus generous room for the rest).
pub const MAX_FILE_BYTES: usize = MAX_ATTACHMENT_BYTES + 10 * 1024 * 1024;

/// Why a file chosen as an attachment is refused: it would take the attachments, already
/// `chosen` bytes, over [`MAX_ATTACHMENT_BYTES`]. The message names the file and its size.
pub fn refuse_attachment(name: &str, size: u64, chosen: u64) -> Option<String> {
    let limit = MAX_ATTACHMENT_BYTES as u64;
    let megabytes = limit / (1024 * 1024);
    let size_text = crate::text::file_size(size);
    if size > limit {
        Some(format!("{name} is {size_text}: the attachments must add up to {megabytes} MB or less"))
    } else if chosen.saturating_add(size) > limit {
        let room = crate::text::file_size(limit.saturating_sub(chosen));
        Some(format!(
            "{name} is {size_text}, more than the {room} left: the attachments must add up to {megabytes} MB or less"
        ))
    } else {
        None
    }
}

/// The two ways a file can be sealed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    Age,
    Pdf,
}

impl Format {
    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Age => "age",
            Format::Pdf => "pdf",
        }
    }
}

/// What opening found out about a file's printed pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrintedPages {
    /// As sealed: a PDF whose pages match the digest sealed with them, or an age file, whose
    /// encryption covers everything in it.
    Intact,
    /// A PDF whose printed pages were changed after sealing (the record inside is intact).
    Changed,
    /// A PDF sealed before InfoShare kept a digest of the pages (format 1).
    Unchecked,
}

/// What came out of a sealed file.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub format: Format,
    pub envelope: Envelope,
    /// The attachments with their bytes, checked against the envelope's digests.
    pub attachments: Vec<Attachment>,
    pub pages: PrintedPages,
}

#[cfg(feature = "seal")]
/// Seals the envelope and attachments as an age file with the given scrypt work factor; its
/// PDF is drawn with the built-in fonts and the script fonts at hand ([`fonts_needed`]).
pub fn seal_age(
    envelope: &Envelope,
    attachments: &[Attachment],
    passphrase: &str,
    work_factor: u8,
    fonts: &ScriptFonts,
) -> Result<Vec<u8>, SealError> {
    age_file::seal(envelope, attachments, age_file::Lock::Passphrase(passphrase, work_factor), fonts)
}

#[cfg(feature = "seal")]
/// Seals the envelope and attachments as an age file for teams' public keys (`age1…`): any
/// one of their key files opens it, and no passphrase is involved.
pub fn seal_age_for_teams(
    envelope: &Envelope,
    attachments: &[Attachment],
    keys: &[String],
    fonts: &ScriptFonts,
) -> Result<Vec<u8>, SealError> {
    age_file::seal(envelope, attachments, age_file::Lock::Keys(keys), fonts)
}

#[cfg(feature = "seal")]
/// Seals the envelope as a password-protected PDF (attachments travel only in age files),
/// drawn with the built-in fonts and the script fonts at hand ([`fonts_needed`]).
pub fn seal_pdf(envelope: &Envelope, passphrase: &str, fonts: &ScriptFonts) -> Result<Vec<u8>, SealError> {
    pdf::seal(envelope, Some(passphrase), fonts)
}

#[cfg(feature = "seal")]
/// Opens a sealed file of either format, or an age file holding a bare envelope or record
/// made with the `age` tool.
pub fn open(bytes: &[u8], passphrase: &str) -> Result<Opened, OpenError> {
    open_with(bytes, Key::Passphrase(passphrase))
}

#[cfg(feature = "seal")]
/// [`open`] with a passphrase or a team's key (which opens only age files sealed for it).
pub fn open_with(bytes: &[u8], key: Key) -> Result<Opened, OpenError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(OpenError::TooLarge { size: bytes.len(), limit: MAX_FILE_BYTES });
    }
    if age_file::is_age(bytes) {
        age_file::open(bytes, key)
    } else if pdf::is_pdf(bytes) {
        match key {
            Key::Passphrase(passphrase) => pdf::open(bytes, passphrase),
            Key::Team(_) => Err(OpenError::NeedsPassphrase),
        }
    } else {
        Err(OpenError::NotInfoShare)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_attachment_over_the_limit_is_refused_by_name_and_size() {
        const MB: u64 = 1024 * 1024;
        assert_eq!(
            refuse_attachment("interview.mp4", 62 * MB, 0).as_deref(),
            Some("interview.mp4 is 62.0 MB: the attachments must add up to 50 MB or less")
        );
        assert_eq!(
            refuse_attachment("notes.pdf", 3 * MB, 48 * MB).as_deref(),
            Some("notes.pdf is 3.0 MB, more than the 2.0 MB left: the attachments must add up to 50 MB or less")
        );
        assert_eq!(refuse_attachment("notes.pdf", 2 * MB, 48 * MB), None);
        assert_eq!(refuse_attachment("empty.txt", 0, 50 * MB), None);
    }
}
