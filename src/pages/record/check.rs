//! Check your answers: the tool's answers, the outcome and the decision details, each with a
//! Change link, then "Create the record".

use infoshare_core::library::Library;
use infoshare_core::record::{self, field, Context, RecordInput, ToolKind};
use infoshare_core::reference::reference;
use infoshare_core::route::{Route, ToolKey, ToolPage};
use leptos::prelude::*;

use crate::components::form::Button;
use crate::components::{summary_row, Change, PageHeading};
use crate::dom;
use crate::state::session;

fn answers(key: &ToolKey, context: &Context) -> impl IntoView {
    context
        .path
        .iter()
        .map(|entry| {
            let page = match key.kind {
                ToolKind::Wizard => ToolPage::Step(entry.step.clone()),
                ToolKind::Checklist | ToolKind::Form => ToolPage::Start,
            };
            let href = Route::Tool { key: key.clone(), page }.href();
            let value = match &entry.note {
                Some(note) => format!("{}\nNote: {note}", entry.answer),
                None => entry.answer.clone(),
            };
            summary_row(
                entry.question.clone(),
                value,
                Some(Change { href, what: format!("your answer to: {}", entry.question) }),
            )
        })
        .collect_view()
}

fn details(key: &ToolKey, input: &RecordInput) -> impl IntoView {
    let change = |id: &str, what: &str| {
        let href = Route::Tool { key: key.clone(), page: ToolPage::Record(Some(id.to_owned())) }.href();
        Some(Change { href, what: what.to_owned() })
    };
    let decided = format!(
        "{}/{}/{} at {}",
        input.decided_on.day, input.decided_on.month, input.decided_on.year, input.decided_at
    );
    let rows = [
        ("Decision", input.decision.map_or("", |d| d.label()).to_owned(), field::DECISION, "decision"),
        ("Lawful basis", input.lawful_basis.clone(), field::LAWFUL_BASIS, "lawful basis"),
        ("What will be shared", input.shared_what.clone(), field::SHARED_WHAT, "what will be shared"),
        ("Shared with", input.shared_with.clone(), field::SHARED_WITH, "who it will be shared with"),
        ("Purpose", input.purpose.clone(), field::PURPOSE, "purpose"),
        ("Reasons", input.rationale.clone(), field::RATIONALE, "reasons"),
        ("Decision-maker", input.maker_name.clone(), field::MAKER_NAME, "decision-maker's name"),
        ("Role", input.maker_role.clone(), field::MAKER_ROLE, "role"),
        ("Decided", decided, "decided-on-day", "date and time of decision"),
    ];
    rows.into_iter()
        .filter(|(_, value, _, _)| !value.trim().is_empty())
        .map(|(label, value, id, what)| summary_row(label, value, change(id, what)))
        .collect_view()
}

pub fn check(library: &'static Library, key: ToolKey) -> AnyView {
    let Some(context) = super::tool_context(library, &key) else { return super::finish_first(&key) };
    let inputs = session().inputs;
    let input = inputs.read(&key, RecordInput::clone);
    let findings = context.findings.iter().map(|f| view! { <li>{f.text.clone()}</li> }).collect_view();
    let has_findings = !context.findings.is_empty();
    let create_key = key.clone();
    let create_context = context.clone();
    let create = move |_| {
        let input = inputs.read(&create_key, RecordInput::clone);
        let reference = reference("ISD", &dom::random_bytes::<4>());
        match record::build(create_context.clone(), &input, reference, dom::local_now()) {
            Ok(built) => {
                session().records.update(&create_key, |slot| *slot = Some(built));
                dom::navigate(&Route::Tool { key: create_key.clone(), page: ToolPage::Document }.href());
            }
            Err(_) => dom::navigate(&Route::Tool { key: create_key.clone(), page: ToolPage::Record(None) }.href()),
        }
    };
    view! {
        <PageHeading text="Check your decision record" caption=context.tool.title.clone() />
        <h2 class="govuk-heading-m">"Your answers"</h2>
        <dl class="govuk-summary-list">{answers(&key, &context)}</dl>
        <h2 class="govuk-heading-m">"Outcome"</h2>
        <p class="govuk-body govuk-!-font-weight-bold">{context.outcome.heading.clone()}</p>
        {has_findings.then(|| view! {
            <h3 class="govuk-heading-s">"What your answers established"</h3>
            <ul class="govuk-list govuk-list--bullet">{findings}</ul>
        })}
        <h2 class="govuk-heading-m">"Your decision"</h2>
        <dl class="govuk-summary-list">{details(&key, &input)}</dl>
        <h2 class="govuk-heading-m">"Now create the record"</h2>
        <p class="govuk-body">"You can then print it or save it as a file for your case record."</p>
        <Button label="Create the record" on_click=Callback::new(create) />
    }
    .into_any()
}
