//! A wizard's diagram while the lead writes it, redrawn after every change from the sealing
//! worker's sketch (core's `diagram::sketch`), with the steps no path reaches, the steps that
//! lead nowhere and the loops named beside it.

use infoshare_core::diagram::sketch::Sketch;
use leptos::prelude::*;

use super::Author;
use crate::pages::diagram::svg;

/// The diagram of the pack's wizard at `index` (of its `[[flowchart]]` list) as written,
/// under `heading`.
pub(super) fn wizard_sketch(author: Author, index: usize, heading: String) -> impl IntoView {
    let sketch = move || author.sketches.with(|sketches| sketches.as_ref().map(|all| all.get(index).cloned()));
    view! {
        <h3 class="govuk-heading-s">{heading}</h3>
        {move || match sketch() {
            None => view! {
                <p class="govuk-body">"The diagram is drawn once the pack can be read: fix the problem named at the top of the page."</p>
            }
            .into_any(),
            Some(None) => ().into_any(),
            Some(Some(sketch)) => drawn(sketch, index).into_any(),
        }}
    }
}

fn drawn(sketch: Sketch, index: usize) -> impl IntoView {
    let named = trouble(&sketch);
    let summary = if named.is_empty() {
        "Every step can be reached and every path ends in an outcome.".to_owned()
    } else {
        "The pack checks will not pass until these are put right:".to_owned()
    };
    let items = named.into_iter().map(|line| view! { <li>{line}</li> }).collect_view();
    view! {
        <div class="app-sketch" role="status">
            <p class="govuk-body">{summary}</p>
            <ul class="govuk-list govuk-list--bullet app-break-words">{items}</ul>
        </div>
        <figure class="app-diagram app-diagram--path">
            {svg(&sketch.diagram, "The wizard's steps as written so far".to_owned(), format!("author-sketch-{index}"), None)}
        </figure>
    }
}

/// A sentence for each thing wrong with the wizard's shape.
fn trouble(sketch: &Sketch) -> Vec<String> {
    let quoted = |ids: &[String]| ids.iter().map(|id| format!("'{id}'")).collect::<Vec<_>>().join(", ");
    let mut lines = Vec::new();
    if !sketch.unreachable.is_empty() {
        lines.push(format!("No path from the start reaches {}.", quoted(&sketch.unreachable)));
    }
    if !sketch.dead_ends.is_empty() {
        lines.push(format!("No outcome can be reached from {}.", quoted(&sketch.dead_ends)));
    }
    for (from, to) in &sketch.loops {
        lines.push(format!("'{from}' leads back to '{to}', an earlier step: the arrow is not drawn."));
    }
    lines
}
