//! A diagram split across A4 landscape pages for printing. The diagram is printed at full
//! width, or full size if it is narrower than the paper, but never so small that its text is
//! under 8 pt: a wider chart is printed in parts side by side, read across then down, each
//! overlapping the next by more than the widest box, so every box is whole on some page.
//! Each row of pages ends at a [`Cut`](super::Cut), where only arrows cross; each arrow
//! crossing it gets a letter, shown at the foot of one page and the head of the one below so
//! the reader can follow it over.

use super::Diagram;

/// The width the drawing prints at on A4 landscape: the page's column, 949 px (GOV.UK's width
/// container with its 30 px margins, in the 267 mm, 1,009 px, inside the sheet's margins).
/// Widening the column for print instead stopped WebKit printing the marking at the foot.
pub const PAPER_WIDTH_MM: f64 = 251.0;
/// The height left for the drawing on each page, under its caption (210 mm less the margins,
/// the page's caption and the connectors).
const DRAWING_HEIGHT_MM: f64 = 140.0;
/// One user unit at full size: a CSS pixel, 1/96 inch.
const MM_PER_UNIT: f64 = 25.4 / 96.0;
/// The smallest a unit prints: the diagram's 16-unit text at 8 pt (8/72 inch).
const SMALLEST_MM_PER_UNIT: f64 = 8.0 * 25.4 / 72.0 / super::FONT_SIZE as f64;
/// How much side-by-side parts overlap: more than the widest box or label.
pub const OVERLAP: i32 = 320;
/// The strip above or below a page's part of the diagram where its connectors are drawn.
pub const STRIP: i32 = 30;

/// Where an arrow goes over to another page, and its letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connector {
    pub x: i32,
    pub letter: String,
}

/// One printed page: the part of the diagram from `top` to `bottom` and `left` to `right`,
/// and the arrows coming from the page above and going on to the one below.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub top: i32,
    pub bottom: i32,
    pub left: i32,
    pub right: i32,
    /// Which of the row's parts, from 0 at the left, and how many the row has.
    pub part: usize,
    pub parts: usize,
    pub from_before: Vec<Connector>,
    pub to_next: Vec<Connector>,
}

/// A row of pages: the diagram from `top` to `bottom`, with its connectors either side.
struct Row {
    top: i32,
    bottom: i32,
    from_before: Vec<Connector>,
    to_next: Vec<Connector>,
}

/// The pages `diagram` prints on, read across then down.
pub fn print_pages(diagram: &Diagram) -> Vec<Page> {
    let scale = (PAPER_WIDTH_MM / f64::from(diagram.width.max(1))).clamp(SMALLEST_MM_PER_UNIT, MM_PER_UNIT);
    let room = (DRAWING_HEIGHT_MM / scale) as i32 - 2 * STRIP;
    let parts = parts(diagram.width, (PAPER_WIDTH_MM / scale) as i32);
    let within = |connectors: &[Connector], left: i32, right: i32| -> Vec<Connector> {
        connectors.iter().filter(|c| c.x >= left && c.x <= right).cloned().collect()
    };
    let mut pages = Vec::new();
    for row in rows(diagram, room) {
        for (part, &(left, right)) in parts.iter().enumerate() {
            pages.push(Page {
                top: row.top,
                bottom: row.bottom,
                left,
                right,
                part,
                parts: parts.len(),
                from_before: within(&row.from_before, left, right),
                to_next: within(&row.to_next, left, right),
            });
        }
    }
    pages
}

/// The left and right of each part of a row `width` wide on paper `sheet` wide, spread evenly
/// so that each overlaps the next by at least [`OVERLAP`].
fn parts(width: i32, sheet: i32) -> Vec<(i32, i32)> {
    if width <= sheet || sheet <= OVERLAP {
        return vec![(0, width)];
    }
    let (reach, stride) = (width - OVERLAP, sheet - OVERLAP);
    let count = (reach + stride - 1) / stride;
    let step = (width - sheet) / (count - 1);
    (0..count)
        .map(|index| if index == count - 1 { (width - sheet, width) } else { (index * step, index * step + sheet) })
        .collect()
}

/// The rows the diagram is cut into, each ending at the last cut that fits in `room`.
fn rows(diagram: &Diagram, room: i32) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    let mut top = 0;
    let mut from_before = Vec::new();
    loop {
        let later = diagram.cuts.iter().filter(|cut| cut.y > top);
        let fitting = later.clone().rfind(|cut| cut.y - top <= room);
        let cut = match fitting.or_else(|| later.clone().next()) {
            Some(cut) if diagram.height - top > room => cut,
            _ => {
                rows.push(Row { top, bottom: diagram.height, from_before, to_next: Vec::new() });
                return rows;
            }
        };
        let to_next: Vec<Connector> = cut
            .crossings
            .iter()
            .enumerate()
            .map(|(index, &x)| Connector { x, letter: letter(rows.len(), index) })
            .collect();
        rows.push(Row { top, bottom: cut.y, from_before, to_next: to_next.clone() });
        top = cut.y;
        from_before = to_next;
    }
}

