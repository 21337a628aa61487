//! Teams' keys: a receiving team's age X25519 public key (`age1…`) as an agreement pack
//! publishes it (`[[team]]`), so a file can be sealed for the team with no passphrase to
//! phone through, and only that team's key file opens it.
//!
//! - [`Team`] is the pack's entry: who the team is, the secure address its files go to, its
//!   public key and the date the key was published.
//! - [`PublicKey::parse`] reads a key as the pack checks and the bad-input table see it, with
//!   a [`KeyProblem`] for each way it can be wrong (a secret key pasted by mistake is never
//!   repeated back).
//! - [`PublicKey::fingerprint`] is the key's first 77 bits as six words of the EFF list, to
//!   read aloud: a sender checks by phone that the key in their pack is the team's own. No
//!   hash is needed: an X25519 public key is already uniformly distributed, so a lookalike
//!   key takes about 2^77 key pairs to find, whatever the encoding.
//! - The [`Library`] finds a team by id, by the address a form is routed to, or by its key.
//!   Where two packs list the same team (a pack loaded for the visit replacing a key), the
//!   key published last is used.
//!
//! The secret half, the key file and sealing to keys are in `bundle::keys` (feature `seal`).

use bech32::primitives::decode::{CheckedHrpstring, CheckedHrpstringError};
use bech32::Bech32;
use serde::{Deserialize, Serialize};

use crate::bundle::Envelope;
use crate::library::Library;
use crate::passphrase::{Wordlist, WORDS};

/// How many words a key's fingerprint has.
pub const FINGERPRINT_WORDS: usize = 6;

/// A team that receives sealed files, as a pack lists it (`[[team]]`, schema 4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Team {
    /// Unique within the pack; the same id in another pack is the same team.
    pub id: String,
    /// The team as senders know it: "PADO team, Lincolnshire Police".
    pub name: String,
    /// The secure email address the team's files go to: a form routed there is sealed for
    /// the team. A team that only sends (and receives replies) may have none.
    #[serde(default)]
    pub address: Option<String>,
    /// The team's public key, `age1…`, as "Set up a team key" showed it.
    pub key: String,
    /// The ISO date the team published this key.
    pub published: String,
}

/// A team named in a sealed file: the id its pack gives and the name senders know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamRef {
    pub id: String,
    pub name: String,
}

impl From<&Team> for TeamRef {
    fn from(team: &Team) -> TeamRef {
        TeamRef { id: team.id.clone(), name: team.name.clone() }
    }
}

/// An age X25519 public key: the 32 bytes `age1…` encodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicKey([u8; 32]);

/// Why a text is not an age public key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyProblem {
    Empty,
    /// An `AGE-SECRET-KEY-1…`: the half that must never leave the team.
    Secret,
    /// Not `age1` followed by bech32 letters and digits.
    NotAgeKey,
    /// Its check characters do not match: a character changed, added or left out.
    Mistyped,
    /// Well formed but not 32 bytes long.
    WrongLength,
}

/// How long an age public key is: `age1`, 52 characters of key and 6 of checksum.
const KEY_CHARS: usize = 62;

/// The longest part of a wrong key a message repeats.
const SHOWN_CHARS: usize = 24;

impl KeyProblem {
    /// The pack checks' message about `key` (a secret key is never repeated).
    pub fn message(self, key: &str) -> String {
        let mut shown: String = key.trim().chars().take(SHOWN_CHARS).collect();
        if key.trim().chars().count() > SHOWN_CHARS {
            shown.push('…');
        }
        match self {
            KeyProblem::Empty => "key is empty".to_owned(),
            KeyProblem::Secret => "key is a secret key (AGE-SECRET-KEY-…): publish only the public key, which starts age1, and set up a new team key, since this one is no longer secret".to_owned(),
            KeyProblem::NotAgeKey => format!("key '{shown}' is not an age public key: it starts age1 and has 62 letters and digits"),
            KeyProblem::Mistyped => format!("key '{shown}' has a mistake in it (its check characters do not match): copy it again from the team"),
            KeyProblem::WrongLength => format!("key '{shown}' is not the length of an age public key (62 characters)"),
        }
    }
}

