//! Cross-checks over the whole library of packs: the rules serde cannot express.
//!
//! Ids are unique and URL-safe, every reference resolves, every item is cited from a known
//! source, and every flowchart is a finite graph whose every path ends in an outcome. Forms
//! are checked in [`forms`], training scenarios and quiz questions in [`training`], outcomes'
//! links on to other tools in [`links`], one name for each law in [`names`], and the teams
//! that receive sealed files, with their keys, in [`teams`].

use std::collections::{HashMap, HashSet};

use super::{Citation, Flowchart, NodeKind, Pack, SourceRegistry, SCHEMA_VERSION};

mod agreement;
mod forms;
mod helper;
mod links;
mod names;
mod teams;
mod training;

/// One thing wrong with a pack, located well enough to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackProblem {
    /// The pack id (or `sources` for the registry).
    pub pack: String,
    /// Where in the pack: `checklist golden-rules-2024 item rule-1`, and so on.
    pub place: String,
    pub message: String,
}

impl std::fmt::Display for PackProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}: {}", self.pack, self.place, self.message)
    }
}

/// Collects problems for one pack.
struct Checker<'a> {
    registry: &'a SourceRegistry,
    /// Every calendar id in the library, for forms that count working days.
    calendars: Vec<&'a str>,
    pack: String,
    problems: Vec<PackProblem>,
}

impl Checker<'_> {
    fn report(&mut self, place: impl Into<String>, message: impl Into<String>) {
        self.problems.push(PackProblem { pack: self.pack.clone(), place: place.into(), message: message.into() });
    }

    fn id(&mut self, place: &str, id: &str) {
        if !is_url_safe_id(id) {
            self.report(place, format!("id '{id}' must be lowercase letters, digits and single hyphens"));
        }
    }

    fn unique<'i>(&mut self, place: &str, what: &str, ids: impl IntoIterator<Item = &'i str>) {
        let mut seen = HashSet::new();
        for id in ids {
            if !seen.insert(id) {
                self.report(place, format!("{what} id '{id}' is used more than once"));
            }
        }
    }

    fn citations(&mut self, place: &str, cite: &[Citation]) {
        if cite.is_empty() {
            self.report(place, "has no citation");
        }
        for citation in cite {
            if self.registry.get(&citation.source).is_none() {
                self.report(place, format!("cites unknown source '{}'", citation.source));
            }
            if citation.at.trim().is_empty() {
                self.report(place, format!("citation of '{}' gives no section", citation.source));
            }
        }
    }

    fn text(&mut self, place: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.report(place, format!("{field} is empty"));
        }
    }
}

/// Checks every pack against the registry and each other; an empty result means all is well.
pub fn check_library(registry: &SourceRegistry, packs: &[Pack]) -> Vec<PackProblem> {
    let mut problems = check_registry(registry);
    let mut pack_ids = HashSet::new();
    let calendars: Vec<&str> = packs.iter().flat_map(|pack| &pack.calendars).map(|c| c.id.as_str()).collect();
    for pack in packs {
        let calendars = calendars.clone();
        let mut checker = Checker { registry, calendars, pack: pack.pack.id.clone(), problems: Vec::new() };
        if !pack_ids.insert(pack.pack.id.as_str()) {
            checker.report("pack", "pack id is used by another pack");
        }
        check_pack(&mut checker, pack);
        training::check_training(&mut checker, pack, packs);
        agreement::check_agreement_content(&mut checker, pack);
        teams::check_teams(&mut checker, pack);
        links::check_links(&mut checker, pack, packs);
        names::check_moved_names(&mut checker, pack);
        for form in &pack.forms {
            helper::check_helper(&mut checker, form, packs);
        }
        problems.append(&mut checker.problems);
    }
    problems
}

