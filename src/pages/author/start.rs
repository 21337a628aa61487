//! How a pack is started: blank, from a copy of a shipped pack, or from a pack file (read
//! here, never uploaded). Starting replaces any pack being written, which the page says.

use infoshare_core::author::{Draft, MAX_PACK_BYTES};
use infoshare_core::catalogue::Catalogue;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::Author;
use crate::components::form::{described_by, group_class, ErrorMessage};
use crate::dom;
use crate::sealer::{self, Event, Job};

const COPY_ID: &str = "copy-pack";
const FILE_ID: &str = "author-file";

/// Reads the chosen file as a pack, or says why it cannot.
async fn open(file: Option<web_sys::File>) -> Result<Draft, String> {
    let file = file.ok_or("Select a pack file")?;
    if file.size() > MAX_PACK_BYTES as f64 {
        return Err("The pack file must be smaller than 2 MB".to_owned());
    }
    let bytes = dom::read_file(&file).await?;
    let text = String::from_utf8(bytes.to_vec()).map_err(|_| "The pack file must be text saved as UTF-8".to_owned())?;
    Draft::open(&text).map_err(|problem| format!("The pack file could not be read: {problem}"))
}

pub(super) fn start(author: Author) -> impl IntoView {
    let shipped = Catalogue::shipped().packs;
    let writing = author.read(|editor| editor.view.clone());
    let chosen = RwSignal::new(shipped.first().map(|pack| pack.id.clone()).unwrap_or_default());
    let file = RwSignal::new_local(None::<web_sys::File>);
    let copy_error = RwSignal::new(None::<String>);
    let file_error = RwSignal::new(None::<String>);
    // The worker writes the copy: it holds the TOML writer.
    let copy = move |_| {
        copy_error.set(None);
        sealer::run(Job::CopyPack { id: chosen.get_untracked() }, move |event| match event {
            Event::PackText(text) => match Draft::open(&text) {
                // After this handler returns: starting checks the pack in a new worker.
                Ok(draft) => spawn_local(async move { author.begin(draft) }),
                Err(problem) => copy_error.set(Some(problem.to_string())),
            },
            Event::Failed { message, .. } => copy_error.set(Some(message)),
            _ => {}
        });
    };
    let open_file = move |_| {
        spawn_local(async move {
            match open(file.get_untracked()).await {
                Ok(draft) => author.begin(draft),
                Err(message) => file_error.set(Some(message)),
            }
        })
    };
    let options = shipped.into_iter().map(|pack| view! { <option value=pack.id>{pack.title}</option> }).collect_view();
    view! {
        <p class="govuk-body">"Write your area's information sharing agreement as a pack: its details, sources, the agreement and its rules, its checklists, decision wizards and forms, in pages like these; its bank holidays, training scenarios and quiz as text. Every change is checked at once, with the checks InfoShare uses for its own packs."</p>
        <p class="govuk-body">"The pack stays in this browser tab until you save it as a file. It is not uploaded or stored, and clearing everything forgets it."</p>
        {writing.map(|view| view! {
            <div class="govuk-inset-text">
                <p class="govuk-body">"You are writing a pack. Starting another replaces it: save it first if you want to keep it."</p>
                <button type="button" class="govuk-button govuk-button--secondary" on:click=move |_| author.go(view.clone())>"Go back to your pack"</button>
            </div>
        })}
        <h2 class="govuk-heading-m">"Start a blank pack"</h2>
        <button type="button" class="govuk-button" on:click=move |_| author.begin(Draft::blank())>"Start a blank pack"</button>
        <h2 class="govuk-heading-m">"Start from a copy of a pack InfoShare carries"</h2>
        <div class=group_class(copy_error.into())>
            <label class="govuk-label" for=COPY_ID>"Pack to copy"</label>
            <ErrorMessage id=format!("{COPY_ID}-error") message=copy_error.into() />
            <select class="govuk-select" id=COPY_ID name=COPY_ID aria-describedby=described_by(false, Signal::from(copy_error), COPY_ID)
                on:change=move |event| chosen.set(event_target_value(&event))>{options}</select>
        </div>
        <button type="button" class="govuk-button" on:click=copy>"Copy this pack"</button>
        <h2 class="govuk-heading-m">"Open a pack file"</h2>
        <div class=group_class(file_error.into())>
            <label class="govuk-label" for=FILE_ID>"Pack file"</label>
            <div id=format!("{FILE_ID}-hint") class="govuk-hint">"A .toml file, smaller than 2 MB."</div>
            <ErrorMessage id=format!("{FILE_ID}-error") message=file_error.into() />
            <input class="govuk-file-upload" id=FILE_ID name=FILE_ID type="file" accept=".toml,text/plain"
                aria-describedby=described_by(true, Signal::from(file_error), FILE_ID) on:change=move |event| file.set(dom::picked_file(&event)) />
        </div>
        <button type="button" class="govuk-button" on:click=open_file>"Open the file"</button>
    }
}
