//! Reading teams' keys, their fingerprints, and finding a team in the packs.

use super::*;
use crate::bundle::Payload;
use crate::pack::{Pack, PackInfo};

/// Keys made with `age-keygen`; their fingerprints worked out by hand (bech32 decoded, the
/// first ten bytes as base-7,776 digits, least significant first).
const PADO: &str = "age1rh6pkh054a445n72zhvc4ncnljpkeme2lvhqkce2cstxz38qjuuqglfck9";
const SCHOOL: &str = "age150xzm62pa3chydv2ey40z72w90mhy6c386zjxe7769mftrptm39qkh52s5";

fn wordlist() -> Wordlist {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/eff_large_wordlist.txt"));
    Wordlist::parse(&text.expect("the word list")).expect("the EFF list")
}

fn team(id: &str, address: Option<&str>, key: &str, published: &str) -> Team {
    Team {
        id: id.into(),
        name: format!("The {id} team"),
        address: address.map(Into::into),
        key: key.into(),
        published: published.into(),
    }
}

fn pack(id: &str, teams: Vec<Team>) -> Pack {
    let info = PackInfo {
        id: id.into(),
        title: id.into(),
        version: "1.0.0".into(),
        schema: 4,
        law_as_at: "2026-11-01".into(),
        summary: "Teams.".into(),
        sources: vec!["seed-000".into()],
    };
    let json = serde_json::json!({ "pack": info });
    let mut pack: Pack = serde_json::from_value(json).expect("a pack");
    pack.teams = teams;
    pack
}

fn library(packs: Vec<Pack>) -> Library {
    let mut library = Library::shipped().expect("the shipped packs");
    library.packs.extend(packs);
    library
}

#[test]
fn age_public_keys_are_read_and_everything_else_says_what_is_wrong() {
    assert!(PublicKey::parse(PADO).is_ok());
    assert_eq!(PublicKey::parse(&format!("  {PADO}\n")), PublicKey::parse(PADO), "spaces around are ignored");
    assert_eq!(PublicKey::parse(&PADO.to_uppercase()), PublicKey::parse(PADO), "bech32 may be all capitals");
    assert_ne!(PublicKey::parse(PADO), PublicKey::parse(SCHOOL));
    let problems = [
        ("", KeyProblem::Empty),
        ("   ", KeyProblem::Empty),
        ("AGE-SECRET-KEY-1FZ3FZ3U09Z4HDQ55VXV6DCAFCM6CT8MW9Q6XLE70E6FUUSVKAPUSCSXUVT", KeyProblem::Secret),
        ("age-secret-key-1fz3", KeyProblem::Secret),
        ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl", KeyProblem::NotAgeKey),
        ("age1", KeyProblem::NotAgeKey),
        ("agf1rh6pkh054a445n72zhvc4ncnljpkeme2lvhqkce2cstxz38qjuuqglfck9", KeyProblem::NotAgeKey),
        // One character changed, one left out: the checksum catches both.
        ("age1rh6pkh054a445n72zhvc4ncnljpkeme2lvhqkce2cstxz38qjuuqglfck8", KeyProblem::Mistyped),
        ("age1rh6pkh054a445n72zhvc4ncnljpkeme2lvhqkce2cstxz38qjuuqglck9", KeyProblem::Mistyped),
        // 'b' is not a bech32 letter; a mixed-case key is not bech32.
        ("age1bh6pkh054a445n72zhvc4ncnljpkeme2lvhqkce2cstxz38qjuuqglfck9", KeyProblem::NotAgeKey),
        ("Age1rh6pkh054a445n72zhvc4ncnljpkeme2lvhqkce2cstxz38qjuuqglfck9", KeyProblem::NotAgeKey),
        // Valid bech32 under the age prefix, of 31 and 33 bytes.
        ("age1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5z5tpwxqergd3c8g7ru28p0lr", KeyProblem::WrongLength),
        ("age1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5z5tpwxqergd3c8g7ruszzxrc4t3", KeyProblem::WrongLength),
    ];
    for (text, problem) in problems {
        assert_eq!(PublicKey::parse(text), Err(problem), "{text:?}");
    }
}

