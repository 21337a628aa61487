//! A wizard's outcome: what to do next, the tools to go on to, what the answers established,
//! the answers themselves with Change links (marked where carried from another wizard), and
//! the way on to recording the decision.

use infoshare_core::flow::Walk;
use infoshare_core::library::Library;
use infoshare_core::pack::{FlowNode, Flowchart};
use infoshare_core::record::wizard_context;
use infoshare_core::route::{Route, ToolKey, ToolPage};
use leptos::prelude::*;

use crate::components::{Citations, LinkButton, PageHeading};
use crate::dom;
use crate::pages::path_figure;
use crate::state::session;

pub fn outcome(
    library: &'static Library,
    key: ToolKey,
    chart: &'static Flowchart,
    node: &'static FlowNode,
    walk: &Walk,
) -> impl IntoView {
    let is_exit = node.id == chart.exit;
    let findings = walk
        .findings(chart)
        .into_iter()
        .map(|finding| view! { <li>{finding.text}<Citations library=library cite=finding.cite /></li> })
        .collect_view();
    let has_findings = !walk.findings(chart).is_empty();
    let answers = walk
        .answered(chart)
        .into_iter()
        .map(|(question, option, _)| {
            let change = Route::Tool { key: key.clone(), page: ToolPage::Step(question.id.clone()) }.href();
            let answer = match walk.carried_at(&question.id) {
                Some(carried) => format!("{}. {}", option.label, carried.note()),
                None => option.label.clone(),
            };
            view! {
                <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{question.text.clone()}</dt>
                    <dd class="govuk-summary-list__value">{answer}</dd>
                    <dd class="govuk-summary-list__actions">
                        <a class="govuk-link" href=change>
                            "Change"<span class="govuk-visually-hidden">{format!(" your answer to: {}", question.text)}</span>
                        </a>
                    </dd>
                </div>
            }
        })
        .collect_view();
    let record = Route::Tool { key: key.clone(), page: ToolPage::Record(None) }.href();
    let go_on = super::carried::go_on_to(library, chart, walk, node);
    let path = path_diagram(library, &key, chart, walk);
    let start_again = move |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        session().walks.update(&key, |walk| *walk = Walk::default());
        session().inputs.update(&key, |input| *input = Default::default());
        dom::navigate(&Route::Tool { key: key.clone(), page: ToolPage::Start }.href());
    };
    let panel_class = if is_exit { "app-outcome app-outcome--urgent" } else { "app-outcome" };
    view! {
        <div class=panel_class>
            <PageHeading text=node.text.clone() caption=chart.title.clone() />
        </div>
        <h2 class="govuk-heading-m">"What to do next"</h2>
        <ol class="govuk-list govuk-list--number">
            {node.next_steps.iter().map(|step| view! { <li>{step.clone()}</li> }).collect_view()}
        </ol>
        <Citations library=library cite=node.cite.clone() />
        {go_on}
        {has_findings.then(|| view! {
            <h2 class="govuk-heading-m">"What your answers established"</h2>
            <ul class="govuk-list govuk-list--bullet">{findings}</ul>
        })}
        <h2 class="govuk-heading-m">"Record your decision"</h2>
        <p class="govuk-body">"Record what you decided and why, whether or not you share. You can print the record or save it as a file."</p>
        <LinkButton href=record label="Record your decision" />
        <h2 class="govuk-heading-m">"Your answers"</h2>
        <dl class="govuk-summary-list">{answers}</dl>
        {path}
        <p class="govuk-body"><a class="govuk-link" href="#/" on:click=start_again>"Start again"</a></p>
    }
}

/// Just the steps taken as a diagram, behind a "details" so it costs no room until opened, with
/// the way to the whole flowchart.
fn path_diagram(library: &'static Library, key: &ToolKey, chart: &Flowchart, walk: &Walk) -> Option<impl IntoView> {
    let pack = library.pack(&key.pack)?;
    let context = wizard_context(library, pack, chart, walk)?;
    let whole = Route::Tool { key: key.clone(), page: ToolPage::Diagram }.href();
    Some(view! {
        <details class="govuk-details">
            <summary class="govuk-details__summary">
                <span class="govuk-details__summary-text">"Your path as a diagram"</span>
            </summary>
            <div class="govuk-details__text">
                {path_figure(&context, "path-diagram-title")}
                <p class="govuk-body"><a class="govuk-link" href=whole>"See your path on the whole flowchart"</a></p>
            </div>
        </details>
    })
}
