//! Compares InfoShare's flowchart layout with Graphviz `dot`: each shipped chart is written as
//! DOT with InfoShare's box sizes and labels, `dot -Tplain` draws it, and the places where
//! arrows cross are counted the same way in both drawings (`diagram::check::crossings`, with
//! `dot`'s splines flattened to polylines). Prints a table; exits 1 if InfoShare crosses more
//! often than `dot` on any chart, 2 if `dot` cannot be run. Run by `scripts/test.sh`.

mod dot;

use infoshare_core::diagram::{check, flowchart};
use infoshare_core::flow::Walk;
use infoshare_core::library::Library;

fn main() {
    let library = match Library::shipped() {
        Ok(library) => library,
        Err(error) => {
            eprintln!("dot-crossings: the shipped packs do not load: {error}");
            std::process::exit(2);
        }
    };
    println!("{:<40} {:>9} {:>5}", "flowchart", "InfoShare", "dot");
    let mut worse = Vec::new();
    for (pack, chart) in library.flowcharts() {
        let diagram = flowchart(chart, &Walk::default());
        let (areas, routes) = check::routes(&diagram);
        let ours = check::crossings(&areas, &routes);
        let theirs = match dot::draw(&diagram) {
            Ok((areas, routes)) => check::crossings(&areas, &routes),
            Err(error) => {
                eprintln!("dot-crossings: {error}");
                std::process::exit(2);
            }
        };
        let name = format!("{pack}/{}", chart.id);
        println!("{name:<40} {ours:>9} {theirs:>5}");
        if ours > theirs {
            worse.push(name);
        }
    }
    if !worse.is_empty() {
        eprintln!("dot-crossings: more crossings than dot on {}", worse.join(", "));
        std::process::exit(1);
    }
}
