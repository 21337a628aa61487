//! Turns the shipped TOML packs into JSON at build time, so the app's page reads them with
//! serde_json and carries no TOML parser (measured in ARCHITECTURE.md). A pack that is not
//! valid TOML fails the build with its file, line and column. Writes, into `OUT_DIR`:
//!
//! - `<name>.json` for each pack file, which `Library::shipped` embeds (the sealing worker and
//!   the native tests);
//! - `INFOSHARE_PACKS_FILE`, the name of the file the page fetches when a page first needs
//!   the agreements' content (written in the compact form by the `export-packs` binary), with
//!   a hash of the packs' content, so a browser never mixes one build's page with another's,
//!   and `INFOSHARE_TRAINING_FILE`, the file of their training scenarios and quiz questions,
//!   with the same hash;
//! - `catalogue.rs`, each pack's tools reduced to their title and purpose as Rust data, which
//!   the page embeds to draw Home at once without parsing anything (`catalogue.rs` in src).

use std::path::Path;

use serde_json::{json, Value};

/// The pack files, in the order the library lists their tools; `library.rs` includes the
/// JSON written for each.
const PACKS: &[&str] = &[
    "national",
    "lincolnshire",
    "llr",
    "thames-valley-encompass",
    "lancashire",
    "north-east-lincolnshire",
    "training",
];

fn read_toml(name: &str) -> Value {
    let source = format!("../packs/{name}.toml");
    println!("cargo:rerun-if-changed={source}");
    let text = std::fs::read_to_string(&source).unwrap_or_else(|err| panic!("{source}: {err}"));
    let value: toml::Value = toml::from_str(&text).unwrap_or_else(|err| panic!("{source}: {err}"));
    serde_json::to_value(value).expect("TOML values are JSON values")
}

/// Home lists a pack's wizards, then its forms, then its checklists.
const LISTED_KINDS: &[(&str, &str)] = &[("flowchart", "Wizard"), ("form", "Form"), ("checklist", "Checklist")];

/// A pack as Rust data for `Catalogue::shipped`: `(id, title, summary, &[(kind, id, title,
/// purpose)])`, or nothing if the pack has no tools. Strings are written with `{:?}`, which
/// is Rust's own literal syntax.
fn catalogue_entry(pack: &Value) -> Option<String> {
    let text = |value: &Value, key: &str| format!("{:?}", value[key].as_str().unwrap_or_default());
    let tools: Vec<String> = LISTED_KINDS
        .iter()
        .flat_map(|(table, kind)| {
            pack[*table].as_array().into_iter().flatten().map(move |tool| {
                format!("(ToolKind::{kind}, {}, {}, {})", text(tool, "id"), text(tool, "title"), text(tool, "purpose"))
            })
        })
        .collect();
    let info = &pack["pack"];
    (!tools.is_empty()).then(|| {
        format!("({}, {}, {}, &[{}])", text(info, "id"), text(info, "title"), text(info, "summary"), tools.join(", "))
    })
}

/// FNV-1a, 64 bits: enough to tell one build's packs from another's in a file name.
fn content_hash(bytes: &[u8]) -> String {
    let hash = bytes
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, &byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3));
    format!("{hash:016x}")
}

fn write(out: &Path, name: &str, value: &Value) -> String {
    let text = serde_json::to_string(value).expect("JSON values serialise");
    std::fs::write(out.join(name), &text).expect("OUT_DIR is writable");
    text
}

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out_dir);
    let sources = read_toml("sources");
    write(out, "sources.json", &sources);
    let packs: Vec<(&str, Value)> = PACKS.iter().map(|name| (*name, read_toml(name))).collect();
    for (name, pack) in &packs {
        write(out, &format!("{name}.json"), pack);
    }
    let all: Vec<Value> = packs.iter().map(|(_, pack)| pack.clone()).collect();
    let library = serde_json::to_string(&json!({ "sources": sources, "packs": all })).expect("JSON values serialise");
    let hash = content_hash(library.as_bytes());
    println!("cargo:rustc-env=INFOSHARE_PACKS_FILE=packs-{hash}.bin");
    println!("cargo:rustc-env=INFOSHARE_TRAINING_FILE=training-{hash}.bin");
    let listed: Vec<String> = packs.iter().filter_map(|(_, pack)| catalogue_entry(pack)).collect();
    std::fs::write(out.join("catalogue.rs"), format!("&[{}]", listed.join(",\n"))).expect("OUT_DIR is writable");
}
