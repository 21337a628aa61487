//! A wizard as its writer sees it while writing: the diagram of its steps so far, and, by id,
//! the steps no path reaches, the steps from which no path reaches an outcome, and the
//! arrows that loop back. The pack checks refuse all three; the editor shows them at once,
//! on the drawing's own terms. A loop's arrow is left out of the drawing (the layout needs a
//! chart without loops) and named instead.

use serde::{Deserialize, Serialize};

use super::{layout, Diagram, Graph};
use crate::pack::{Flowchart, NodeKind};

/// One wizard's drawing and what is wrong with its shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sketch {
    pub diagram: Diagram,
    /// Steps that neither the start nor the "immediate risk" exit leads to.
    pub unreachable: Vec<String>,
    /// Steps (not outcomes) from which no path reaches an outcome.
    pub dead_ends: Vec<String>,
    /// Arrows from a step back to one before it on the same path: (from, to).
    pub loops: Vec<(String, String)>,
}

impl Sketch {
    /// Whether the wizard's shape is sound: every step reached, every path ending.
    pub fn is_sound(&self) -> bool {
        self.unreachable.is_empty() && self.dead_ends.is_empty() && self.loops.is_empty()
    }
}

/// Draws `chart` as written so far and names the trouble with its shape.
pub fn sketch(chart: &Flowchart) -> Sketch {
    let next = successors(chart);
    let loops: Vec<(String, String)> =
        loop_arrows(chart, &next).into_iter().map(|(from, to)| (id(chart, from), id(chart, to))).collect();
    let roots: Vec<usize> = [&chart.start, &chart.exit].into_iter().filter_map(|root| index(chart, root)).collect();
    let reached = reachable(&roots, &next);
    let unreachable = (0..chart.nodes.len()).filter(|&node| !reached[node]).map(|node| id(chart, node)).collect();
    let ends: Vec<usize> = (0..chart.nodes.len()).filter(|&node| chart.nodes[node].kind == NodeKind::Outcome).collect();
    let finishing = reachable(&ends, &predecessors(&next));
    let dead_ends = (0..chart.nodes.len())
        .filter(|&node| !finishing[node] && chart.nodes[node].kind != NodeKind::Outcome)
        .map(|node| id(chart, node))
        .collect();
    let mut graph = Graph::of_chart(chart);
    let nodes = graph.nodes.clone();
    graph
        .edges
        .retain(|edge| !loops.iter().any(|(from, to)| nodes[edge.from].node == *from && nodes[edge.to].node == *to));
    Sketch { diagram: layout(&graph), unreachable, dead_ends, loops }
}

fn id(chart: &Flowchart, node: usize) -> String {
    chart.nodes[node].id.clone()
}

fn index(chart: &Flowchart, id: &str) -> Option<usize> {
    chart.nodes.iter().position(|node| node.id == id)
}

/// Each node's successors that exist, by index, each once.
fn successors(chart: &Flowchart) -> Vec<Vec<usize>> {
    chart
        .nodes
        .iter()
        .map(|node| {
            let mut next: Vec<usize> = Vec::new();
            for to in node.successors().filter_map(|id| index(chart, id)) {
                if !next.contains(&to) {
                    next.push(to);
                }
            }
            next
        })
        .collect()
}

fn predecessors(next: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let mut before = vec![Vec::new(); next.len()];
    for (from, tos) in next.iter().enumerate() {
        for &to in tos {
            before[to].push(from);
        }
    }
    before
}

/// Which nodes some path from `roots` along `arrows` reaches (the roots included).
fn reachable(roots: &[usize], arrows: &[Vec<usize>]) -> Vec<bool> {
    let mut seen = vec![false; arrows.len()];
    let mut stack = roots.to_vec();
    while let Some(node) = stack.pop() {
        if !std::mem::replace(&mut seen[node], true) {
            stack.extend(&arrows[node]);
        }
    }
    seen
}

