//! What a diagram draws, before layout: the boxes and the arrows between them. A flowchart's
//! options that lead to the same step become one arrow carrying all their labels, as a person
//! drawing the chart would draw them; a decision record's path becomes a single column.

use crate::pack::{Flowchart, NodeKind};
use crate::record::Context;

/// A box to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GraphNode {
    pub id: String,
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

impl Graph {
    /// A flowchart: every node (the start first) and one arrow for each pair of steps that
    /// options join.
    pub fn of_chart(chart: &Flowchart) -> Graph {
        let start = chart.nodes.iter().filter(|node| node.id == chart.start);
        let rest = chart.nodes.iter().filter(|node| node.id != chart.start);
        let nodes: Vec<GraphNode> = start
            .chain(rest)
            .map(|node| GraphNode { id: node.id.clone(), kind: node.kind, text: node.text.clone() })
            .collect();
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
        Graph { nodes, edges }
    }

    /// The steps a decision record went through, each answer on the arrow to the next step,
    /// ending at the outcome.
    pub fn of_path(context: &Context) -> Graph {
        let steps = context.path.iter().map(|entry| (NodeKind::Question, entry.step.clone(), entry.question.clone()));
        let outcome = (NodeKind::Outcome, "outcome".to_owned(), context.outcome.heading.clone());
        let nodes: Vec<GraphNode> =
            steps.chain([outcome]).map(|(kind, id, text)| GraphNode { id, kind, text }).collect();
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
        assert_eq!(graph.nodes.len(), chart.nodes.len());
        let labels: usize = graph.edges.iter().map(|edge| edge.labels.len()).sum();
        let options: usize = chart.nodes.iter().map(|node| node.options.len()).sum();
        assert_eq!(labels, options, "every option's label is on some arrow");
        let art6 = graph.nodes.iter().position(|node| node.id == "art6-public").expect("art6-public");
        let special = graph.nodes.iter().position(|node| node.id == "special-category").expect("special-category");
        let merged = graph.edges.iter().find(|edge| edge.from == art6 && edge.to == special).expect("an arrow");
        let texts: Vec<&str> = merged.labels.iter().map(|label| label.text.as_str()).collect();
        assert_eq!(texts, ["Public task", "Legal obligation", "Vital interests", "Consent"]);
    }
}
