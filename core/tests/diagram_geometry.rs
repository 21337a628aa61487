//! Every shipped flowchart laid out and looked at as a reader would: no label over another
//! label or a box, no arrow through a box or a label, everything inside the drawing, and a
//! printed page for every part of it. (The crossings are compared with Graphviz `dot` by
//! `cargo run -p infoshare-core --bin dot-crossings`, run by `scripts/test.sh`.)

use infoshare_core::diagram::{check, flowchart, pages, FONT_SIZE};
use infoshare_core::flow::Walk;
use infoshare_core::library::Library;

#[test]
fn every_shipped_flowchart_reads_cleanly() {
    let library = Library::shipped().expect("packs parse");
    let mut charts = 0;
    for (pack, chart) in library.flowcharts() {
        let diagram = flowchart(chart, &Walk::default());
        let problems = check::problems(&diagram);
        assert!(problems.is_empty(), "{pack}/{}:\n{}", chart.id, problems.join("\n"));
        charts += 1;
    }
    assert!(charts >= 5, "the shipped flowcharts were all checked");
}

#[test]
fn every_shipped_flowchart_prints_as_rows_of_pages_covering_it_with_text_of_8_pt_or_more() {
    let library = Library::shipped().expect("packs parse");
    for (pack, chart) in library.flowcharts() {
        let diagram = flowchart(chart, &Walk::default());
        let printed = pages::print_pages(&diagram);
        let name = format!("{pack}/{}", chart.id);
        let rows: Vec<&pages::Page> = printed.iter().filter(|page| page.part == 0).collect();
        assert_eq!(rows.first().map(|page| page.top), Some(0), "{name}");
        assert_eq!(rows.last().map(|page| page.bottom), Some(diagram.height), "{name}");
        for pair in rows.windows(2) {
            assert_eq!(pair[0].bottom, pair[1].top, "{name}: rows follow on");
            assert!(!pair[0].to_next.is_empty(), "{name}: a page break is marked");
        }
        for page in &printed {
            let same_row: Vec<&pages::Page> = printed.iter().filter(|other| other.top == page.top).collect();
            assert_eq!(same_row.len(), page.parts, "{name}: every row has all its parts");
            assert_eq!(same_row.first().map(|p| p.left), Some(0), "{name}");
            assert_eq!(same_row.last().map(|p| p.right), Some(diagram.width), "{name}");
            let width_mm = pages::PAPER_WIDTH_MM.min(f64::from(page.right - page.left) * 25.4 / 96.0);
            let text_pt = f64::from(FONT_SIZE) * width_mm / f64::from(page.right - page.left) * 72.0 / 25.4;
            assert!(text_pt >= 7.99, "{name}: text prints at {text_pt:.1} pt");
        }
    }
}
