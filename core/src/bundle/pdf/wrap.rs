//! Breaking text into lines that fit a width: at spaces where it can, inside a word when the
//! word alone is wider than the line (a pasted link, a long reference), and at every newline
//! the writer typed, so a value keeps its own line breaks and blank lines.

use super::font::{Face, Fonts};
use super::shape;

/// How text is measured: in which fonts, face and size.
#[derive(Clone, Copy)]
pub struct Measure<'f, 'a> {
    pub fonts: &'f Fonts<'a>,
    pub face: Face,
    pub size: f32,
}

impl Measure<'_, '_> {
    fn width(&self, text: &str) -> f32 {
        shape::width(self.fonts, self.face, text, self.size)
    }
}

/// `text` in lines no wider than `width` points when set in `face` at `size`.
pub fn wrap(text: &str, fonts: &Fonts, face: Face, size: f32, width: f32) -> Vec<String> {
    let measure = Measure { fonts, face, size };
    let text = clean(text);
    let mut lines = Vec::new();
    for paragraph in text.trim_end_matches('\n').split('\n') {
        wrap_paragraph(paragraph, measure, width, &mut lines);
    }
    lines
}

/// Tabs as spaces, and no carriage returns or other control characters.
fn clean(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\t' => Some(' '),
            '\n' => Some('\n'),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// One paragraph's lines; an empty paragraph is one blank line.
fn wrap_paragraph(paragraph: &str, measure: Measure, width: f32, lines: &mut Vec<String>) {
    let space = measure.width(" ");
    let mut line = Line::default();
    let mut pushed = false;
    for word in paragraph.split(' ').filter(|word| !word.is_empty()) {
        let word_width = measure.width(word);
        if !line.text.is_empty() && line.width + space + word_width <= width {
            line.text.push(' ');
            line.text.push_str(word);
            line.width += space + word_width;
            continue;
        }
        if !line.text.is_empty() {
            lines.push(line.take());
            pushed = true;
        }
        if word_width <= width {
            line = Line { text: word.to_owned(), width: word_width };
        } else {
            pushed |= break_word(word, measure, width, &mut line, lines);
        }
    }
    if !line.text.is_empty() || !pushed {
        lines.push(line.text);
    }
}

/// Splits a word wider than the line between characters, leaving the last piece in `line`.
/// Returns whether it finished any lines.
fn break_word(word: &str, measure: Measure, width: f32, line: &mut Line, lines: &mut Vec<String>) -> bool {
    let mut pushed = false;
    for c in word.chars() {
        let c_width = measure.width(c.encode_utf8(&mut [0; 4]));
        if !line.text.is_empty() && line.width + c_width > width {
            lines.push(line.take());
            pushed = true;
        }
        line.text.push(c);
        line.width += c_width;
    }
    pushed
}

/// The line being filled and its width so far.
#[derive(Default)]
struct Line {
    text: String,
    width: f32,
}

impl Line {
    fn take(&mut self) -> String {
        self.width = 0.0;
        std::mem::take(&mut self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, width: f32) -> Vec<String> {
        let fonts = Fonts::built_in().expect("fonts parse");
        wrap(text, &fonts, Face::Regular, 10.0, width)
    }

    #[test]
    fn short_text_is_one_line() {
        assert_eq!(lines("Priya Shah", 200.0), ["Priya Shah"]);
    }

    #[test]
    fn long_text_breaks_at_spaces_and_every_line_fits() {
        let fonts = Fonts::built_in().expect("fonts parse");
        let text = "The quick brown fox jumps over the lazy dog. ".repeat(40);
        let wrapped = lines(&text, 150.0);
        assert!(wrapped.len() > 20);
        assert!(wrapped.iter().all(|line| shape::width(&fonts, Face::Regular, line, 10.0) <= 150.0));
        assert_eq!(wrapped.join(" "), text.trim_end());
    }

    #[test]
    fn a_word_longer_than_the_line_is_split_between_characters() {
        let word = "x".repeat(500);
        let wrapped = lines(&format!("see {word} here"), 100.0);
        assert!(wrapped.len() > 5);
        assert_eq!(wrapped[0], "see");
        assert_eq!(wrapped.concat().replace(' ', ""), format!("see{word}here"));
    }

    #[test]
    fn newlines_and_blank_lines_are_kept() {
        assert_eq!(
            lines("1 Example Street\nLincoln\n\nLN1 9ZZ\n", 300.0),
            ["1 Example Street", "Lincoln", "", "LN1 9ZZ"]
        );
        assert_eq!(lines("a\r\nb\tc\u{7}", 300.0), ["a", "b c"]);
    }

    #[test]
    fn empty_text_is_one_blank_line() {
        assert_eq!(lines("", 100.0), [""]);
    }
}
