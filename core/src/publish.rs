//! Publishing a pack for an area, in the browser, without a build: the copy a safeguarding
//! lead offers on an intranet holds the lead's own pack beside the shipped packs, and lists on
//! Home the national guidance, the shipped agreements the lead keeps and their own pack, the
//! one they chose first, with the idle minutes they chose.
//!
//! Every shipped pack stays in the packs file: the national guidance's wizards open and carry
//! answers into the agreements' tools, so a copy without them would fail the pack checks.
//! The published copy is the app's own static files with three changes: the library's files
//! hold the lead's pack (its scenarios and quiz in the training file, with the shipped ones,
//! so only training pages read them), `index.html` carries the idle minutes and an
//! `infoshare-published` meta tag naming the packs Home lists (the page then draws Home from
//! the packs file, not the build's catalogue), and the service worker's version names this
//! publication, so a browser that kept an earlier one takes the new one. The single file
//! carries both files in its `data-asset` blocks.

use crate::library::Library;
#[cfg(feature = "seal")]
use crate::library::{PACKS_FILE, TRAINING_FILE};

/// The shipped pack every published copy lists on Home: the national guidance.
pub const NATIONAL: &str = "national";

/// The meta tag that marks a published copy, naming the packs Home lists, in order.
pub const PUBLISHED_META: &str = "infoshare-published";

/// What the publisher chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// The shipped agreements Home lists, by pack id.
    pub keep: Vec<String>,
    /// The pack Home lists first, empty for the lead's own (the others follow: the national
    /// guidance, the kept agreements, the lead's pack).
    pub first: String,
    /// Minutes without use before the idle warning.
    pub idle_minutes: u32,
}

/// What a published copy's page carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The packs Home lists, in order, by id.
    pub home: Vec<String>,
    pub idle_minutes: u32,
}

/// The files of the site the service worker `sw_js` keeps, as paths relative to the site's
/// folder (`./` is `index.html`, which the list names both ways), each once, with `sw.js`.
pub fn site_files(sw_js: &str) -> Result<Vec<String>, String> {
    let mut names = vec!["sw.js".to_owned()];
    for list in ["FILES", "ON_USE"] {
        let line = sw_js
            .lines()
            .find_map(|line| line.strip_prefix(&format!("const {list} = [")))
            .and_then(|line| line.strip_suffix("];"))
            .ok_or(format!("The service worker's list {list} could not be read"))?;
        for entry in line.split(',').map(|entry| entry.trim().trim_matches('"')) {
            let name = entry.strip_prefix("./").ok_or(format!("The file '{entry}' is not in the site's folder"))?;
            let name = if name.is_empty() { "index.html" } else { name };
            if !names.iter().any(|named| named == name) {
                names.push(name.to_owned());
            }
        }
    }
    Ok(names)
}

/// The library a published copy holds (the shipped packs and the lead's pack, read from
/// `text` and checked as a loaded pack is) and what its page carries; refused with every
/// problem, named by line and field, unless the whole library passes the pack checks.
#[cfg(feature = "toml")]
pub fn library(shipped: &Library, text: &str, settings: &Settings) -> Result<(Library, Page), Vec<String>> {
    use crate::idle::MAX_IDLE_MINUTES;
    if !(1..=MAX_IDLE_MINUTES).contains(&settings.idle_minutes) {
        return Err(vec![format!("The idle minutes must be a whole number from 1 to {MAX_IDLE_MINUTES}")]);
    }
    if let Some(unknown) = settings.keep.iter().find(|id| shipped.pack(id).is_none()) {
        return Err(vec![format!("There is no shipped pack '{unknown}' to keep")]);
    }
    let pack = shipped.check_local_pack("your pack", text).map_err(|problems| lines(&problems))?;
    let own = pack.pack.id.clone();
    let mut library = shipped.clone();
    library.add_pack(pack);
    let problems = library.problems();
    if !problems.is_empty() {
        return Err(lines(&problems));
    }
    let first = if settings.first.is_empty() { &own } else { &settings.first };
    if first != NATIONAL && *first != own && !settings.keep.contains(first) {
        return Err(vec![format!("Home cannot list '{first}' first: it is not listed")]);
    }
    let mut home: Vec<String> = Vec::new();
    let national = NATIONAL.to_owned();
    let listed = [first, &national].into_iter().chain(&settings.keep).chain([&own]);
    for id in listed {
        if !home.contains(id) {
            home.push(id.clone());
        }
    }
    Ok((library, Page { home, idle_minutes: settings.idle_minutes }))
}

#[cfg(feature = "toml")]
fn lines<T: ToString>(problems: &[T]) -> Vec<String> {
    problems.iter().map(ToString::to_string).collect()
}