/// The letter of the `index`th arrow over the `page`th cut: A, B, C… then AA, AB…, with the
/// page number after it from the second cut on (A2, B2…), so no two cuts share a letter.
fn letter(page: usize, index: usize) -> String {
    let alphabet = |n: usize| char::from(b'A' + (n % 26) as u8);
    let name = if index < 26 {
        alphabet(index).to_string()
    } else {
        format!("{}{}", alphabet(index / 26 - 1), alphabet(index))
    };
    if page == 0 {
        name
    } else {
        format!("{name}{}", page + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::super::Cut;
    use super::*;

    fn diagram(width: i32, height: i32, cuts: &[i32]) -> Diagram {
        Diagram {
            width,
            height,
            boxes: Vec::new(),
            edges: Vec::new(),
            cuts: cuts.iter().map(|&y| Cut { y, crossings: vec![10, 50] }).collect(),
        }
    }

    #[test]
    fn a_short_diagram_prints_on_one_page() {
        let pages = print_pages(&diagram(800, 300, &[100, 200]));
        let whole = Page {
            top: 0,
            bottom: 300,
            left: 0,
            right: 800,
            part: 0,
            parts: 1,
            from_before: Vec::new(),
            to_next: Vec::new(),
        };
        assert_eq!(pages, [whole]);
    }

    #[test]
    fn a_tall_diagram_breaks_at_the_last_cut_that_fits_with_its_arrows_lettered() {
        // 800 wide prints at full size: 140 mm is 529 units, less the strips, 469.
        let pages = print_pages(&diagram(800, 1500, &[300, 460, 700, 900, 1300]));
        let bounds: Vec<(i32, i32)> = pages.iter().map(|page| (page.top, page.bottom)).collect();
        assert_eq!(bounds, [(0, 460), (460, 900), (900, 1300), (1300, 1500)]);
        assert_eq!(pages[0].to_next, pages[1].from_before);
        let letters: Vec<&str> = pages[1].to_next.iter().map(|c| c.letter.as_str()).collect();
        assert_eq!(letters, ["A2", "B2"]);
        assert!(pages[0].from_before.is_empty() && pages[3].to_next.is_empty());
    }

    #[test]
    fn a_part_taller_than_a_page_still_ends_at_the_next_cut() {
        let pages = print_pages(&diagram(800, 2000, &[1000]));
        assert_eq!(pages.iter().map(|page| page.bottom).collect::<Vec<_>>(), [1000, 2000]);
    }

    #[test]
    fn a_chart_too_wide_for_8_pt_text_prints_in_overlapping_parts_read_across_then_down() {
        // 8 pt text on 251 mm: 1,422 units a sheet, so 2,500 units take two parts.
        let wide = Diagram { cuts: vec![Cut { y: 700, crossings: vec![100, 2_400] }], ..diagram(2_500, 1_400, &[]) };
        let pages = print_pages(&wide);
        let places: Vec<(i32, i32, usize)> = pages.iter().map(|page| (page.top, page.left, page.part)).collect();
        assert_eq!(places, [(0, 0, 0), (0, 1_078, 1), (700, 0, 0), (700, 1_078, 1)]);
        assert!(pages.iter().all(|page| page.right - page.left == 1_422 && page.parts == 2));
        assert!(pages[0].right - pages[1].left >= OVERLAP, "the parts overlap");
        let letters = |connectors: &[Connector]| connectors.iter().map(|c| c.letter.clone()).collect::<Vec<_>>();
        assert_eq!(letters(&pages[0].to_next), ["A"], "each part letters the arrows over its own width");
        assert_eq!(letters(&pages[1].to_next), ["B"]);
        assert_eq!(letters(&pages[3].from_before), ["B"]);
    }

    #[test]
    fn parts_spread_evenly_and_cover_the_width() {
        assert_eq!(parts(1_000, 1_422), [(0, 1_000)]);
        let three = parts(3_500, 1_422);
        assert_eq!(three.len(), 3);
        assert_eq!((three[0].0, three[2].1), (0, 3_500));
        assert!(three.windows(2).all(|pair| pair[0].1 - pair[1].0 >= OVERLAP));
    }

    #[test]
    fn letters_run_past_z() {
        assert_eq!(letter(0, 0), "A");
        assert_eq!(letter(0, 27), "AB");
        assert_eq!(letter(2, 1), "B3");
    }
}
