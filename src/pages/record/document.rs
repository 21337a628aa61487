//! The finished decision record: everything in one printable page, with Print and Save as
//! JSON. Protective marking comes from the shell (top and bottom, and on every printed page).

use infoshare_core::record::{DecisionRecord, ToolKind};
use infoshare_core::route::{Route, ToolKey, ToolPage};
use infoshare_core::text::{clock_24, date_text, long_date};
use leptos::prelude::*;

use crate::components::form::Button;
use crate::components::{summary_row, LinkButton, PageHeading};
use crate::dom;
use crate::pages::path_figure;
use crate::state::session;

fn when(moment: &chrono::NaiveDateTime) -> String {
    format!("{} at {}", date_text(moment.date()), clock_24(moment.time()))
}

fn record_view(record: &DecisionRecord) -> impl IntoView {
    let tool = &record.context.tool;
    let path = record
        .context
        .path
        .iter()
        .map(|entry| {
            let answer = match &entry.note {
                Some(note) => format!("{}\nNote: {note}", entry.answer),
                None => entry.answer.clone(),
            };
            view! {
                <tr class="govuk-table__row">
                    <td class="govuk-table__cell">{entry.question.clone()}</td>
                    <td class="govuk-table__cell app-preserve-lines">{answer}</td>
                    {entry.at.map(|at| view! { <td class="govuk-table__cell">{clock_24(at.time())}</td> })}
                </tr>
            }
        })
        .collect_view();
    let findings = record
        .context
        .findings
        .iter()
        .map(|f| view! { <li>{format!("{} ({})", f.text, f.sources.join("; "))}</li> })
        .collect_view();
    let next_steps = record.context.outcome.next_steps.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view();
    let timed = record.context.path.iter().any(|entry| entry.at.is_some());
    let kind = match tool.kind {
        ToolKind::Wizard => "Decision wizard",
        ToolKind::Checklist => "Checklist",
        ToolKind::Form => "Form",
    };
    view! {
        <dl class="govuk-summary-list">
            {summary_row("Reference", record.reference.clone(), None)}
            {summary_row("Decision", record.decision.label().to_owned(), None)}
            {summary_row("Decided", when(&record.decided), None)}
            {summary_row("Decision-maker", format!("{}, {}", record.decision_maker.name, record.decision_maker.role), None)}
            {summary_row("Lawful basis", record.lawful_basis.clone(), None)}
            {summary_row("What will be shared", record.shared_what.clone(), None)}
            {summary_row("Shared with", record.shared_with.clone(), None)}
            {summary_row("Purpose", record.purpose.clone(), None)}
            {summary_row("Reasons", record.rationale.clone(), None)}
            {summary_row("Tool", format!("{kind}: {} (pack {} version {}, law as at {})", tool.title, tool.pack, tool.pack_version, long_date(&tool.law_as_at)), None)}
            {summary_row("Record created", when(&record.created), None)}
        </dl>
        <h2 class="govuk-heading-m">"Outcome"</h2>
        <p class="govuk-body govuk-!-font-weight-bold">{record.context.outcome.heading.clone()}</p>
        <ol class="govuk-list govuk-list--number">{next_steps}</ol>
        <p class="govuk-body-s">{format!("Sources: {}", record.context.outcome.sources.join("; "))}</p>
        {(!record.context.findings.is_empty()).then(|| view! {
            <h2 class="govuk-heading-m">"What the answers established"</h2>
            <ul class="govuk-list govuk-list--bullet">{findings}</ul>
        })}
        <h2 class="govuk-heading-m">"Answers given"</h2>
        <table class="govuk-table">
            <caption class="govuk-table__caption govuk-visually-hidden">"Each question or item and the answer given"</caption>
            <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                    <th scope="col" class="govuk-table__header">"Question"</th>
                    <th scope="col" class="govuk-table__header">"Answer"</th>
                    {timed.then(|| view! { <th scope="col" class="govuk-table__header">"Time"</th> })}
                </tr>
            </thead>
            <tbody class="govuk-table__body">{path}</tbody>
        </table>
        {(tool.kind == ToolKind::Wizard).then(|| view! {
            <h2 class="govuk-heading-m">"The path as a diagram"</h2>
            {path_figure(&record.context, "path-diagram-title")}
        })}
    }
}

pub fn document(key: ToolKey) -> AnyView {
    let Some(record) = session().records.read(&key, Clone::clone) else {
        let check = Route::Tool { key: key.clone(), page: ToolPage::Check }.href();
        return view! {
            <PageHeading text="Decision record" />
            <p class="govuk-body">"There is no record yet. "<a class="govuk-link" href=check>"Check your answers and create the record"</a></p>
        }
        .into_any();
    };
    let seal = Route::Tool { key: key.clone(), page: ToolPage::Seal }.href();
    let download_error = RwSignal::new(None::<String>);
    let json = record.to_json();
    let file_name = format!("{}.json", record.reference);
    let save = move |_| download_error.set(dom::download(&file_name, "application/json", &json).err());
    let start_again = move |_| {
        let session = session();
        session.walks.update(&key, |walk| *walk = Default::default());
        session.checklists.update(&key, |answers| *answers = Default::default());
        session.inputs.update(&key, |input| *input = Default::default());
        session.records.update(&key, |slot| *slot = None);
        dom::navigate(&Route::Tool { key: key.clone(), page: ToolPage::Start }.href());
    };
    view! {
        <PageHeading text="Decision record" caption=record.context.tool.title.clone() />
        <div class="govuk-notification-banner govuk-notification-banner--success app-no-print" role="alert" aria-labelledby="record-created-title">
            <div class="govuk-notification-banner__header">
                <h2 class="govuk-notification-banner__title" id="record-created-title">"Success"</h2>
            </div>
            <div class="govuk-notification-banner__content">
                <p class="govuk-notification-banner__heading">{format!("Record {} created", record.reference)}</p>
                <p class="govuk-body">"Print it or save it for your case record now: it is not kept once you close this tab."</p>
            </div>
        </div>
        {record_view(&record)}
        <div class="govuk-button-group app-no-print">
            <LinkButton href=seal label="Seal the record to send it" />
            <Button label="Print the record" secondary=true on_click=Callback::new(|_| dom::print()) />
            <Button label="Save as a file (JSON)" secondary=true on_click=Callback::new(save) />
            <Button label="Start a new decision" secondary=true on_click=Callback::new(start_again) />
        </div>
        {move || download_error.get().map(|message| view! { <p class="govuk-error-message">{message}</p> })}
    }
    .into_any()
}
