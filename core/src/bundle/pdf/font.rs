//! The fonts one document draws with: Noto Sans and Noto Sans Bold, built in (Latin, Greek
//! and Cyrillic, subset by `tools/subset-font.sh`), and the script fonts fetched for it
//! (`script_fonts`). Each character is drawn from the first font that has it, a space or
//! mark staying in the font of the text around it; a character no font has is drawn as the
//! replacement character (U+FFFD) from Noto Sans, a visible marker, so nothing typed can make
//! sealing fail. Script fonts have one weight: bold text in them is drawn regular.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use rustybuzz::{Direction, Script, ShapePlan};

use super::script_fonts::{ScriptFont, ScriptFonts};

static REGULAR: &[u8] = include_bytes!("../../../assets/fonts/noto-sans-regular.ttf");
static BOLD: &[u8] = include_bytes!("../../../assets/fonts/noto-sans-bold.ttf");

/// The marker drawn for a character no font has.
pub const MISSING: char = '\u{FFFD}';

/// Which face a piece of text is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Face {
    Regular,
    Bold,
}

/// One of the document's fonts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FontId {
    Regular,
    Bold,
    Script(ScriptFont),
}

impl FontId {
    /// The built-in font for a face.
    pub fn built_in(face: Face) -> FontId {
        match face {
            Face::Regular => FontId::Regular,
            Face::Bold => FontId::Bold,
        }
    }
}

/// One parsed font.
pub struct Font<'a> {
    /// The font file as shipped.
    pub bytes: &'a [u8],
    /// The PostScript name, for `/BaseFont`.
    pub name: &'static str,
    face: rustybuzz::Face<'a>,
    units_per_em: f32,
}

impl<'a> Font<'a> {
    fn parse(bytes: &'a [u8], name: &'static str) -> Result<Font<'a>, String> {
        let face = rustybuzz::Face::from_slice(bytes, 0).ok_or_else(|| format!("font {name} cannot be read"))?;
        let units_per_em = face.units_per_em() as f32;
        Ok(Font { bytes, name, face, units_per_em })
    }

    /// Whether the font has a glyph for `c`.
    pub fn has(&self, c: char) -> bool {
        self.face.glyph_index(c).is_some()
    }

    /// A glyph's advance in thousandths of the font size (PDF glyph space).
    pub fn advance(&self, glyph: u16) -> f32 {
        self.scaled_i32(i32::from(self.face.glyph_hor_advance(ttf_parser::GlyphId(glyph)).unwrap_or(0)))
    }

    /// A font-unit measurement in PDF glyph space.
    pub fn scaled(&self, units: i16) -> f32 {
        self.scaled_i32(i32::from(units))
    }

    /// A font-unit measurement from the shaper in PDF glyph space.
    pub fn scaled_i32(&self, units: i32) -> f32 {
        units as f32 * 1000.0 / self.units_per_em
    }

    /// The parsed face, for shaping and the font descriptor's metrics.
    pub fn face(&self) -> &rustybuzz::Face<'a> {
        &self.face
    }

    /// The cap height in glyph space: from OS/2 when it says, else the height of "H".
    pub fn cap_height(&self) -> f32 {
        let measured =
            self.face.glyph_index('H').and_then(|glyph| self.face.glyph_bounding_box(glyph)).map(|r| r.y_max);
        self.scaled(self.face.capital_height().or(measured).unwrap_or(self.face.ascender()))
    }
}

/// What a shaping plan is made for: a font, a direction and a script.
type PlanKey = (FontId, Direction, Script);

/// The document's fonts.
pub struct Fonts<'a> {
    regular: Font<'static>,
    bold: Font<'static>,
    scripts: Vec<(ScriptFont, Font<'a>)>,
    /// Shaping plans made so far, by font, direction and script: making one is slow, and a
    /// document shapes every word it measures.
    plans: RefCell<HashMap<PlanKey, Rc<ShapePlan>>>,
    /// Widths measured so far, in glyph space, by face and text.
    widths: RefCell<HashMap<(Face, String), f32>>,
}

impl<'a> Fonts<'a> {
    /// The built-in fonts and the script fonts at hand.
    pub fn load(scripts: &'a ScriptFonts) -> Result<Fonts<'a>, String> {
        let scripts = scripts
            .iter()
            .map(|(script, bytes)| Ok((script, Font::parse(bytes, script.postscript_name())?)))
            .collect::<Result<Vec<_>, String>>()?;
        Ok(Fonts {
            regular: Font::parse(REGULAR, "NotoSans-Regular")?,
            bold: Font::parse(BOLD, "NotoSans-Bold")?,
            scripts,
            plans: RefCell::new(HashMap::new()),
            widths: RefCell::new(HashMap::new()),
        })
    }

    /// The built-in fonts only.
    pub fn built_in() -> Result<Fonts<'static>, String> {
        static NONE: ScriptFonts = ScriptFonts::new();
        Fonts::load(&NONE)
    }

