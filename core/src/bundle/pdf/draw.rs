//! A page's marks as a PDF content stream: text as glyph codes in the embedded Type 0 fonts
//! (`/F1` regular, `/F2` bold), rules and the training banner as filled and stroked paths.

use std::fmt::Write as _;

use super::font::{Face, Fonts, Usage};
use super::layout::{Ink, Mark, Page, Text, CONTENT_WIDTH, MARGIN, PAGE_HEIGHT, PAGE_WIDTH};

/// The glyphs used so far in each face.
#[derive(Debug, Default)]
pub struct Glyphs {
    pub regular: Usage,
    pub bold: Usage,
}

impl Glyphs {
    fn get(&mut self, face: Face) -> &mut Usage {
        match face {
            Face::Regular => &mut self.regular,
            Face::Bold => &mut self.bold,
        }
    }
}

/// The resource name of a face's font.
pub fn resource(face: Face) -> &'static str {
    match face {
        Face::Regular => "F1",
        Face::Bold => "F2",
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
    let codes = glyphs.get(text.face).encode(fonts.get(text.face), &text.text);
    let _ = writeln!(
        out,
        "BT /{} {:.1} Tf {} rg 1 0 0 1 {:.2} {:.2} Tm {codes} Tj ET",
        resource(text.face),
        text.size,
        colour(text.ink),
        text.x,
        text.y
    );
}

/// `text` in bold, as large as fits three quarters of the page's diagonal, centred on it.
fn draw_watermark(out: &mut String, text: &str, fonts: &Fonts, glyphs: &mut Glyphs) {
    let font = fonts.get(Face::Bold);
    let diagonal = PAGE_WIDTH.hypot(PAGE_HEIGHT);
    let size = 0.75 * diagonal / font.width(text, 1.0).max(1.0);
    let width = font.width(text, size);
    let rise = font.cap_height() * size / 1000.0;
    let (cos, sin) = (PAGE_WIDTH / diagonal, PAGE_HEIGHT / diagonal);
    // Back from the centre half the text's width along the diagonal, and down half its cap
    // height across it.
    let x = PAGE_WIDTH / 2.0 - cos * width / 2.0 + sin * rise / 2.0;
    let y = PAGE_HEIGHT / 2.0 - sin * width / 2.0 - cos * rise / 2.0;
    let codes = glyphs.get(Face::Bold).encode(font, text);
    let _ = writeln!(
        out,
        "BT /{} {size:.1} Tf {} rg {cos:.4} {sin:.4} {:.4} {cos:.4} {x:.2} {y:.2} Tm {codes} Tj ET",
        resource(Face::Bold),
        colour(Ink::Watermark),
        -sin
    );
}
