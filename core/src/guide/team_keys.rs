//! The reading page "Keeping your team's key": how a team that receives sealed files keeps
//! its key file and passphrase, replaces them when someone leaves, and what losing them
//! means; what a team key proves and what it does not; then every team whose key the packs
//! publish, with the date it was published.

use super::{link, row, sources, Guide};
use crate::library::Library;
use crate::pack::Citation;
use crate::rendering::Block;
use crate::route::Route;
use crate::text::long_date;

/// The sections, each a heading and its paragraphs.
const SECTIONS: &[(&str, &[&str])] = &[
    ("What a team key is", &[
        "A team key lets senders seal a file that only your team can open, with no passphrase to phone through. It has two halves. The public key (it starts age1) is published in your agreement pack, and anyone may see it: senders seal for it. The secret half is in your team's key file, protected by the key file's own passphrase: only someone with both opens a file sealed for your team.",
    ]),
    ("Where to keep the key file", &[
        "Keep the key file in one place the whole team can reach and nobody else can: a folder of your team's secure shared drive, not someone's Downloads folder, desktop or email. Keep a second copy apart from the first, for example on an encrypted memory stick in the team's locked cabinet.",
        "The key file is useless without its passphrase, but handle it as OFFICIAL-SENSITIVE: never email it, and never put it in the same place as the passphrase.",
    ]),
    ("Who holds the passphrase", &[
        "Give the key file's passphrase to the few people in the team who open sealed files, such as the team manager and the duty officers, and keep it where they can reach it and others cannot: your organisation's password manager, or a sealed envelope in the team's safe. Never write it on or next to the key file.",
    ]),
    ("When someone leaves, or a copy goes astray", &[
        "If someone who knew the passphrase leaves the team, or a copy of the key file turns up where it should not be, set up a new team key and ask your safeguarding lead to publish its public key in the pack with the date you published it. Tell the teams that send you files. The newest key published for a team is the one InfoShare seals for.",
        "Keep the old key file until every file sealed for it has been opened and recorded, then delete every copy of it.",
    ]),
    ("If the key file or its passphrase is lost", &[
        "Nobody can open a file sealed for a lost key: not InfoShare, not its makers, not the sender. Set up a new team key, publish it, and ask each sender to seal their file again, for the new key or with a passphrase they phone through.",
    ]),
    ("What a team key proves, and what it does not", &[
        "A file sealed for your team opens only with your team's key, and any change to it after sealing is detected. It does not prove who sealed it: anyone who has your public key can seal a file for you. Know the sender from the record and the email it came with, as you would for a file sealed with a passphrase.",
        "When a sender seals for your team for the first time, they may phone to check your key: read them the six fingerprint words InfoShare showed when you set it up (they are also shown when the key file is unlocked).",
    ]),
    ("Your agreement", &[
        "The agreements say a sealed file's password goes by other means, such as the telephone. A team key replaces that password with your team's key file and its passphrase, which never travel. Agree with the partners you share with that you will use team keys before you publish one.",
    ]),
];

/// Where the agreements say how an encrypted file's password travels.
fn cited() -> Vec<Citation> {
    let cite = |source: &str, at: &str| Citation { source: source.to_owned(), at: at.to_owned() };
    vec![cite("seed-000", "§4.2"), cite("seed-000", "§4.10"), cite("seed-002", "§4.4")]
}

/// The page: the guidance, then each team with a published key.
pub(super) fn team_keys(library: &Library) -> Guide {
    let mut blocks = Vec::new();
    for (heading, paragraphs) in SECTIONS {
        blocks.push(Block::Heading((*heading).to_owned()));
        blocks.extend(paragraphs.iter().map(|text| Block::Paragraph((*text).to_owned())));
    }
    blocks.push(sources(library, &cited()));
    blocks.push(Block::Heading("Teams whose keys are published".to_owned()));
    let teams = library.distinct_teams();
    for team in &teams {
        let to = team.address.as_deref().map(|address| format!(", files to {address}")).unwrap_or_default();
        blocks.push(row(team.name.clone(), format!("{}\npublished {}{to}", team.key, long_date(&team.published))));
    }
    if teams.is_empty() {
        blocks.push(Block::Paragraph("The agreement packs in use publish no team keys. A safeguarding lead can publish them in a pack loaded for the visit.".to_owned()));
    }
    Guide {
        lead: "For a team that receives sealed files: how to keep your team key, and what to do when someone leaves or it is lost.".to_owned(),
        notice: None,
        blocks,
        links_heading: "Team keys".to_owned(),
        links: vec![
            link(Route::TeamKey, "Set up a team key", None),
            link(Route::Open, "Open a sealed file", None),
            link(Route::Packs, "Load your own agreement pack", Some("To publish teams' keys for the visit".to_owned())),
        ],
    }
}
