//! The decision record pages every tool ends in: the details form, check your answers, and
//! the finished record to print or export.

mod check;
mod document;
mod form;

pub use check::check;
pub use document::document;
pub use form::form;

use infoshare_core::library::Library;
use infoshare_core::record::{checklist_context, wizard_context, Context, ToolKind};
use infoshare_core::route::{Route, ToolKey, ToolPage};
use leptos::prelude::*;

use crate::components::PageHeading;
use crate::state::session;

/// What the tool contributes to the record now, or `None` if a wizard has not finished.
fn tool_context(library: &'static Library, key: &ToolKey) -> Option<Context> {
    let pack = library.pack(&key.pack)?;
    match key.kind {
        ToolKind::Wizard => {
            let chart = pack.flowchart(&key.id)?;
            session().walks.read(key, |walk| wizard_context(library, pack, chart, walk))
        }
        ToolKind::Checklist => {
            let checklist = pack.checklist(&key.id)?;
            Some(session().checklists.read(key, |answers| checklist_context(library, pack, checklist, answers)))
        }
        ToolKind::Form => None,
    }
}

/// Shown when a record page is opened before the wizard has reached an outcome.
fn finish_first(key: &ToolKey) -> AnyView {
    let start = Route::Tool { key: key.clone(), page: ToolPage::Start }.href();
    view! {
        <PageHeading text="Record your decision" />
        <p class="govuk-body">"Answer the questions first: the record starts from where they lead."</p>
        <p class="govuk-body"><a class="govuk-link" href=start>"Go to the questions"</a></p>
    }
    .into_any()
}
