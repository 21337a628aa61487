//! The flowchart as printed: A4 landscape pages (`@page flowchart` in the style sheet), each
//! with its part of the diagram, the path in bold, and where arrows go over to the page below
//! or come from the one above marked with letters and said in words; a chart too wide for
//! one sheet comes in overlapping parts side by side, each saying which. Hidden on screen.

use infoshare_core::diagram::pages::{print_pages, Connector, Page};
use infoshare_core::diagram::Diagram;
use leptos::prelude::*;

use super::draw::page_svg;

fn letters(connectors: &[Connector]) -> String {
    connectors.iter().map(|c| c.letter.as_str()).collect::<Vec<_>>().join(", ")
}

fn sheet(
    diagram: &Diagram,
    title: &str,
    legend: Option<&'static str>,
    page: &Page,
    number: usize,
    count: usize,
) -> impl IntoView {
    let from = (!page.from_before.is_empty()).then(|| {
        format!("Continued from page {}: arrows {} come from there.", number - page.parts, letters(&page.from_before))
    });
    let to = (!page.to_next.is_empty())
        .then(|| format!("Continues on page {}: follow arrows {}.", number + page.parts, letters(&page.to_next)));
    let across = (page.parts > 1).then(|| {
        format!(
            "Too wide for one sheet: this is part {} of {} side by side, read left to right; each part overlaps the next.",
            page.part + 1,
            page.parts
        )
    });
    view! {
        <div class="app-diagram-print__page">
            <p class="govuk-body-s govuk-!-margin-bottom-1 govuk-!-font-weight-bold">
                {format!("Flowchart: {title}. Page {number} of {count}.")}
            </p>
            {legend.filter(|_| number == 1).map(|legend| view! { <p class="govuk-body-s govuk-!-margin-bottom-1">{legend}</p> })}
            {across.map(|across| view! { <p class="govuk-body-s govuk-!-margin-bottom-1">{across}</p> })}
            {from.map(|from| view! { <p class="govuk-body-s govuk-!-margin-bottom-1">{from}</p> })}
            {page_svg(diagram, page)}
            {to.map(|to| view! { <p class="govuk-body-s govuk-!-margin-bottom-0">{to}</p> })}
        </div>
    }
}

/// Every printed page of the diagram, the first with the `legend` for the path if there is one.
pub fn printed(diagram: &Diagram, title: &str, legend: Option<&'static str>) -> impl IntoView {
    let pages = print_pages(diagram);
    let count = pages.len();
    let sheets = pages
        .iter()
        .enumerate()
        .map(|(index, page)| sheet(diagram, title, legend, page, index + 1, count))
        .collect_view();
    view! { <div class="app-diagram-print" aria-hidden="true">{sheets}</div> }
}
