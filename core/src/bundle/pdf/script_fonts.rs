//! The fonts for scripts beyond Latin, Greek and Cyrillic: separate static files next to
//! `index.html` (made by `tools/subset-font.sh`), which the sealing worker fetches only when a
//! document's text needs them, so neither the page nor the worker carries megabytes of glyphs
//! that most documents never use. Each file serves the Unicode blocks listed here: a
//! character the built-in fonts lack and that falls in a file's blocks sends the worker to
//! fetch that file.

use std::collections::{BTreeMap, BTreeSet};

/// One on-demand font file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ScriptFont {
    /// Arabic, Persian and Urdu (Noto Sans Arabic).
    Arabic,
    /// Bengali (Noto Sans Bengali).
    Bengali,
    /// Punjabi in Gurmukhi (Noto Sans Gurmukhi).
    Gurmukhi,
    /// Ge'ez: Tigrinya, Amharic (Noto Sans Ethiopic).
    Ethiopic,
    /// Common Chinese hanzi, Japanese kanji and kana (a subset of Noto Sans SC).
    Cjk,
    /// Emoji as black outlines (Noto Emoji).
    Emoji,
}

impl ScriptFont {
    /// Every file, in the order a character is looked for in them.
    pub const ALL: [ScriptFont; 6] = [
        ScriptFont::Arabic,
        ScriptFont::Bengali,
        ScriptFont::Gurmukhi,
        ScriptFont::Ethiopic,
        ScriptFont::Cjk,
        ScriptFont::Emoji,
    ];

    /// The file's name, next to `index.html` and in `core/assets/fonts/`.
    pub fn file(self) -> &'static str {
        match self {
            ScriptFont::Arabic => "noto-sans-arabic.ttf",
            ScriptFont::Bengali => "noto-sans-bengali.ttf",
            ScriptFont::Gurmukhi => "noto-sans-gurmukhi.ttf",
            ScriptFont::Ethiopic => "noto-sans-ethiopic.ttf",
            ScriptFont::Cjk => "noto-sans-cjk.ttf",
            ScriptFont::Emoji => "noto-emoji.ttf",
        }
    }

    /// The PostScript name, for the PDF's `/BaseFont`.
    pub fn postscript_name(self) -> &'static str {
        match self {
            ScriptFont::Arabic => "NotoSansArabic-Regular",
            ScriptFont::Bengali => "NotoSansBengali-Regular",
            ScriptFont::Gurmukhi => "NotoSansGurmukhi-Regular",
            ScriptFont::Ethiopic => "NotoSansEthiopic-Regular",
            ScriptFont::Cjk => "NotoSansSC-Regular",
            ScriptFont::Emoji => "NotoEmoji-Regular",
        }
    }

    /// The Unicode blocks whose characters this file may draw.
    fn blocks(self) -> &'static [(u32, u32)] {
        match self {
            ScriptFont::Arabic => {
                &[(0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)]
            }
            ScriptFont::Bengali => &[(0x0980, 0x09FF)],
            ScriptFont::Gurmukhi => &[(0x0A00, 0x0A7F)],
            ScriptFont::Ethiopic => &[(0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F)],
            ScriptFont::Cjk => &[
                (0x3000, 0x30FF),
                (0x31F0, 0x31FF),
                (0x3400, 0x4DBF),
                (0x4E00, 0x9FFF),
                (0xF900, 0xFAFF),
                (0xFF00, 0xFFEF),
                (0x20000, 0x3134F),
            ],
            ScriptFont::Emoji => &[
                (0x2190, 0x21FF),
                (0x2300, 0x23FF),
                (0x2460, 0x27BF),
                (0x2900, 0x297F),
                (0x2B00, 0x2BFF),
                (0x3030, 0x3030),
                (0x303D, 0x303D),
                (0x3297, 0x3299),
                (0xFE0E, 0xFE0F),
                (0x1F000, 0x1FAFF),
                (0xE0020, 0xE007F),
            ],
        }
    }

    /// The file that may draw `c`, if any.
    pub fn for_char(c: char) -> Option<ScriptFont> {
        let code = u32::from(c);
        ScriptFont::ALL
            .into_iter()
            .find(|font| font.blocks().iter().any(|&(first, last)| (first..=last).contains(&code)))
    }
}

/// The on-demand font files at hand, as fetched.
#[derive(Debug, Default, Clone)]
pub struct ScriptFonts(BTreeMap<ScriptFont, Vec<u8>>);

impl ScriptFonts {
    pub const fn new() -> ScriptFonts {
        ScriptFonts(BTreeMap::new())
    }

    /// Adds a file's bytes.
    pub fn insert(&mut self, font: ScriptFont, bytes: Vec<u8>) {
        self.0.insert(font, bytes);
    }

    /// Each file at hand and its bytes.
    pub fn iter(&self) -> impl Iterator<Item = (ScriptFont, &[u8])> {
        self.0.iter().map(|(font, bytes)| (*font, bytes.as_slice()))
    }
}

/// The files `text` needs, given which characters the built-in fonts have (`built_in`).
pub fn needed(text: &str, built_in: impl Fn(char) -> bool) -> BTreeSet<ScriptFont> {
    text.chars().filter(|&c| !built_in(c)).filter_map(ScriptFont::for_char).collect()
}

/// The shipped files for `fonts`, read from `core/assets/fonts/`, for the tests.
#[cfg(test)]
pub fn shipped(fonts: &[ScriptFont]) -> ScriptFonts {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/fonts");
    let mut found = ScriptFonts::new();
    for &font in fonts {
        found.insert(font, std::fs::read(folder.join(font.file())).expect("a shipped font file"));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_send_the_worker_to_their_scripts_file() {
        let cases = [
            ('م', Some(ScriptFont::Arabic)),
            ('ے', Some(ScriptFont::Arabic)),
            ('ম', Some(ScriptFont::Bengali)),
            ('ਪ', Some(ScriptFont::Gurmukhi)),
            ('ት', Some(ScriptFont::Ethiopic)),
            ('龍', Some(ScriptFont::Cjk)),
            ('か', Some(ScriptFont::Cjk)),
            ('😀', Some(ScriptFont::Emoji)),
            ('❤', Some(ScriptFont::Emoji)),
            ('a', None),
            ('Ж', None),
        ];
        for (c, font) in cases {
            assert_eq!(ScriptFont::for_char(c), font, "{c}");
        }
    }

    #[test]
    fn only_characters_the_built_in_fonts_lack_need_a_file() {
        let built_in = |c: char| c.is_ascii() || c == '→';
        let needed = needed("Ali محمد → 李小龍 😀 and → again", built_in);
        assert_eq!(needed, BTreeSet::from([ScriptFont::Arabic, ScriptFont::Cjk, ScriptFont::Emoji]));
        assert!(super::needed("Plain text → arrows", built_in).is_empty());
    }
}
