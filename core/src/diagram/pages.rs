//! A tall diagram split across A4 landscape pages for printing. The diagram is printed at
//! full width (or full size, if it is narrower than the paper) and each page ends at a
//! [`Cut`](super::Cut), where only arrows cross; each arrow crossing it gets a letter, shown at
//! the foot of one page and the head of the next so the reader can follow it over.

use super::Diagram;

/// The width of A4 landscape inside the printed page's margins (297 mm less 15 mm each side).
pub const PAPER_WIDTH_MM: f64 = 267.0;
/// The height left for the drawing on each page, under its caption (210 mm less the margins,
/// the page's caption and the connectors).
const DRAWING_HEIGHT_MM: f64 = 140.0;
/// One user unit at full size: a CSS pixel, 1/96 inch.
const MM_PER_UNIT: f64 = 25.4 / 96.0;
/// The strip above or below a page's part of the diagram where its connectors are drawn.
pub const STRIP: i32 = 30;

/// Where an arrow goes over to another page, and its letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connector {
    pub x: i32,
    pub letter: String,
}

/// One printed page: the part of the diagram from `top` to `bottom`, and the arrows coming
/// from the page before and going on to the next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub top: i32,
    pub bottom: i32,
    pub from_before: Vec<Connector>,
    pub to_next: Vec<Connector>,
}

/// The pages `diagram` prints on.
pub fn print_pages(diagram: &Diagram) -> Vec<Page> {
    let scale = (PAPER_WIDTH_MM / f64::from(diagram.width.max(1))).min(MM_PER_UNIT);
    let room = (DRAWING_HEIGHT_MM / scale) as i32 - 2 * STRIP;
    let mut pages: Vec<Page> = Vec::new();
    let mut top = 0;
    let mut from_before = Vec::new();
    loop {
        let later = diagram.cuts.iter().filter(|cut| cut.y > top);
        let fitting = later.clone().rfind(|cut| cut.y - top <= room);
        let cut = match fitting.or_else(|| later.clone().next()) {
            Some(cut) if diagram.height - top > room => cut,
            _ => {
                pages.push(Page { top, bottom: diagram.height, from_before, to_next: Vec::new() });
                return pages;
            }
        };
        let to_next: Vec<Connector> = cut
            .crossings
            .iter()
            .enumerate()
            .map(|(index, &x)| Connector { x, letter: letter(pages.len(), index) })
            .collect();
        pages.push(Page { top, bottom: cut.y, from_before, to_next: to_next.clone() });
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
        assert_eq!(pages, [Page { top: 0, bottom: 300, from_before: Vec::new(), to_next: Vec::new() }]);
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
    fn letters_run_past_z() {
        assert_eq!(letter(0, 0), "A");
        assert_eq!(letter(0, 27), "AB");
        assert_eq!(letter(2, 1), "B3");
    }
}
