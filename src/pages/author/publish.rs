//! Publishing the pack for an area, in the browser: the lead chooses the shipped agreements
//! Home lists beside the national guidance and their own, the one listed first and the idle
//! minutes; the page fetches the app's own files (the single file, or every file the service
//! worker keeps) and the sealing worker checks the pack with the shipped ones and makes the
//! single HTML file or the static site's zip (`infoshare_core::publish`). Nothing is made
//! unless the pack passes every check; the problems are listed otherwise.

use infoshare_core::catalogue::Catalogue;
use infoshare_core::publish::{site_files, NATIONAL};
use js_sys::{Array, Object, Reflect, Uint8Array};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::sheet::back_link;
use super::{Author, VIEW_HEADING};
use crate::assets::could_not_read;
use crate::dom;
use crate::sealer::{self, Event, Job};

/// What is made, and its neutral file name: nothing the lead typed.
#[derive(Clone, Copy, PartialEq)]
enum Output {
    SingleFile,
    Site,
}

impl Output {
    /// The file's name and media type.
    fn file(self) -> (&'static str, &'static str) {
        match self {
            Output::SingleFile => ("infoshare-published.html", "text/html"),
            Output::Site => ("infoshare-site.zip", "application/zip"),
        }
    }
}

const SINGLE_FILE: &str = "infoshare-single-file.html";
const IDLE_ID: &str = "publish-idle";
const FIRST_ID: &str = "publish-first";

/// The bytes of the site's own file `name`, kept as browser memory.
async fn fetch(name: &str) -> Result<Uint8Array, String> {
    let window = web_sys::window().ok_or_else(|| could_not_read(name))?;
    let response = JsFuture::from(window.fetch_with_str(name)).await.map_err(|_| could_not_read(name))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| could_not_read(name))?;
    if !response.ok() {
        return Err(could_not_read(name));
    }
    let buffer = response.array_buffer().map_err(|_| could_not_read(name))?;
    Ok(Uint8Array::new(&JsFuture::from(buffer).await.map_err(|_| could_not_read(name))?))
}

fn set(object: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(object, &key.into(), value);
}

/// The worker's job: the settings, with the single file's text or the site's files.
async fn job(output: Output, fields: Object) -> Result<Job, String> {
    let buffers = Array::new();
    match output {
        Output::SingleFile => {
            let bytes = fetch(SINGLE_FILE).await?.to_vec();
            let html = String::from_utf8(bytes).map_err(|_| could_not_read(SINGLE_FILE))?;
            set(&fields, "page", &html.into());
        }
        Output::Site => {
            let sw = String::from_utf8(fetch("sw.js").await?.to_vec()).map_err(|_| could_not_read("sw.js"))?;
            let files = Array::new();
            for name in site_files(&sw)? {
                let bytes = fetch(&name).await?;
                buffers.push(&bytes.buffer());
                let file = Object::new();
                set(&file, "name", &name.into());
                set(&file, "bytes", &bytes);
                files.push(&file);
            }
            set(&fields, "files", &files);
        }
    }
    Ok(Job::Publish { fields, buffers })
}