    pub fn get(&self, id: FontId) -> &Font<'a> {
        match id {
            FontId::Regular => &self.regular,
            FontId::Bold => &self.bold,
            FontId::Script(script) => {
                self.scripts.iter().find(|(s, _)| *s == script).map_or(&self.regular, |(_, font)| font)
            }
        }
    }

    /// The shaping plan for text in `id`, in `direction` and `script`.
    pub fn plan(&self, id: FontId, direction: Direction, script: Script) -> Rc<ShapePlan> {
        let make = || Rc::new(ShapePlan::new(self.get(id).face(), direction, Some(script), None, &[]));
        self.plans.borrow_mut().entry((id, direction, script)).or_insert_with(make).clone()
    }

    /// The width of `text` in `face` as `measure` finds it, measured once a document.
    pub fn remembered_width(&self, face: Face, text: &str, measure: impl FnOnce() -> f32) -> f32 {
        if let Some(width) = self.widths.borrow().get(&(face, text.to_owned())) {
            return *width;
        }
        let width = measure();
        self.widths.borrow_mut().insert((face, text.to_owned()), width);
        width
    }

    /// Whether the built-in regular font has `c`: the rest needs a script font.
    pub fn built_in_has(&self, c: char) -> bool {
        self.regular.has(c)
    }

    /// The font that draws `c` in `face`, after text drawn in `previous`; `None` when no
    /// font has it. Spaces, punctuation and marks stay in the font before them when it has
    /// them, so a run of Arabic or Bengali is not broken by its spaces.
    pub fn for_char(&self, face: Face, c: char, previous: Option<FontId>) -> Option<FontId> {
        if let Some(previous) = previous.filter(|&id| !c.is_alphanumeric() && self.get(id).has(c)) {
            return Some(previous);
        }
        let built_in = FontId::built_in(face);
        if self.get(built_in).has(c) {
            return Some(built_in);
        }
        self.scripts.iter().find(|(_, font)| font.has(c)).map(|(script, _)| FontId::Script(*script))
    }
}

#[cfg(test)]
mod tests {
    use super::super::script_fonts::shipped;
    use super::*;

    #[test]
    fn names_in_latin_greek_and_cyrillic_have_their_own_glyphs() {
        let fonts = Fonts::built_in().expect("fonts parse");
        let text = "O'Neill-Łukasz Nguyễn Thị Minh Khai Zoë Şükrü Đặng Ørsted Ñúñez Ștefan Țurcanu Ελένη Παπαδοπούλου Ольга Ковальчук €£•…";
        for id in [FontId::Regular, FontId::Bold] {
            for c in text.chars() {
                assert!(fonts.get(id).has(c), "{} lacks {c:?}", fonts.get(id).name);
            }
        }
        assert!(fonts.get(FontId::Regular).has(MISSING));
    }

    #[test]
    fn other_scripts_come_from_their_font_when_it_is_at_hand() {
        let scripts = shipped(&[ScriptFont::Arabic]);
        let fonts = Fonts::load(&scripts).expect("fonts parse");
        assert_eq!(fonts.for_char(Face::Bold, 'م', None), Some(FontId::Script(ScriptFont::Arabic)));
        assert_eq!(fonts.for_char(Face::Regular, 'a', None), Some(FontId::Regular));
        let arabic = Some(FontId::Script(ScriptFont::Arabic));
        assert_eq!(fonts.for_char(Face::Regular, '؟', arabic), arabic, "punctuation stays in the run's font");
        assert_eq!(fonts.for_char(Face::Regular, ' ', arabic), Some(FontId::Regular), "which has no space of its own");
        assert_eq!(fonts.for_char(Face::Regular, '龍', None), None);
    }

    #[test]
    fn bold_is_wider_than_regular() {
        let fonts = Fonts::built_in().expect("fonts parse");
        let width = |id| {
            "Reference"
                .chars()
                .filter_map(|c| fonts.get(id).face().glyph_index(c))
                .map(|g| fonts.get(id).advance(g.0))
                .sum::<f32>()
        };
        assert!(width(FontId::Bold) > width(FontId::Regular));
    }
}
