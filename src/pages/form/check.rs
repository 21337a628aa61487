//! Check your answers for a form: every shown answer with a Change link to its section, then
//! on to where it goes. Errors left anywhere are listed with links to their sections.

use infoshare_core::form::{summary, Form};
use infoshare_core::library::Library;
use infoshare_core::route::{ToolKey, ToolPage};
use leptos::prelude::*;

use super::{current_errors, href, in_section};
use crate::components::{summary_row, Change, LinkButton, PageHeading};
use crate::state::session;

pub fn check(_library: &'static Library, key: ToolKey, form: &'static Form) -> impl IntoView {
    let rows = session().forms.read(&key, |answers| summary(form, answers));
    let problems = current_errors(&key, form);
    let sections = form
        .sections
        .iter()
        .map(|section| {
            let change = href(&key, ToolPage::Step(section.id.clone()));
            let answers = rows
                .iter()
                .filter(|row| row.section == section.title)
                .map(|row| {
                    let label = match &row.context {
                        Some(context) => format!("{context}: {}", row.label),
                        None => row.label.clone(),
                    };
                    let value = if row.value.is_empty() { "Not answered".to_owned() } else { row.value.clone() };
                    summary_row(label.clone(), value, Some(Change { href: change.clone(), what: label.to_lowercase() }))
                })
                .collect_view();
            let section_problems: Vec<String> = problems.iter().filter(|issue| in_section(section, issue)).map(|issue| issue.summary()).collect();
            view! {
                <h2 class="govuk-heading-m">{section.title.clone()}</h2>
                {(!section_problems.is_empty()).then(|| view! {
                    <div class="govuk-inset-text">
                        <p class="govuk-body">{format!("{} to finish in this section:", plural(section_problems.len()))}</p>
                        <ul class="govuk-list govuk-list--bullet">{section_problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                        <a class="govuk-link" href=change.clone()>{format!("Finish {}", section.title.to_lowercase())}</a>
                    </div>
                })}
                <dl class="govuk-summary-list">{answers}</dl>
            }
        })
        .collect_view();
    let ready = problems.is_empty();
    view! {
        <PageHeading text="Check your answers before sending" caption=form.title.clone() />
        {sections}
        {if ready {
            view! {
                <h2 class="govuk-heading-m">"Now see where to send it"</h2>
                <LinkButton href=href(&key, ToolPage::Document) label="Continue" />
            }.into_any()
        } else {
            view! { <p class="govuk-body">"Finish the sections above before you send the form."</p> }.into_any()
        }}
    }
}

fn plural(count: usize) -> String {
    if count == 1 {
        "1 thing".to_owned()
    } else {
        format!("{count} things")
    }
}
