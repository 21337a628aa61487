//! The rendering flowed onto A4 pages: the title, then headings, question-and-answer rows and
//! paragraphs, GOV.UK style (bold headings and labels, black text, grey rules between rows).
//! A row sets its label beside its answer, or above it when the answer is long, and breaks
//! across pages line by line; a heading is never left alone at the foot of a page. The
//! marking, handling words and page numbers are added by `furniture` once the page count is
//! known.

use super::font::{Face, Fonts};
use super::wrap::wrap;
use crate::rendering::{Block, Rendering};

/// A4 in points.
pub const PAGE_WIDTH: f32 = 595.276;
pub const PAGE_HEIGHT: f32 = 841.89;
/// The left and right margins (20 mm).
pub const MARGIN: f32 = 56.693;
pub const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;

const TITLE: Style = Style { face: Face::Bold, size: 20.0, leading: 25.0 };
const HEADING: Style = Style { face: Face::Bold, size: 14.0, leading: 18.0 };
const LABEL: Style = Style { face: Face::Bold, size: 10.0, leading: 13.5 };
const BODY: Style = Style { face: Face::Regular, size: 10.0, leading: 13.5 };
const LABEL_WIDTH: f32 = 170.0;
const VALUE_X: f32 = MARGIN + LABEL_WIDTH + 14.0;
const VALUE_WIDTH: f32 = PAGE_WIDTH - MARGIN - VALUE_X;
/// A row whose label or answer runs to more lines than this beside each other is set with
/// the answer below the label, both full width.
const STACK_AFTER_LINES: usize = 10;
const ROW_PADDING: f32 = 5.5;
const NOT_ANSWERED: &str = "Not answered";

/// How a kind of text is set.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub face: Face,
    pub size: f32,
    pub leading: f32,
}

/// The colours used.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Ink {
    /// GOV.UK text colour, #0b0c0c.
    Text,
    /// GOV.UK secondary text colour, #505a5f.
    Secondary,
    /// GOV.UK border colour, #b1b4b6.
    Border,
    /// The training watermark: light enough to read through.
    Watermark,
}

/// A line of text placed with its baseline at `y`.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub x: f32,
    pub y: f32,
    pub face: Face,
    pub size: f32,
    pub ink: Ink,
    pub text: String,
}

/// Something drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    Text(Text),
    /// A horizontal rule.
    Rule {
        x1: f32,
        x2: f32,
        y: f32,
        width: f32,
        ink: Ink,
    },
    /// The training banner's box: yellow with a black border.
    Banner {
        y: f32,
        height: f32,
    },
    /// Text set large and diagonally across the page, under everything else.
    Watermark(String),
}

/// One page's marks, in drawing order.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Page {
    pub marks: Vec<Mark>,
}

/// Flows the rendering's title and blocks between `top` and `bottom` on as many pages as it
/// needs.
pub fn flow(rendering: &Rendering, fonts: &Fonts, top: f32, bottom: f32) -> Vec<Page> {
    let mut body = Body { fonts, pages: Vec::new(), page: Page::default(), y: top, top, bottom };
    body.lines(&body.wrap(&rendering.title, TITLE, CONTENT_WIDTH), TITLE, MARGIN, Ink::Text);
    body.y -= 8.0;
    for block in &rendering.blocks {
        match block {
            Block::Heading(text) => body.heading(text),
            Block::Row { label, value } => body.row(label, value),
            Block::Paragraph(text) => body.paragraph(text),
        }
    }
    body.pages.push(body.page);
    body.pages
}

/// The page being filled and where the next line goes (`y` is the top of its line box).
struct Body<'f, 'a> {
    fonts: &'f Fonts<'a>,
    pages: Vec<Page>,
    page: Page,
    y: f32,
    top: f32,
    bottom: f32,
}

impl Body<'_, '_> {
    fn wrap(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        wrap(text, self.fonts, style.face, style.size, width)
    }

    /// Starts a new page unless `height` more points fit on this one (or it is empty).
    fn room_for(&mut self, height: f32) {
        if self.y - height < self.bottom && !self.page.marks.is_empty() {
            self.pages.push(std::mem::take(&mut self.page));
            self.y = self.top;
        }
    }

    fn at_top(&self) -> bool {
        self.page.marks.is_empty()
    }

    /// Sets one line at `x` in the current line box, without moving down.
    fn put(&mut self, line: &str, style: Style, x: f32, ink: Ink) {
        if line.is_empty() {
            return;
        }
        let y = self.y - style.leading + 0.3 * style.size;
        let text = Text { x, y, face: style.face, size: style.size, ink, text: line.to_owned() };
        self.page.marks.push(Mark::Text(text));
    }

    /// Sets lines one under another, breaking pages between them.
    fn lines(&mut self, lines: &[String], style: Style, x: f32, ink: Ink) {
        for line in lines {
            self.room_for(style.leading);
            self.put(line, style, x, ink);
            self.y -= style.leading;
        }
    }

    fn rule(&mut self) {
        let rule = Mark::Rule { x1: MARGIN, x2: PAGE_WIDTH - MARGIN, y: self.y, width: 0.75, ink: Ink::Border };
        self.page.marks.push(rule);
    }

    fn heading(&mut self, text: &str) {
        let lines = self.wrap(text, HEADING, CONTENT_WIDTH);
        let gap = 16.0;
        self.room_for(gap + HEADING.leading * lines.len() as f32 + 2.0 * BODY.leading + 2.0 * ROW_PADDING);
        if !self.at_top() {
            self.y -= gap;
        }
        self.lines(&lines, HEADING, MARGIN, Ink::Text);
        self.y -= 2.0;
    }

    fn paragraph(&mut self, text: &str) {
        let lines = self.wrap(text, BODY, CONTENT_WIDTH);
        self.room_for(BODY.leading * lines.len().min(2) as f32);
        self.y -= 4.0;
        self.lines(&lines, BODY, MARGIN, Ink::Text);
        self.y -= 4.0;
    }

    fn row(&mut self, label: &str, value: &str) {
        let (value, ink) = if value.trim().is_empty() { (NOT_ANSWERED, Ink::Secondary) } else { (value, Ink::Text) };
        let labels = self.wrap(label, LABEL, LABEL_WIDTH);
        let values = self.wrap(value, BODY, VALUE_WIDTH);
        self.room_for(2.0 * ROW_PADDING + BODY.leading * labels.len().max(values.len()).min(3) as f32);
        self.y -= ROW_PADDING;
        if values.len().max(labels.len()) > STACK_AFTER_LINES {
            let values = self.wrap(value, BODY, CONTENT_WIDTH);
            let labels = self.wrap(label, LABEL, CONTENT_WIDTH);
            self.lines(&labels, LABEL, MARGIN, Ink::Text);
            self.y -= 3.0;
            self.lines(&values, BODY, MARGIN, ink);
        } else {
            self.columns(&labels, &values, ink);
        }
        self.y -= ROW_PADDING;
        self.rule();
    }

    /// The label's lines beside the value's, line by line.
    fn columns(&mut self, labels: &[String], values: &[String], ink: Ink) {
        for index in 0..labels.len().max(values.len()) {
            self.room_for(BODY.leading);
            if let Some(label) = labels.get(index) {
                self.put(label, LABEL, MARGIN, Ink::Text);
            }
            if let Some(value) = values.get(index) {
                self.put(value, BODY, VALUE_X, ink);
            }
            self.y -= BODY.leading;
        }
    }
}
