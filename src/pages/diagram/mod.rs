//! A wizard's whole flowchart as an SVG diagram with the user's path marked, for a screen, a
//! projector (zoom, pan, full screen) and paper (A4 landscape pages); a text alternative that
//! lists every step and where each answer leads; and a diagram of just the path taken, for
//! the outcome and the decision record.

mod draw;
mod printed;
mod viewer;
mod words;

pub use draw::svg;

use infoshare_core::diagram::{flowchart, path_only};
use infoshare_core::flow::Walk;
use infoshare_core::pack::Flowchart;
use infoshare_core::record::Context;
use infoshare_core::route::{Route, ToolKey, ToolPage};
use leptos::prelude::*;

use crate::components::form::Button;
use crate::components::PageHeading;
use crate::dom;
use crate::state::session;

/// What the path's marks mean, for the reader of the page or the printout.
const LEGEND: &str = "Your path is drawn with heavy lines, and each step on it is numbered in a black strip at the \
                      left of its box; the answer you chose is in bold. Arrows not on your path are dashed.";

pub fn diagram(key: ToolKey, chart: &'static Flowchart) -> impl IntoView {
    let walk = session().walks.read(&key, Walk::clone);
    let drawn = flowchart(chart, &walk);
    let back = Route::Tool { key, page: ToolPage::Start }.href();
    let walked = !walk.steps().is_empty();
    view! {
        <div class="app-diagram-page">
            <a href=back class="govuk-back-link">"Back to the questions"</a>
            <div class="app-no-print">
                <PageHeading text="Flowchart" caption=chart.title.clone() />
                <p class="govuk-body">"The whole decision as a diagram. The same steps are listed in words below it."</p>
                {walked.then(|| view! { <p class="govuk-body">{LEGEND}</p> })}
                <div class="govuk-button-group">
                    <Button label="Print the flowchart" secondary=true on_click=Callback::new(|_| dom::print()) />
                </div>
            </div>
            {viewer::viewer(&drawn, format!("Flowchart: {}", chart.title))}
            {printed::printed(&drawn, &chart.title, walked.then_some(LEGEND))}
            <h2 class="govuk-heading-m">"The flowchart in words"</h2>
            {words::text_alternative(chart, &drawn)}
        </div>
    }
}

/// Just the steps a record went through, as a short diagram, with `title` as its name.
pub fn path_figure(context: &Context, title_id: &'static str) -> impl IntoView {
    let drawn = path_only(context);
    let title = format!("Your path through {}, step by step", context.tool.title);
    view! {
        <figure class="app-diagram app-diagram--path">
            {svg(&drawn, title, title_id.to_owned(), None)}
        </figure>
    }
}
