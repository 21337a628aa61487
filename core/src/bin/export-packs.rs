//! Writes the shipped library as the static file the app's page fetches when it first needs
//! the agreements' content: `export-packs <folder>` writes `<folder>/packs-<hash>.json` and
//! prints its name. Run by `tools/post-build.mjs` into trunk's staging folder.

use infoshare_core::library::{PACKS_FILE, PACKS_JSON};

fn main() {
    let Some(folder) = std::env::args().nth(1) else {
        eprintln!("usage: export-packs <folder>");
        std::process::exit(2);
    };
    let path = std::path::Path::new(&folder).join(PACKS_FILE);
    if let Err(error) = std::fs::write(&path, PACKS_JSON) {
        eprintln!("export-packs: cannot write {}: {error}", path.display());
        std::process::exit(1);
    }
    println!("{PACKS_FILE}");
}
