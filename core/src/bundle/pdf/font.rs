//! The two embedded faces (DejaVu Sans and DejaVu Sans Bold, subset to Latin text by
//! `tools/subset-font.sh`): characters to glyphs, advance widths for line wrapping, and the
//! glyph codes written into content streams. A character the font lacks is drawn with the
//! replacement character's glyph (U+FFFD), so nothing typed can make sealing fail.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use ttf_parser::{Face as TtfFace, GlyphId};

static REGULAR: &[u8] = include_bytes!("../../../assets/fonts/InfoShareSans-Regular.ttf");
static BOLD: &[u8] = include_bytes!("../../../assets/fonts/InfoShareSans-Bold.ttf");

/// Which face a piece of text is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    Regular,
    Bold,
}

/// One parsed face.
pub struct Font {
    /// The font file as shipped.
    pub bytes: &'static [u8],
    /// The PostScript name, for `/BaseFont`.
    pub name: &'static str,
    face: TtfFace<'static>,
    replacement: GlyphId,
    units_per_em: f32,
}

impl Font {
    fn parse(bytes: &'static [u8], name: &'static str) -> Result<Font, String> {
        let face = TtfFace::parse(bytes, 0).map_err(|err| format!("font {name}: {err}"))?;
        let replacement = face.glyph_index('\u{FFFD}').or_else(|| face.glyph_index('?')).unwrap_or(GlyphId(0));
        let units_per_em = f32::from(face.units_per_em());
        Ok(Font { bytes, name, face, replacement, units_per_em })
    }

    /// The glyph that draws `c`: its own, or the replacement character's.
    pub fn glyph(&self, c: char) -> GlyphId {
        self.face.glyph_index(c).unwrap_or(self.replacement)
    }

    /// A glyph's advance in thousandths of the font size (PDF glyph space).
    pub fn advance(&self, glyph: GlyphId) -> f32 {
        f32::from(self.face.glyph_hor_advance(glyph).unwrap_or(0)) * 1000.0 / self.units_per_em
    }

    /// The width of `text` set at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance(self.glyph(c))).sum::<f32>() * size / 1000.0
    }

    /// A font-unit measurement in PDF glyph space.
    pub fn scaled(&self, units: i16) -> f32 {
        f32::from(units) * 1000.0 / self.units_per_em
    }

    /// The parsed face, for the font descriptor's metrics.
    pub fn face(&self) -> &TtfFace<'static> {
        &self.face
    }

    /// The cap height in glyph space: from OS/2 when it says, else the height of "H".
    pub fn cap_height(&self) -> f32 {
        let measured = self.face.glyph_bounding_box(self.glyph('H')).map(|rect| rect.y_max);
        self.scaled(self.face.capital_height().or(measured).unwrap_or(self.face.ascender()))
    }
}

/// Both faces.
pub struct Fonts {
    pub regular: Font,
    pub bold: Font,
}

impl Fonts {
    /// Parses the embedded font files.
    pub fn load() -> Result<Fonts, String> {
        Ok(Fonts { regular: Font::parse(REGULAR, "DejaVuSans")?, bold: Font::parse(BOLD, "DejaVuSans-Bold")? })
    }

    pub fn get(&self, face: Face) -> &Font {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
        }
    }
}

/// The glyphs a document uses in one face, each with the character it stands for (for the
/// `/ToUnicode` map, so copied and extracted text reads as typed).
#[derive(Debug, Default)]
pub struct Usage {
    pub glyphs: BTreeMap<u16, char>,
}

impl Usage {
    /// The glyph codes for `text` as a hex string for `Tj` (Identity-H: two bytes a glyph),
    /// noting each glyph used.
    pub fn encode(&mut self, font: &Font, text: &str) -> String {
        let mut hex = String::with_capacity(text.len() * 4 + 2);
        hex.push('<');
        for c in text.chars() {
            let glyph = font.glyph(c);
            let shown = if glyph == font.replacement { '\u{FFFD}' } else { c };
            self.glyphs.entry(glyph.0).or_insert(shown);
            let _ = write!(hex, "{:04X}", glyph.0);
        }
        hex.push('>');
        hex
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_with_diacritics_have_their_own_glyphs() {
        let fonts = Fonts::load().expect("fonts parse");
        for font in [&fonts.regular, &fonts.bold] {
            for c in "O'Neill-Łukasz Nguyễn Zoë Şükrü Đặng Ørsted Ñúñez €£•…→".chars() {
                assert_ne!(font.glyph(c), font.replacement, "{} lacks {c:?}", font.name);
            }
        }
    }

    #[test]
    fn missing_characters_draw_the_replacement_glyph() {
        let fonts = Fonts::load().expect("fonts parse");
        let mut usage = Usage::default();
        let hex = usage.encode(&fonts.regular, "文");
        assert_eq!(hex, format!("<{:04X}>", fonts.regular.replacement.0));
        assert_eq!(usage.glyphs.get(&fonts.regular.replacement.0), Some(&'\u{FFFD}'));
        assert!(fonts.regular.width("文", 10.0) > 0.0);
    }

    #[test]
    fn bold_is_wider_than_regular() {
        let fonts = Fonts::load().expect("fonts parse");
        assert!(fonts.bold.width("Reference", 10.0) > fonts.regular.width("Reference", 10.0));
    }
}
