//! A part of the pack (its wizards, forms, training, an agreement's breach rules) edited as
//! TOML text: applied when the lead leaves the box or selects Apply, then checked with the
//! rest of the pack; text that cannot be read is named by line and the pack keeps what it had.
//! Under the wizards' text, each wizard's diagram is redrawn as it changes.

use infoshare_core::author::Path;
use leptos::prelude::*;

use super::sheet::back_link;
use super::sketch::wizard_sketch;
use super::{Author, VIEW_HEADING};
use crate::components::form::{described_by, labelled};

const TEXT_ID: &str = "part-text";

pub(super) fn part(author: Author, path: Path, what: &'static str) -> impl IntoView {
    let text = author.read(|editor| editor.draft.part_text(&path)).unwrap_or_default();
    let current = RwSignal::new(text.clone());
    let shown = text.clone();
    let error = RwSignal::new(None::<String>);
    let wizards = path.kind().1 == "flowchart";
    let path = StoredValue::new(path);
    let apply = move || {
        let text = current.get_untracked();
        match author.reshape(|draft| path.with_value(|path| draft.set_part_text(path, &text))) {
            Some(Err(problem)) => error.set(Some(problem.to_string())),
            _ => error.set(None),
        }
    };
    let control = view! {
        <textarea class="govuk-textarea" id=TEXT_ID name=TEXT_ID rows="20" spellcheck="false"
            aria-describedby=described_by(true, Signal::from(error), TEXT_ID)
            on:input=move |event| current.set(event_target_value(&event))
            prop:value=text on:change=move |_| apply()>{shown}</textarea>
    };
    view! {
        {back_link(author, Path::top(), "your pack")}
        <span class="govuk-caption-m">"Edited as text"</span>
        <h2 class="govuk-heading-m" id=VIEW_HEADING tabindex="-1">{what}</h2>
        {labelled(
            TEXT_ID.into(),
            format!("{what} as TOML"),
            Some("As docs/packs.md describes. Checked when you leave the box or select Apply; notes starting with # are kept.".to_owned()),
            Signal::from(error).into(),
            control,
        )}
        <button type="button" class="govuk-button govuk-button--secondary" on:click=move |_| apply()>"Apply"</button>
        {wizards.then(|| sketches(author))}
    }
}

/// Each wizard's diagram, redrawn as the text changes.
fn sketches(author: Author) -> impl IntoView {
    move || {
        let count = author.sketches.with(|sketches| sketches.as_ref().map_or(1, Vec::len));
        (0..count)
            .map(|index| wizard_sketch(author, index, format!("Wizard {} as a diagram", index + 1)))
            .collect_view()
    }
}
