//! Where the finished form goes and by when, the answers to print, and the form as a JSON
//! file with a neutral name (a decision-record form also as the decision record the wizards
//! make), or sealed to send.

use infoshare_core::form::{build, decision_record, shown_answers, Form, FormRecord};
use infoshare_core::library::Library;
use infoshare_core::reference::reference;
use infoshare_core::route::{Route, ToolKey, ToolPage};
use leptos::prelude::*;

use super::href;
use crate::components::form::Button;
use crate::components::{summary_row, Citations, LinkButton, PageHeading, WarningText};
use crate::dom;
use crate::state::session;

/// The record this page built for the answers, while they are unchanged: what the seal page
/// seals (it never builds one itself, so sealing carries none of the checking and routing).
pub fn kept_record(key: &ToolKey, form: &Form) -> Option<FormRecord> {
    let answers = session().forms.read(key, Clone::clone);
    session().form_records.read(key, Clone::clone).filter(|kept| kept.answers == shown_answers(form, &answers))
}

/// The record for the current answers: kept while the answers are unchanged, so the
/// reference stays the same between visits to this page.
fn current_record(library: &'static Library, key: &ToolKey, form: &'static Form) -> Result<FormRecord, usize> {
    let pack = library.pack(&key.pack).ok_or(0usize)?;
    if let Some(kept) = kept_record(key, form) {
        return Ok(kept);
    }
    let answers = session().forms.read(key, Clone::clone);
    let built = build(library, pack, form, &answers, reference("ISR", &dom::random_bytes::<4>()), dom::local_now())
        .map_err(|errors| errors.len())?;
    session().form_records.update(key, |slot| *slot = Some(built.clone()));
    Ok(built)
}

pub fn result(library: &'static Library, key: ToolKey, form: &'static Form) -> AnyView {
    let record = match untrack(|| current_record(library, &key, form)) {
        Ok(record) => record,
        Err(_) => {
            return view! {
                <PageHeading text="Send the form" caption=form.title.clone() />
                <p class="govuk-body">"The form is not finished yet. "<a class="govuk-link" href=href(&key, ToolPage::Check)>"Check your answers"</a></p>
            }
            .into_any()
        }
    };
    let routes = record
        .routing
        .iter()
        .map(|routed| {
            let to = routed.to.clone().map(|to| match &routed.address {
                Some(address) => format!("Send to: {to} ({address})"),
                None => format!("Send to: {to}"),
            });
            let due = routed.deadline.as_ref().map(|due| due.text.clone());
            // A route with neither recipient nor deadline (such as who to tell now) is its title.
            let body = (to.is_some() || due.is_some()).then(|| view! {
                <div class="govuk-panel__body app-route__body">
                    {to.map(|to| view! { <p class="govuk-body app-route__text">{to}</p> })}
                    {due.map(|due| view! { <p class="govuk-body app-route__text govuk-!-font-weight-bold">{due}</p> })}
                </div>
            });
            view! {
                <div class="govuk-panel govuk-panel--confirmation app-route">
                    <h2 class="govuk-panel__title app-route__title">{routed.context.clone().map(|c| format!("{c}: ")).unwrap_or_default()}{routed.title.clone()}</h2>
                    {body}
                </div>
                <ul class="govuk-list govuk-list--bullet">{routed.steps.iter().map(|step| view! { <li>{step.clone()}</li> }).collect_view()}</ul>
                <Citations library=library cite=routed.cite.clone() />
            }
        })
        .collect_view();
    let answers = record
        .summary
        .iter()
        .map(|row| {
            let label = match &row.context {
                Some(context) => format!("{context}: {}", row.label),
                None => row.label.clone(),
            };
            // A signature line stays empty: the printed sheet is signed by hand.
            let value = match (row.signature, row.value.is_empty()) {
                (false, true) => "Not answered".to_owned(),
                _ => row.value.clone(),
            };
            summary_row(label, value, None)
        })
        .collect_view();
    let warnings = record.warnings.iter().map(|w| view! { <li>{w.summary()}</li> }).collect_view();
    let has_warnings = !record.warnings.is_empty();
    let download_error = RwSignal::new(None::<String>);
    let (json, file_name) = (record.to_json(), format!("{}.json", record.reference));
    let save = move |_| download_error.set(dom::download(&file_name, "application/json", &json).err());
    // A decision-record form also saves as the decision record the wizards make.
    let as_decision = library.pack(&key.pack).and_then(|pack| {
        let answers = untrack(|| session().forms.read(&key, Clone::clone));
        decision_record(library, pack, form, &answers, reference("ISD", &dom::random_bytes::<4>()), dom::local_now())
    });
    let save_decision = as_decision.and_then(Result::ok).map(|decision| {
        let (json, file_name) = (decision.to_json(), format!("{}.json", decision.reference));
        move |_| download_error.set(dom::download(&file_name, "application/json", &json).err())
    });
    view! {
        <PageHeading text=Route::Tool { key: key.clone(), page: ToolPage::Document }.heading(library) caption=form.title.clone() />
        <p class="govuk-body">{format!("Reference {}. Keep this reference: it names the file and the email, and holds no personal details.", record.reference)}</p>
        {routes}
        {has_warnings.then(|| view! {
            <WarningText text="Check these before you send:" />
            <ul class="govuk-list govuk-list--bullet">{warnings}</ul>
        })}
        <h2 class="govuk-heading-m">"Your answers"</h2>
        <dl class="govuk-summary-list">{answers}</dl>
        <div class="govuk-button-group app-no-print">
            <LinkButton href=href(&key, ToolPage::Seal) label="Seal the form to send it" />
            <Button label="Print the form" secondary=true on_click=Callback::new(|_| dom::print()) />
            <Button label="Save as a file (JSON)" secondary=true on_click=Callback::new(save) />
            {save_decision.map(|save| view! {
                <Button label="Save as a decision record (JSON)" secondary=true on_click=Callback::new(save) />
            })}
        </div>
        {move || download_error.get().map(|message| view! { <p class="govuk-error-message">{message}</p> })}
    }
    .into_any()
}
