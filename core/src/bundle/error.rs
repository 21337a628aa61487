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
    /// An age file sealed for teams' keys, given a passphrase.
    ForTeamKey,
    /// A file sealed with a passphrase (age or PDF), given a team's key.
    NeedsPassphrase,
    /// An age file sealed for keys, none of them this team's (or its key stanza changed).
    NotForThisKey,
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
            OpenError::ForTeamKey => {
                "This file was sealed for a team's key, not with a passphrase. Choose “With my team's key” and your team's key file".into()
            }
            OpenError::NeedsPassphrase => {
                "This file was sealed with a passphrase, not for a team's key. Choose “With a passphrase” and type the passphrase the sender phoned through".into()
            }
            OpenError::NotForThisKey => {
                "Your team's key does not open this file: it was sealed for another team. Ask the sender which team they sealed it for".into()
            }
        }
    }
}

/// Why a passphrase that did not open a file may have been mistyped: a space or a capital
/// letter at either end, which the passphrases InfoShare makes never have.
pub fn passphrase_hint(passphrase: &str) -> Option<&'static str> {
    let ends = [passphrase.chars().next(), passphrase.chars().next_back()];
    if ends.iter().flatten().any(|c| c.is_whitespace()) {
        Some("It starts or ends with a space. Passphrases InfoShare makes never do: try it without")
    } else if ends.iter().flatten().any(|c| c.is_uppercase()) {
        Some("It starts or ends with a capital letter. Passphrases InfoShare makes are all lower case: check whether Caps Lock is on or your device made the first letter a capital")
    } else {
        None
    }
}

impl OpenError {
    /// The message shown to the user who typed `passphrase`: for a passphrase that does not
    /// open the file, with a hint when it looks mistyped ([`passphrase_hint`]).
    pub fn message_for(&self, passphrase: &str) -> String {
        match (self, passphrase_hint(passphrase)) {
            (OpenError::WrongPassphrase, Some(hint)) => {
                format!("The passphrase does not open this file. {hint}. If it still does not open, check it with the sender by phone")
            }
            _ => self.message(),
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

/// Why a team's key file could not be unlocked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyError {
    /// Not an age file holding one team key behind a passphrase.
    NotAKeyFile,
    /// An identity file that is not protected by a passphrase: InfoShare does not take one.
    Unprotected,
    /// The passphrase does not open the key file.
    WrongPassphrase,
    /// The key file is cut short or was changed; the detail is for bug reports.
    Damaged(String),
}

impl KeyError {
    /// The message shown to the user.
    pub fn message(&self) -> String {
        match self {
            KeyError::NotAKeyFile => "This is not a team key file. Choose the .age key file your team made with “Set up a team key”".into(),
            KeyError::Unprotected => "This key file is not protected by a passphrase, so InfoShare does not take it. Protect it with the age tool (age -p -a -o team-key.age key.txt), then delete the unprotected file".into(),
            KeyError::WrongPassphrase => "The passphrase does not open this key file. Type the key file's own passphrase, which your team keeps, not a sealed file's".into(),
            KeyError::Damaged(_) => "This key file is damaged. Use your team's other copy of it".into(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passphrase_with_a_space_or_capital_at_either_end_gets_a_hint() {
        for typed in [
            " tidy ocean marble",
            "tidy ocean marble ",
            "tidy ocean marble\t",
            "Tidy ocean marble",
            "tidy ocean marblE",
        ] {
            let message = OpenError::WrongPassphrase.message_for(typed);
            assert!(
                message.starts_with("The passphrase does not open this file. It starts or ends with a "),
                "{typed:?}: {message}"
            );
            assert!(!message.contains(typed.trim()), "the message repeats the passphrase");
        }
        assert!(OpenError::WrongPassphrase.message_for(" Tidy").contains("a space"), "a space is the likelier slip");
    }

    #[test]
    fn other_passphrases_and_failures_get_the_plain_message() {
        assert_eq!(OpenError::WrongPassphrase.message_for("tidy Ocean marble"), OpenError::WrongPassphrase.message());
        assert_eq!(OpenError::NotInfoShare.message_for(" Tidy "), OpenError::NotInfoShare.message());
        assert_eq!(passphrase_hint(""), None);
    }
}
