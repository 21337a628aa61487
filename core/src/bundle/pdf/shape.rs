//! A line of text as positioned glyphs: put in visual order by the Unicode bidirectional
//! algorithm (`unicode-bidi`, the line's base direction left to right, as the form's fields
//! showed it), split where the font changes (`Fonts::for_char`), and shaped by `rustybuzz`
//! (Arabic joining and ligatures, Bengali and Gurmukhi conjuncts and vowel signs, kerning,
//! mark placement). Each glyph keeps the text it stands for, so the PDF can say what was
//! typed.

use std::collections::BTreeSet;

use rustybuzz::{Direction, UnicodeBuffer};
use unicode_bidi::{Level, ParagraphBidiInfo};

use super::font::{Face, FontId, Fonts, MISSING};

/// One glyph as the shaper placed it, in thousandths of the font size.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub id: u16,
    pub advance: f32,
    pub x_offset: f32,
    pub y_offset: f32,
    /// The characters this glyph stands for: its cluster's text on the cluster's first glyph,
    /// empty on the others.
    pub text: String,
}

/// Glyphs from one font, left to right as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub font: FontId,
    pub glyphs: Vec<Glyph>,
    /// The run's text in the order it was typed.
    pub text: String,
    pub rtl: bool,
}

/// `line` (no line breaks) set in `face`: its runs, left to right.
pub fn shape(fonts: &Fonts, face: Face, line: &str) -> Vec<Run> {
    if line.is_empty() {
        return Vec::new();
    }
    let bidi = ParagraphBidiInfo::new(line, Some(Level::ltr()));
    let (levels, ranges) = bidi.visual_runs(0..line.len());
    let mut runs = Vec::new();
    for range in ranges {
        let rtl = levels.get(range.start).is_some_and(|level| level.is_rtl());
        let mut pieces = pieces(fonts, face, line.get(range).unwrap_or_default());
        if rtl {
            pieces.reverse();
        }
        runs.extend(pieces.into_iter().map(|(font, text)| shape_piece(fonts, font, text, rtl)));
    }
    runs
}

/// The width of `text` set in `face` at `size` points: as `shape` would set it, but without
/// the bidirectional ordering (a width does not depend on order) or the glyphs' texts, and
/// remembered, since every word of a document is measured and shaping is the slow part.
pub fn width(fonts: &Fonts, face: Face, text: &str, size: f32) -> f32 {
    let glyph_space = fonts.remembered_width(face, text, || {
        pieces(fonts, face, text).iter().map(|(font, piece)| advance(fonts, *font, piece)).sum()
    });
    glyph_space * size / 1000.0
}

/// The advance of `text` shaped in one font, in its script's own direction.
fn advance(fonts: &Fonts, id: FontId, text: &str) -> f32 {
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    let plan = fonts.plan(id, buffer.direction(), buffer.script());
    let shaped = rustybuzz::shape_with_plan(fonts.get(id).face(), &plan, buffer);
    shaped.glyph_positions().iter().map(|position| fonts.get(id).scaled_i32(position.x_advance)).sum()
}

/// `text` cut where its font changes, in typed order; a character no font has becomes the
/// marker.
fn pieces(fonts: &Fonts, face: Face, text: &str) -> Vec<(FontId, String)> {
    let mut pieces: Vec<(FontId, String)> = Vec::new();
    for c in text.chars() {
        let previous = pieces.last().map(|(font, _)| *font);
        let (font, c) = match fonts.for_char(face, c, previous) {
            Some(font) => (font, c),
            None => (FontId::built_in(face), MISSING),
        };
        match pieces.last_mut() {
            Some((last, piece)) if *last == font => piece.push(c),
            _ => pieces.push((font, c.to_string())),
        }
    }
    pieces
}

fn shape_piece(fonts: &Fonts, id: FontId, text: String, rtl: bool) -> Run {
    let font = fonts.get(id);
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(&text);
    buffer.set_direction(if rtl { Direction::RightToLeft } else { Direction::LeftToRight });
    buffer.guess_segment_properties();
    let plan = fonts.plan(id, buffer.direction(), buffer.script());
    let shaped = rustybuzz::shape_with_plan(font.face(), &plan, buffer);
    let starts: BTreeSet<usize> = shaped.glyph_infos().iter().map(|info| info.cluster as usize).collect();
    let mut named = BTreeSet::new();
    let glyphs = shaped
        .glyph_infos()
        .iter()
        .zip(shaped.glyph_positions())
        .map(|(info, position)| {
            let start = info.cluster as usize;
            let end = starts.range(start + 1..).next().copied().unwrap_or(text.len());
            let cluster =
                if named.insert(start) { text.get(start..end).unwrap_or_default().to_owned() } else { String::new() };
            Glyph {
                id: u16::try_from(info.glyph_id).unwrap_or(0),
                advance: font.scaled_i32(position.x_advance),
                x_offset: font.scaled_i32(position.x_offset),
                y_offset: font.scaled_i32(position.y_offset),
                text: cluster,
            }
        })
        .collect();
    Run { font: id, glyphs, text, rtl }
}

