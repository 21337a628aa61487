//! A wizard's whole flowchart as an SVG diagram with the user's path highlighted, a text
//! alternative that lists every step and where each answer leads, and full screen and print
//! for trainers.

use infoshare_core::diagram::{layout, Diagram, NodeBox};
use infoshare_core::flow::Walk;
use infoshare_core::pack::{Flowchart, NodeKind};
use infoshare_core::route::{Route, ToolKey, ToolPage};
use leptos::prelude::*;

use crate::components::form::Button;
use crate::components::PageHeading;
use crate::dom;
use crate::state::session;

const DIAGRAM_ID: &str = "flowchart-diagram";

fn node_box(node: NodeBox) -> impl IntoView {
    let kind = match node.kind {
        NodeKind::Question => "question",
        NodeKind::Info => "info",
        NodeKind::Outcome => "outcome",
    };
    let class = format!(
        "app-diagram__box app-diagram__box--{kind}{}",
        if node.on_path { " app-diagram__box--path" } else { "" }
    );
    let text_x = node.x + node.width / 2;
    let lines = node
        .lines
        .into_iter()
        .enumerate()
        .map(|(index, line)| view! { <tspan x=text_x y=node.y + 22 + index as u32 * 18>{line}</tspan> })
        .collect_view();
    view! {
        <g class=class>
            <rect x=node.x y=node.y width=node.width height=node.height rx="6" />
            <text text-anchor="middle">{lines}</text>
        </g>
    }
}

/// The diagram as SVG, titled, described by the element `described_by` names if any.
pub fn svg(diagram: Diagram, title: String, described_by: Option<&'static str>) -> impl IntoView {
    let arrows = diagram
        .arrows
        .into_iter()
        .map(|arrow| {
            let (x1, y1) = arrow.from;
            let (x2, y2) = arrow.to;
            let middle = (y1 + y2) / 2;
            let path = format!("M{x1},{y1} C{x1},{middle} {x2},{middle} {x2},{}", y2.saturating_sub(4));
            let class =
                if arrow.on_path { "app-diagram__arrow app-diagram__arrow--path" } else { "app-diagram__arrow" };
            // Labels sit a third of the way along, near their question, so the labels of
            // arrows that meet at one box do not pile up there.
            let (label_x, label_y) = ((2 * x1 + x2) / 3, (2 * y1 + y2) / 3 + 4);
            let label = arrow.label.map(|label| {
                view! { <text class="app-diagram__label" x=label_x y=label_y text-anchor="middle">{label}</text> }
            });
            view! { <g class=class><path d=path marker-end="url(#arrowhead)" />{label}</g> }
        })
        .collect_view();
    let boxes = diagram.boxes.into_iter().map(node_box).collect_view();
    view! {
        <svg
            class="app-diagram__svg"
            viewBox=format!("0 0 {} {}", diagram.width, diagram.height)
            role="img"
            aria-labelledby="diagram-title"
            aria-describedby=described_by
        >
            <title id="diagram-title">{title}</title>
            <defs>
                <marker id="arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse">
                    <path d="M0,0 L10,5 L0,10 z" />
                </marker>
            </defs>
            {arrows}
            {boxes}
        </svg>
    }
}

/// The text alternative: every step in order, with where each answer leads.
fn text_alternative(chart: &'static Flowchart, walk: &Walk) -> impl IntoView {
    let name = |id: &str| chart.node(id).map_or_else(|| id.to_owned(), |n| n.text.clone());
    let items = chart
        .nodes
        .iter()
        .map(|node| {
            let taken = walk.steps().iter().any(|step| step.node == node.id);
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
            view! {
                <li>
                    <span class="govuk-!-font-weight-bold">{format!("{kind}: {}", node.text)}</span>
                    {taken.then(|| view! { <strong class="govuk-tag app-status">"On your path"</strong> })}
                    <ul class="govuk-list govuk-list--bullet">{leads.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="govuk-list govuk-list--number" id="diagram-text">{items}</ol> }
}

pub fn diagram(key: ToolKey, chart: &'static Flowchart) -> impl IntoView {
    let walk = session().walks.read(&key, Walk::clone);
    let back = Route::Tool { key, page: ToolPage::Start }.href();
    view! {
        <a href=back class="govuk-back-link">"Back to the questions"</a>
        <PageHeading text="Flowchart" caption=chart.title.clone() />
        <p class="govuk-body">"The whole decision as a diagram. Your path so far is drawn in bold blue. The same steps are listed in words below the diagram."</p>
        <div class="govuk-button-group app-no-print">
            <Button label="Full screen" secondary=true on_click=Callback::new(|_| dom::full_screen(DIAGRAM_ID)) />
            <Button label="Print the flowchart" secondary=true on_click=Callback::new(|_| dom::print()) />
        </div>
        <figure class="app-diagram" id=DIAGRAM_ID>
            {svg(layout(chart, &walk), format!("Flowchart: {}", chart.title), Some("diagram-text"))}
        </figure>
        <h2 class="govuk-heading-m">"The flowchart in words"</h2>
        {text_alternative(chart, &walk)}
    }
}
