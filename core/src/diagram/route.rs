//! From ranks and x positions to the drawing: bands down the page, one per rank, with boxes
//! at the top of theirs; every arrow a polyline that runs straight down inside a band (under
//! its box, or through its dummy) and slants only in the gaps between bands, where nothing
//! else is drawn, so no arrow can pass through a box or a label. Arrows leave and enter boxes
//! at their own points along the edge, in the order of the items they join, and end in a
//! short vertical arrowhead.

use super::geometry::{Point, Rect};
use super::layers::{ItemKind, Layered, LABEL_OFFSET};
use super::{Cut, Diagram, Edge, EdgeLabel, LabelLine, Measured, NodeBox};
use crate::diagram::graph::Graph;

/// The space around the drawing.
pub(super) const MARGIN: i32 = 16;
/// The gap between bands, where arrows slant.
const BAND_GAP: i32 = 36;
/// The length and half-width of an arrowhead.
const ARROW: i32 = 10;
const ARROW_HALF: i32 = 5;

/// What the layout knows about the text, ready to draw.
pub(super) struct Texts {
    pub boxes: Vec<Measured<Vec<String>>>,
    pub labels: Vec<Option<Measured<Vec<LabelLine>>>>,
}

/// Where the ranks sit down the page.
struct Bands {
    tops: Vec<i32>,
    heights: Vec<i32>,
}

impl Bands {
    fn new(layered: &Layered) -> Bands {
        let heights: Vec<i32> = layered
            .ranks
            .iter()
            .map(|rank| rank.iter().map(|&item| layered.items[item].height).max().unwrap_or(0))
            .collect();
        let mut tops = Vec::with_capacity(heights.len());
        let mut y = MARGIN;
        for height in &heights {
            tops.push(y);
            y += height + BAND_GAP;
        }
        Bands { tops, heights }
    }

    fn bottom(&self, rank: usize) -> i32 {
        self.tops[rank] + self.heights[rank]
    }
}

/// Draws the laid-out graph.
pub(super) fn draw(graph: &Graph, layered: &Layered, x: &[i32], texts: Texts) -> Diagram {
    let bands = Bands::new(layered);
    let rect = |item: usize| {
        let it = &layered.items[item];
        Rect { x: x[item] - it.left, y: bands.tops[it.rank], width: it.left + it.right, height: it.height }
    };
    let boxes: Vec<NodeBox> = graph
        .nodes
        .iter()
        .zip(texts.boxes)
        .enumerate()
        .map(|(index, (node, (lines, _)))| NodeBox {
            id: node.id.clone(),
            node: node.node.clone(),
            kind: node.kind,
            rect: rect(index),
            lines,
            step: None,
        })
        .collect();
    let mut labels = texts.labels;
    let edges = graph
        .edges
        .iter()
        .zip(&layered.chains)
        .enumerate()
        .filter(|(_, (_, chain))| chain.len() >= 2)
        .map(|(index, (edge, chain))| {
            let (points, head) = polyline(layered, x, &bands, &boxes, chain);
            let label =
                chain.iter().find(|&&item| layered.items[item].kind == ItemKind::Label(index)).and_then(|&item| {
                    let (lines, (width, height)) = labels.get_mut(index)?.take()?;
                    let at = rect(item);
                    Some(EdgeLabel { rect: Rect { x: x[item] + LABEL_OFFSET, y: at.y, width, height }, lines })
                });
            Edge {
                from: graph.nodes[edge.from].id.clone(),
                to: graph.nodes[edge.to].id.clone(),
                points,
                head,
                label,
                on_path: false,
            }
        })
        .collect();
    let cuts = (1..layered.ranks.len())
        .step_by(2)
        .map(|rank| {
            let mut crossings: Vec<i32> = layered.ranks[rank].iter().map(|&item| x[item]).collect();
            crossings.sort_unstable();
            Cut { y: bands.tops[rank], crossings }
        })
        .collect();
    let width = layered.items.iter().zip(x).map(|(item, at)| at + item.right).max().unwrap_or(0) + MARGIN;
    let height = bands.tops.last().map_or(0, |_| bands.bottom(bands.tops.len() - 1)) + MARGIN;
    Diagram { width, height, boxes, edges, cuts }
}

/// Where an arrow leaves or enters a box: spread along its edge in the order of the items it
/// joins, so arrows sharing a box never cross there.
fn port(x: &[i32], boxed: &Rect, joined: &[usize], this: usize) -> i32 {
    let mut order: Vec<usize> = joined.to_vec();
    order.sort_by_key(|&item| x[item]);
    let index = order.iter().position(|&item| item == this).unwrap_or(0) as i32;
    boxed.x + boxed.width * (index + 1) / (order.len() as i32 + 1)
}

/// An arrow's points, ending at its arrowhead's base, and the arrowhead.
fn polyline(
    layered: &Layered,
    x: &[i32],
    bands: &Bands,
    boxes: &[NodeBox],
    chain: &[usize],
) -> (Vec<Point>, [Point; 3]) {
    let source = chain[0];
    let start = port(x, &boxes[source].rect, &layered.succs[source], chain[1]);
    let rank = layered.items[source].rank;
    let mut points =
        vec![Point { x: start, y: boxes[source].rect.bottom() }, Point { x: start, y: bands.bottom(rank) }];
    let mut tip = Point { x: start, y: 0 };
    for (index, &item) in chain.iter().enumerate().skip(1) {
        let it = &layered.items[item];
        let top = bands.tops[it.rank];
        let at = match it.kind {
            ItemKind::Node(node) => port(x, &boxes[node].rect, &layered.preds[item], chain[index - 1]),
            _ => x[item],
        };
        points.push(Point { x: at, y: top - ARROW });
        if index + 1 < chain.len() {
            points.push(Point { x: at, y: top });
            points.push(Point { x: at, y: bands.bottom(it.rank) });
        }
        tip = Point { x: at, y: top };
    }
    points.dedup();
    let head =
        [Point { x: tip.x - ARROW_HALF, y: tip.y - ARROW }, tip, Point { x: tip.x + ARROW_HALF, y: tip.y - ARROW }];
    (points, head)
}
