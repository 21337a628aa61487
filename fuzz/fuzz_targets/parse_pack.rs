//! Reading a pack: parsing pack TOML into the model and running every pack check over it
//! must give a result or an error, never panic.
//!
//! `pack::parse_toml` is what `Library::shipped` runs for each file (with its line and column
//! reporting); `check_library` then checks the pack against the shipped source registry, as
//! the library's own tests do.

#![no_main]

use std::sync::OnceLock;

use infoshare_core::library::Library;
use infoshare_core::pack::{check_library, parse_toml, Pack, SourceRegistry};
use libfuzzer_sys::fuzz_target;

fn sources() -> &'static SourceRegistry {
    static SOURCES: OnceLock<SourceRegistry> = OnceLock::new();
    SOURCES.get_or_init(|| Library::shipped().expect("the shipped packs parse").sources)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(pack) = parse_toml::<Pack>("fuzz.toml", text) {
        let _ = check_library(sources(), std::slice::from_ref(&pack));
    }
    // The registry file is parsed the same way.
    let _ = parse_toml::<SourceRegistry>("sources.toml", text);
});
