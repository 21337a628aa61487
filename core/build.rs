//! Turns the shipped TOML packs into JSON at build time, so the app's page reads them with
//! serde_json and carries no TOML parser (measured in ARCHITECTURE.md). A pack that is not
//! valid TOML fails the build with its file, line and column.

use std::path::Path;

/// The pack files, in the order the library lists their tools; `library.rs` includes the
/// JSON written for each.
const PACKS: &[&str] = &[
    "sources",
    "national",
    "lincolnshire",
    "llr",
    "thames-valley-encompass",
    "lancashire",
    "north-east-lincolnshire",
    "training",
];

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in PACKS {
        let source = format!("../packs/{name}.toml");
        println!("cargo:rerun-if-changed={source}");
        let text = std::fs::read_to_string(&source).unwrap_or_else(|err| panic!("{source}: {err}"));
        let value: toml::Value = toml::from_str(&text).unwrap_or_else(|err| panic!("{source}: {err}"));
        let json = serde_json::to_string(&value).expect("TOML values are JSON values");
        std::fs::write(Path::new(&out).join(format!("{name}.json")), json).expect("OUT_DIR is writable");
    }
}