impl PublicKey {
    /// Reads `age1…` (surrounding spaces ignored).
    pub fn parse(text: &str) -> Result<PublicKey, KeyProblem> {
        let text = text.trim();
        if text.is_empty() {
            return Err(KeyProblem::Empty);
        }
        if text.to_ascii_uppercase().starts_with("AGE-SECRET-KEY-") {
            return Err(KeyProblem::Secret);
        }
        // Near a key's length, with the prefix, a failed checksum is a slip in copying.
        let near_a_key = text.len() > KEY_CHARS - 8 && text.to_ascii_lowercase().starts_with("age1");
        let checked = CheckedHrpstring::new::<Bech32>(text).map_err(|error| match error {
            CheckedHrpstringError::Checksum(_) if near_a_key => KeyProblem::Mistyped,
            _ => KeyProblem::NotAgeKey,
        })?;
        if checked.hrp() != bech32::Hrp::parse_unchecked("age") {
            return Err(KeyProblem::NotAgeKey);
        }
        let bytes: Vec<u8> = checked.byte_iter().collect();
        bytes.try_into().map(PublicKey).map_err(|_| KeyProblem::WrongLength)
    }

    /// The key's fingerprint: its first bits as [`FINGERPRINT_WORDS`] words of the list,
    /// each word a base-7,776 digit of the key's first ten bytes.
    pub fn fingerprint(&self, list: &Wordlist) -> Vec<String> {
        let mut prefix = [0; 16];
        prefix[6..].copy_from_slice(&self.0[..10]);
        let mut number = u128::from_be_bytes(prefix);
        let mut words = Vec::with_capacity(FINGERPRINT_WORDS);
        for _ in 0..FINGERPRINT_WORDS {
            // A digit below 7,776 always fits and always names a word.
            let digit = usize::try_from(number % WORDS as u128).unwrap_or_default();
            words.push(list.word(digit).unwrap_or_default().to_owned());
            number /= WORDS as u128;
        }
        words
    }
}

/// The fingerprint of a key as written, or `None` if it is not a key.
pub fn fingerprint(key: &str, list: &Wordlist) -> Option<Vec<String>> {
    PublicKey::parse(key).ok().map(|key| key.fingerprint(list))
}

impl Library {
    /// Every team the packs list, in library order.
    pub fn teams(&self) -> impl Iterator<Item = &Team> {
        self.packs.iter().flat_map(|pack| &pack.teams)
    }

    /// Of the teams that match, the one whose key was published last (the later in library
    /// order on the same day): a pack loaded for the visit can replace a team's key.
    fn newest(&self, matches: impl Fn(&Team) -> bool) -> Option<&Team> {
        self.teams().filter(|team| matches(team)).fold(None, |newest: Option<&Team>, team| match newest {
            Some(newest) if newest.published > team.published => Some(newest),
            _ => Some(team),
        })
    }

    /// The team with this id.
    pub fn team(&self, id: &str) -> Option<&Team> {
        self.newest(|team| team.id == id)
    }

    /// The team whose files go to this address (letter case and spaces ignored).
    pub fn team_at(&self, address: &str) -> Option<&Team> {
        let address = address.trim();
        self.newest(|team| team.address.as_deref().is_some_and(|own| own.trim().eq_ignore_ascii_case(address)))
    }

    /// The team that published this key, if a pack lists it.
    pub fn team_with_key(&self, key: &str) -> Option<&Team> {
        let key = PublicKey::parse(key).ok()?;
        self.newest(|team| PublicKey::parse(&team.key) == Ok(key))
    }

    /// The team a sealed file is for: the team at the address its form is routed to.
    pub fn routed_team(&self, envelope: &Envelope) -> Option<&Team> {
        self.team_at(crate::sending::recipient(envelope)?)
    }

    /// Every team once, with its newest key, in library order.
    pub fn distinct_teams(&self) -> Vec<&Team> {
        let mut teams: Vec<&Team> = Vec::new();
        for team in self.teams() {
            if !teams.iter().any(|listed| listed.id == team.id) {
                teams.extend(self.team(&team.id));
            }
        }
        teams
    }
}

#[cfg(test)]
mod tests;
