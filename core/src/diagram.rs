//! Lays a flowchart out as a layered, top-to-bottom diagram, the way Graphviz `dot` and ELK's
//! layered layout do (Sugiyama's method): boxes in layers ([`layers`]), every arrow cut into
//! one piece per layer so long arrows run between boxes rather than through them, labels on
//! their arrow's first dummy beside the line, each layer ordered to reduce crossings
//! ([`order`]), positions that keep arrows short and straight ([`place`]), and arrows routed
//! as polylines ([`route`]). The user's path is marked with step numbers. [`check`] finds
//! overlaps and counts crossings; [`pages`] splits a tall diagram for printing; [`sketch`]
//! draws a wizard while it is written and names what is wrong with its shape. The UI draws
//! the result as SVG; the text alternative is built from the same flowchart.

pub mod check;
mod geometry;
mod graph;
mod layers;
mod order;
pub mod pages;
mod place;
mod route;
pub mod sketch;
mod text;

pub use geometry::{Point, Rect};
pub use graph::{Graph, GraphEdge, GraphNode, OptionLabel};
pub use text::{FONT_SIZE, LINE_HEIGHT};

use serde::{Deserialize, Serialize};

use crate::flow::Walk;
use crate::pack::{Flowchart, NodeKind};
use crate::record::Context;

/// The widest a box's text may run before wrapping.
const BOX_TEXT_WIDTH: i32 = 250;
/// The space left of a box's text, where a step number goes.
pub const BOX_GUTTER: i32 = 34;
/// The space right of, above and below a box's text.
pub const BOX_PADDING: i32 = 10;
/// The narrowest box.
const MIN_BOX_WIDTH: i32 = 120;
/// The widest a label's line may run.
const LABEL_TEXT_WIDTH: i32 = 190;
/// The bullet before each option of a label that has several, and the indent after it.
const BULLET: &str = "• ";

/// A node drawn as a box, with its text wrapped to fit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NodeBox {
    /// Unique in the drawing (see [`GraphNode::id`]).
    pub id: String,
    /// The chart node it draws: an outcome many steps reach has several boxes.
    pub node: String,
    pub kind: NodeKind,
    pub rect: Rect,
    pub lines: Vec<String>,
    /// Its number on the path shown, if it is on it.
    pub step: Option<usize>,
}

/// A line of an arrow's label: part of one option's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LabelLine {
    pub text: String,
    /// The option (at the arrow's question) this line belongs to.
    pub option: usize,
    /// How far right of the label's left edge the line starts.
    pub indent: i32,
    /// Whether this option is the one chosen on the path shown (drawn in bold).
    pub taken: bool,
}

/// An arrow's label and where it sits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EdgeLabel {
    pub rect: Rect,
    pub lines: Vec<LabelLine>,
}

/// An arrow: a polyline ending at the base of its arrowhead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edge {
    pub from: String,
    pub to: String,
    pub points: Vec<Point>,
    /// The arrowhead: left corner, tip, right corner.
    pub head: [Point; 3],
    pub label: Option<EdgeLabel>,
    pub on_path: bool,
}

/// A height at which a printed page can end: only arrows cross it, straight down, at these x.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cut {
    pub y: i32,
    pub crossings: Vec<i32>,
}

/// The laid-out diagram, in SVG user units from (0, 0).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagram {
    pub width: i32,
    pub height: i32,
    pub boxes: Vec<NodeBox>,
    pub edges: Vec<Edge>,
    pub cuts: Vec<Cut>,
}

/// Text ready to draw, with the width and height it takes.
type Measured<T> = (T, (i32, i32));

/// Lays out any graph of boxes and arrows.
pub fn layout(graph: &Graph) -> Diagram {
    let boxes = graph.nodes.iter().map(|node| box_text(&node.text)).collect::<Vec<_>>();
    let labels = graph.edges.iter().map(|edge| label_text(&edge.labels)).collect::<Vec<_>>();
    let node_sizes: Vec<(i32, i32)> = boxes.iter().map(|(_, size)| *size).collect();
    let label_sizes: Vec<Option<(i32, i32)>> =
        labels.iter().map(|label| label.as_ref().map(|(_, size)| *size)).collect();
    let mut layered = layers::layer(graph, &node_sizes, &label_sizes);
    order::reduce_crossings(&mut layered);
    let x = place::place(&layered, route::MARGIN);
    route::draw(graph, &layered, &x, route::Texts { boxes, labels })
}

