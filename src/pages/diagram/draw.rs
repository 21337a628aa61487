//! A laid-out diagram as SVG. The path shown reads without colour: its arrows are heavy and
//! the others, once there is a path, dashed; its boxes have a heavy border and their step
//! number in a black strip down the left; the option chosen is in bold.

use infoshare_core::diagram::pages::{Connector, Page, STRIP};
use infoshare_core::diagram::{Diagram, Edge, NodeBox, Point, BOX_GUTTER, BOX_PADDING, LINE_HEIGHT};
use infoshare_core::pack::NodeKind;
use leptos::prelude::*;

/// Where a line's baseline sits below the top of its line box.
const BASELINE: i32 = 15;
/// The width of the step-number strip at the left of a box on the path.
const STEP_STRIP: i32 = BOX_GUTTER - 8;
/// A page connector's circle radius, and its distance from the page break.
const CONNECTOR_RADIUS: i32 = 11;
const CONNECTOR_OFFSET: i32 = 18;

fn points(points: &[Point]) -> String {
    points.iter().map(|p| format!("{},{}", p.x, p.y)).collect::<Vec<_>>().join(" ")
}

fn arrow(edge: &Edge) -> impl IntoView {
    let class = if edge.on_path { "app-diagram__arrow app-diagram__arrow--path" } else { "app-diagram__arrow" };
    view! {
        <g class=class>
            <polyline points=points(&edge.points) />
            <polygon class="app-diagram__head" points=points(&edge.head) />
        </g>
    }
}

fn label(edge: &Edge) -> Option<impl IntoView> {
    let label = edge.label.as_ref()?;
    let lines = label
        .lines
        .iter()
        .enumerate()
        .map(|(index, line)| {
            let y = label.rect.y + BASELINE + index as i32 * LINE_HEIGHT;
            let class = line.taken.then_some("app-diagram__taken");
            view! { <tspan x=label.rect.x + line.indent y=y class=class>{line.text.clone()}</tspan> }
        })
        .collect_view();
    Some(view! { <text class="app-diagram__label">{lines}</text> })
}

fn node_box(node: &NodeBox) -> impl IntoView {
    let kind = match node.kind {
        NodeKind::Question => "question",
        NodeKind::Info => "info",
        NodeKind::Outcome => "outcome",
    };
    let path = if node.step.is_some() { " app-diagram__box--path" } else { "" };
    let rect = node.rect;
    let top = rect.y + BOX_PADDING + BASELINE;
    let lines = node
        .lines
        .iter()
        .enumerate()
        .map(|(index, line)| {
            view! { <tspan x=rect.x + BOX_GUTTER y=top + index as i32 * LINE_HEIGHT>{line.clone()}</tspan> }
        })
        .collect_view();
    let step = node.step.map(|step| {
        view! {
            <rect class="app-diagram__step" x=rect.x y=rect.y width=STEP_STRIP height=rect.height />
            <text class="app-diagram__step-number" x=rect.x + STEP_STRIP / 2 y=top text-anchor="middle">{step}</text>
        }
    });
    view! {
        <g class=format!("app-diagram__box app-diagram__box--{kind}{path}") data-step=node.step>
            <rect x=rect.x y=rect.y width=rect.width height=rect.height rx="4" />
            {step}
            <text class="app-diagram__text">{lines}</text>
        </g>
    }
}

/// Arrows, then boxes, then labels, so nothing is drawn over a label.
fn drawing(diagram: &Diagram) -> impl IntoView {
    let arrows = diagram.edges.iter().map(arrow).collect_view();
    let boxes = diagram.boxes.iter().map(node_box).collect_view();
    let labels = diagram.edges.iter().filter_map(label).collect_view();
    let walked = diagram.boxes.iter().any(|node| node.step.is_some());
    let class = if walked { "app-diagram__drawing app-diagram__drawing--walked" } else { "app-diagram__drawing" };
    view! { <g class=class>{arrows}{boxes}{labels}</g> }
}

/// The whole diagram as an image titled `title` (its element id `title_id`), described by the
/// element `described_by` names if any. It is drawn at most at full size (16 px text).
pub fn svg(diagram: &Diagram, title: String, title_id: String, described_by: Option<&'static str>) -> impl IntoView {
    let labelled_by = title_id.clone();
    view! {
        <svg
            class="app-diagram__svg"
            viewBox=format!("0 0 {} {}", diagram.width, diagram.height)
            width=diagram.width
            height=diagram.height
            role="img"
            aria-labelledby=labelled_by
            aria-describedby=described_by
        >
            <title id=title_id>{title}</title>
            {drawing(diagram)}
        </svg>
    }
}

/// Lettered circles where arrows go over a page break, drawn in the strip beyond it.
fn connectors(page: &Page, edge: i32, away: i32, connectors: &[Connector]) -> impl IntoView {
    let cover_top = if away > 0 { edge } else { edge - STRIP };
    let marks = connectors
        .iter()
        .map(|connector| {
            let centre = edge + away * CONNECTOR_OFFSET;
            view! {
                <line x1=connector.x y1=edge x2=connector.x y2=centre - away * CONNECTOR_RADIUS />
                <circle cx=connector.x cy=centre r=CONNECTOR_RADIUS />
                <text x=connector.x y=centre + 4 text-anchor="middle">{connector.letter.clone()}</text>
            }
        })
        .collect_view();
    view! {
        <g class="app-diagram__connectors">
            <rect class="app-diagram__cover" x=page.left y=cover_top width=page.right - page.left height=STRIP />
            <line class="app-diagram__break" x1=page.left y1=edge x2=page.right y2=edge />
            {marks}
        </g>
    }
}

/// One printed page's part of the diagram, with its connectors to the pages either side.
pub fn page_svg(diagram: &Diagram, page: &Page) -> impl IntoView {
    let top = if page.from_before.is_empty() { page.top } else { page.top - STRIP };
    let bottom = if page.to_next.is_empty() { page.bottom } else { page.bottom + STRIP };
    let before = (!page.from_before.is_empty()).then(|| connectors(page, page.top, -1, &page.from_before));
    let after = (!page.to_next.is_empty()).then(|| connectors(page, page.bottom, 1, &page.to_next));
    view! {
        <svg
            class="app-diagram__svg"
            viewBox=format!("{} {top} {} {}", page.left, page.right - page.left, bottom - top)
            width=page.right - page.left
            height=bottom - top
            aria-hidden="true"
        >
            {drawing(diagram)}
            {before}
            {after}
        </svg>
    }
}
