//! Check your answers for a form: every shown answer with a Change link to it (its section,
//! which comes back here on Save and continue), then on to where it goes. Errors left
//! anywhere are listed with links to finish their sections; warnings are listed under their
//! section with links to the answers they are about, and never stop the form.

use infoshare_core::form::{summary, validate, Form, Issue, Section};
use infoshare_core::library::Library;
use infoshare_core::route::{ToolKey, ToolPage};
use leptos::prelude::*;

use super::href;
use crate::components::{summary_row, Change, LinkButton, PageHeading, WarningText};
use crate::dom;
use crate::state::session;

/// The section page, opened to change the answer at `path` (or to finish the section).
fn change(key: &ToolKey, section: &Section, path: Option<&str>) -> String {
    href(key, ToolPage::Change { section: section.id.clone(), focus: path.map(str::to_owned) })
}

pub fn check(_library: &'static Library, key: ToolKey, form: &'static Form) -> impl IntoView {
    let (rows, issues) =
        session().forms.read(&key, |answers| (summary(form, answers), validate(form, answers, dom::local_now())));
    let (problems, warnings): (Vec<Issue>, Vec<Issue>) = issues.into_iter().partition(Issue::is_error);
    let sections = form
        .sections
        .iter()
        .map(|section| {
            let answers = rows
                .iter()
                .filter(|row| section.holds(&row.path))
                .map(|row| {
                    let label = match &row.context {
                        Some(context) => format!("{context}: {}", row.label),
                        None => row.label.clone(),
                    };
                    let value = if row.value.is_empty() { "Not answered".to_owned() } else { row.value.clone() };
                    let href = change(&key, section, Some(&row.path));
                    summary_row(label.clone(), value, Some(Change { href, what: label.to_lowercase() }))
                })
                .collect_view();
            let in_section = |issue: &&Issue| section.holds(&issue.path);
            let section_problems: Vec<String> = problems.iter().filter(in_section).map(Issue::summary).collect();
            let section_warnings = warnings
                .iter()
                .filter(in_section)
                .map(|issue| view! { <li><a class="govuk-link" href=change(&key, section, Some(&issue.path))>{issue.summary()}</a></li> })
                .collect_view();
            let has_warnings = warnings.iter().any(|issue| section.holds(&issue.path));
            view! {
                <h2 class="govuk-heading-m">{section.title.clone()}</h2>
                {(!section_problems.is_empty()).then(|| view! {
                    <div class="govuk-inset-text">
                        <p class="govuk-body">{format!("{} to finish in this section:", plural(section_problems.len()))}</p>
                        <ul class="govuk-list govuk-list--bullet">{section_problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                        <a class="govuk-link" href=change(&key, section, None)>{format!("Finish {}", section.title.to_lowercase())}</a>
                    </div>
                })}
                {has_warnings.then(|| view! {
                    <div class="app-check-warnings">
                        <WarningText text="Check these answers. You can still send the form:" />
                        <ul class="govuk-list govuk-list--bullet">{section_warnings}</ul>
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
