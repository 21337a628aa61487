//! What can go wrong when sealing or opening a file, each with a message a practitioner
//! understands and can act on. Nothing here ever repeats the passphrase.

use std::fmt;

/// Why a file could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenError {
    /// The passphrase does not open this file.
    WrongPassphrase,
    /// Not a file InfoShare made (or an age file holding something else).
    NotInfoShare,
    /// The file is cut short or was changed after it was sealed. The detail is for logs and
    /// bug reports; it never holds the passphrase or any content.
    Damaged(String),
    /// The file is larger than InfoShare opens.
    TooLarge { size: usize, limit: usize },
    /// Made by a newer InfoShare.
    UnsupportedVersion { found: u64, supported: u32 },
    /// An age file whose key derivation is set harder than InfoShare allows (a denial of
    /// service guard: each step up doubles the time and memory).
    WorkFactorTooHigh { found: u8, limit: u8 },
    /// An InfoShare JSON document that cannot be read (a bad record inside a good envelope).
    Unreadable(String),
}

impl OpenError {
    /// The message shown to the user.
    pub fn message(&self) -> String {
        match self {
            OpenError::WrongPassphrase => {
                "The passphrase does not open this file. Check it with the sender by phone and type it again".into()
            }
            OpenError::NotInfoShare => {
                "This is not a sealed InfoShare file. Choose the .age or .pdf file you were sent".into()
            }
            OpenError::Damaged(_) => {
                "This file is damaged or was changed after it was sealed. Ask the sender to seal and send it again".into()
            }
            OpenError::TooLarge { limit, .. } => {
                format!("The file must be smaller than {} MB", limit / (1024 * 1024))
            }
            OpenError::UnsupportedVersion { found, supported } => format!(
                "This file was made by a newer version of InfoShare (format {found}; this one reads up to {supported}). Open it with the newest InfoShare"
            ),
            OpenError::WorkFactorTooHigh { .. } => {
                "This file's encryption settings are stronger than InfoShare opens. Open it with the age tool, or ask the sender to seal it in InfoShare".into()
            }
            OpenError::Unreadable(_) => {
                "The file opened, but the record inside cannot be read. Ask the sender to seal it again with InfoShare".into()
            }
        }
    }
}

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpenError::Damaged(detail) | OpenError::Unreadable(detail) => {
                write!(f, "{} ({detail})", self.message())
            }
            _ => f.write_str(&self.message()),
        }
    }
}

/// Why a file could not be sealed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SealError {
    /// An empty passphrase.
    NoPassphrase,
    /// The attachments add up to more than the limit.
    TooLarge { size: usize, limit: usize },
    /// The passphrase has characters a PDF password cannot hold (PDF 2.0 prepares passwords
    /// with SASLprep, which refuses emoji, tabs and control characters).
    NotForPdf,
    /// A library failed; the detail is for bug reports.
    Failed(String),
}

impl SealError {
    /// The message shown to the user.
    pub fn message(&self) -> String {
        match self {
            SealError::NoPassphrase => "Enter a passphrase".into(),
            SealError::TooLarge { limit, .. } => {
                format!("The attachments must add up to {} MB or less", limit / (1024 * 1024))
            }
            SealError::NotForPdf => "A PDF password cannot hold some characters in this passphrase, such as emoji. Use letters, numbers and punctuation, or seal it as an age file".into(),
            SealError::Failed(_) => "The file could not be sealed. Try again; if it fails again, report it".into(),
        }
    }
}

impl fmt::Display for SealError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SealError::Failed(detail) => write!(f, "{} ({detail})", self.message()),
            _ => f.write_str(&self.message()),
        }
    }
}
