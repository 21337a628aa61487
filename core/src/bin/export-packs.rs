//! Writes the shipped library as the static files the app's page fetches when it first needs
//! the agreements' content: `export-packs <folder>` writes `<folder>/packs-<hash>.bin`, the
//! library without its training scenarios and quiz, and `<folder>/training-<hash>.bin`, those
//! (read only by the training pages), both in the compact form, and prints their names. Run
//! by `tools/post-build.mjs` into trunk's staging folder.

use infoshare_core::library::{Library, PACKS_FILE, TRAINING_FILE};

fn main() {
    let Some(folder) = std::env::args().nth(1) else {
        eprintln!("usage: export-packs <folder>");
        std::process::exit(2);
    };
    let library = Library::shipped().unwrap_or_else(|error| fail(&error.to_string()));
    let (rest, training) = library.without_training();
    for (name, part) in [(PACKS_FILE, rest), (TRAINING_FILE, training)] {
        let bytes = part.to_compact().unwrap_or_else(|error| fail(&error.to_string()));
        let path = std::path::Path::new(&folder).join(name);
        if let Err(error) = std::fs::write(&path, bytes) {
            fail(&format!("cannot write {}: {error}", path.display()));
        }
        println!("{name}");
    }
}

fn fail(why: &str) -> ! {
    eprintln!("export-packs: cannot write the shipped packs: {why}");
    std::process::exit(1);
}
