//! A checklist page: each item with Yes / No / Not applicable and an optional note, the
//! progress so far, and a summary of what still needs doing. Answers live in memory only.

use infoshare_core::checklist::{note_error, Answer, ChecklistAnswers, Outstanding, NOTE_LIMIT};
use infoshare_core::library::Library;
use infoshare_core::pack::{Checklist, ChecklistItem};
use infoshare_core::route::{Route, ToolKey, ToolPage};
use infoshare_core::text::group_thousands;
use leptos::prelude::*;

use crate::components::{Citations, LinkButton, PageHeading};
use crate::state::{session, Store};

pub fn checklist(library: &'static Library, key: ToolKey, checklist: &'static Checklist) -> impl IntoView {
    let store = session().checklists;
    let record = Route::Tool { key: key.clone(), page: ToolPage::Record(None) }.href();
    let progress = {
        let key = key.clone();
        move || store.read(&key, |answers| answers.progress(checklist).describe())
    };
    let pack_title = library.pack(&key.pack).map(|p| p.pack.title.clone());
    let items = checklist
        .items
        .iter()
        .enumerate()
        .map(|(index, item)| checklist_item(library, store, key.clone(), index + 1, item))
        .collect_view();
    view! {
        <PageHeading text=checklist.title.clone() caption=pack_title.unwrap_or_default() />
        <p class="govuk-body">{checklist.intro.clone()}</p>
        {checklist.note.clone().map(|note| view! { <div class="govuk-inset-text">{note}</div> })}
        <Citations library=library cite=checklist.cite.clone() />
        <p class="govuk-body govuk-!-font-weight-bold" role="status">{progress}</p>
        <div class="app-checklist-items">{items}</div>
        {summary(store, key, checklist)}
        <h2 class="govuk-heading-m">"Record your decision"</h2>
        <p class="govuk-body">"Record what you decided and why, with these answers, whether or not you share."</p>
        <LinkButton href=record label="Record your decision" />
    }
}

fn checklist_item(
    library: &'static Library,
    store: Store<ChecklistAnswers>,
    key: ToolKey,
    number: usize,
    item: &'static ChecklistItem,
) -> impl IntoView {
    let hint_id = format!("{}-hint", item.id);
    let hint_ref = hint_id.clone();
    let radios = Answer::ALL
        .into_iter()
        .enumerate()
        .map(|(index, answer)| {
            let input_id = if index == 0 { item.id.clone() } else { format!("{}-{}", item.id, index + 1) };
            let checked_key = key.clone();
            let change_key = key.clone();
            view! {
                <div class="govuk-radios__item">
                    <input
                        class="govuk-radios__input"
                        id=input_id.clone()
                        name=item.id.clone()
                        type="radio"
                        value=answer.value()
                        prop:checked=move || store.read(&checked_key, |a| a.answer(&item.id) == Some(answer))
                        on:change=move |_| store.update(&change_key, |a| a.set_answer(&item.id, answer))
                    />
                    <label class="govuk-label govuk-radios__label" for=input_id>{answer.label()}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="govuk-form-group app-checklist-item">
            <fieldset class="govuk-fieldset" aria-describedby=hint_ref>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
                    {format!("{number}. {}", item.statement)}
                </legend>
                <div id=hint_id class="govuk-hint">
                    <span class="govuk-!-font-weight-bold">"What this means for you: "</span>
                    {item.meaning.clone()}
                </div>
                <Citations library=library cite=item.cite.clone() />
                <div class="govuk-radios govuk-radios--inline govuk-radios--small">{radios}</div>
            </fieldset>
            {note_field(store, key, number, item)}
        </div>
    }
}

/// The optional note, with a GOV.UK inline error when it is over the limit. What was typed
/// is always kept.
fn note_field(
    store: Store<ChecklistAnswers>,
    key: ToolKey,
    number: usize,
    item: &'static ChecklistItem,
) -> impl IntoView {
    let field_id = format!("{}-note", item.id);
    let info_id = format!("{field_id}-info");
    let error_id = format!("{field_id}-error");
    let error = {
        let key = key.clone();
        move || store.read(&key, |a| note_error(a.note(&item.id)))
    };
    let initial = store.read(&key, |a| a.note(&item.id).to_owned());
    let open = !initial.is_empty();
    let (label_for, field_name) = (field_id.clone(), field_id.clone());
    let described_by = {
        let (info_id, error_id) = (info_id.clone(), error_id.clone());
        let error = error.clone();
        move || if error().is_some() { format!("{error_id} {info_id}") } else { info_id.clone() }
    };
    let textarea_error = error.clone();
    let group_class = {
        let error = error.clone();
        move || if error().is_some() { "govuk-form-group govuk-form-group--error" } else { "govuk-form-group" }
    };
    view! {
        <details class="govuk-details govuk-!-margin-top-3 govuk-!-margin-bottom-0" open=open>
            <summary class="govuk-details__summary">
                <span class="govuk-details__summary-text">{format!("Add a note to item {number} (optional)")}</span>
            </summary>
            <div class="govuk-details__text">
                <div class=group_class>
                    <label class="govuk-label" for=label_for>{format!("Note on item {number}")}</label>
                    {move || error().map(|message| view! {
                        <p id=error_id.clone() class="govuk-error-message">
                            <span class="govuk-visually-hidden">"Error: "</span>
                            {message}
                        </p>
                    })}
                    <textarea
                        class=move || if textarea_error().is_some() { "govuk-textarea govuk-textarea--error" } else { "govuk-textarea" }
                        id=field_id
                        name=field_name
                        rows="3"
                        aria-describedby=described_by
                        on:input=move |event| store.update(&key, |a| a.set_note(&item.id, &event_target_value(&event)))
                    >
                        {initial}
                    </textarea>
                    <div id=info_id class="govuk-hint">{format!("You can enter up to {} characters", group_thousands(NOTE_LIMIT))}</div>
                </div>
            </div>
        </details>
    }
}

/// Items answered No or left unanswered, each with what to do about it.
fn summary(store: Store<ChecklistAnswers>, key: ToolKey, checklist: &'static Checklist) -> impl IntoView {
    let outstanding = move || store.read(&key, |answers| answers.outstanding(checklist));
    view! {
        <h2 class="govuk-heading-m">"What still needs doing"</h2>
        {move || {
            let outstanding = outstanding();
            if outstanding.is_empty() {
                view! { <p class="govuk-body">"Every item is answered Yes or Not applicable. Record your decision and your reasons."</p> }.into_any()
            } else {
                view! {
                    <dl class="govuk-summary-list">
                        {outstanding
                            .into_iter()
                            .map(|(item, why)| {
                                let status = match why {
                                    Outstanding::AnsweredNo => "Answered No",
                                    Outstanding::Unanswered => "Not answered",
                                };
                                view! {
                                    <div class="govuk-summary-list__row">
                                        <dt class="govuk-summary-list__key">
                                            {item.statement.clone()}
                                            <strong class="govuk-tag govuk-tag--grey app-status">{status}</strong>
                                        </dt>
                                        <dd class="govuk-summary-list__value">{item.if_not.clone()}</dd>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </dl>
                }
                .into_any()
            }
        }}
    }
}
