//! Turns the shipped TOML packs into JSON at build time, so the app's page reads them with
//! serde_json and carries no TOML parser (measured in ARCHITECTURE.md). A pack that is not
//! valid TOML fails the build with its file, line and column. Writes, into `OUT_DIR`:
//!
//! - `<name>.json` for each pack file, which `Library::shipped` embeds (the sealing worker and
//!   the native tests);
//! - `library.json`, the whole library in one document, which the page fetches when a page
//!   first needs the agreements' content; its file name carries a hash of its content
//!   (`INFOSHARE_PACKS_FILE`), so a browser never mixes one build's page with another's packs;
//! - `catalogue.json`, the same library without the training pack and with each tool reduced
//!   to its title and purpose and no sources, which the page embeds to draw Home at once.

use std::path::Path;

use serde_json::{json, Map, Value};

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

/// The one pack Home does not list (it links to the training pages instead).
const NOT_IN_CATALOGUE: &str = "training";

fn read_toml(name: &str) -> Value {
    let source = format!("../packs/{name}.toml");
    println!("cargo:rerun-if-changed={source}");
    let text = std::fs::read_to_string(&source).unwrap_or_else(|err| panic!("{source}: {err}"));
    let value: toml::Value = toml::from_str(&text).unwrap_or_else(|err| panic!("{source}: {err}"));
    serde_json::to_value(value).expect("TOML values are JSON values")
}

/// Empties the named arrays and texts and drops the named keys of every table in `pack[kind]`.
fn reduce(pack: &mut Map<String, Value>, kind: &str, empty: &[&str], drop: &[&str]) {
    for tool in pack.get_mut(kind).and_then(Value::as_array_mut).into_iter().flatten() {
        let tool = tool.as_object_mut().expect("tools are tables");
        for key in empty {
            let nothing = if tool.get(*key).is_some_and(Value::is_string) { json!("") } else { json!([]) };
            tool.insert((*key).to_owned(), nothing);
        }
        tool.retain(|key, _| !drop.contains(&key.as_str()));
    }
}

/// A pack as Home needs it: identity, and each tool's id, title and purpose.
fn catalogue_entry(pack: &Value) -> Value {
    let mut pack = pack.as_object().expect("a pack is a table").clone();
    pack.retain(|key, _| matches!(key.as_str(), "pack" | "checklist" | "flowchart" | "form"));
    reduce(&mut pack, "checklist", &["item", "cite", "intro"], &["note"]);
    reduce(&mut pack, "flowchart", &["node", "cite"], &[]);
    reduce(&mut pack, "form", &["section", "intro"], &["rule", "route", "note", "cite", "calendar", "reply"]);
    Value::Object(pack)
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
    let library = write(out, "library.json", &json!({ "sources": sources, "packs": all }));
    println!("cargo:rustc-env=INFOSHARE_PACKS_FILE=packs-{}.json", content_hash(library.as_bytes()));
    let listed: Vec<Value> =
        packs.iter().filter(|(name, _)| *name != NOT_IN_CATALOGUE).map(|(_, pack)| catalogue_entry(pack)).collect();
    // Home, privacy, accessibility and not found cite nothing: the catalogue has no sources.
    let no_sources = json!({ "schema": sources["schema"], "source": [] });
    write(out, "catalogue.json", &json!({ "sources": no_sources, "packs": listed }));
}
