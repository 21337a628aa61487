//! Blocks laid out by core (a sealed record, an agreement's summary, the handling guide) as
//! GOV.UK content: headings, summary lists of rows, and paragraphs that keep their line breaks.

use infoshare_core::rendering::Block;
use leptos::prelude::*;

use super::summary_row;

/// The blocks as GOV.UK content: headings, summary lists of rows, paragraphs.
pub fn blocks(blocks: Vec<Block>) -> impl IntoView {
    let mut views = Vec::new();
    let mut rows = Vec::new();
    let flush = |rows: &mut Vec<AnyView>, views: &mut Vec<AnyView>| {
        if !rows.is_empty() {
            let list = std::mem::take(rows);
            views.push(view! { <dl class="govuk-summary-list">{list}</dl> }.into_any());
        }
    };
    for block in blocks {
        match block {
            Block::Row { label, value } => {
                let value = if value.is_empty() { "Not answered".to_owned() } else { value };
                rows.push(summary_row(label, value, None).into_any());
            }
            Block::Heading(text) => {
                flush(&mut rows, &mut views);
                views.push(view! { <h2 class="govuk-heading-m">{text}</h2> }.into_any());
            }
            Block::Paragraph(text) => {
                flush(&mut rows, &mut views);
                views.push(view! { <p class="govuk-body app-preserve-lines">{text}</p> }.into_any());
            }
        }
    }
    flush(&mut rows, &mut views);
    views
}
