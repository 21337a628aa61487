//! Turns a finished wizard walk or a checklist's answers into the tool's part of a record.

use super::{Context, FindingEntry, Outcome, PathEntry, ToolKind, ToolRef};
use crate::checklist::{Answer, ChecklistAnswers};
use crate::flow::Walk;
use crate::library::Library;
use crate::pack::{Checklist, Citation, Flowchart, NodeKind, Pack};

/// The tool's reference with its pack's version and "law as at" date.
pub(crate) fn tool(pack: &Pack, kind: ToolKind, id: &str, title: &str) -> ToolRef {
    ToolRef {
        kind,
        pack: pack.pack.id.clone(),
        pack_version: pack.pack.version.clone(),
        law_as_at: pack.pack.law_as_at.clone(),
        id: id.to_owned(),
        title: title.to_owned(),
    }
}

fn sources(library: &Library, cite: &[Citation]) -> Vec<String> {
    cite.iter().map(|citation| library.cite_text(citation)).collect()
}

/// The context of a wizard that has reached an outcome; `None` before then.
pub fn wizard_context(library: &Library, pack: &Pack, chart: &Flowchart, walk: &Walk) -> Option<Context> {
    let outcome = walk.outcome(chart)?;
    let mut path = Vec::new();
    for step in walk.steps() {
        let Some(node) = chart.node(&step.node) else { continue };
        let answer = match (node.kind, step.choice) {
            (NodeKind::Question, Some(choice)) => node.options.get(choice).map(|option| option.label.clone()),
            (NodeKind::Info, _) => Some("Read".to_owned()),
            _ => None,
        };
        if let Some(answer) = answer {
            path.push(PathEntry {
                step: node.id.clone(),
                question: node.text.clone(),
                answer,
                note: walk.carried_at(&node.id).map(crate::flow::Carried::note),
                at: Some(step.at),
            });
        }
    }
    let findings = walk
        .findings(chart)
        .into_iter()
        .map(|finding| FindingEntry { sources: sources(library, &finding.cite), text: finding.text })
        .collect();
    Some(Context {
        tool: tool(pack, ToolKind::Wizard, &chart.id, &chart.title),
        path,
        outcome: Outcome {
            heading: outcome.text.clone(),
            next_steps: outcome.next_steps.clone(),
            sources: sources(library, &outcome.cite),
        },
        findings,
    })
}

/// The context of a checklist: every item with its answer and note, and as the outcome what
/// still needs doing.
pub fn checklist_context(library: &Library, pack: &Pack, checklist: &Checklist, answers: &ChecklistAnswers) -> Context {
    let path = checklist
        .items
        .iter()
        .map(|item| {
            let note = answers.note(&item.id);
            PathEntry {
                step: item.id.clone(),
                question: item.statement.clone(),
                answer: answers.answer(&item.id).map_or("Not answered", Answer::label).to_owned(),
                note: (!note.trim().is_empty()).then(|| note.to_owned()),
                at: None,
            }
        })
        .collect();
    let outstanding = answers.outstanding(checklist);
    let heading = if outstanding.is_empty() {
        "Every item is answered Yes or Not applicable".to_owned()
    } else {
        format!("{} of {} items need action", outstanding.len(), checklist.items.len())
    };
    Context {
        tool: tool(pack, ToolKind::Checklist, &checklist.id, &checklist.title),
        path,
        outcome: Outcome {
            heading,
            next_steps: outstanding.iter().map(|(item, _)| item.if_not.clone()).collect(),
            sources: sources(library, &checklist.cite),
        },
        findings: Vec::new(),
    }
}
