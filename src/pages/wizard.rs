//! A wizard step: one question, piece of information or outcome at a time, with a Back link,
//! the answers carried over from another wizard, the immediate-risk exit on every step, and
//! "Record your decision" at the end.

use infoshare_core::flow::Walk;
use infoshare_core::library::Library;
use infoshare_core::pack::{FlowNode, Flowchart, NodeKind};
use infoshare_core::route::{Route, ToolKey, ToolPage};
use infoshare_core::validate::FieldError;
use leptos::prelude::*;

use crate::components::form::{Button, ErrorSummary, RadioOption, Radios, ERROR_SUMMARY_ID};
use crate::components::{Citations, PageHeading, WarningText};
use crate::dom;
use crate::router::HEADING_ID;
use crate::state::session;

fn step_href(key: &ToolKey, node: &str) -> String {
    Route::Tool { key: key.clone(), page: ToolPage::Step(node.to_owned()) }.href()
}

/// The step to show: the one asked for if it is on the path, otherwise the current one.
pub fn wizard(library: &'static Library, key: ToolKey, chart: &'static Flowchart, step: Option<String>) -> AnyView {
    let walk = session().walks.read(&key, Walk::clone);
    let node = step
        .filter(|node| walk.can_show(chart, node))
        .and_then(|node| chart.node(&node))
        .or_else(|| walk.current(chart));
    let Some(node) = node else { return super::not_found().into_any() };
    let back = back_link(&key, &walk, node);
    let body = match node.kind {
        NodeKind::Question => question(library, key.clone(), chart, node, walk.choice_at(&node.id)).into_any(),
        NodeKind::Info => information(key.clone(), chart, node).into_any(),
        NodeKind::Outcome => super::outcome::outcome(library, key.clone(), chart, node, &walk).into_any(),
    };
    let carried = (node.kind != NodeKind::Outcome).then(|| super::carried::carried_panel(&key, chart, &walk)).flatten();
    let diagram = Route::Tool { key: key.clone(), page: ToolPage::Diagram }.href();
    let exit = (node.kind != NodeKind::Outcome).then(|| immediate_risk_exit(key, chart));
    view! {
        {back}
        {body}
        {carried}
        <p class="govuk-body app-no-print"><a class="govuk-link" href=diagram>"See the whole flowchart"</a></p>
        {exit}
    }
    .into_any()
}

/// Back to the step before this one on the path, or to Home from the first step.
fn back_link(key: &ToolKey, walk: &Walk, node: &FlowNode) -> impl IntoView {
    let position = walk.steps().iter().position(|step| step.node == node.id).unwrap_or(walk.steps().len());
    let href = match position.checked_sub(1).and_then(|previous| walk.steps().get(previous)) {
        Some(previous) => step_href(key, &previous.node),
        None => Route::Home.href(),
    };
    view! { <a href=href class="govuk-back-link">"Back"</a> }
}

fn question(
    library: &'static Library,
    key: ToolKey,
    chart: &'static Flowchart,
    node: &'static FlowNode,
    previous: Option<usize>,
) -> impl IntoView {
    let selected = RwSignal::new(previous.map(|choice| choice.to_string()));
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let options = node
        .options
        .iter()
        .enumerate()
        .map(|(index, option)| RadioOption {
            value: index.to_string(),
            label: option.label.clone(),
            hint: option.hint.clone(),
        })
        .collect();
    let error = Signal::derive(move || errors.with(|all| all.first().map(|e| e.message.clone())));
    let title = Route::Tool { key: key.clone(), page: ToolPage::Step(node.id.clone()) }.title(library);
    let legend = view! {
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--l">
            <span class="govuk-caption-l">{chart.title.clone()}</span>
            <h1 class="govuk-fieldset__heading" id=HEADING_ID tabindex="-1">{node.text.clone()}</h1>
        </legend>
    }
    .into_any();
    let next = move |_| match selected.get_untracked().and_then(|choice| choice.parse::<usize>().ok()) {
        None => {
            errors.set(vec![FieldError::new(&node.id, "Select an answer")]);
            crate::router::show_title(&format!("Error: {title}"));
            dom::focus_after_render(ERROR_SUMMARY_ID);
        }
        Some(choice) => {
            let mut following = None;
            session().walks.update(&key, |walk| {
                if walk.answer(chart, &node.id, choice, dom::local_now()).is_ok() {
                    following = walk.after(chart, &node.id);
                }
            });
            if let Some(following) = following {
                dom::navigate(&step_href(&key, &following));
            }
        }
    };
    view! {
        <ErrorSummary errors=errors />
        <Radios
            name=node.id.clone()
            legend=legend
            hint=node.hint.clone()
            options=options
            selected=Signal::from(selected)
            on_select=Callback::new(move |value| selected.set(Some(value)))
            error=error
        />
        <Button label="Continue" on_click=Callback::new(next) />
        {(!node.cite.is_empty()).then(|| view! { <Citations library=library cite=node.cite.clone() /> })}
    }
}

fn information(key: ToolKey, chart: &'static Flowchart, node: &'static FlowNode) -> impl IntoView {
    let next = move |_| {
        let mut following = None;
        session().walks.update(&key, |walk| {
            if walk.acknowledge(chart, &node.id, dom::local_now()).is_ok() {
                following = walk.after(chart, &node.id);
            }
        });
        if let Some(following) = following {
            dom::navigate(&step_href(&key, &following));
        }
    };
    view! {
        <PageHeading text=node.text.clone() caption=chart.title.clone() />
        {node.hint.clone().map(|hint| view! { <p class="govuk-body">{hint}</p> })}
        <Button label="Continue" on_click=Callback::new(next) />
    }
}

/// Always on screen while deciding: if someone is at immediate risk, stop and act.
fn immediate_risk_exit(key: ToolKey, chart: &'static Flowchart) -> impl IntoView {
    let take_exit = move |_| {
        session().walks.update(&key, |walk| walk.take_exit(chart, dom::local_now()));
        dom::navigate(&step_href(&key, &chart.exit));
    };
    view! {
        <div class="app-exit">
            <WarningText text="If a child or adult is at immediate risk of harm, stop: act now and record afterwards." />
            <Button label="Someone is at immediate risk" warning=true on_click=Callback::new(take_exit) />
        </div>
    }
}
