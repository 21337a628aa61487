//! Each font a document uses, embedded as a Type 0 font over a CIDFontType2 (Identity-H,
//! `/CIDToGIDMap /Identity`, so a code is a glyph id in the subset): the font file cut down
//! to the glyphs used by `subsetter` (typst's), a descriptor with the font's metrics, the
//! `/W` widths of those glyphs and a `/ToUnicode` map, so copied and extracted text reads as
//! typed even in a reader that ignores the content's `/ActualText`.

use lopdf::{dictionary, Dictionary, Document, Object, ObjectId};
use sha2::{Digest, Sha256};

use super::draw::Usage;
use super::font::Font;
use super::writer::compressed;

/// Embeds one font, cut down to the glyphs used, and returns its Type 0 font.
pub fn embed_font(doc: &mut Document, font: &Font, usage: &Usage) -> Result<ObjectId, String> {
    let bytes = subsetter::subset(font.bytes, 0, &usage.remapper)
        .map_err(|err| format!("subsetting the font {}: {err}", font.name))?;
    let length = bytes.len() as i64;
    let file = doc.add_object(compressed(dictionary! { "Length1" => length }, bytes)?);
    let name = Object::Name(format!("{}+{}", subset_tag(usage), font.name).into_bytes());
    let descriptor = doc.add_object(descriptor(font, name.clone(), file));
    let cid_font = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "CIDFontType2",
        "BaseFont" => name.clone(),
        "CIDSystemInfo" => dictionary! {
            "Registry" => Object::string_literal("Adobe"),
            "Ordering" => Object::string_literal("Identity"),
            "Supplement" => 0,
        },
        "FontDescriptor" => descriptor,
        "DW" => 1000,
        "W" => widths(usage),
        "CIDToGIDMap" => "Identity",
    });
    let to_unicode = doc.add_object(compressed(Dictionary::new(), to_unicode(usage).into_bytes())?);
    Ok(doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type0",
        "BaseFont" => name,
        "Encoding" => "Identity-H",
        "DescendantFonts" => vec![Object::from(cid_font)],
        "ToUnicode" => to_unicode,
    }))
}

/// Six capital letters naming this subset, as the PDF specification asks of a subset font.
fn subset_tag(usage: &Usage) -> String {
    let mut hash = Sha256::new();
    usage.remapper.remapped_gids().for_each(|glyph| hash.update(glyph.to_be_bytes()));
    hash.finalize().iter().take(6).map(|byte| char::from(b'A' + byte % 26)).collect()
}

fn descriptor(font: &Font, name: Object, file: ObjectId) -> Dictionary {
    let face = font.face();
    let bbox = face.global_bounding_box();
    let bbox: Vec<Object> =
        [bbox.x_min, bbox.y_min, bbox.x_max, bbox.y_max].into_iter().map(|v| font.scaled(v).round().into()).collect();
    let bold = face.is_bold();
    dictionary! {
        "Type" => "FontDescriptor",
        "FontName" => name,
        "Flags" => 4,
        "FontBBox" => bbox,
        "ItalicAngle" => 0,
        "Ascent" => font.scaled(face.ascender()).round(),
        "Descent" => font.scaled(face.descender()).round(),
        "CapHeight" => font.cap_height().round(),
        "StemV" => if bold { 165 } else { 87 },
        "FontWeight" => if bold { 700 } else { 400 },
        "FontFile2" => file,
    }
}

/// The `/W` array: the widths of the glyphs used, in runs of consecutive glyph ids.
fn widths(usage: &Usage) -> Vec<Object> {
    let mut array = Vec::new();
    let mut run: Vec<Object> = Vec::new();
    let mut start = None;
    let mut previous = None;
    for (&glyph, &width) in &usage.widths {
        if previous.and_then(|p: u16| p.checked_add(1)) != Some(glyph) {
            if let Some(first) = start.take() {
                array.extend([Object::Integer(first), Object::Array(std::mem::take(&mut run))]);
            }
            start = Some(i64::from(glyph));
        }
        run.push(width.round().into());
        previous = Some(glyph);
    }
    if let Some(first) = start {
        array.extend([Object::Integer(first), Object::Array(run)]);
    }
    array
}

/// The `/ToUnicode` CMap: each glyph used and the character it stands for.
fn to_unicode(usage: &Usage) -> String {
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let entries: Vec<(&u16, &String)> = usage.text.iter().collect();
    for chunk in entries.chunks(100) {
        cmap.push_str(&format!("{} beginbfchar\n", chunk.len()));
        for (glyph, text) in chunk {
            let utf16: String = text.encode_utf16().map(|unit| format!("{unit:04X}")).collect();
            cmap.push_str(&format!("<{glyph:04X}> <{utf16}>\n"));
        }
        cmap.push_str("endbfchar\n");
    }
    cmap.push_str("endcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend\n");
    cmap
}
