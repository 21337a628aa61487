//! Layers: each box goes in the layer of the longest path to it from the start, and every
//! arrow is cut into one piece per layer it spans by dummy items, so that a long arrow is a
//! chain of short ones that the later steps keep out of the boxes' way. Between two layers of
//! boxes sits a layer of dummies only, and the first dummy of a labelled arrow carries its
//! label, beside the line, clear of every box (Graphviz `dot` places labels the same way).

use super::graph::Graph;

/// What an item in a layer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ItemKind {
    /// A box: the node at this index.
    Node(usize),
    /// A point an arrow (the edge at this index) passes through.
    Bend(usize),
    /// A point an arrow passes through, with the arrow's label to its right.
    Label(usize),
}

/// One item in a layer, with how far it reaches left and right of its x and how tall it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Item {
    pub kind: ItemKind,
    pub rank: usize,
    pub left: i32,
    pub right: i32,
    pub height: i32,
}

/// The layered graph: items, their order in each rank, and each arrow as a chain of items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Layered {
    pub items: Vec<Item>,
    pub ranks: Vec<Vec<usize>>,
    /// For each edge of the graph, the items it passes through, its two boxes included.
    pub chains: Vec<Vec<usize>>,
    pub preds: Vec<Vec<usize>>,
    pub succs: Vec<Vec<usize>>,
}

/// Half the width of a dummy an arrow passes through.
const BEND_HALF: i32 = 2;
/// The space between an arrow and its label.
const LABEL_GAP: i32 = 6;
/// How far right of its arrow a label starts.
pub(super) const LABEL_OFFSET: i32 = BEND_HALF + LABEL_GAP;

/// Builds the layers for `graph` with each node's size and each edge's label size.
pub(super) fn layer(graph: &Graph, node_sizes: &[(i32, i32)], label_sizes: &[Option<(i32, i32)>]) -> Layered {
    let mut node_layer = longest_paths(graph);
    shorten(graph, &mut node_layer);
    let mut items: Vec<Item> = node_sizes
        .iter()
        .zip(&node_layer)
        .enumerate()
        .map(|(node, (&(width, height), &layer))| Item {
            kind: ItemKind::Node(node),
            rank: 2 * layer,
            left: width / 2,
            right: width - width / 2,
            height,
        })
        .collect();
    let mut chains = Vec::with_capacity(graph.edges.len());
    for (index, edge) in graph.edges.iter().enumerate() {
        let (from, to) = (items[edge.from].rank, items[edge.to].rank);
        if to <= from {
            // Only a malformed chart (a cycle) gets here; the pack checks refuse one.
            chains.push(Vec::new());
            continue;
        }
        let mut chain = vec![edge.from];
        for rank in from + 1..to {
            let labelled = rank == from + 1 && !edge.labels.is_empty();
            let (kind, right, height) = match label_sizes.get(index).copied().flatten() {
                Some((width, height)) if labelled => (ItemKind::Label(index), LABEL_OFFSET + width, height),
                _ => (ItemKind::Bend(index), BEND_HALF, 0),
            };
            chain.push(items.len());
            items.push(Item { kind, rank, left: BEND_HALF, right, height });
        }
        chain.push(edge.to);
        chains.push(chain);
    }
    let rank_count = items.iter().map(|item| item.rank + 1).max().unwrap_or(0);
    let mut ranks = vec![Vec::new(); rank_count];
    for (index, item) in items.iter().enumerate() {
        ranks[item.rank].push(index);
    }
    let mut preds = vec![Vec::new(); items.len()];
    let mut succs = vec![Vec::new(); items.len()];
    for pair in chains.iter().flat_map(|chain| chain.windows(2)) {
        succs[pair[0]].push(pair[1]);
        preds[pair[1]].push(pair[0]);
    }
    Layered { items, ranks, chains, preds, succs }
}

