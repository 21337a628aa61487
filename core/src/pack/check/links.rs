//! Outcomes' links on to other tools (`opens`) and the answers they carry into the next wizard
//! (`carry`): only on outcomes, from schema 3, each naming a real tool, question and option;
//! and an outcome whose next steps send you to another tool by name links to it.

use super::{Checker, Flowchart, NodeKind, Pack};
use crate::flow::carry::option_index;
use crate::pack::{Carry, FlowNode, AGREEMENT_SCHEMA};
use crate::record::ToolKind;
use crate::route::ToolKey;

pub(super) fn check_links(checker: &mut Checker, pack: &Pack, packs: &[Pack]) {
    let titles = tool_titles(packs);
    for flowchart in &pack.flowcharts {
        let own = ToolKey::wizard(&pack.pack.id, &flowchart.id).path();
        for node in flowchart.nodes.iter().filter(|node| node.kind == NodeKind::Outcome) {
            let steps = node.next_steps.join(" ").to_lowercase();
            for (path, title) in &titles {
                if *path != own && steps.contains(&title.to_lowercase()) && !node.opens.contains(path) {
                    let place = format!("flowchart {} node {}", flowchart.id, node.id);
                    checker.report(
                        place,
                        format!("the next steps send you to '{title}' but the outcome does not open '{path}'"),
                    );
                }
            }
        }
        for node in flowchart.nodes.iter().filter(|node| !node.opens.is_empty() || !node.carry.is_empty()) {
            let place = format!("flowchart {} node {}", flowchart.id, node.id);
            if node.kind != NodeKind::Outcome {
                checker.report(&place, "only an outcome opens other tools");
            }
            if pack.pack.schema < AGREEMENT_SCHEMA {
                checker.report(&place, format!("opens needs schema {AGREEMENT_SCHEMA}"));
            }
            for open in &node.opens {
                if tool(packs, open).is_none() {
                    checker.report(&place, format!("opens '{open}', which is not a checklist, wizard or form"));
                }
            }
            for rule in &node.carry {
                if let Some(problem) = carry_problem(flowchart, node, rule, packs) {
                    checker.report(&place, format!("carry to '{}' from '{}': {problem}", rule.to, rule.from));
                }
            }
        }
    }
}

/// Every tool in the library, as its path and title.
fn tool_titles(packs: &[Pack]) -> Vec<(String, &str)> {
    let mut titles = Vec::new();
    for pack in packs {
        let id = pack.pack.id.as_str();
        titles.extend(pack.checklists.iter().map(|c| (ToolKey::checklist(id, &c.id).path(), c.title.as_str())));
        titles.extend(pack.flowcharts.iter().map(|f| (ToolKey::wizard(id, &f.id).path(), f.title.as_str())));
        titles.extend(pack.forms.iter().map(|f| (ToolKey::form(id, &f.id).path(), f.title.as_str())));
    }
    titles
}

/// What is wrong with one carry rule, if anything.
fn carry_problem(flowchart: &Flowchart, outcome: &FlowNode, rule: &Carry, packs: &[Pack]) -> Option<String> {
    if !outcome.opens.contains(&rule.to) {
        return Some("the outcome does not open that tool".into());
    }
    let Some(Tool::Wizard(next)) = tool(packs, &rule.to) else {
        return Some("answers are carried only into a wizard".into());
    };
    if option_index(flowchart, &rule.from, &rule.chose).is_none() {
        return Some(format!("'{}' is not a question here with an option '{}'", rule.from, rule.chose));
    }
    if !leads_to(flowchart, &rule.from, &outcome.id) {
        return Some(format!("'{}' is not on any path to this outcome", rule.from));
    }
    if option_index(next, &rule.answers, &rule.with).is_none() {
        return Some(format!("'{}' is not a question there with an option '{}'", rule.answers, rule.with));
    }
    None
}

/// A tool an outcome can open, found by its path.
enum Tool<'p> {
    Wizard(&'p Flowchart),
    Other,
}

fn tool<'p>(packs: &'p [Pack], path: &str) -> Option<Tool<'p>> {
    let key = ToolKey::from_path(path)?;
    let pack = packs.iter().find(|pack| pack.pack.id == key.pack)?;
    match key.kind {
        ToolKind::Wizard => pack.flowchart(&key.id).map(Tool::Wizard),
        ToolKind::Checklist => pack.checklist(&key.id).map(|_| Tool::Other),
        ToolKind::Form => pack.form(&key.id).map(|_| Tool::Other),
    }
}

/// Whether some path leads from node `from` to node `to` (the pack checks rule out cycles
/// separately; the walk marks what it has seen, so a cycle cannot stall it).
fn leads_to(flowchart: &Flowchart, from: &str, to: &str) -> bool {
    let mut seen = vec![from];
    let mut stack = vec![from];
    while let Some(id) = stack.pop() {
        if id == to {
            return true;
        }
        for next in flowchart.node(id).into_iter().flat_map(FlowNode::successors) {
            if !seen.contains(&next) {
                seen.push(next);
                stack.push(next);
            }
        }
    }
    false
}

#[cfg(test)]
mod tests;