fn check_registry(registry: &SourceRegistry) -> Vec<PackProblem> {
    let mut checker = Checker { registry, calendars: Vec::new(), pack: "sources".into(), problems: Vec::new() };
    if let Some(problem) = schema_problem(registry.schema) {
        checker.report("sources", problem);
    }
    checker.unique("sources", "source", registry.sources.iter().map(|s| s.id.as_str()));
    names::check_registry_names(&mut checker, registry);
    for source in &registry.sources {
        let place = format!("source {}", source.id);
        checker.id(&place, &source.id);
        checker.text(&place, "title", &source.title);
        checker.text(&place, "short", &source.short);
        checker.text(&place, "version", &source.version);
        checker.text(&place, "date", &source.date);
        if source.seed_file.is_none() && source.url.is_none() {
            checker.report(&place, "gives neither a seed file nor a public address");
        }
    }
    checker.problems
}

fn check_pack(checker: &mut Checker, pack: &Pack) {
    let info = &pack.pack;
    checker.id("pack", &info.id);
    if let Some(problem) = schema_problem(info.schema) {
        checker.report("pack", problem);
    }
    if chrono::NaiveDate::parse_from_str(&info.law_as_at, "%Y-%m-%d").is_err() {
        checker.report("pack", format!("law_as_at '{}' is not a date like 2026-11-01", info.law_as_at));
    }
    if !is_semver(&info.version) {
        checker.report("pack", format!("version '{}' is not like 1.2.3", info.version));
    }
    if info.sources.is_empty() {
        checker.report("pack", "lists no sources");
    }
    for source in &info.sources {
        if checker.registry.get(source).is_none() {
            checker.report("pack", format!("lists unknown source '{source}'"));
        }
    }
    let tool_ids = pack.checklists.iter().map(|c| c.id.as_str()).chain(pack.flowcharts.iter().map(|f| f.id.as_str()));
    let tool_ids = tool_ids.chain(pack.forms.iter().map(|f| f.id.as_str()));
    checker.unique("pack", "checklist, flowchart or form", tool_ids);
    for checklist in &pack.checklists {
        let place = format!("checklist {}", checklist.id);
        checker.id(&place, &checklist.id);
        checker.text(&place, "title", &checklist.title);
        checker.text(&place, "purpose", &checklist.purpose);
        checker.citations(&place, &checklist.cite);
        if checklist.items.is_empty() {
            checker.report(&place, "has no items");
        }
        checker.unique(&place, "item", checklist.items.iter().map(|i| i.id.as_str()));
        for item in &checklist.items {
            let place = format!("{place} item {}", item.id);
            checker.id(&place, &item.id);
            checker.text(&place, "statement", &item.statement);
            checker.text(&place, "meaning", &item.meaning);
            checker.text(&place, "if_not", &item.if_not);
            checker.citations(&place, &item.cite);
        }
    }
    for flowchart in &pack.flowcharts {
        check_flowchart(checker, flowchart);
    }
    for calendar in &pack.calendars {
        let place = format!("calendar {}", calendar.id);
        checker.id(&place, &calendar.id);
        checker.text(&place, "title", &calendar.title);
        checker.citations(&place, &calendar.cite);
        if calendar.rules.is_empty() {
            checker.report(&place, "has no rules");
        }
    }
    for form in &pack.forms {
        forms::check_form(checker, form, pack.pack.schema);
        forms::check_reply(checker, form, &pack.forms);
    }
}

