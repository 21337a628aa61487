//! What every page carries whatever is on it: the protective marking (bold) and the handling
//! words at the top and the bottom, the reference and "Page N of M" in the footer, and for a
//! training file a yellow "TRAINING: FICTIONAL DATA" banner under the header and the same
//! words large and diagonal behind the text, so a printed training page can never pass for a
//! real one.

use super::font::{Face, Fonts};
use super::layout::{Ink, Mark, Page, Style, Text, CONTENT_WIDTH, MARGIN, PAGE_HEIGHT, PAGE_WIDTH};
use super::shape;
use super::wrap::wrap;
use crate::rendering::{HANDLING, MARKING, TRAINING};

const MARKING_STYLE: Style = Style { face: Face::Bold, size: 11.0, leading: 13.0 };
const HANDLING_STYLE: Style = Style { face: Face::Regular, size: 7.5, leading: 9.0 };
const FOOTER_STYLE: Style = Style { face: Face::Regular, size: 8.0, leading: 10.0 };
const BANNER_STYLE: Style = Style { face: Face::Bold, size: 12.0, leading: 14.0 };
const BANNER_HEIGHT: f32 = 22.0;
/// Space between the furniture's rules and the body.
const GAP: f32 = 16.0;

/// The page furniture for one document, and the band it leaves for the body.
pub struct Furniture<'f, 'a> {
    fonts: &'f Fonts<'a>,
    handling: Vec<String>,
    reference: String,
    training: bool,
}

impl<'f, 'a> Furniture<'f, 'a> {
    pub fn new(fonts: &'f Fonts<'a>, reference: &str, training: bool) -> Furniture<'f, 'a> {
        let handling = wrap(HANDLING, fonts, HANDLING_STYLE.face, HANDLING_STYLE.size, CONTENT_WIDTH);
        Furniture { fonts, handling, reference: reference.to_owned(), training }
    }

    /// The baseline of the top marking; the handling words follow under it.
    fn header_marking_y() -> f32 {
        PAGE_HEIGHT - 32.0
    }

    fn header_rule_y(&self) -> f32 {
        Self::header_marking_y() - HANDLING_STYLE.leading * self.handling.len() as f32 - 8.0
    }

    fn banner_top(&self) -> f32 {
        self.header_rule_y() - 8.0
    }

    /// The top of the body.
    pub fn top(&self) -> f32 {
        let below = if self.training { self.banner_top() - BANNER_HEIGHT } else { self.header_rule_y() };
        below - GAP
    }

    /// The baseline of the bottom marking.
    fn footer_marking_y() -> f32 {
        24.0
    }

    /// The baseline of the reference and page number line.
    fn footer_line_y(&self) -> f32 {
        let handling = HANDLING_STYLE.leading * self.handling.len().saturating_sub(1) as f32;
        Self::footer_marking_y() + MARKING_STYLE.leading + handling + FOOTER_STYLE.leading + 3.0
    }

    fn footer_rule_y(&self) -> f32 {
        self.footer_line_y() + FOOTER_STYLE.leading
    }

    /// The bottom of the body.
    pub fn bottom(&self) -> f32 {
        self.footer_rule_y() + GAP
    }

    /// Puts the furniture on every page, under the body.
    pub fn apply(&self, pages: &mut [Page]) {
        let count = pages.len();
        for (index, page) in pages.iter_mut().enumerate() {
            let mut marks = self.marks(index + 1, count);
            marks.append(&mut page.marks);
            page.marks = marks;
        }
    }

    fn marks(&self, number: usize, count: usize) -> Vec<Mark> {
        let mut marks = Vec::new();
        if self.training {
            marks.push(Mark::Watermark(TRAINING.to_owned()));
        }
        self.header(&mut marks);
        self.footer(&mut marks, &format!("Page {number} of {count}"));
        marks
    }

