//! Writes the shipped library as the static file the app's page fetches when it first needs
//! the agreements' content: `export-packs <folder>` writes `<folder>/packs-<hash>.bin`, the
//! library in the compact form, and prints its name. Run by `tools/post-build.mjs` into
//! trunk's staging folder.

use infoshare_core::library::{Library, PACKS_FILE};

fn main() {
    let Some(folder) = std::env::args().nth(1) else {
        eprintln!("usage: export-packs <folder>");
        std::process::exit(2);
    };
    let bytes = match Library::shipped()
        .map_err(|error| error.to_string())
        .and_then(|library| library.to_compact().map_err(|error| error.to_string()))
    {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("export-packs: cannot write the shipped packs: {error}");
            std::process::exit(1);
        }
    };
    let path = std::path::Path::new(&folder).join(PACKS_FILE);
    if let Err(error) = std::fs::write(&path, bytes) {
        eprintln!("export-packs: cannot write {}: {error}", path.display());
        std::process::exit(1);
    }
    println!("{PACKS_FILE}");
}
