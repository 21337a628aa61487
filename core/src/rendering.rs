//! A sealed record laid out for reading: a title, the protective marking and handling words,
//! and a list of headings, question-and-answer rows and paragraphs. The PDF inside a sealed
//! file and the page that shows an opened file both draw from this one layout, so the
//! recipient sees the same thing whichever way they open it.

use crate::bundle::{Envelope, Payload};
use crate::form::FormRecord;
use crate::record::{DecisionRecord, ToolKind};
use crate::text::{clock, date_text, long_date};

/// The protective marking on every page of a sealed record.
pub const MARKING: &str = "OFFICIAL-SENSITIVE";
/// The handling words under the marking.
pub const HANDLING: &str =
    "Handle under your information sharing agreement. Do not forward. Store securely; destroy when no longer needed.";
/// Where a sign-in sheet's attendee signs on the printed record.
pub const SIGNATURE_LINE: &str = "______________________________";
/// The banner on anything made in training mode.
pub const TRAINING: &str = "TRAINING: FICTIONAL DATA";

/// One piece of a rendering, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading(String),
    /// A question or label and its answer. An empty value reads "Not answered".
    Row {
        label: String,
        value: String,
    },
    Paragraph(String),
}

/// A record ready to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendering {
    /// "Request for police disclosure", "Decision record: Should I share?"
    pub title: String,
    pub reference: String,
    /// Set when the content is fictional.
    pub training: bool,
    pub blocks: Vec<Block>,
}

fn when(moment: &chrono::NaiveDateTime) -> String {
    format!("{} at {}", date_text(moment.date()), clock(moment.time()))
}

fn row(label: impl Into<String>, value: impl Into<String>) -> Block {
    Block::Row { label: label.into(), value: value.into() }
}

/// Lays out a sealed envelope: what it is, then the record.
pub fn render(envelope: &Envelope) -> Rendering {
    let mut blocks = vec![row("Reference", envelope.reference.clone()), row("Sealed", when(&envelope.sealed))];
    if let Some(request) = &envelope.in_reply_to {
        blocks.push(row("In reply to", request.clone()));
    }
    if let Some(team) = &envelope.sealed_for {
        blocks.push(row("Sealed for", team.name.clone()));
    }
    if let Some(team) = &envelope.sender_team {
        blocks.push(row("Sender's team", team.name.clone()));
    }
    for attachment in &envelope.attachments {
        blocks.push(row("Attachment", format!("{} ({} bytes)", attachment.name, attachment.size)));
    }
    let title = match &envelope.payload {
        Payload::Form(record) => {
            form_blocks(record, &mut blocks);
            record.form.title.clone()
        }
        Payload::Decision(record) => {
            decision_blocks(record, &mut blocks);
            format!("Decision record: {}", record.context.tool.title)
        }
        Payload::Draft(draft) => {
            blocks.push(row("Work saved for", format!("{} tools", draft.tool_count())));
            blocks.extend(draft.tool_paths().into_iter().map(|path| Block::Paragraph(path.to_owned())));
            "InfoShare draft".to_owned()
        }
    };
    Rendering { title, reference: envelope.reference.clone(), training: envelope.training, blocks }
}

fn form_blocks(record: &FormRecord, blocks: &mut Vec<Block>) {
    let form = &record.form;
    blocks.push(row(
        "Form",
        format!(
            "{} (pack {} version {}, law as at {})",
            form.title,
            form.pack,
            form.pack_version,
            long_date(&form.law_as_at)
        ),
    ));
    blocks.push(row("Completed", when(&record.created)));
    let mut section = None;
    for answer in &record.summary {
        if section != Some(&answer.section) {
            blocks.push(Block::Heading(answer.section.clone()));
            section = Some(&answer.section);
        }
        let label = match &answer.context {
            Some(context) => format!("{context}: {}", answer.label),
            None => answer.label.clone(),
        };
        let value = if answer.signature { SIGNATURE_LINE.to_owned() } else { answer.value.clone() };
        blocks.push(row(label, value));
    }
    if !record.routing.is_empty() {
        blocks.push(Block::Heading("Where this goes and by when".into()));
    }
    for routed in &record.routing {
        let mut text = routed.title.clone();
        if let Some(to) = &routed.to {
            text.push_str(&format!(". Send to: {to}"));
        }
        if let Some(due) = &routed.deadline {
            text.push_str(&format!(". {}", due.text));
        }
        blocks.push(Block::Paragraph(text));
        blocks.extend(routed.steps.iter().map(|step| Block::Paragraph(format!("- {step}"))));
    }
    if !record.warnings.is_empty() {
        blocks.push(Block::Heading("Warnings the sender chose to go ahead with".into()));
        blocks.extend(record.warnings.iter().map(|warning| Block::Paragraph(warning.summary())));
    }
}

fn decision_blocks(record: &DecisionRecord, blocks: &mut Vec<Block>) {
    let tool = &record.context.tool;
    let kind = match tool.kind {
        ToolKind::Wizard => "Decision wizard",
        ToolKind::Checklist => "Checklist",
        ToolKind::Form => "Form",
    };
    blocks.extend([
        row("Decision", record.decision.label()),
        row("Decided", when(&record.decided)),
        row("Decision-maker", format!("{}, {}", record.decision_maker.name, record.decision_maker.role)),
        row("Lawful basis", record.lawful_basis.clone()),
        row("What will be shared", record.shared_what.clone()),
        row("Shared with", record.shared_with.clone()),
        row("Purpose", record.purpose.clone()),
        row("Reasons", record.rationale.clone()),
        row(
            "Tool",
            format!(
                "{kind}: {} (pack {} version {}, law as at {})",
                tool.title,
                tool.pack,
                tool.pack_version,
                long_date(&tool.law_as_at)
            ),
        ),
        row("Record created", when(&record.created)),
        Block::Heading("Outcome".into()),
        Block::Paragraph(record.context.outcome.heading.clone()),
    ]);
    blocks.extend(record.context.outcome.next_steps.iter().map(|step| Block::Paragraph(step.clone())));
    if !record.context.findings.is_empty() {
        blocks.push(Block::Heading("What the answers established".into()));
        blocks.extend(
            record.context.findings.iter().map(|f| Block::Paragraph(format!("{} ({})", f.text, f.sources.join("; ")))),
        );
    }
    blocks.push(Block::Heading("Answers given".into()));
    for entry in &record.context.path {
        let mut answer = entry.answer.clone();
        if let Some(note) = &entry.note {
            answer.push_str(&format!("\nNote: {note}"));
        }
        blocks.push(row(entry.question.clone(), answer));
    }
}