/// The page (`index.html` or the single file) with the publisher's idle minutes and marked as
/// a published copy listing `page.home` (in place of any earlier publication's).
pub fn page(html: &str, page: &Page) -> Result<String, String> {
    let mut html = html.to_owned();
    if let Some((start, end)) = tag(&html, &format!("<meta name=\"{PUBLISHED_META}\"")) {
        let start = if html[..start].ends_with("\n  ") { start - 3 } else { start };
        html.replace_range(start..end, "");
    }
    let (start, end) =
        tag(&html, "<meta name=\"infoshare-idle-minutes\"").ok_or("The page has no idle minutes to set")?;
    let tags = format!(
        "<meta name=\"infoshare-idle-minutes\" content=\"{}\">\n  <meta name=\"{PUBLISHED_META}\" content=\"{}\">",
        page.idle_minutes,
        page.home.join(" ")
    );
    html.replace_range(start..end, &tags);
    Ok(html)
}

/// Where the tag starting `opening` starts and ends in `html`.
fn tag(html: &str, opening: &str) -> Option<(usize, usize)> {
    let start = html.find(opening)?;
    Some((start, start + html[start..].find('>')? + 1))
}

/// The library's two files as a published copy holds them: the packs file and the training
/// file, named as this build names them ([`PACKS_FILE`], [`TRAINING_FILE`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LibraryFiles {
    pub packs: Vec<u8>,
    pub training: Vec<u8>,
}

impl LibraryFiles {
    /// The library split as the page reads it: the training scenarios and quiz (the lead's
    /// too) in the training file, everything else in the packs file.
    pub fn of(library: Library) -> Result<LibraryFiles, String> {
        let (packs, training) = library.without_training();
        let compact = |library: &Library| library.to_compact().map_err(|error| error.to_string());
        Ok(LibraryFiles { packs: compact(&packs)?, training: compact(&training)? })
    }

    /// What the file `name` holds in the published copy, if it is one of the two.
    #[cfg(feature = "seal")]
    fn holding(&self, name: &str) -> Option<&[u8]> {
        match name {
            PACKS_FILE => Some(&self.packs),
            TRAINING_FILE => Some(&self.training),
            _ => None,
        }
    }
}

/// The single file with the publication's page and the library's files in their blocks.
#[cfg(feature = "seal")]
pub fn single_file(html: &str, files: &LibraryFiles, settings: &Page) -> Result<String, String> {
    use base64::Engine;
    let mut html = page(html, settings)?;
    for name in [PACKS_FILE, TRAINING_FILE] {
        let (_, open) = tag(&html, &format!("<script type=\"text/plain\" data-asset=\"{name}\""))
            .ok_or(format!("The single file has no {name} to replace"))?;
        let close = html[open..]
            .find("</script>")
            .map(|end| open + end)
            .ok_or(format!("The single file's {name} cannot be read"))?;
        let bytes = files.holding(name).unwrap_or_default();
        html.replace_range(open..close, &base64::engine::general_purpose::STANDARD.encode(bytes));
    }
    Ok(html)
}

/// The service worker with a version that names this publication (the library's files and
/// the settings), so browsers that kept another copy of the same build take this one.
pub fn service_worker(sw_js: &str, files: &LibraryFiles, settings: &Page) -> Result<String, String> {
    const VERSION: &str = "const VERSION = \"";
    let start = sw_js.find(VERSION).map(|at| at + VERSION.len()).ok_or("The service worker has no version")?;
    let end = sw_js[start..].find('"').map(|end| start + end).ok_or("The service worker's version cannot be read")?;
    let mut hash = 0xcbf2_9ce4_8422_2325_u64;
    let settings = format!("{settings:?}");
    for byte in files.packs.iter().chain(&files.training).chain(settings.as_bytes()) {
        hash = (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
    }
    Ok(format!("{}{}-{hash:016x}{}", &sw_js[..start], &sw_js[start..end], &sw_js[end..]))
}

/// The static site as a zip (stored, not compressed: the WebAssembly and fonts are already
/// dense), from its `files` (name and bytes) with the publication's changes.
#[cfg(feature = "seal")]
pub fn site(files: Vec<(String, Vec<u8>)>, library: &LibraryFiles, settings: &Page) -> Result<Vec<u8>, String> {
    use std::io::Write;
    use zip::write::SimpleFileOptions;
    let failed = |error: zip::result::ZipError| format!("The zip could not be made: {error}");
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in files {
        let text = || String::from_utf8(bytes.clone()).map_err(|_| format!("{name} is not text"));
        let bytes = match name.as_str() {
            "index.html" => page(&text()?, settings)?.into_bytes(),
            "sw.js" => service_worker(&text()?, library, settings)?.into_bytes(),
            name => library.holding(name).map_or(bytes, <[u8]>::to_vec),
        };
        zip.start_file(name, options).map_err(failed)?;
        zip.write_all(&bytes).map_err(|error| failed(error.into()))?;
    }
    Ok(zip.finish().map_err(failed)?.into_inner())
}

#[cfg(all(test, feature = "toml", feature = "seal", feature = "author"))]
mod tests;