#[cfg(test)]
mod tests {
    use super::super::script_fonts::{shipped, ScriptFont};
    use super::*;

    fn texts(runs: &[Run]) -> Vec<(FontId, &str, bool)> {
        runs.iter().map(|run| (run.font, run.text.as_str(), run.rtl)).collect()
    }

    #[test]
    fn latin_is_one_run_with_a_glyph_a_character() {
        let fonts = Fonts::built_in().expect("fonts parse");
        let runs = shape(&fonts, Face::Regular, "Nguyễn Thị");
        assert_eq!(texts(&runs), [(FontId::Regular, "Nguyễn Thị", false)]);
        let text: String = runs[0].glyphs.iter().map(|glyph| glyph.text.as_str()).collect();
        assert_eq!(text, "Nguyễn Thị");
    }

    #[test]
    fn arabic_is_drawn_right_to_left_and_joined() {
        let scripts = shipped(&[ScriptFont::Arabic]);
        let fonts = Fonts::load(&scripts).expect("fonts parse");
        let arabic = FontId::Script(ScriptFont::Arabic);
        let runs = shape(&fonts, Face::Regular, "Ali محمد علي");
        assert_eq!(
            texts(&runs),
            [
                (FontId::Regular, "Ali ", false),
                (arabic, "علي", true),
                (FontId::Regular, " ", true),
                (arabic, "محمد", true)
            ]
        );
        // Joined: the four letters of محمد take four different glyphs from their isolated forms,
        // and the first glyph drawn (leftmost) is the last letter typed.
        let muhammad = &runs[3].glyphs;
        assert_eq!(muhammad.len(), 4);
        assert_eq!(muhammad[0].text, "د");
        assert_eq!(muhammad[3].text, "م");
        let isolated = shape(&fonts, Face::Regular, "م");
        assert_ne!(isolated[0].glyphs[0].id, muhammad[3].id, "the initial form, not the isolated one");
    }

    #[test]
    fn a_bengali_conjunct_is_fewer_glyphs_than_characters() {
        let scripts = shipped(&[ScriptFont::Bengali]);
        let fonts = Fonts::load(&scripts).expect("fonts parse");
        let runs = shape(&fonts, Face::Regular, "ক্ষ");
        assert_eq!(runs.len(), 1);
        assert!(runs[0].glyphs.len() < 3, "{:?}", runs[0].glyphs);
        assert_eq!(runs[0].glyphs.iter().map(|glyph| glyph.text.as_str()).collect::<String>(), "ক্ষ");
    }

    #[test]
    fn a_character_no_font_has_is_the_marker() {
        let fonts = Fonts::built_in().expect("fonts parse");
        let runs = shape(&fonts, Face::Regular, "a李b");
        assert_eq!(texts(&runs), [(FontId::Regular, "a\u{FFFD}b", false)]);
        assert!(width(&fonts, Face::Regular, "李", 10.0) > 0.0);
    }

    #[test]
    fn a_width_is_the_shaped_lines_advance() {
        let scripts = shipped(&[ScriptFont::Arabic, ScriptFont::Cjk]);
        let fonts = Fonts::load(&scripts).expect("fonts parse");
        for text in ["AVATAR Ltd", "Ali محمد علي 2024", "李小龍 and Ελένη"] {
            let shaped: f32 =
                shape(&fonts, Face::Regular, text).iter().flat_map(|run| &run.glyphs).map(|g| g.advance).sum();
            assert!((width(&fonts, Face::Regular, text, 1000.0) - shaped).abs() < 0.5, "{text}");
        }
    }

    #[test]
    fn empty_text_has_no_runs_and_no_width() {
        let fonts = Fonts::built_in().expect("fonts parse");
        assert!(shape(&fonts, Face::Bold, "").is_empty());
        assert_eq!(width(&fonts, Face::Bold, "", 10.0), 0.0);
    }
}