fn check_flowchart(checker: &mut Checker, flowchart: &Flowchart) {
    let place = format!("flowchart {}", flowchart.id);
    checker.id(&place, &flowchart.id);
    checker.text(&place, "title", &flowchart.title);
    checker.citations(&place, &flowchart.cite);
    checker.unique(&place, "node", flowchart.nodes.iter().map(|n| n.id.as_str()));
    if flowchart.node(&flowchart.start).is_none() {
        checker.report(&place, format!("start '{}' is not a node", flowchart.start));
        return;
    }
    match flowchart.node(&flowchart.exit) {
        Some(exit) if exit.kind == NodeKind::Outcome => {}
        _ => checker.report(&place, format!("exit '{}' is not an outcome", flowchart.exit)),
    }
    for node in &flowchart.nodes {
        let node_place = format!("{place} node {}", node.id);
        checker.id(&node_place, &node.id);
        checker.text(&node_place, "text", &node.text);
        let shape_error = match node.kind {
            NodeKind::Question if node.options.len() < 2 => Some("a question needs at least two options"),
            NodeKind::Question if node.next.is_some() => Some("a question leads on through its options, not next"),
            NodeKind::Info if node.next.is_none() || !node.options.is_empty() => {
                Some("information needs next and no options")
            }
            NodeKind::Outcome if node.next.is_some() || !node.options.is_empty() => Some("an outcome leads nowhere"),
            NodeKind::Outcome if node.next_steps.is_empty() => Some("an outcome needs next steps"),
            _ => None,
        };
        if let Some(message) = shape_error {
            checker.report(&node_place, message);
        }
        if node.kind == NodeKind::Outcome || !node.cite.is_empty() {
            checker.citations(&node_place, &node.cite);
        }
        for next in node.successors() {
            if flowchart.node(next).is_none() {
                checker.report(&node_place, format!("leads to '{next}', which is not a node"));
            }
        }
        for option in &node.options {
            let option_place = format!("{node_place} option '{}'", option.label);
            checker.text(&option_place, "label", &option.label);
            if option.finding.is_some() || !option.cite.is_empty() {
                checker.citations(&option_place, &option.cite);
            }
        }
        if node.kind == NodeKind::Question {
            checker.unique(&node_place, "option label", node.options.iter().map(|o| o.label.as_str()));
        }
    }
    for problem in graph_problems(flowchart) {
        checker.report(&place, problem);
    }
}

/// Unreachable nodes and cycles, found by depth-first walks from the start and the exit.
fn graph_problems(flowchart: &Flowchart) -> Vec<String> {
    let mut marks: HashMap<&str, Mark> = HashMap::new();
    let mut problems = Vec::new();
    for root in [flowchart.start.as_str(), flowchart.exit.as_str()] {
        if marks.contains_key(root) || flowchart.node(root).is_none() {
            continue;
        }
        // Each stack entry is a node and how many of its successors were already visited.
        let mut stack = vec![(root, 0usize)];
        marks.insert(root, Mark::OnPath);
        walk(flowchart, &mut stack, &mut marks, &mut problems);
    }
    for node in &flowchart.nodes {
        if !marks.contains_key(node.id.as_str()) {
            problems.push(format!("node '{}' cannot be reached from the start", node.id));
        }
    }
    problems
}

#[derive(Clone, Copy, PartialEq)]
enum Mark {
    OnPath,
    Done,
}

/// Depth-first walk that marks what it reaches and reports any edge back onto the path.
fn walk<'f>(
    flowchart: &'f Flowchart,
    stack: &mut Vec<(&'f str, usize)>,
    marks: &mut HashMap<&'f str, Mark>,
    problems: &mut Vec<String>,
) {
    while let Some((id, visited)) = stack.pop() {
        let next = flowchart.node(id).and_then(|node| node.successors().nth(visited));
        match next {
            None => {
                marks.insert(id, Mark::Done);
            }
            Some(next) => {
                stack.push((id, visited + 1));
                match marks.get(next) {
                    Some(Mark::OnPath) => problems.push(format!("a path loops back from '{id}' to '{next}'")),
                    Some(Mark::Done) => {}
                    None if flowchart.node(next).is_some() => {
                        marks.insert(next, Mark::OnPath);
                        stack.push((next, 0));
                    }
                    None => {}
                }
            }
        }
    }
}

/// Lowercase ASCII letters and digits in hyphen-separated words: safe in a URL and an HTML id.
pub(crate) fn is_url_safe_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .split('-')
            .all(|word| !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// Why a schema version cannot be read, if it cannot.
fn schema_problem(schema: u32) -> Option<String> {
    (!(1..=SCHEMA_VERSION).contains(&schema)).then(|| format!("schema {schema} is not between 1 and {SCHEMA_VERSION}"))
}

fn is_semver(version: &str) -> bool {
    let parts: Vec<&str> = version.split('.').collect();
    parts.len() == 3 && parts.iter().all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod testing;
#[cfg(test)]
mod tests;
