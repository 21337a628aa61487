//! Opening a sealed file: `bundle::open` must refuse any bytes with an error, never panic,
//! hang or run out of memory.
//!
//! The opener accepts age files up to scrypt work factor 20 (1 GiB, seconds per key). A fuzzer
//! that reaches key derivation at such factors spends all its time in scrypt, so inputs whose
//! header asks for more than [`FUZZ_MAX_WORK_FACTOR`] (but not more than the opener's cap,
//! which it refuses cheaply) are skipped here. The key derivation itself is age's, tested by
//! age; the parsing before and after it is what is fuzzed.

#![no_main]

use std::io::Read;

use infoshare_core::bundle;
use libfuzzer_sys::fuzz_target;

/// The passphrase the seed corpus is sealed with (see `core/tests/fuzz_corpus.rs`).
const PASSPHRASE: &str = "fuzz passphrase";
/// The highest scrypt work factor run here (2^6 × 1 KiB = 64 KiB, well under a millisecond).
const FUZZ_MAX_WORK_FACTOR: u64 = 6;

fuzz_target!(|data: &[u8]| {
    if asks_for_slow_scrypt(data) {
        return;
    }
    let _ = bundle::open(data, PASSPHRASE);
});

/// Whether the (possibly armored) age header names an scrypt work factor the opener would
/// run and that is too slow to fuzz. Over-approximates: any number after "scrypt" counts.
fn asks_for_slow_scrypt(data: &[u8]) -> bool {
    let trimmed = data.trim_ascii_start();
    if !trimmed.starts_with(b"age-encryption.org/") && !trimmed.starts_with(b"-----BEGIN AGE") {
        return false;
    }
    let mut header = Vec::new();
    // On an armor error the bytes decoded so far are kept, which is enough to look at.
    let _ = age::armor::ArmoredReader::new(trimmed).take(64 * 1024).read_to_end(&mut header);
    header.extend_from_slice(data);
    header.split(|&byte| byte == b'\n').filter(|line| line.windows(6).any(|w| w == b"scrypt")).any(|line| {
        line.split(|byte| byte.is_ascii_whitespace()).any(|word| {
            let digits = std::str::from_utf8(word).ok().map(|w| w.trim_start_matches(['+', '0']));
            digits
                .and_then(|d| d.parse::<u64>().ok())
                .is_some_and(|factor| factor > FUZZ_MAX_WORK_FACTOR && factor <= u64::from(bundle::MAX_WORK_FACTOR))
        })
    })
}
