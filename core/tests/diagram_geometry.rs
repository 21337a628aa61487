//! Every shipped flowchart laid out and looked at as a reader would: no label over another
//! label or a box, no arrow through a box or a label, everything inside the drawing, and a
//! printed page for every part of it. (The crossings are compared with Graphviz `dot` by
//! `cargo run -p infoshare-core --bin dot-crossings`, run by `scripts/test.sh`.)

use infoshare_core::diagram::{check, flowchart, pages};
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
fn every_shipped_flowchart_prints_as_a_run_of_pages_covering_it() {
    let library = Library::shipped().expect("packs parse");
    for (pack, chart) in library.flowcharts() {
        let diagram = flowchart(chart, &Walk::default());
        let printed = pages::print_pages(&diagram);
        assert_eq!(printed.first().map(|page| page.top), Some(0), "{pack}/{}", chart.id);
        assert_eq!(printed.last().map(|page| page.bottom), Some(diagram.height), "{pack}/{}", chart.id);
        for pair in printed.windows(2) {
            assert_eq!(pair[0].bottom, pair[1].top, "{pack}/{}: pages follow on", chart.id);
            assert!(!pair[0].to_next.is_empty(), "{pack}/{}: a page break is marked", chart.id);
        }
    }
}
