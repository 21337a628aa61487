//! What a diagram draws, before layout: the boxes and the arrows between them. A flowchart's
//! options that lead to the same step become one arrow carrying all their labels, as a person
//! drawing the chart would draw them; an outcome that many steps reach is drawn beside each
//! of them, as flowcharts on paper repeat "seek advice", so its arrows stay short instead of
//! running the height of the chart; a decision record's path becomes a single column.

use crate::pack::{Flowchart, NodeKind};
use crate::record::Context;

/// An outcome reached from at least this many steps is drawn once beside each of them.
const DRAWN_APART_FROM: usize = 3;

/// A box to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GraphNode {
    /// The box's own id, unique in the drawing: the chart node's id, or for a second or later
    /// copy of an outcome drawn apart, that id with `~` and the copy's number.
    pub id: String,
    /// The chart node the box draws.
    pub node: String,
    pub kind: NodeKind,
    pub text: String,
}

/// One option's label on an arrow, with the option's index at the arrow's question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionLabel {
    pub option: usize,
    pub text: String,
}

/// An arrow from one box to another (indices into [`Graph::nodes`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GraphEdge {
    pub from: usize,
    pub to: usize,
    /// Empty for an information step's single way on.
    pub labels: Vec<OptionLabel>,
}

/// Boxes and arrows; the first node is where reading starts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Graph {
    pub nodes: Vec<GraphNode>,
    pub edges: Vec<GraphEdge>,
}

impl GraphNode {
    /// The box that draws chart node `id`, the only one for it so far.
    pub fn of(id: &str, kind: NodeKind, text: &str) -> GraphNode {
        GraphNode { id: id.to_owned(), node: id.to_owned(), kind, text: text.to_owned() }
    }
}

impl Graph {
    /// A flowchart: every node (the start first) and one arrow for each pair of steps that
    /// options join.
    pub fn of_chart(chart: &Flowchart) -> Graph {
        let start = chart.nodes.iter().filter(|node| node.id == chart.start);
        let rest = chart.nodes.iter().filter(|node| node.id != chart.start);
        let nodes: Vec<GraphNode> =
            start.chain(rest).map(|node| GraphNode::of(&node.id, node.kind, &node.text)).collect();
        let index = |id: &str| nodes.iter().position(|node| node.id == id);
        let mut edges: Vec<GraphEdge> = Vec::new();
        for node in &chart.nodes {
            let Some(from) = index(&node.id) else { continue };
            let options =
                node.options.iter().enumerate().map(|(option, o)| (o.next.as_str(), Some((option, &o.label))));
            for (next, label) in options.chain(node.next.as_deref().map(|next| (next, None))) {
                let Some(to) = index(next) else { continue };
                let label = label.map(|(option, text)| OptionLabel { option, text: text.clone() });
                match edges.iter_mut().find(|edge| edge.from == from && edge.to == to) {
                    Some(edge) => edge.labels.extend(label),
                    None => edges.push(GraphEdge { from, to, labels: label.into_iter().collect() }),
                }
            }
        }
        let mut graph = Graph { nodes, edges };
        graph.draw_shared_outcomes_apart();
        graph
    }

    /// Gives each arrow into an outcome that [`DRAWN_APART_FROM`] or more steps reach a copy
    /// of that outcome of its own (the first keeps the original).
    fn draw_shared_outcomes_apart(&mut self) {
        for shared in 0..self.nodes.len() {
            let into: Vec<usize> = (0..self.edges.len()).filter(|&edge| self.edges[edge].to == shared).collect();
            let is_end = self.nodes[shared].kind == NodeKind::Outcome && self.successors(shared).next().is_none();
            if !is_end || into.len() < DRAWN_APART_FROM {
                continue;
            }
            for (copy, &edge) in into.iter().enumerate().skip(1) {
                let original = &self.nodes[shared];
                let id = format!("{}~{}", original.id, copy + 1);
                self.nodes.push(GraphNode { id, ..original.clone() });
                self.edges[edge].to = self.nodes.len() - 1;
            }
        }
    }

    /// The steps a decision record went through, each answer on the arrow to the next step,
    /// ending at the outcome.
    pub fn of_path(context: &Context) -> Graph {
        let steps = context.path.iter().map(|entry| (NodeKind::Question, entry.step.clone(), entry.question.clone()));
        let outcome = (NodeKind::Outcome, "outcome".to_owned(), context.outcome.heading.clone());
        let nodes: Vec<GraphNode> =
            steps.chain([outcome]).map(|(kind, id, text)| GraphNode::of(&id, kind, &text)).collect();
        let edges = context
            .path
            .iter()
            .enumerate()
            .map(|(from, entry)| GraphEdge {
                from,
                to: from + 1,
                labels: vec![OptionLabel { option: 0, text: entry.answer.clone() }],
            })
            .collect();
        Graph { nodes, edges }
    }

    /// The nodes each node leads to, by index.
    pub(super) fn successors(&self, node: usize) -> impl Iterator<Item = usize> + '_ {
        self.edges.iter().filter(move |edge| edge.from == node).map(|edge| edge.to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::Library;

    #[test]
    fn options_to_the_same_step_share_one_arrow_with_every_label() {
        let library = Library::shipped().expect("packs parse");
        let chart = library.flowchart("national", "lawful-basis").expect("the lawful basis finder");
        let graph = Graph::of_chart(chart);
        assert_eq!(graph.nodes[0].id, chart.start);
        assert!(chart.nodes.iter().all(|node| graph.nodes.iter().any(|drawn| drawn.id == node.id)));
        let labels: usize = graph.edges.iter().map(|edge| edge.labels.len()).sum();
        let options: usize = chart.nodes.iter().map(|node| node.options.len()).sum();
        assert_eq!(labels, options, "every option's label is on some arrow");
        let art6 = graph.nodes.iter().position(|node| node.id == "art6-public").expect("art6-public");
        let special = graph.nodes.iter().position(|node| node.id == "special-category").expect("special-category");
        let merged = graph.edges.iter().find(|edge| edge.from == art6 && edge.to == special).expect("an arrow");
        let texts: Vec<&str> = merged.labels.iter().map(|label| label.text.as_str()).collect();
        assert_eq!(texts, ["Public task", "Legal obligation", "Vital interests", "Consent"]);
    }

    #[test]
    fn an_outcome_many_steps_reach_is_drawn_beside_each_and_others_once() {
        let library = Library::shipped().expect("packs parse");
        let chart = library.flowchart("national", "lawful-basis").expect("the lawful basis finder");
        let graph = Graph::of_chart(chart);
        let drawn = |node: &str| graph.nodes.iter().filter(|drawn| drawn.node == node).count();
        let into = |node: &str| {
            chart
                .nodes
                .iter()
                .filter(|from| from.options.iter().any(|o| o.next == node) || from.next.as_deref() == Some(node))
                .count()
        };
        assert!(into("seek-advice") >= DRAWN_APART_FROM);
        assert_eq!(drawn("seek-advice"), into("seek-advice"), "one copy for each step that leads there");
        assert_eq!(drawn("special-category"), 1, "a question is drawn once, however many lead to it");
        let mut ids: Vec<&str> = graph.nodes.iter().map(|node| node.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), graph.nodes.len(), "every box has its own id");
        for (index, node) in graph.nodes.iter().enumerate().filter(|(_, node)| node.id != node.node) {
            assert_eq!(graph.edges.iter().filter(|edge| edge.to == index).count(), 1, "{} has one arrow in", node.id);
        }
    }
}
