//! Handling information by its protective marking: the Government Security Classifications
//! levels with their meanings, and each agreement's rules for a way of moving or keeping
//! information at a level, as pack data. Where two agreements say different things, both
//! are shown, each with its source.

use serde::{Deserialize, Serialize};

use crate::pack::{Citation, Pack};

/// A Government Security Classifications level (OFFICIAL-SENSITIVE is a handling caveat
/// within OFFICIAL, listed as its own level because the agreements treat it so).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Marking {
    Official,
    OfficialSensitive,
    Secret,
    TopSecret,
}

impl Marking {
    pub const ALL: [Marking; 4] = [Marking::Official, Marking::OfficialSensitive, Marking::Secret, Marking::TopSecret];

    /// The marking as written on a document.
    pub fn label(self) -> &'static str {
        match self {
            Marking::Official => "OFFICIAL",
            Marking::OfficialSensitive => "OFFICIAL-SENSITIVE",
            Marking::Secret => "SECRET",
            Marking::TopSecret => "TOP SECRET",
        }
    }

    /// The id used in packs and page addresses.
    pub fn slug(self) -> &'static str {
        match self {
            Marking::Official => "official",
            Marking::OfficialSensitive => "official-sensitive",
            Marking::Secret => "secret",
            Marking::TopSecret => "top-secret",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Marking> {
        Marking::ALL.into_iter().find(|marking| marking.slug() == slug)
    }
}

/// A way of moving, keeping or getting rid of information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    SecureEmail,
    OrdinaryEmail,
    PostOrCourier,
    ByHand,
    RemovableMedia,
    Telephone,
    Fax,
    Storage,
    Disposal,
    MeetingPapers,
}

impl Method {
    pub const ALL: [Method; 10] = [
        Method::SecureEmail,
        Method::OrdinaryEmail,
        Method::PostOrCourier,
        Method::ByHand,
        Method::RemovableMedia,
        Method::Telephone,
        Method::Fax,
        Method::Storage,
        Method::Disposal,
        Method::MeetingPapers,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Method::SecureEmail => "Secure (encrypted) email",
            Method::OrdinaryEmail => "Ordinary email",
            Method::PostOrCourier => "Post or courier",
            Method::ByHand => "By hand",
            Method::RemovableMedia => "Laptops, USB sticks and other removable media",
            Method::Telephone => "Telephone",
            Method::Fax => "Fax",
            Method::Storage => "Storage",
            Method::Disposal => "Disposal and destruction",
            Method::MeetingPapers => "Meeting agendas and minutes",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Method::SecureEmail => "secure-email",
            Method::OrdinaryEmail => "ordinary-email",
            Method::PostOrCourier => "post-or-courier",
            Method::ByHand => "by-hand",
            Method::RemovableMedia => "removable-media",
            Method::Telephone => "telephone",
            Method::Fax => "fax",
            Method::Storage => "storage",
            Method::Disposal => "disposal",
            Method::MeetingPapers => "meeting-papers",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|method| method.slug() == slug)
    }
}

/// What a level means, as an agreement defines it (`[[classification]]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Classification {
    pub marking: Marking,
    pub meaning: String,
    pub cite: Vec<Citation>,
}

/// One agreement's rule for a method at some levels (`[[handling]]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HandlingRule {
    pub method: Method,
    pub markings: Vec<Marking>,
    /// What to do, one sentence or a few.
    pub rule: String,
    pub cite: Vec<Citation>,
}

/// Every pack's rules for `method` at `marking`, with the pack each comes from, in pack order.
pub fn rules_for(packs: &[Pack], marking: Marking, method: Method) -> Vec<(&Pack, &HandlingRule)> {
    packs
        .iter()
        .flat_map(|pack| pack.handling.iter().map(move |rule| (pack, rule)))
        .filter(|(_, rule)| rule.method == method && rule.markings.contains(&marking))
        .collect()
}

/// The first pack's meaning for `marking`, with that pack.
pub fn meaning(packs: &[Pack], marking: Marking) -> Option<(&Pack, &Classification)> {
    packs
        .iter()
        .flat_map(|pack| pack.classifications.iter().map(move |level| (pack, level)))
        .find(|(_, level)| level.marking == marking)
}

#[cfg(test)]
mod tests;
