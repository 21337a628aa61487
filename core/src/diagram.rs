//! Lays a flowchart out as a top-to-bottom diagram: boxes in layers by longest path from the
//! start, edges between them with their option labels, and the user's path marked. The UI
//! draws the result as SVG; the text alternative is built from the same flowchart.

use std::collections::HashMap;

use crate::flow::Walk;
use crate::pack::{Flowchart, NodeKind};

/// Box width and the gaps between boxes and layers, in SVG user units.
const BOX_WIDTH: u32 = 200;
const COLUMN_GAP: u32 = 40;
const LAYER_GAP: u32 = 70;
const LINE_HEIGHT: u32 = 18;
const PADDING: u32 = 10;
/// Characters a box line holds before wrapping.
const LINE_CHARS: usize = 26;

/// A node drawn as a box.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeBox {
    pub id: String,
    pub kind: NodeKind,
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
    pub lines: Vec<String>,
    pub on_path: bool,
}

/// An arrow from one box to another, with the option's label for questions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arrow {
    pub from: (u32, u32),
    pub to: (u32, u32),
    pub label: Option<String>,
    pub on_path: bool,
}

/// The laid-out diagram.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagram {
    pub width: u32,
    pub height: u32,
    pub boxes: Vec<NodeBox>,
    pub arrows: Vec<Arrow>,
}

/// Wraps text into lines of at most `width` characters, breaking at spaces where it can.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let fits = line.is_empty() || line.chars().count() + 1 + word.chars().count() <= width;
        if !fits {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Each node's layer: the longest path to it from the start (the exit sits in the last layer).
fn layers(chart: &Flowchart) -> HashMap<&str, usize> {
    let mut layer: HashMap<&str, usize> = HashMap::new();
    layer.insert(&chart.start, 0);
    // Relax edges until nothing changes; the pack checks guarantee there are no cycles, and the
    // bound stops a malformed chart from looping.
    for _ in 0..=chart.nodes.len() {
        let mut changed = false;
        for node in &chart.nodes {
            let Some(&here) = layer.get(node.id.as_str()) else { continue };
            for next in node.successors() {
                if layer.get(next).is_none_or(|&there| there < here + 1) {
                    layer.insert(next, here + 1);
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    let deepest = layer.values().copied().max().unwrap_or(0);
    layer.entry(&chart.exit).or_insert(deepest);
    layer
}

/// Lays out `chart`, marking the steps and choices in `walk`.
pub fn layout(chart: &Flowchart, walk: &Walk) -> Diagram {
    let layer_of = layers(chart);
    let layer_count = layer_of.values().copied().max().map_or(0, |deepest| deepest + 1);
    let mut rows: Vec<Vec<&str>> = vec![Vec::new(); layer_count];
    for node in &chart.nodes {
        if let Some(&layer) = layer_of.get(node.id.as_str()) {
            rows[layer].push(&node.id);
        }
    }
    let on_path = |id: &str| walk.steps().iter().any(|step| step.node == id);
    let widest = rows.iter().map(Vec::len).max().unwrap_or(1) as u32;
    let width = widest * BOX_WIDTH + (widest + 1) * COLUMN_GAP;
    let mut boxes: HashMap<&str, NodeBox> = HashMap::new();
    let mut y = COLUMN_GAP;
    for row in &rows {
        let wrapped: Vec<Vec<String>> =
            row.iter().map(|id| chart.node(id).map_or_else(Vec::new, |n| wrap(&n.text, LINE_CHARS))).collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(1) as u32 * LINE_HEIGHT + 2 * PADDING;
        let row_width = row.len() as u32 * BOX_WIDTH + (row.len() as u32).saturating_sub(1) * COLUMN_GAP;
        let mut x = (width - row_width) / 2;
        for (id, lines) in row.iter().zip(wrapped) {
            let kind = chart.node(id).map_or(NodeKind::Info, |n| n.kind);
            boxes.insert(
                id,
                NodeBox { id: (*id).to_owned(), kind, x, y, width: BOX_WIDTH, height, lines, on_path: on_path(id) },
            );
            x += BOX_WIDTH + COLUMN_GAP;
        }
        y += height + LAYER_GAP;
    }
    let arrows = arrows(chart, walk, &boxes);
    let mut ordered: Vec<NodeBox> = chart.nodes.iter().filter_map(|node| boxes.remove(node.id.as_str())).collect();
    ordered.sort_by_key(|b| (b.y, b.x));
    Diagram { width, height: y - LAYER_GAP + COLUMN_GAP, boxes: ordered, arrows }
}

fn arrows(chart: &Flowchart, walk: &Walk, boxes: &HashMap<&str, NodeBox>) -> Vec<Arrow> {
    let mut arrows = Vec::new();
    for node in &chart.nodes {
        let Some(from) = boxes.get(node.id.as_str()) else { continue };
        let chosen = walk.choice_at(&node.id);
        let edges = node
            .options
            .iter()
            .enumerate()
            .map(|(index, option)| (option.next.as_str(), Some(option.label.clone()), chosen == Some(index)))
            .chain(node.next.as_deref().map(|next| (next, None, from.on_path)));
        for (next, label, taken) in edges {
            let Some(to) = boxes.get(next) else { continue };
            arrows.push(Arrow {
                from: (from.x + from.width / 2, from.y + from.height),
                to: (to.x + to.width / 2, to.y),
                label,
                on_path: taken && to.on_path,
            });
        }
    }
    arrows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::Library;
    use proptest::prelude::*;

    #[test]
    fn wrap_breaks_at_spaces_and_keeps_every_word() {
        assert_eq!(
            wrap("Is there a clear and legitimate purpose for sharing?", 20),
            ["Is there a clear and", "legitimate purpose", "for sharing?"]
        );
        assert_eq!(wrap("", 10), Vec::<String>::new());
        assert_eq!(wrap("supercalifragilistic", 5), ["supercalifragilistic"]);
    }

    #[test]
    fn every_flowchart_lays_out_with_every_node_and_edge_inside_the_canvas() {
        let library = Library::shipped().expect("packs parse");
        for (_, chart) in library.flowcharts() {
            let diagram = layout(chart, &Walk::default());
            assert_eq!(diagram.boxes.len(), chart.nodes.len(), "{}", chart.id);
            let edges: usize = chart.nodes.iter().map(|n| n.successors().count()).sum();
            assert_eq!(diagram.arrows.len(), edges, "{}", chart.id);
            for b in &diagram.boxes {
                assert!(b.x + b.width <= diagram.width && b.y + b.height <= diagram.height, "{} {}", chart.id, b.id);
            }
            for arrow in &diagram.arrows {
                assert!(arrow.from.1 < arrow.to.1, "{}: arrows point down the page", chart.id);
            }
        }
    }

    proptest! {
        #[test]
        fn wrapped_lines_fit_unless_a_word_is_longer(text in "[a-z ]{0,200}", width in 5usize..40) {
            let lines = wrap(&text, width);
            for line in &lines {
                prop_assert!(line.chars().count() <= width || !line.contains(' '));
            }
            prop_assert_eq!(lines.join(" "), text.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }
}
