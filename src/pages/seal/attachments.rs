//! Attachments for an age file: chosen with the file picker, listed with their sizes, each
//! removable, and checked against the 50 MB total. They are read only when sealing.

use infoshare_core::text::file_size;
use infoshare_core::validate::FieldError;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::form::{described_by, error_for, group_class, ErrorMessage};

/// The id of the file picker.
pub const INPUT_ID: &str = "attachments";

/// A picked file's size (a whole number of bytes, given by the browser as a float).
fn size(bytes: f64) -> String {
    file_size(bytes as u64)
}

fn chosen(event: &leptos::ev::Event) -> Vec<web_sys::File> {
    let Some(input) = event.target().and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
        return Vec::new();
    };
    let files = input.files().map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect()).unwrap_or_default();
    input.set_value("");
    files
}

pub fn attachments(
    files: RwSignal<Vec<web_sys::File>, LocalStorage>,
    errors: RwSignal<Vec<FieldError>>,
) -> impl IntoView {
    let error = error_for(errors.into(), INPUT_ID);
    let list = move || {
        files.with(|chosen| {
            chosen
                .iter()
                .enumerate()
                .map(|(index, file)| {
                    let name = file.name();
                    view! {
                        <div class="govuk-summary-list__row">
                            <dt class="govuk-summary-list__key app-break-words">{name.clone()}</dt>
                            <dd class="govuk-summary-list__value">{size(file.size())}</dd>
                            <dd class="govuk-summary-list__actions">
                                <button type="button" class="govuk-button govuk-button--secondary app-button--inline" on:click=move |_| files.update(|all| { all.remove(index); })>
                                    "Remove"<span class="govuk-visually-hidden">{format!(" {name}")}</span>
                                </button>
                            </dd>
                        </div>
                    }
                })
                .collect_view()
        })
    };
    let total = move || files.with(|all| all.iter().map(|file| file.size()).sum::<f64>());
    view! {
        <div class=group_class(error)>
            <label class="govuk-label govuk-label--s" for=INPUT_ID>"Attachments (optional)"</label>
            <div id="attachments-hint" class="govuk-hint">"Up to 50 MB in total. They travel only inside the sealed file."</div>
            <ErrorMessage id="attachments-error".to_owned() message=error />
            <input
                class="govuk-file-upload"
                id=INPUT_ID
                name=INPUT_ID
                type="file"
                multiple=true
                aria-describedby=described_by(true, error, INPUT_ID)
                on:change=move |event| {
                    let mut added = chosen(&event);
                    files.update(|files| files.append(&mut added));
                }
            />
        </div>
        {move || (!files.with(Vec::is_empty)).then(|| view! {
            <dl class="govuk-summary-list">{list}</dl>
            <p class="govuk-body">{move || format!("Total: {}", size(total()))}</p>
        })}
    }
}