/// The arrows that close a loop, found by depth-first walks from the start, the exit, then
/// every step not yet walked (so loops among unreachable steps are found too).
fn loop_arrows(chart: &Flowchart, next: &[Vec<usize>]) -> Vec<(usize, usize)> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        OnPath,
        Done,
    }
    let mut marks = vec![Mark::New; next.len()];
    let mut arrows = Vec::new();
    let firsts = [&chart.start, &chart.exit].into_iter().filter_map(|root| index(chart, root));
    for root in firsts.chain(0..next.len()) {
        if marks[root] != Mark::New {
            continue;
        }
        // Each entry: a node and how many of its successors were already followed.
        let mut stack = vec![(root, 0usize)];
        marks[root] = Mark::OnPath;
        while let Some((node, followed)) = stack.pop() {
            let Some(&to) = next[node].get(followed) else {
                marks[node] = Mark::Done;
                continue;
            };
            stack.push((node, followed + 1));
            match marks[to] {
                Mark::OnPath => arrows.push((node, to)),
                Mark::Done => {}
                Mark::New => {
                    marks[to] = Mark::OnPath;
                    stack.push((to, 0));
                }
            }
        }
    }
    arrows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::{FlowNode, FlowOption};

    fn node(id: &str, kind: NodeKind, next: &[&str]) -> FlowNode {
        let options = match kind {
            NodeKind::Question => next.iter().map(|to| option(to)).collect(),
            _ => Vec::new(),
        };
        let next = (kind == NodeKind::Info).then(|| next[0].to_owned());
        let (hint, next_steps, opens, carry, cite) = (None, Vec::new(), Vec::new(), Vec::new(), Vec::new());
        FlowNode { id: id.to_owned(), kind, text: id.to_owned(), hint, options, next, next_steps, opens, carry, cite }
    }

    fn option(to: &str) -> FlowOption {
        FlowOption { label: format!("To {to}"), hint: None, next: to.to_owned(), finding: None, cite: Vec::new() }
    }

    fn chart(nodes: Vec<FlowNode>) -> Flowchart {
        let (id, title, purpose, cite) = (String::new(), String::new(), String::new(), Vec::new());
        Flowchart { id, title, purpose, start: "ask".into(), exit: "risk".into(), cite, nodes }
    }

    #[test]
    fn a_sound_wizard_is_drawn_whole_with_nothing_named() {
        let sketch = sketch(&chart(vec![
            node("ask", NodeKind::Question, &["tell", "no"]),
            node("tell", NodeKind::Info, &["yes"]),
            node("yes", NodeKind::Outcome, &[]),
            node("no", NodeKind::Outcome, &[]),
            node("risk", NodeKind::Outcome, &[]),
        ]));
        assert!(sketch.is_sound(), "{sketch:?}");
        assert_eq!(sketch.diagram.boxes.len(), 5);
        assert_eq!(sketch.diagram.edges.len(), 3);
    }

    #[test]
    fn unreachable_steps_dead_ends_and_loops_are_named_and_the_rest_drawn() {
        let sketch = sketch(&chart(vec![
            node("ask", NodeKind::Question, &["tell", "again", "deleted"]),
            node("tell", NodeKind::Info, &["ask"]),
            node("again", NodeKind::Question, &["deleted"]),
            node("orphan", NodeKind::Outcome, &[]),
            node("risk", NodeKind::Outcome, &[]),
        ]));
        assert_eq!(sketch.unreachable, ["orphan"]);
        assert_eq!(sketch.dead_ends, ["ask", "tell", "again"], "no outcome can be reached from these");
        assert_eq!(sketch.loops, [("tell".to_owned(), "ask".to_owned())]);
        assert_eq!(sketch.diagram.edges.len(), 2, "the loop's arrow is left out, the missing step's never drawn");
        assert!(!sketch.is_sound());
    }

    #[test]
    fn an_empty_or_startless_wizard_still_draws() {
        assert!(sketch(&chart(Vec::new())).diagram.boxes.is_empty());
        let lone = sketch(&chart(vec![node("elsewhere", NodeKind::Info, &["elsewhere"])]));
        assert_eq!(lone.unreachable, ["elsewhere"]);
        assert_eq!(lone.loops, [("elsewhere".to_owned(), "elsewhere".to_owned())]);
    }
}