    fn header(&self, marks: &mut Vec<Mark>) {
        let mut y = Self::header_marking_y();
        marks.push(self.centred(MARKING, MARKING_STYLE, y, Ink::Text));
        for line in &self.handling {
            y -= HANDLING_STYLE.leading;
            marks.push(self.centred(line, HANDLING_STYLE, y, Ink::Text));
        }
        marks.push(rule(self.header_rule_y()));
        if self.training {
            let top = self.banner_top();
            marks.push(Mark::Banner { y: top - BANNER_HEIGHT, height: BANNER_HEIGHT });
            let baseline = top - BANNER_HEIGHT / 2.0 - 0.36 * BANNER_STYLE.size;
            marks.push(self.centred(TRAINING, BANNER_STYLE, baseline, Ink::Text));
        }
    }

    fn footer(&self, marks: &mut Vec<Mark>, page: &str) {
        marks.push(rule(self.footer_rule_y()));
        let line_y = self.footer_line_y();
        marks.push(Mark::Text(self.text(&self.reference, FOOTER_STYLE, MARGIN, line_y, Ink::Secondary)));
        let width = shape::width(self.fonts, FOOTER_STYLE.face, page, FOOTER_STYLE.size);
        marks.push(Mark::Text(self.text(page, FOOTER_STYLE, PAGE_WIDTH - MARGIN - width, line_y, Ink::Secondary)));
        let mut y = line_y - FOOTER_STYLE.leading - 3.0;
        for line in &self.handling {
            marks.push(self.centred(line, HANDLING_STYLE, y, Ink::Text));
            y -= HANDLING_STYLE.leading;
        }
        marks.push(self.centred(MARKING, MARKING_STYLE, Self::footer_marking_y(), Ink::Text));
    }

    fn text(&self, text: &str, style: Style, x: f32, y: f32, ink: Ink) -> Text {
        Text { x, y, face: style.face, size: style.size, ink, text: text.to_owned() }
    }

    fn centred(&self, text: &str, style: Style, y: f32, ink: Ink) -> Mark {
        let width = shape::width(self.fonts, style.face, text, style.size);
        Mark::Text(self.text(text, style, (PAGE_WIDTH - width) / 2.0, y, ink))
    }
}

fn rule(y: f32) -> Mark {
    Mark::Rule { x1: MARGIN, x2: PAGE_WIDTH - MARGIN, y, width: 0.75, ink: Ink::Border }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn furnished(training: bool) -> Vec<Page> {
        let fonts = Fonts::built_in().expect("fonts parse");
        let mut pages = vec![Page::default(); 3];
        Furniture::new(&fonts, "ISR-7K3Q", training).apply(&mut pages);
        pages
    }

    fn texts(page: &Page) -> Vec<&str> {
        page.marks
            .iter()
            .filter_map(|mark| match mark {
                Mark::Text(text) => Some(text.text.as_str()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_page_has_the_marking_twice_and_its_number() {
        for (index, page) in furnished(false).iter().enumerate() {
            let texts = texts(page);
            assert_eq!(texts.iter().filter(|text| **text == MARKING).count(), 2);
            assert!(texts.contains(&format!("Page {} of 3", index + 1).as_str()));
            assert!(texts.contains(&"ISR-7K3Q"));
            assert!(!page.marks.iter().any(|mark| matches!(mark, Mark::Watermark(_) | Mark::Banner { .. })));
        }
    }

    #[test]
    fn every_training_page_has_the_banner_and_the_watermark_first() {
        for page in furnished(true) {
            assert_eq!(page.marks[0], Mark::Watermark(TRAINING.to_owned()));
            assert!(page.marks.iter().any(|mark| matches!(mark, Mark::Banner { .. })));
            assert!(texts(&page).contains(&TRAINING));
        }
    }

    #[test]
    fn the_body_fits_between_the_header_and_the_footer() {
        let fonts = Fonts::built_in().expect("fonts parse");
        for training in [false, true] {
            let furniture = Furniture::new(&fonts, "ISR-7K3Q", training);
            assert!(furniture.top() > 700.0 && furniture.bottom() < 100.0);
            assert!(furniture.top() < furniture.header_rule_y() && furniture.bottom() > furniture.footer_rule_y());
        }
    }
}