/// Each node's layer: the longest path to it from any node nothing leads to (the start, and
/// the immediate-risk exit, which is reached from every step rather than by an arrow).
fn longest_paths(graph: &Graph) -> Vec<usize> {
    let count = graph.nodes.len();
    let mut incoming = vec![0usize; count];
    for edge in &graph.edges {
        incoming[edge.to] += 1;
    }
    let mut layer = vec![0usize; count];
    let mut ready: Vec<usize> = (0..count).filter(|&node| incoming[node] == 0).collect();
    while let Some(node) = ready.pop() {
        for next in graph.successors(node) {
            layer[next] = layer[next].max(layer[node] + 1);
            incoming[next] -= 1;
            if incoming[next] == 0 {
                ready.push(next);
            }
        }
    }
    layer
}

/// Moves each box to the layer, between its nearest predecessor and successor, that makes its
/// arrows shortest in total (down if more arrows leave it than enter it, up if fewer), until
/// none moves: fewer dummies, so fewer places to cross. The longest path fixes how many
/// layers there are; this only shortens arrows within them.
fn shorten(graph: &Graph, layer: &mut [usize]) {
    for _ in 0..graph.nodes.len() {
        let mut moved = false;
        for node in 0..graph.nodes.len() {
            let ins: Vec<usize> = graph.edges.iter().filter(|e| e.to == node).map(|e| layer[e.from]).collect();
            let outs: Vec<usize> = graph.edges.iter().filter(|e| e.from == node).map(|e| layer[e.to]).collect();
            let (Some(highest), Some(lowest)) = (ins.iter().max(), outs.iter().min()) else { continue };
            let best = match outs.len().cmp(&ins.len()) {
                std::cmp::Ordering::Greater => lowest - 1,
                std::cmp::Ordering::Less => highest + 1,
                std::cmp::Ordering::Equal => layer[node],
            };
            if best != layer[node] && best > *highest && best < *lowest {
                layer[node] = best;
                moved = true;
            }
        }
        if !moved {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::graph::{GraphEdge, GraphNode, OptionLabel};
    use super::*;
    use crate::pack::NodeKind;

    fn graph(edges: &[(usize, usize, bool)], count: usize) -> Graph {
        let node = |i: usize| GraphNode::of(&format!("n{i}"), NodeKind::Question, "");
        let label = |on: bool| if on { vec![OptionLabel { option: 0, text: "Yes".into() }] } else { Vec::new() };
        Graph {
            nodes: (0..count).map(node).collect(),
            edges: edges.iter().map(|&(from, to, on)| GraphEdge { from, to, labels: label(on) }).collect(),
        }
    }

    #[test]
    fn a_long_arrow_becomes_a_chain_with_its_label_first() {
        // 0 → 1 → 2, and 0 → 2 labelled: the long arrow passes ranks 1 to 3.
        let g = graph(&[(0, 1, false), (1, 2, false), (0, 2, true)], 3);
        let layered = layer(&g, &[(100, 40); 3], &[None, None, Some((30, 20))]);
        assert_eq!(layered.items.iter().map(|item| item.rank).collect::<Vec<_>>()[..3], [0, 2, 4]);
        let long = &layered.chains[2];
        assert_eq!(long.len(), 5, "two boxes and three dummies");
        assert_eq!(layered.items[long[1]].kind, ItemKind::Label(2));
        assert_eq!(layered.items[long[1]].right, LABEL_OFFSET + 30);
        assert_eq!(layered.items[long[2]].kind, ItemKind::Bend(2));
        assert_eq!(layered.ranks.len(), 5);
        assert_eq!(layered.succs[0].len(), 2);
    }

    #[test]
    fn a_cycle_is_left_undrawn_rather_than_looping() {
        let g = graph(&[(0, 1, false), (1, 2, false), (2, 1, false)], 3);
        let layered = layer(&g, &[(100, 40); 3], &[None, None, None]);
        assert!(layered.chains.iter().any(Vec::is_empty));
    }
}
