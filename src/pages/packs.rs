//! Loading an agreement pack of one's own: a safeguarding lead picks a TOML file, the sealing
//! worker reads and checks it against the shipped packs, and either its tools join the home
//! page for this visit or every problem is listed with its line and field. Nothing is uploaded.

use infoshare_core::library::Library;
use infoshare_core::pack::compact::from_compact;
use infoshare_core::pack::Pack;
use infoshare_core::route::Route;
use infoshare_core::validate::FieldError;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::form::{
    described_by, error_for, group_class, Button, ErrorMessage, ErrorSummary, ERROR_SUMMARY_ID,
};
use crate::components::PageHeading;
use crate::dom;
use crate::packs::{packs, Packs};
use crate::sealer::{self, Event, Job};

const FILE_ID: &str = "pack-file";
/// Larger than any real pack (the national pack is about 100 KB).
const MAX_PACK_BYTES: f64 = 1024.0 * 1024.0;

/// Reads the chosen file as text, or says why it cannot be a pack.
async fn pack_text(file: Option<web_sys::File>) -> Result<(String, String), String> {
    let file = file.ok_or("Select a pack file")?;
    if file.size() > MAX_PACK_BYTES {
        return Err("The pack file must be smaller than 1 MB".to_owned());
    }
    let bytes = dom::read_file(&file).await?;
    let text = String::from_utf8(bytes.to_vec()).map_err(|_| "The pack file must be text saved as UTF-8".to_owned())?;
    Ok((file.name(), text))
}

/// Uses a pack the worker passed, and says what happened.
fn use_pack(packs: Packs, bytes: &[u8]) -> Result<String, String> {
    let pack: Pack = from_compact(bytes).map_err(|error| format!("The checked pack could not be read: {error}"))?;
    let title = format!("{} (version {}, law as at {})", pack.pack.title, pack.pack.version, pack.pack.law_as_at);
    let replaced = packs.load(pack, bytes).ok_or("InfoShare has not finished reading its own packs. Try again.")?;
    Ok(if replaced {
        format!("Loaded {title}, in place of the shipped pack with the same id.")
    } else {
        format!("Loaded {title}.")
    })
}

fn problems_view(problems: Vec<String>) -> impl IntoView {
    let count = problems.len();
    let items = problems.into_iter().map(|problem| view! { <li>{problem}</li> }).collect_view();
    view! {
        <h2 class="govuk-heading-m">{if count == 1 { "1 problem in the pack".to_owned() } else { format!("{count} problems in the pack") }}</h2>
        <ul class="govuk-list govuk-list--bullet app-break-words" id="pack-problems">{items}</ul>
    }
}

pub fn packs_page(library: &'static Library) -> impl IntoView {
    let file = RwSignal::new_local(None::<web_sys::File>);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let problems = RwSignal::new(Vec::<String>::new());
    let working = RwSignal::new(false);
    // Taken now: the worker answers outside any reactive owner.
    let packs = packs();
    let loaded = packs.loaded;
    on_cleanup(sealer::cancel);
    let fail = move |message: String, found: Vec<String>| {
        errors.set(vec![FieldError::new(FILE_ID, message)]);
        problems.set(found);
        working.set(false);
        dom::focus_after_render(ERROR_SUMMARY_ID);
    };
    let start = move |_| {
        working.set(true);
        problems.set(Vec::new());
        spawn_local(async move {
            let (name, text) = match pack_text(file.get_untracked()).await {
                Ok(read) => read,
                Err(message) => return fail(message, Vec::new()),
            };
            sealer::run(Job::CheckPack { name, text, sketch: false }, move |event| match event {
                Event::PackChecked(bytes) => match use_pack(packs, &bytes.to_vec()) {
                    // The app is drawn again with the pack: this page's state goes with it.
                    Ok(_) => dom::focus_after_render("loaded-packs"),
                    Err(message) => fail(message, Vec::new()),
                },
                Event::PackProblems(found) => {
                    let summary = format!(
                        "The pack was not loaded: fix the problems listed and load it again ({} found)",
                        found.len()
                    );
                    fail(summary, found)
                }
                Event::Failed { message, .. } => fail(message, Vec::new()),
                _ => {}
            });
        });
    };
    let error = error_for(errors.into(), FILE_ID);
    let loaded_view = move || {
        let titles = loaded.get();
        (!titles.is_empty()).then(|| {
            let items = titles.into_iter().map(|title| view! { <li>{title}</li> }).collect_view();
            view! {
                <div class="govuk-notification-banner govuk-notification-banner--success" role="region" aria-labelledby="loaded-packs" >
                    <div class="govuk-notification-banner__header">
                        <h2 class="govuk-notification-banner__title" id="loaded-packs" tabindex="-1">"Loaded for this visit"</h2>
                    </div>
                    <div class="govuk-notification-banner__content">
                        <ul class="govuk-list">{items}</ul>
                        <p class="govuk-body">"Its tools are on the "<a class="govuk-notification-banner__link" href=Route::Home.href()>"home page"</a>". Closing the tab or clearing everything removes it."</p>
                    </div>
                </div>
            }
        })
    };
    view! {
        <PageHeading text=Route::Packs.heading(library) />
        <ErrorSummary errors=errors />
        {loaded_view}
        <p class="govuk-body">"If your area's information sharing agreement is not built into InfoShare, your safeguarding lead can describe its checklists, wizards and forms in a pack file (TOML, with every item cited). Load it here to use it for this visit."</p>
        <ul class="govuk-list govuk-list--bullet">
            <li>"The pack is read and checked in this browser. It is not uploaded, and it is not kept: load it again next time."</li>
            <li>"A pack with the same id as a built-in one replaces it for this visit."</li>
            <li>"To write or change a pack without a text editor, "<a class="govuk-link" href=Route::Author.href()>"write your own agreement pack"</a>" in the browser, with every change checked."</li>
            <li>"InfoShare's source explains how to write a pack, with a complete example, in docs/packs.md."</li>
        </ul>
        <div class=group_class(error)>
            <label class="govuk-label govuk-label--s" for=FILE_ID>"Pack file"</label>
            <div id="pack-file-hint" class="govuk-hint">"A .toml file, smaller than 1 MB."</div>
            <ErrorMessage id="pack-file-error".to_owned() message=error />
            <input class="govuk-file-upload" id=FILE_ID name=FILE_ID type="file" accept=".toml,text/plain"
                aria-describedby=described_by(true, error, FILE_ID) on:change=move |event| file.set(dom::picked_file(&event)) />
        </div>
        {move || (!problems.get().is_empty()).then(|| problems_view(problems.get()))}
        {move || if working.get() {
            view! { <p class="govuk-body" role="status">"Checking the pack…"</p> }.into_any()
        } else {
            view! { <Button label="Check and load the pack" on_click=Callback::new(start) /> }.into_any()
        }}
    }
}
