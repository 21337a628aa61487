//! The text alternative: every step in order, with where each answer leads and which steps
//! are on the path shown, by number as on the diagram.

use infoshare_core::diagram::Diagram;
use infoshare_core::pack::{Flowchart, NodeKind};
use leptos::prelude::*;

pub fn text_alternative(chart: &'static Flowchart, diagram: &Diagram) -> impl IntoView {
    let name = |id: &str| chart.node(id).map_or_else(|| id.to_owned(), |n| n.text.clone());
    let step = |id: &str| diagram.boxes.iter().filter(|b| b.node == id).find_map(|b| b.step);
    let items = chart
        .nodes
        .iter()
        .map(|node| {
            let leads = match node.kind {
                NodeKind::Question => node.options.iter().map(|o| format!("{} leads to: {}", o.label, name(&o.next))).collect(),
                NodeKind::Info => node.next.iter().map(|next| format!("Then: {}", name(next))).collect(),
                NodeKind::Outcome => node.next_steps.iter().map(|step| format!("Next step: {step}")).collect::<Vec<_>>(),
            };
            let kind = match node.kind {
                NodeKind::Question => "Question",
                NodeKind::Info => "Information",
                NodeKind::Outcome => "Outcome",
            };
            let on_path = step(&node.id).map(|n| view! { <strong class="govuk-tag app-status">{format!("Your path: step {n}")}</strong> });
            view! {
                <li>
                    <span class="govuk-!-font-weight-bold">{format!("{kind}: {}", node.text)}</span>
                    {on_path}
                    <ul class="govuk-list govuk-list--bullet">{leads.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="govuk-list govuk-list--number" id="diagram-text">{items}</ol> }
}