#[test]
fn a_secret_key_is_never_repeated_and_a_long_key_is_cut() {
    let secret = "AGE-SECRET-KEY-1FZ3FZ3U09Z4HDQ55VXV6DCAFCM6CT8MW9Q6XLE70E6FUUSVKAPUSCSXUVT";
    let message = KeyProblem::Secret.message(secret);
    assert!(!message.contains("FZ3FZ3"), "{message}");
    assert!(message.starts_with("key is a secret key"), "{message}");
    let message = KeyProblem::Mistyped.message(&format!("{PADO}x"));
    assert_eq!(
        message,
        "key 'age1rh6pkh054a445n72zhvc…' has a mistake in it (its check characters do not match): copy it again from the team"
    );
    assert_eq!(KeyProblem::Empty.message(""), "key is empty");
}

#[test]
fn fingerprints_are_six_words_from_the_key_itself() {
    let list = wordlist();
    assert_eq!(
        fingerprint(PADO, &list),
        Some(["freezing", "litigator", "radish", "karaoke", "gratitude", "puritan"].map(String::from).to_vec())
    );
    assert_eq!(
        fingerprint(SCHOOL, &list),
        Some(["mama", "feast", "acronym", "army", "fiddle", "marvelous"].map(String::from).to_vec())
    );
    assert_eq!(fingerprint(&PADO.to_uppercase(), &list), fingerprint(PADO, &list));
    assert_eq!(fingerprint("age1", &list), None);
}

#[test]
fn a_team_is_found_by_id_address_and_key_and_the_latest_key_wins() {
    let old = team("pado", Some("disclosurehq@lincs.police.uk"), PADO, "2026-01-05");
    let school = team("school", None, SCHOOL, "2026-02-01");
    let library = library(vec![pack("keys", vec![old.clone(), school.clone()])]);
    assert_eq!(library.team("pado"), Some(&old));
    assert_eq!(library.team_at(" DisclosureHQ@lincs.police.uk "), Some(&old));
    assert_eq!(library.team_at("someone@lincs.police.uk"), None);
    assert_eq!(library.team_with_key(&PADO.to_uppercase()), Some(&old));
    assert_eq!(library.team_with_key("age1"), None);
    assert_eq!(library.distinct_teams(), vec![&old, &school]);

    // A pack loaded for the visit replaces the key with one published later...
    let new = team("pado", Some("disclosurehq@lincs.police.uk"), SCHOOL, "2026-12-07");
    let mut replaced = library.clone();
    replaced.add_pack(pack("visit", vec![new.clone()]));
    assert_eq!(replaced.team("pado"), Some(&new));
    assert_eq!(replaced.team_at("disclosurehq@lincs.police.uk"), Some(&new));
    assert_eq!(replaced.distinct_teams(), vec![&new, &school], "each team once, with its newest key");
    // ...but not with an older one.
    let mut stale = library.clone();
    stale.add_pack(pack("visit", vec![team("pado", None, SCHOOL, "2025-12-31")]));
    assert_eq!(stale.team("pado"), Some(&old));
}

/// A form record routed to `address` (or to nowhere), as a sealed file's payload.
fn routed_to(address: Option<&str>) -> crate::bundle::Envelope {
    let json = serde_json::json!({
        "format": crate::form::FORMAT, "version": crate::form::VERSION, "reference": "ISR-7K3Q",
        "created": "2026-03-02T10:15:00",
        "form": { "pack": "lincolnshire", "pack_version": "1.0.0", "law_as_at": "2026-11-01",
                  "id": "police-disclosure-request", "title": "Request for police disclosure" },
        "answers": {}, "summary": [], "warnings": [],
        "routing": [{ "route": "non-urgent", "title": "Send it", "address": address, "steps": [], "cite": [] }],
    });
    let record: crate::form::FormRecord = serde_json::from_value(json).expect("a form record");
    crate::bundle::Envelope::new(Payload::Form(record), chrono::NaiveDateTime::default())
}

#[test]
fn a_sealed_file_is_for_the_team_at_its_routed_address() {
    let pado = team("pado", Some("disclosurehq@lincs.police.uk"), PADO, "2026-01-05");
    let library = library(vec![pack("keys", vec![pado.clone()])]);
    assert_eq!(library.routed_team(&routed_to(Some("disclosurehq@lincs.police.uk"))), Some(&pado));
    assert_eq!(library.routed_team(&routed_to(Some("lpsh@lincs.police.uk"))), None);
    assert_eq!(library.routed_team(&routed_to(None)), None);
}
