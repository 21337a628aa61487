//! A page's marks as a PDF content stream: text as shaped glyphs (`shape`) in the embedded
//! Type 0 fonts, each glyph placed where the shaper put it (`TJ` adjustments across, text
//! rise for marks set above or below), and each run wrapped in an `/ActualText` span holding
//! the run's text, so copied and extracted text reads as typed even where glyphs are
//! reordered, joined or split (Arabic, Bengali, Gurmukhi). Rules and the training banner are
//! filled and stroked paths.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use subsetter::GlyphRemapper;

use super::font::{Face, Font, FontId, Fonts};
use super::layout::{Ink, Mark, Page, Text, CONTENT_WIDTH, MARGIN, PAGE_HEIGHT, PAGE_WIDTH};
use super::script_fonts::ScriptFont;
use super::shape::{shape, width, Run};

/// The glyphs one font draws in the document, numbered for its subset.
#[derive(Debug, Default)]
pub struct Usage {
    /// Old glyph id to subset glyph id (which is also the CID).
    pub remapper: GlyphRemapper,
    /// Each subset glyph's advance width, in glyph space.
    pub widths: BTreeMap<u16, f32>,
    /// The text each subset glyph first stood for, for the `/ToUnicode` map.
    pub text: BTreeMap<u16, String>,
}

/// The glyphs used so far, by font.
pub type Glyphs = BTreeMap<FontId, Usage>;

/// The resource name of a font.
pub fn resource(font: FontId) -> String {
    match font {
        FontId::Regular => "F1".into(),
        FontId::Bold => "F2".into(),
        FontId::Script(script) => {
            format!("F{}", 3 + ScriptFont::ALL.iter().position(|s| *s == script).unwrap_or_default())
        }
    }
}

/// The content stream that draws `page`.
pub fn content(page: &Page, fonts: &Fonts, glyphs: &mut Glyphs) -> Vec<u8> {
    let mut out = String::new();
    for mark in &page.marks {
        match mark {
            Mark::Text(text) => draw_text(&mut out, text, fonts, glyphs),
            Mark::Rule { x1, x2, y, width, ink } => {
                let _ = writeln!(out, "{} RG {width:.2} w {x1:.2} {y:.2} m {x2:.2} {y:.2} l S", colour(*ink));
            }
            Mark::Banner { y, height } => {
                let _ = writeln!(
                    out,
                    "q 1 0.867 0 rg 0.043 0.047 0.047 RG 1 w {MARGIN:.2} {y:.2} {CONTENT_WIDTH:.2} {height:.2} re B Q"
                );
            }
            Mark::Watermark(text) => draw_watermark(&mut out, text, fonts, glyphs),
        }
    }
    out.into_bytes()
}

/// The RGB components of an ink, for `rg` or `RG`.
fn colour(ink: Ink) -> &'static str {
    match ink {
        Ink::Text => "0.043 0.047 0.047",
        Ink::Secondary => "0.314 0.353 0.373",
        Ink::Border => "0.694 0.706 0.714",
        Ink::Watermark => "0.87 0.87 0.87",
    }
}

fn draw_text(out: &mut String, text: &Text, fonts: &Fonts, glyphs: &mut Glyphs) {
    let _ = writeln!(out, "BT {} rg 1 0 0 1 {:.2} {:.2} Tm", colour(text.ink), text.x, text.y);
    show(out, &shape(fonts, text.face, &text.text), text.size, fonts, glyphs);
    out.push_str("ET\n");
}

/// `text` in bold, as large as fits three quarters of the page's diagonal, centred on it.
fn draw_watermark(out: &mut String, text: &str, fonts: &Fonts, glyphs: &mut Glyphs) {
    let diagonal = PAGE_WIDTH.hypot(PAGE_HEIGHT);
    let size = 0.75 * diagonal / width(fonts, Face::Bold, text, 1.0).max(1.0);
    let text_width = width(fonts, Face::Bold, text, size);
    let rise = fonts.get(FontId::Bold).cap_height() * size / 1000.0;
    let (cos, sin) = (PAGE_WIDTH / diagonal, PAGE_HEIGHT / diagonal);
    // Back from the centre half the text's width along the diagonal, and down half its cap
    // height across it.
    let x = PAGE_WIDTH / 2.0 - cos * text_width / 2.0 + sin * rise / 2.0;
    let y = PAGE_HEIGHT / 2.0 - sin * text_width / 2.0 - cos * rise / 2.0;
    let _ = writeln!(out, "BT {} rg {cos:.4} {sin:.4} {:.4} {cos:.4} {x:.2} {y:.2} Tm", colour(Ink::Watermark), -sin);
    show(out, &shape(fonts, Face::Bold, text), size, fonts, glyphs);
    out.push_str("ET\n");
}

/// Shows the runs one after another from the current text position.
fn show(out: &mut String, runs: &[Run], size: f32, fonts: &Fonts, glyphs: &mut Glyphs) {
    for run in runs {
        // Text extractors (poppler's pdftotext among them) read a right-to-left run as drawn,
        // left to right, and then reverse it: its text goes in reversed so that it comes out
        // as typed.
        let text: String = if run.rtl { run.text.chars().rev().collect() } else { run.text.clone() };
        let _ = write!(out, "/Span <</ActualText <{}>>> BDC /{} {size:.1} Tf ", utf16_hex(&text), resource(run.font));
        show_run(out, run, size, fonts.get(run.font), glyphs.entry(run.font).or_default());
        out.push_str("EMC\n");
    }
}

/// One run's glyphs as `TJ` arrays: after each glyph the pen moves by the glyph's width in
/// the font, so each adjustment makes up the difference to where the shaper put the next
/// one; a glyph raised or lowered gets its own text rise. The pen ends at the run's advance.
fn show_run(out: &mut String, run: &Run, size: f32, font: &Font, usage: &mut Usage) {
    let mut rise = 0.0;
    let mut array = String::new();
    let mut carry = 0.0; // how far right of the pen the next glyph's origin is, in glyph space
    for glyph in &run.glyphs {
        let id = usage.remapper.remap(glyph.id);
        let drawn = *usage.widths.entry(id).or_insert_with(|| font.advance(glyph.id));
        if !glyph.text.is_empty() {
            usage.text.entry(id).or_insert_with(|| glyph.text.clone());
        }
        if (glyph.y_offset - rise).abs() > 0.01 {
            flush(out, &mut array);
            rise = glyph.y_offset;
            let _ = write!(out, "{:.3} Ts ", rise * size / 1000.0);
        }
        adjust(&mut array, carry + glyph.x_offset);
        let _ = write!(array, "<{id:04X}>");
        carry = glyph.advance - drawn - glyph.x_offset;
    }
    adjust(&mut array, carry);
    flush(out, &mut array);
    if rise != 0.0 {
        out.push_str("0 Ts ");
    }
}

/// Moves the next glyph `right` thousandths of the font size (a `TJ` number subtracts).
fn adjust(array: &mut String, right: f32) {
    if right.abs() > 0.01 {
        let _ = write!(array, " {:.2} ", -right);
    }
}

fn flush(out: &mut String, array: &mut String) {
    if !array.is_empty() {
        let _ = write!(out, "[{}] TJ ", std::mem::take(array));
    }
}

/// Text as UTF-16BE hex with a byte order mark, for a PDF text string.
pub fn utf16_hex(text: &str) -> String {
    std::iter::once(0xFEFF).chain(text.encode_utf16()).map(|unit| format!("{unit:04X}")).collect()
}
