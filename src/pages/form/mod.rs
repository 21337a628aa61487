//! Request and notification forms: a task list of sections, one page per section (with
//! "add another" for repeatable groups), check your answers, and where to send it by when.
//! Every rule lives in `infoshare_core::form`; these pages render and report back.

mod check;
mod fields;
mod result;
mod section;

pub use result::kept_record;

use infoshare_core::form::{errors, validate, Form, Issue, Section};
use infoshare_core::library::Library;
use infoshare_core::route::{Route, ToolKey, ToolPage};
use leptos::prelude::*;

use crate::components::{Citations, PageHeading};
use crate::dom;
use crate::state::session;

/// The page of a form for a route.
pub fn page(library: &'static Library, key: ToolKey, form: &'static Form, page: ToolPage) -> AnyView {
    let (id, opened) = match page {
        ToolPage::Step(id) => (id, section::Opened::InOrder),
        ToolPage::Change { section, focus } => (section, section::Opened::ToChange(focus)),
        ToolPage::Check => return check::check(library, key, form).into_any(),
        ToolPage::Document => return result::result(library, key, form),
        ToolPage::Start => return task_list(library, key, form).into_any(),
        // Sealing is its own area's page; a form has no record, diagram or seal page here.
        ToolPage::Seal | ToolPage::Record(_) | ToolPage::Diagram => return super::not_found().into_any(),
    };
    match form.sections.iter().find(|section| section.id == id) {
        Some(section) => section::section(library, key, form, section, opened).into_any(),
        None => super::not_found().into_any(),
    }
}

fn href(key: &ToolKey, page: ToolPage) -> String {
    Route::Tool { key: key.clone(), page }.href()
}

/// The errors in the current answers, now.
fn current_errors(key: &ToolKey, form: &Form) -> Vec<Issue> {
    session().forms.read(key, |answers| errors(form, answers, dom::local_now()))
}

/// The errors and the warnings in one section's answers, now.
fn current_issues(key: &ToolKey, form: &Form, section: &Section) -> (Vec<Issue>, Vec<Issue>) {
    let issues = session().forms.read(key, |answers| validate(form, answers, dom::local_now()));
    issues.into_iter().filter(|issue| section.holds(&issue.path)).partition(Issue::is_error)
}

/// The task list: each section with whether it is complete.
fn task_list(library: &'static Library, key: ToolKey, form: &'static Form) -> impl IntoView {
    let problems = current_errors(&key, form);
    let touched = session().forms.read(&key, |answers| *answers != Default::default());
    let tasks = form
        .sections
        .iter()
        .map(|section| {
            let complete = !problems.iter().any(|issue| section.holds(&issue.path));
            let (status, class) = match (complete, touched) {
                (true, true) => ("Completed", "govuk-task-list__status"),
                _ => ("Incomplete", "govuk-task-list__status"),
            };
            let status_id = format!("{}-status", section.id);
            let tag = if complete && touched {
                view! { <div class=class id=status_id.clone()>{status}</div> }.into_any()
            } else {
                view! { <div class=class id=status_id.clone()><strong class="govuk-tag">{status}</strong></div> }
                    .into_any()
            };
            view! {
                <li class="govuk-task-list__item govuk-task-list__item--with-link">
                    <div class="govuk-task-list__name-and-hint">
                        <a class="govuk-link govuk-task-list__link" href=href(&key, ToolPage::Step(section.id.clone())) aria-describedby=status_id>
                            {section.title.clone()}
                        </a>
                    </div>
                    {tag}
                </li>
            }
        })
        .collect_view();
    let check = href(&key, ToolPage::Check);
    view! {
        <PageHeading text=form.title.clone() />
        <p class="govuk-body">{form.intro.clone()}</p>
        {form.note.clone().map(|note| view! { <div class="govuk-inset-text">{note}</div> })}
        <Citations library=library cite=form.cite.clone() />
        <h2 class="govuk-heading-m">"Sections"</h2>
        <ul class="govuk-task-list">{tasks}</ul>
        <p class="govuk-body"><a class="govuk-link" href=check>"Check your answers and see where to send the form"</a></p>
    }
}
