//! Answers carried from one wizard into the next: the outcome's "Go on to" links, which start
//! the next wizard with what is known and say what that is, and the list on each later step
//! of the answers carried over so far, each with a Change link.

use infoshare_core::flow::carry::carried_into;
use infoshare_core::flow::{Carried, Walk};
use infoshare_core::library::Library;
use infoshare_core::pack::{FlowNode, Flowchart};
use infoshare_core::record::ToolKind;
use infoshare_core::route::{Route, ToolKey, ToolPage};
use leptos::prelude::*;

use crate::components::{summary_row, Change};
use crate::dom;
use crate::state::session;

/// The answers this walk has been given from another wizard so far, with Change links. Drawn
/// with the same heading and list as the reading pages.
pub fn carried_panel(key: &ToolKey, chart: &Flowchart, walk: &Walk) -> Option<impl IntoView> {
    let given: Vec<&Carried> =
        walk.carried().iter().filter(|carried| walk.carried_at(&carried.node).is_some()).collect();
    let heading = format!("{}: you do not need to answer these again", given.first()?.note());
    let rows: Vec<AnyView> = given
        .into_iter()
        .filter_map(|carried| {
            let (question, label) = question_and_label(chart, carried)?;
            let href = Route::Tool { key: key.clone(), page: ToolPage::Step(carried.node.clone()) }.href();
            let change = Change { href, what: format!("your answer to: {question}") };
            Some(summary_row(question, label, Some(change)).into_any())
        })
        .collect();
    Some(view! {
        <h2 class="govuk-heading-m">{heading}</h2>
        <dl class="govuk-summary-list">{rows}</dl>
    })
}

/// The outcome's links on to other tools.
pub fn go_on_to(
    library: &'static Library,
    chart: &'static Flowchart,
    walk: &Walk,
    node: &FlowNode,
) -> Option<impl IntoView> {
    let links = node.opens.iter().filter_map(|path| go_on_link(library, chart, walk, path)).collect::<Vec<_>>();
    (!links.is_empty()).then(|| {
        view! {
            <h2 class="govuk-heading-m">"Go on to"</h2>
            <ul class="govuk-list">{links}</ul>
        }
    })
}

/// One link on. Into a wizard this outcome carries answers to, following it starts that wizard
/// again with them, and the hint says what they are.
fn go_on_link(library: &'static Library, chart: &Flowchart, walk: &Walk, path: &str) -> Option<impl IntoView> {
    let next = ToolKey::from_path(path)?;
    let title = next.title(library)?.to_owned();
    let href = Route::Tool { key: next.clone(), page: ToolPage::Start }.href();
    let next_chart = library.flowchart(&next.pack, &next.id).filter(|_| next.kind == ToolKind::Wizard);
    let carried = next_chart.map(|next_chart| carried_into(chart, walk, path, next_chart)).unwrap_or_default();
    let hint = next_chart.filter(|_| !carried.is_empty()).map(|next_chart| {
        let known: Vec<String> = carried
            .iter()
            .filter_map(|c| question_and_label(next_chart, c).map(|(question, label)| format!("{question} {label}")))
            .collect();
        let replaces = untrack(|| session().walks.read(&next, |earlier| !earlier.steps().is_empty()));
        let replaced = if replaces { " Your earlier answers there will be replaced." } else { "" };
        format!("It starts with what you have told this tool: {}.{replaced}", known.join("; "))
    });
    let start = {
        let (next, href) = (next.clone(), href.clone());
        move |event: leptos::ev::MouseEvent| {
            let Some(next_chart) = next_chart.filter(|_| !carried.is_empty()) else { return };
            event.prevent_default();
            let walk = Walk::carrying(next_chart, carried.clone(), dom::local_now());
            session().walks.update(&next, |earlier| *earlier = walk);
            session().inputs.update(&next, |input| *input = Default::default());
            dom::navigate(&href);
        }
    };
    Some(view! {
        <li>
            <a class="govuk-link govuk-!-font-weight-bold" href=href on:click=start>{title}</a>
            {hint.map(|hint| view! { <p class="govuk-hint govuk-!-margin-top-1">{hint}</p> })}
        </li>
    })
}

/// The carried answer's question and the label of the option it gives.
fn question_and_label(chart: &Flowchart, carried: &Carried) -> Option<(String, String)> {
    let node = chart.node(&carried.node)?;
    Some((node.text.clone(), node.options.get(carried.choice)?.label.clone()))
}
