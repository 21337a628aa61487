//! Attachments for an age file: chosen with the file picker, listed with their sizes, each
//! removable. A file that would take them over the 50 MB total is refused as it is chosen,
//! by name and size. They are read only when sealing.

use infoshare_core::bundle::refuse_attachment;
use infoshare_core::text::file_size;
use infoshare_core::validate::FieldError;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::form::{described_by, error_for, group_class, ErrorMessage};

/// The id of the file picker.
pub const INPUT_ID: &str = "attachments";

/// A file's size as a whole number of bytes.
fn bytes(file: &web_sys::File) -> u64 {
    file.size() as u64
}

/// Adds the chosen files that fit under the limit; each that does not gets its own error.
fn add(
    files: RwSignal<Vec<web_sys::File>, LocalStorage>,
    errors: RwSignal<Vec<FieldError>>,
    added: Vec<web_sys::File>,
) {
    let mut refused = Vec::new();
    files.update(|files| {
        for file in added {
            let chosen: u64 = files.iter().map(bytes).sum();
            match refuse_attachment(&file.name(), bytes(&file), chosen) {
                Some(message) => refused.push(FieldError::new(INPUT_ID, message)),
                None => files.push(file),
            }
        }
    });
    errors.update(|errors| {
        errors.retain(|error| error.field != INPUT_ID);
        errors.extend(refused);
    });
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
                            <dd class="govuk-summary-list__value">{file_size(bytes(file))}</dd>
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
    let total = move || files.with(|all| all.iter().map(bytes).sum::<u64>());
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
                on:change=move |event| add(files, errors, chosen(&event))
            />
        </div>
        {move || (!files.with(Vec::is_empty)).then(|| view! {
            <dl class="govuk-summary-list">{list}</dl>
            <p class="govuk-body">{move || format!("Total: {}", file_size(total()))}</p>
        })}
    }
}
