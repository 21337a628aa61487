//! A digest of a PDF's printed pages, so that opening can tell pages changed after sealing
//! from a record changed after sealing. It is the SHA-256 of a canonical form of everything
//! reachable from the page tree: each page, its content streams as decoded, its resources and
//! fonts with their font files. The form leaves out what a faithful rewrite changes (object
//! numbers, whether and how streams are compressed, how strings are written, the order of
//! dictionary keys, the page tree's `/Parent` links back up), so a PDF tool that keeps the
//! pages as they are (`qpdf --decrypt`) keeps the digest, and anything that changes what a
//! page shows changes it.

use lopdf::{Dictionary, Document, Object, ObjectId};
use sha2::{Digest, Sha256};

use super::hex;

/// Keys left out: the page tree's links back up, and how a stream is stored.
const SKIPPED: [&[u8]; 4] = [b"Parent", b"Length", b"Filter", b"DecodeParms"];
/// How deep nested objects are followed; deeper means a malformed file.
const MAX_DEPTH: usize = 64;

/// The lowercase hex SHA-256 of the pages of `doc`, whose catalog points to `pages`.
pub fn digest(doc: &Document, pages: ObjectId) -> Result<String, String> {
    let mut canonical = Canonical { doc, hash: Sha256::new(), visiting: Vec::new() };
    canonical.reference(pages, 0)?;
    Ok(hex(&canonical.hash.finalize()))
}

/// The page tree's root in `doc`.
pub fn root(doc: &Document) -> Result<ObjectId, String> {
    let catalog = doc.catalog().map_err(|err| format!("no catalog: {err}"))?;
    catalog.get(b"Pages").and_then(Object::as_reference).map_err(|_| "no page tree".to_owned())
}

struct Canonical<'d> {
    doc: &'d Document,
    hash: Sha256,
    /// The objects being written, to refuse a loop of references.
    visiting: Vec<ObjectId>,
}

impl Canonical<'_> {
    fn put(&mut self, tag: &[u8], bytes: &[u8]) {
        self.hash.update(tag);
        self.hash.update((bytes.len() as u64).to_be_bytes());
        self.hash.update(bytes);
    }

    fn reference(&mut self, id: ObjectId, depth: usize) -> Result<(), String> {
        if self.visiting.contains(&id) {
            return Err("the page tree refers to itself".into());
        }
        let object = self.doc.get_object(id).map_err(|err| format!("a page object is missing: {err}"))?;
        self.visiting.push(id);
        let written = self.object(object, depth + 1);
        self.visiting.pop();
        written
    }

    fn object(&mut self, object: &Object, depth: usize) -> Result<(), String> {
        if depth > MAX_DEPTH {
            return Err("the pages nest too deep".into());
        }
        match object {
            Object::Null => self.put(b"n", &[]),
            Object::Boolean(value) => self.put(b"b", &[u8::from(*value)]),
            Object::Integer(value) => self.put(b"i", &value.to_be_bytes()),
            Object::Real(value) => self.put(b"r", format!("{value:.3}").as_bytes()),
            Object::Name(name) => self.put(b"/", name),
            Object::String(bytes, _) => self.put(b"s", bytes),
            Object::Array(items) => {
                self.put(b"[", &(items.len() as u64).to_be_bytes());
                for item in items {
                    self.object(item, depth + 1)?;
                }
            }
            Object::Dictionary(dict) => self.dictionary(dict, depth)?,
            Object::Stream(stream) => {
                self.dictionary(&stream.dict, depth)?;
                let content =
                    stream.get_plain_content().map_err(|err| format!("a page stream cannot be read: {err}"))?;
                self.put(b"stream", &content);
            }
            Object::Reference(id) => self.reference(*id, depth)?,
        }
        Ok(())
    }

    fn dictionary(&mut self, dict: &Dictionary, depth: usize) -> Result<(), String> {
        let mut entries: Vec<(&Vec<u8>, &Object)> =
            dict.iter().filter(|(key, _)| !SKIPPED.contains(&key.as_slice())).collect();
        entries.sort_by(|a, b| a.0.cmp(b.0));
        self.put(b"<<", &(entries.len() as u64).to_be_bytes());
        for (key, value) in entries {
            self.put(b"/", key);
            self.object(value, depth + 1)?;
        }
        Ok(())
    }
}