pub(super) fn publish(author: Author) -> impl IntoView {
    // The shipped packs with tools, not a pack loaded or previewed this visit.
    let agreements: Vec<(String, String)> = Catalogue::shipped()
        .packs
        .into_iter()
        .filter(|pack| pack.id != NATIONAL)
        .map(|pack| (pack.id, pack.title))
        .collect();
    let keep = RwSignal::new(Vec::<String>::new());
    let first = RwSignal::new(String::new());
    let idle = RwSignal::new(dom::meta("infoshare-idle-minutes").unwrap_or_default());
    let status = RwSignal::new(None::<String>);
    let problems = RwSignal::new(Vec::<String>::new());
    let make = move |output: Output| {
        move |_| {
            problems.set(Vec::new());
            if author.problems.with_untracked(|found| found.as_ref().is_none_or(|found| !found.is_empty())) {
                status.set(Some("Fix the problems listed, or wait for the checks, before you publish.".to_owned()));
                return;
            }
            let Some(text) = author.read(|editor| editor.draft.text()) else { return };
            status.set(Some("Making the files…".to_owned()));
            let fields = Object::new();
            set(&fields, "job", &"publish".into());
            set(&fields, "text", &text.into());
            set(&fields, "keep", &keep.get_untracked().into_iter().map(JsValue::from).collect::<Array>());
            set(&fields, "first", &first.get_untracked().into());
            set(&fields, "idle", &idle.get_untracked().trim().parse::<u32>().unwrap_or_default().into());
            spawn_local(async move {
                let job = match job(output, fields).await {
                    Ok(job) => job,
                    Err(message) => return status.set(Some(message)),
                };
                sealer::run(job, move |event| match event {
                    Event::Published(bytes) => {
                        let (name, kind) = output.file();
                        let size = f64::from(bytes.length()) / 1_000_000.0;
                        status.set(Some(match dom::download_bytes(name, kind, &bytes) {
                            Ok(()) => format!("Saved as {name} in your downloads ({size:.1} MB)."),
                            Err(error) => error,
                        }));
                    }
                    Event::PackProblems(found) => {
                        status.set(Some("Nothing was made: fix these problems first.".to_owned()));
                        problems.set(found);
                    }
                    Event::Failed { message, .. } => status.set(Some(message)),
                    _ => {}
                });
            });
        }
    };
    let boxes = agreements
        .iter()
        .map(|(id, title)| {
            let box_id = format!("keep-{id}");
            let id = id.clone();
            let toggle = move |event: web_sys::Event| {
                let on = event_target_checked(&event);
                keep.update(|keep| {
                    keep.retain(|kept| *kept != id);
                    if on {
                        keep.push(id.clone());
                    }
                });
            };
            view! {
                <div class="govuk-checkboxes__item">
                    <input class="govuk-checkboxes__input" id=box_id.clone() name=box_id.clone() type="checkbox" on:change=toggle />
                    <label class="govuk-label govuk-checkboxes__label" for=box_id>{title.clone()}</label>
                </div>
            }
        })
        .collect_view();
    // Every agreement is offered: one Home would not list is refused, with why, when publishing.
    let options = std::iter::once((String::new(), "Your pack".to_owned()))
        .chain(std::iter::once((NATIONAL.to_owned(), "The national guidance".to_owned())))
        .chain(agreements.iter().cloned())
        .map(|(id, title)| view! { <option value=id>{title}</option> })
        .collect_view();
    let listed = move || {
        let found = problems.get();
        (!found.is_empty()).then(|| {
            let items = found.into_iter().map(|problem| view! { <li>{problem}</li> }).collect_view();
            view! { <ul class="govuk-list govuk-list--bullet app-break-words" id="publish-problems">{items}</ul> }
        })
    };
    view! {
        {back_link(author, infoshare_core::author::Path::top(), "your pack")}
        <span class="govuk-caption-m">"Publish"</span>
        <h2 class="govuk-heading-m" id=VIEW_HEADING tabindex="-1">"Publish for your area"</h2>
        <p class="govuk-body">"Make the files your intranet needs: a single HTML file to share or open from a folder, or a zip of the website for a web server. Each holds InfoShare with the national guidance, the agreements you choose and your pack, checked again first."</p>
        <div class="govuk-form-group">
            <fieldset class="govuk-fieldset" aria-describedby="publish-keep-hint">
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">"Agreements Home lists beside yours"</legend>
                <div id="publish-keep-hint" class="govuk-hint">"The national guidance is always listed. Its wizards can still open other agreements' tools."</div>
                <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">{boxes}</div>
            </fieldset>
        </div>
        <div class="govuk-form-group">
            <label class="govuk-label govuk-label--s" for=FIRST_ID>"Home lists first"</label>
            <select class="govuk-select" id=FIRST_ID name=FIRST_ID on:change=move |event| first.set(event_target_value(&event))>{options}</select>
        </div>
        <div class="govuk-form-group">
            <label class="govuk-label govuk-label--s" for=IDLE_ID>"Minutes without use before InfoShare warns, then clears everything"</label>
            <div id=format!("{IDLE_ID}-hint") class="govuk-hint">"A whole number from 1 to 480."</div>
            <input class="govuk-input govuk-input--width-3" id=IDLE_ID name=IDLE_ID type="text" inputmode="numeric" spellcheck="false" autocomplete="off"
                aria-describedby=format!("{IDLE_ID}-hint") prop:value=idle on:change=move |event| idle.set(event_target_value(&event)) />
        </div>
        <div class="govuk-button-group">
            <button type="button" class="govuk-button" on:click=make(Output::SingleFile)>"Make a single HTML file"</button>
            <button type="button" class="govuk-button govuk-button--secondary" on:click=make(Output::Site)>"Make a zip for a web server"</button>
        </div>
        <p class="govuk-body" role="status" id="publish-status">{move || status.get()}</p>
        {listed}
    }
}
