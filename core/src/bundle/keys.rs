//! A team's key (feature `seal`): an age X25519 identity, made here and kept by the team in a
//! key file, the identity's text encrypted with a passphrase exactly as a sealed file is
//! (scrypt, work factor 18), armored so it survives being copied as text. The age tool reads
//! it as it is: `age -d -i team-key.age file.age` asks for the key file's passphrase.
//!
//! The identity's text is age-keygen's layout, so a team that uses the age tool can make its
//! own (`age-keygen -o key.txt`, then `age -p -a -o team-key.age key.txt`) and InfoShare
//! opens it. InfoShare never takes an unprotected identity file.
//!
//! The public half is `crate::team`'s; sealing for keys and opening with one is `age_file`'s.

use std::io::Write;

use age::secrecy::{ExposeSecret, SecretString};
use chrono::NaiveDateTime;

use super::age_file::{self, Key, Lock};
use super::{KeyError, OpenError, SealError};

/// The largest key file read: an identity file is well under 1 KB.
const MAX_KEY_FILE_BYTES: usize = 64 * 1024;

/// The start of an X25519 identity's text.
const SECRET_PREFIX: &str = "AGE-SECRET-KEY-1";

/// A team's secret key, unlocked. age keeps it in a type that is wiped when dropped.
pub struct TeamIdentity(age::x25519::Identity);

impl TeamIdentity {
    /// A new key, from the system's secure random source.
    pub fn generate() -> TeamIdentity {
        TeamIdentity(age::x25519::Identity::generate())
    }

    /// The public key to publish: `age1…`.
    pub fn public_key(&self) -> String {
        self.0.to_public().to_string()
    }

    pub(super) fn age(&self) -> &dyn age::Identity {
        &self.0
    }

    /// The secret key's text, `AGE-SECRET-KEY-1…`, to hand to the worker that opens a file.
    pub fn secret(&self) -> SecretString {
        self.0.to_string()
    }

    /// Reads the secret key's text, as [`TeamIdentity::secret`] gives it.
    pub fn from_secret(text: &str) -> Option<TeamIdentity> {
        text.trim().parse().ok().map(TeamIdentity)
    }

    /// The key file: the identity in age-keygen's layout, encrypted with `passphrase` at the
    /// scrypt `work_factor`, armored.
    pub fn key_file(&self, passphrase: &str, work_factor: u8, created: NaiveDateTime) -> Result<Vec<u8>, SealError> {
        let text = format!(
            "# InfoShare team key: keep this file where your team can reach it and its passphrase apart from it.\n# created: {}\n# public key: {}\n{}\n",
            crate::text::iso_moment(created),
            self.public_key(),
            self.secret().expose_secret()
        );
        let binary = age_file::encrypt(text.as_bytes(), Lock::Passphrase(passphrase, work_factor))?;
        let failed = |err: std::io::Error| SealError::Failed(format!("armor: {err}"));
        let mut writer =
            age::armor::ArmoredWriter::wrap_output(Vec::new(), age::armor::Format::AsciiArmor).map_err(failed)?;
        writer.write_all(&binary).map_err(failed)?;
        writer.finish().map_err(failed)
    }

    /// Unlocks a key file with its passphrase: one X25519 identity in age's identity file
    /// layout, encrypted with a passphrase (binary or armored).
    pub fn unlock(key_file: &[u8], passphrase: &str) -> Result<TeamIdentity, KeyError> {
        if key_file.len() > MAX_KEY_FILE_BYTES {
            return Err(KeyError::NotAKeyFile);
        }
        if !age_file::is_age(key_file) {
            let unprotected = String::from_utf8_lossy(key_file).to_ascii_uppercase().contains(SECRET_PREFIX);
            return Err(if unprotected { KeyError::Unprotected } else { KeyError::NotAKeyFile });
        }
        let text = age_file::decrypt(key_file, Key::Passphrase(passphrase)).map_err(|error| match error {
            OpenError::WrongPassphrase => KeyError::WrongPassphrase,
            OpenError::Damaged(detail) => KeyError::Damaged(detail),
            OpenError::WorkFactorTooHigh { found, .. } => KeyError::Damaged(format!("work factor {found}")),
            _ => KeyError::NotAKeyFile,
        })?;
        let text = String::from_utf8(text).map_err(|_| KeyError::NotAKeyFile)?;
        let mut keys = text.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#'));
        match (keys.next().and_then(TeamIdentity::from_secret), keys.next()) {
            (Some(identity), None) => Ok(identity),
            _ => Err(KeyError::NotAKeyFile),
        }
    }
}

#[cfg(test)]
mod tests;
