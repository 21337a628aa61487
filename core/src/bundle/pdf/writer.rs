//! The PDF document: the laid-out pages, their fonts (`embed`), the envelope JSON as an
//! associated file (`/EmbeddedFiles` and `/AF`), and the catalog entries InfoShare reads
//! back: the format and the SHA-256 digests of the JSON and of the printed pages (`pages`).
//! Encryption is applied afterwards, in `pdf.rs`.

use lopdf::{dictionary, Dictionary, Document, Object, ObjectId, Stream, StringFormat};
use sha2::{Digest, Sha256};

use super::draw::{content, resource, Glyphs};
use super::embed::embed_font;
use super::font::Fonts;
use super::furniture::Furniture;
use super::layout::{flow, PAGE_HEIGHT, PAGE_WIDTH};
use super::pages::digest;
use super::script_fonts::ScriptFonts;
use super::{hex, CATALOG_DIGEST, CATALOG_FORMAT, CATALOG_PAGES_DIGEST, FORMAT};
use crate::bundle::Envelope;
use crate::rendering::render;

/// The unencrypted document for an envelope whose JSON is `json`, drawn with the built-in
/// fonts and the script fonts at hand.
pub fn document(envelope: &Envelope, json: &str, scripts: &ScriptFonts) -> Result<Document, String> {
    let mut doc = Document::with_version("2.0");
    let pages = pages(&mut doc, envelope, &Fonts::load(scripts)?)?;
    let pages_digest = digest(&doc, pages)?;
    let filespec = attach(&mut doc, envelope, json)?;
    let mut catalog = catalog(pages, filespec, &file_name(&envelope.reference), json);
    catalog.set(CATALOG_PAGES_DIGEST, text_string(&pages_digest));
    let catalog_id = doc.add_object(catalog);
    let info = dictionary! {
        "Title" => text_string(&format!("InfoShare {}", envelope.reference)),
        "Producer" => text_string("InfoShare"),
    };
    let info_id = doc.add_object(info);
    doc.trailer.set("Root", catalog_id);
    doc.trailer.set("Info", info_id);
    Ok(doc)
}

/// Lays the envelope out, adds its pages and their fonts, and returns the page tree's root.
fn pages(doc: &mut Document, envelope: &Envelope, fonts: &Fonts) -> Result<ObjectId, String> {
    let rendering = render(envelope);
    let furniture = Furniture::new(fonts, &rendering.reference, rendering.training);
    let mut pages = flow(&rendering, fonts, furniture.top(), furniture.bottom());
    furniture.apply(&mut pages);

    let mut glyphs = Glyphs::new();
    let contents = pages
        .iter()
        .map(|page| compressed(Dictionary::new(), content(page, fonts, &mut glyphs)))
        .collect::<Result<Vec<Stream>, String>>()?;
    let mut font_resources = Dictionary::new();
    for (id, usage) in &glyphs {
        font_resources.set(resource(*id), embed_font(doc, fonts.get(*id), usage)?);
    }
    let resources = doc.add_object(dictionary! { "Font" => font_resources });

    let root = doc.new_object_id();
    let kids: Vec<Object> = contents
        .into_iter()
        .map(|stream| {
            let contents = doc.add_object(stream);
            doc.add_object(dictionary! { "Type" => "Page", "Parent" => root, "Contents" => contents }).into()
        })
        .collect();
    let count = kids.len() as i64;
    let media_box = vec![0.into(), 0.into(), PAGE_WIDTH.into(), PAGE_HEIGHT.into()];
    let tree = dictionary! {
        "Type" => "Pages", "Kids" => kids, "Count" => count, "Resources" => resources, "MediaBox" => media_box,
    };
    doc.objects.insert(root, tree.into());
    Ok(root)
}

/// A stream with its content compressed (FlateDecode) when that makes it smaller.
pub fn compressed(dict: Dictionary, content: Vec<u8>) -> Result<Stream, String> {
    let mut stream = Stream::new(dict, content);
    stream.compress().map_err(|err| format!("compressing a stream: {err}"))?;
    Ok(stream)
}

/// The catalog, with the attachment listed twice (name tree and `/AF`) and InfoShare's entries.
fn catalog(pages: ObjectId, filespec: ObjectId, name: &str, json: &str) -> Dictionary {
    let digest = hex(&Sha256::digest(json.as_bytes()));
    let tree = dictionary! { "Names" => vec![text_string(name), filespec.into()] };
    dictionary! {
        "Type" => "Catalog",
        "Pages" => pages,
        "Names" => dictionary! { "EmbeddedFiles" => tree },
        "AF" => vec![Object::from(filespec)],
        "Lang" => text_string("en-GB"),
        "ViewerPreferences" => dictionary! { "DisplayDocTitle" => true },
        CATALOG_FORMAT => text_string(FORMAT),
        CATALOG_DIGEST => text_string(&digest),
    }
}

/// Adds the envelope JSON as an embedded file and returns its file specification.
fn attach(doc: &mut Document, envelope: &Envelope, json: &str) -> Result<ObjectId, String> {
    let size = json.len() as i64;
    let dict = dictionary! {
        "Type" => "EmbeddedFile",
        "Subtype" => Object::Name(b"application/json".to_vec()),
        "Params" => dictionary! { "Size" => size },
    };
    let file = doc.add_object(compressed(dict, json.as_bytes().to_vec())?);
    let name = file_name(&envelope.reference);
    Ok(doc.add_object(dictionary! {
        "Type" => "Filespec",
        "F" => text_string(&name),
        "UF" => text_string(&name),
        "Desc" => text_string("The sealed record as InfoShare JSON"),
        "AFRelationship" => "Data",
        "EF" => dictionary! { "F" => file, "UF" => file },
    }))
}

/// `<reference>.json`, keeping only letters, digits, hyphens and underscores.
fn file_name(reference: &str) -> String {
    let safe: String =
        reference.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_')).take(64).collect();
    format!("{}.json", if safe.is_empty() { "infoshare" } else { &safe })
}

/// A PDF text string: PDFDocEncoding (as ASCII) when it can be, else UTF-16BE with a BOM.
fn text_string(text: &str) -> Object {
    if text.chars().all(|c| c.is_ascii() && !c.is_ascii_control()) {
        return Object::string_literal(text);
    }
    let bytes = [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect::<Vec<u8>>();
    Object::String(bytes, StringFormat::Hexadecimal)
}