/// The whole flowchart, with the path `walk` has taken so far marked, up to the step it is on
/// (nothing is marked before the first answer).
pub fn flowchart(chart: &Flowchart, walk: &Walk) -> Diagram {
    let mut diagram = layout(&Graph::of_chart(chart));
    let mut path: Vec<&str> = walk.steps().iter().map(|step| step.node.as_str()).collect();
    let current = walk.current(chart).filter(|node| !path.is_empty() && path.last() != Some(&node.id.as_str()));
    if let Some(current) = current {
        path.push(&current.id);
    }
    diagram.mark(&path, |node| walk.choice_at(node));
    diagram
}

/// Only the steps a decision record went through, one under another.
pub fn path_only(context: &Context) -> Diagram {
    let graph = Graph::of_path(context);
    let mut diagram = layout(&graph);
    let path: Vec<&str> = graph.nodes.iter().map(|node| node.id.as_str()).collect();
    diagram.mark(&path, |_| Some(0));
    diagram
}

impl Diagram {
    /// Numbers the boxes on `path` (chart node ids in order) and marks the arrows between
    /// them, with the option `chosen` at each question (by chart node id) in bold.
    fn mark(&mut self, path: &[&str], chosen: impl Fn(&str) -> Option<usize>) {
        let path = self.boxes_on(path);
        for node in &mut self.boxes {
            node.step = path.iter().position(|id| *id == node.id).map(|index| index + 1);
        }
        for edge in &mut self.edges {
            edge.on_path = path.windows(2).any(|pair| pair[0] == edge.from && pair[1] == edge.to);
            // Only outcomes are drawn more than once and no arrow leaves one, so an arrow's
            // `from` is its chart node's id.
            let choice = chosen(&edge.from);
            for line in edge.label.iter_mut().flat_map(|label| &mut label.lines) {
                line.taken = edge.on_path && choice == Some(line.option);
            }
        }
    }

    /// The boxes a path of chart nodes goes through: where a node has several boxes, the one
    /// the arrow from the step before leads to.
    fn boxes_on(&self, path: &[&str]) -> Vec<String> {
        let mut boxes: Vec<String> = Vec::with_capacity(path.len());
        for node in path {
            let mut drawing = self.boxes.iter().filter(|b| b.node == *node).map(|b| &b.id);
            let first = drawing.clone().next();
            let from = boxes.last();
            let reached = drawing.find(|id| self.edges.iter().any(|e| Some(&e.from) == from && e.to == **id));
            boxes.extend(reached.or(first).cloned());
        }
        boxes
    }
}

/// A box's wrapped text and its size.
fn box_text(text: &str) -> Measured<Vec<String>> {
    let lines = text::wrap(text, BOX_TEXT_WIDTH, false);
    let widest = lines.iter().map(|line| text::width(line, false)).max().unwrap_or(0);
    let width = (BOX_GUTTER + widest + BOX_PADDING).max(MIN_BOX_WIDTH);
    let height = lines.len().max(1) as i32 * LINE_HEIGHT + 2 * BOX_PADDING;
    (lines, (width, height))
}

/// An arrow's label lines (each option's text, bulleted when there are several) and its size,
/// measured in bold since the chosen option is drawn so.
fn label_text(labels: &[OptionLabel]) -> Option<Measured<Vec<LabelLine>>> {
    let bulleted = labels.len() > 1;
    let indent = if bulleted { text::width(BULLET, true) } else { 0 };
    let mut lines = Vec::new();
    for label in labels {
        for (index, line) in text::wrap(&label.text, LABEL_TEXT_WIDTH - indent, true).into_iter().enumerate() {
            let (text, indent) = match (bulleted, index) {
                (true, 0) => (format!("{BULLET}{line}"), 0),
                _ => (line, if index > 0 { indent } else { 0 }),
            };
            lines.push(LabelLine { text, option: label.option, indent, taken: false });
        }
    }
    let width = lines.iter().map(|line| line.indent + text::width(&line.text, true)).max()?;
    let height = lines.len() as i32 * LINE_HEIGHT;
    Some((lines, (width, height)))
}

#[cfg(test)]
mod tests;
