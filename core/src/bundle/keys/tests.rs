//! Team key files: made, unlocked, and refused with a reason when they are not one.

use super::*;
use crate::bundle::age_file::encrypt;

/// Low, for speed: the work factor only changes how long the key takes to derive.
const FAST: u8 = 2;
const PASSPHRASE: &str = "tactics unbend mushily parade hubcap smith";

fn created() -> NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 7).and_then(|day| day.and_hms_opt(9, 30, 0)).expect("a time")
}

fn key_file(identity: &TeamIdentity) -> Vec<u8> {
    identity.key_file(PASSPHRASE, FAST, created()).expect("a key file")
}

#[test]
fn a_key_file_unlocks_with_its_passphrase_to_the_same_key() {
    let identity = TeamIdentity::generate();
    let file = key_file(&identity);
    let text = String::from_utf8(file.clone()).expect("armored text");
    assert!(text.starts_with("-----BEGIN AGE ENCRYPTED FILE-----\n"), "{text}");
    assert!(!text.contains(&identity.public_key()) && !text.contains("AGE-SECRET-KEY"), "nothing in clear");
    let unlocked = TeamIdentity::unlock(&file, PASSPHRASE).expect("unlocks");
    assert_eq!(unlocked.public_key(), identity.public_key());
    assert!(identity.public_key().starts_with("age1") && identity.public_key().len() == 62);
    assert_ne!(TeamIdentity::generate().public_key(), identity.public_key(), "each key is new");

    let inside = age_file::decrypt(&file, Key::Passphrase(PASSPHRASE)).expect("decrypts");
    let inside = String::from_utf8(inside).expect("text");
    assert!(inside.contains("# created: 2026-12-07T09:30:00\n"), "{inside}");
    assert!(inside.contains(&format!("# public key: {}\n", identity.public_key())), "age-keygen's layout: {inside}");
}

#[test]
fn a_wrong_passphrase_or_a_damaged_key_file_is_told_apart() {
    let file = key_file(&TeamIdentity::generate());
    assert_eq!(
        TeamIdentity::unlock(&file, "tactics unbend mushily parade hubcap").err(),
        Some(KeyError::WrongPassphrase)
    );
    assert_eq!(TeamIdentity::unlock(&file, "").err(), Some(KeyError::WrongPassphrase));
    let cut = &file[..file.len() - 40];
    assert!(matches!(TeamIdentity::unlock(cut, PASSPHRASE), Err(KeyError::Damaged(_))), "cut short");
    let binary = age_file::encrypt(b"AGE-SECRET-KEY-1", Lock::Passphrase(PASSPHRASE, FAST)).expect("sealed");
    let mut changed = binary.clone();
    let last = changed.len() - 1;
    changed[last] ^= 1;
    assert!(matches!(TeamIdentity::unlock(&changed, PASSPHRASE), Err(KeyError::Damaged(_))), "changed");
}

#[test]
fn what_is_not_a_protected_key_file_is_refused_with_its_reason() {
    let identity = TeamIdentity::generate();
    let secret = identity.secret().expose_secret().to_owned();
    let plain = format!("# created: 2026-12-07T09:30:00\n# public key: {}\n{secret}\n", identity.public_key());
    assert_eq!(TeamIdentity::unlock(plain.as_bytes(), PASSPHRASE).err(), Some(KeyError::Unprotected));
    assert_eq!(TeamIdentity::unlock(secret.to_lowercase().as_bytes(), "").err(), Some(KeyError::Unprotected));
    for bytes in [&b""[..], b"%PDF-2.0", b"hello", &[0xff; 100]] {
        assert_eq!(TeamIdentity::unlock(bytes, PASSPHRASE).err(), Some(KeyError::NotAKeyFile), "{bytes:?}");
    }
    let two = format!("{secret}\n{}\n", TeamIdentity::generate().secret().expose_secret());
    let not_one_key = [
        encrypt(two.as_bytes(), Lock::Passphrase(PASSPHRASE, FAST)),
        encrypt(b"# nothing but a comment\n", Lock::Passphrase(PASSPHRASE, FAST)),
        encrypt(b"PK\x03\x04 a sealed file's zip", Lock::Passphrase(PASSPHRASE, FAST)),
        encrypt(&[0xff, 0xfe], Lock::Passphrase(PASSPHRASE, FAST)),
        encrypt(plain.as_bytes(), Lock::Keys(&[identity.public_key()])),
    ];
    for file in not_one_key {
        assert_eq!(TeamIdentity::unlock(&file.expect("sealed"), PASSPHRASE).err(), Some(KeyError::NotAKeyFile));
    }
    let mut huge = key_file(&identity);
    huge.resize(MAX_KEY_FILE_BYTES + 1, b'\n');
    assert_eq!(TeamIdentity::unlock(&huge, PASSPHRASE).err(), Some(KeyError::NotAKeyFile));
}

#[test]
fn the_secret_text_reads_back_as_the_same_key_and_nothing_else_does() {
    let identity = TeamIdentity::generate();
    let again = TeamIdentity::from_secret(identity.secret().expose_secret()).expect("reads back");
    assert_eq!(again.public_key(), identity.public_key());
    assert!(TeamIdentity::from_secret(&identity.public_key()).is_none());
    assert!(TeamIdentity::from_secret("AGE-SECRET-KEY-1").is_none());
}

#[test]
fn the_public_key_is_one_the_packs_accept() {
    let key = TeamIdentity::generate().public_key();
    assert!(crate::team::PublicKey::parse(&key).is_ok(), "{key}");
}
