//! An opened draft: what it holds, and "Resume this work", which replaces the visit's work
//! with the draft's after checking it against the packs this copy of InfoShare has.

use infoshare_core::draft::Draft;
use infoshare_core::library::Library;
use infoshare_core::route::Route;
use leptos::prelude::*;

use crate::components::form::Button;
use crate::components::{PageHeading, WarningText};
use crate::dom;
use crate::sealer::Opened;
use crate::state::{session, Session};

/// What resuming did.
#[derive(Clone, PartialEq)]
enum Resumed {
    Not,
    Done { tools: Vec<(String, String)>, dropped: usize },
    Failed(String),
}

/// Each tool in the draft as (title, address).
fn tools(library: &Library, draft: &Draft) -> Vec<(String, String)> {
    draft
        .tool_paths()
        .into_iter()
        .filter_map(|path| {
            let route = Route::from_hash(&format!("#/{path}"))?;
            let Route::Tool { key, .. } = &route else { return None };
            Some((key.title(library)?.to_owned(), route.href()))
        })
        .collect()
}

fn resume(library: &Library, session: Session, json: &str) -> Resumed {
    let mut draft = match Draft::from_json(json) {
        Ok(draft) => draft,
        Err(message) => return Resumed::Failed(message),
    };
    let dropped = draft.keep_what_fits(library);
    let tools = tools(library, &draft);
    session.resume(draft);
    Resumed::Done { tools, dropped }
}

fn done(tools: Vec<(String, String)>, dropped: usize) -> impl IntoView {
    let links = tools
        .into_iter()
        .map(|(title, href)| view! { <li><a class="govuk-link" href=href>{title}</a></li> })
        .collect_view();
    view! {
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="resumed-title">
            <div class="govuk-notification-banner__header">
                <h2 class="govuk-notification-banner__title" id="resumed-title">"Resumed"</h2>
            </div>
            <div class="govuk-notification-banner__content">
                <p class="govuk-notification-banner__heading">"Your work is back. Carry on where you left off:"</p>
                <ul class="govuk-list">{links}</ul>
            </div>
        </div>
        {(dropped > 0).then(|| view! {
            <WarningText text=format!("{dropped} part(s) of the draft were left out: they belong to tools or answers this copy of InfoShare does not have (its agreement packs may have changed since the draft was saved).") />
        })}
    }
}

pub fn resume_page(library: &'static Library, file: Opened, json: String) -> AnyView {
    let state = RwSignal::new(Resumed::Not);
    let session = session();
    let has_work = untrack(|| session.has_work_besides_the_opened_file());
    let listed = Draft::from_json(&json).map(|draft| tools(library, &draft)).unwrap_or_default();
    let saved = file.blocks.iter().find_map(|block| match block {
        infoshare_core::rendering::Block::Row { label, value } if label == "Sealed" => Some(value.clone()),
        _ => None,
    });
    let start = Callback::new(move |_| {
        state.set(resume(library, session, &json));
        dom::focus_after_render("resumed-title");
    });
    view! {
        <PageHeading text=Route::Opened.heading(library) caption=format!("Draft {}", file.reference) />
        {saved.map(|when| view! { <p class="govuk-body">{format!("Saved {when}.")}</p> })}
        {move || match state.get() {
            Resumed::Not => view! {
                <p class="govuk-body">"This draft holds work in:"</p>
                <ul class="govuk-list govuk-list--bullet">{listed.iter().map(|(title, _)| view! { <li>{title.clone()}</li> }).collect_view()}</ul>
                {has_work.then(|| view! { <WarningText text="Resuming replaces what you have entered in this visit. Save that as a draft first if you need it." /> })}
                <Button label="Resume this work" on_click=start />
            }.into_any(),
            Resumed::Done { tools, dropped } => done(tools, dropped).into_any(),
            Resumed::Failed(message) => view! { <p class="govuk-error-message">{message}</p> }.into_any(),
        }}
    }
    .into_any()
}
