//! An item's editing page, drawn from core's sheet for its kind: its fields (boxes, radios
//! for a few values or yes and no, a condition as a question and an answer or as its TOML text;
//! each showing the checks' message about it), the single tables and lists of items below it, with
//! Change, Move up, Move down and Remove on each item, and the parts below it edited as text.

use infoshare_core::author::sheet::{sheet_at, Field, Kind, Sheet};
use infoshare_core::author::Path;
use infoshare_core::route::Route;
use leptos::prelude::*;

use super::sketch::wizard_sketch;
use super::{Author, View, VIEW_HEADING};
use crate::components::form::{described_by, group_class, labelled, ErrorMessage, RadioOption, Radios};
use crate::dom;

pub(super) fn sheet(author: Author, path: Path) -> AnyView {
    let Some(sheet) = sheet_at(&path) else { return ().into_any() };
    let place = author.read(|editor| editor.draft.place(&path)).unwrap_or_default();
    let title = title_of(author, &path, sheet);
    let back = parent(&path).map(|(parent, noun)| back_link(author, parent, noun));
    let heading =
        if sheet.key.is_empty() { "Your pack".to_owned() } else { title.unwrap_or_else(|| capitalised(sheet.noun)) };
    let fields =
        sheet.fields.iter().map(|field| field_view(author, path.clone(), *field, place.clone())).collect_view();
    let tables = sheet.tables.iter().map(|key| table_link(author, path.key(key))).collect_view();
    let lists = sheet.lists.iter().map(|key| list_view(author, path.key(key))).collect_view();
    let parts = parts_view(author, &path, sheet);
    let sketch = path.wizard().map(|index| wizard_sketch(author, index, "The wizard as a diagram".to_owned()));
    view! {
        {back}
        <span class="govuk-caption-m">{capitalised(sheet.noun)}</span>
        <h2 class="govuk-heading-m" id=VIEW_HEADING tabindex="-1">{heading}</h2>
        {fields}
        {(!sheet.tables.is_empty()).then(|| view! { <ul class="govuk-list">{tables}</ul> })}
        {lists}
        {parts}
        {sketch}
    }
    .into_any()
}

/// The item's name, from the field that names one.
fn title_of(author: Author, path: &Path, sheet: &Sheet) -> Option<String> {
    let field = sheet.fields.iter().find(|field| field.key == sheet.title)?;
    author.read(|editor| editor.draft.get(path, field)).filter(|title| !title.trim().is_empty())
}

fn capitalised(noun: &str) -> String {
    let mut chars = noun.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// "a step", "an option".
fn with_article(noun: &str) -> String {
    let article = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
    format!("{article} {noun}")
}

/// The item (or the whole pack) this one is in, and what it is called.
fn parent(path: &Path) -> Option<(Path, &'static str)> {
    let (mut parent, _) = path.split()?;
    if path.index().is_some() {
        parent = parent.split()?.0;
    }
    let sheet = sheet_at(&parent)?;
    Some((parent, if sheet.key.is_empty() { "your pack" } else { sheet.noun }))
}

/// A link that shows another view of the editor (the address stays `#/author`).
fn view_link(author: Author, view: View, text: String, class: &'static str) -> impl IntoView {
    let open = move |event: web_sys::MouseEvent| {
        event.prevent_default();
        author.go(view.clone());
    };
    view! { <a class=class href=Route::Author.href() on:click=open>{text}</a> }
}

pub(super) fn back_link(author: Author, to: Path, noun: &'static str) -> impl IntoView {
    view_link(author, View::Sheet(to), format!("Back to {noun}"), "govuk-back-link")
}

fn field_view(author: Author, path: Path, field: Field, place: String) -> AnyView {
    let id = format!("field-{}", field.key);
    // The checks' lines read "Line 8, field cite, checklist intake item consent: has no citation".
    let about = format!(", field {}, {place}: ", field.key);
    let error = Signal::derive(move || {
        author.problems.with(|problems| {
            problems
                .iter()
                .flatten()
                .find_map(|problem| problem.split_once(&about).map(|(_, message)| message.to_owned()))
        })
    });
    let hint = (!field.hint.is_empty()).then(|| field.hint.to_owned());
    match field.kind {
        Kind::Choice(choices) => choice_view(author, path, field, id, hint, error, choices),
        Kind::YesNo => choice_view(author, path, field, id, hint, error, &[("true", "Yes"), ("false", "No")]),
        Kind::Condition => match author.read(|editor| editor.draft.simple_condition(&path, &field)).flatten() {
            Some(condition) => condition_view(author, path, field, id, error, condition),
            None => field_box(author, path, field, id, format!("{} (as TOML)", field.label), hint, error),
        },
        _ => field_box(author, path, field, id, field.label.to_owned(), hint, error),
    }
}

/// A field's box, changing the field.
fn field_box(
    author: Author,
    path: Path,
    field: Field,
    id: String,
    label: String,
    hint: Option<String>,
    error: Signal<Option<String>>,
) -> AnyView {
    let value = author.read(|editor| editor.draft.get(&path, &field)).unwrap_or_default();
    let change = move |text: String| {
        author.edit(|draft| draft.set(&path, &field, &text));
    };
    box_view(Labels { id, label, hint, error }, field.kind, value, Box::new(change))
}

/// The label, hint and error around an input, and its id.
struct Labels {
    id: String,
    label: String,
    hint: Option<String>,
    error: Signal<Option<String>>,
}

/// A box: one line for text and numbers, else a text area; `change` gets its text when the
/// lead leaves it.
fn box_view(labels: Labels, kind: Kind, value: String, change: Box<dyn Fn(String)>) -> AnyView {
    let Labels { id, label, hint, error } = labels;
    let change = move |event: web_sys::Event| change(event_target_value(&event));
    let described = described_by(hint.is_some(), error, id.clone());
    // Set as the property too, not only as a textarea's text: moving to another item's page
    // redraws the same elements in place, and a textarea's text no longer shows once typed in.
    let control = match kind {
        Kind::Text | Kind::Number => view! {
            <input class="govuk-input" id=id.clone() name=id.clone() type="text" spellcheck="false" autocomplete="off"
                inputmode=(kind == Kind::Number).then_some("numeric")
                aria-describedby=described prop:value=value on:change=change />
        }
        .into_any(),
        _ => {
            let shown = value.clone();
            view! {
                <textarea class="govuk-textarea" id=id.clone() name=id.clone() rows="3" spellcheck="false"
                    aria-describedby=described prop:value=value on:change=change>{shown}</textarea>
            }
            .into_any()
        }
    };
    labelled(id.into(), label, hint, error.into(), control).into_any()
}

/// A field with a few values (or yes and no) as radios.
fn choice_view(
    author: Author,
    path: Path,
    field: Field,
    id: String,
    hint: Option<String>,
    error: Signal<Option<String>>,
    choices: &'static [(&'static str, &'static str)],
) -> AnyView {
    let value = author.read(|editor| editor.draft.get(&path, &field)).unwrap_or_default();
    let selected = RwSignal::new(Some(value));
    let choose = Callback::new(move |value: String| {
        selected.set(Some(value.clone()));
        author.edit(|draft| draft.set(&path, &field, &value));
    });
    let options = choices
        .iter()
        .map(|(value, label)| RadioOption { value: (*value).to_owned(), label: (*label).to_owned(), hint: None })
        .collect();
    let legend = view! { <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{field.label}</legend> };
    view! {
        <Radios name=id legend=legend.into_any() hint=hint options=options selected=selected.into()
            on_select=choose error=error inline=choices.len() < 3 />
    }
    .into_any()
}

/// A condition as the question's id and the answer that makes it hold, in a fieldset.
fn condition_view(
    author: Author,
    path: Path,
    field: Field,
    id: String,
    error: Signal<Option<String>>,
    (question, answer): (String, String),
) -> AnyView {
    let parts = RwSignal::new((question, answer));
    let described = described_by(false, error, id.clone());
    let error_id = format!("{id}-error");
    let input = move |part: usize, label: &str, hint: &str| {
        let value = parts.with_untracked(|parts| if part == 0 { parts.0.clone() } else { parts.1.clone() });
        let path = path.clone();
        let change = move |text: String| {
            parts.update(|parts| if part == 0 { parts.0 = text } else { parts.1 = text });
            let (question, answer) = parts.get_untracked();
            author.edit(|draft| draft.set_condition(&path, &field, &question, &answer));
        };
        let labels = Labels {
            id: format!("{id}-{}", ["field", "equals"][part]),
            label: label.to_owned(),
            hint: Some(hint.to_owned()),
            error: Signal::derive(|| None),
        };
        box_view(labels, Kind::Text, value, Box::new(change))
    };
    view! {
        <div class=group_class(error)>
            <fieldset class="govuk-fieldset" aria-describedby=described>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{field.label}</legend>
                <ErrorMessage id=error_id message=error />
                {input(0, "Question", "The id of the field it depends on; leave both empty for always")}
                {input(1, "Answer", "The value of the answer that makes it hold")}
            </fieldset>
        </div>
    }
    .into_any()
}

/// A link to a single table's page, made when first opened.
fn table_link(author: Author, path: Path) -> impl IntoView {
    let Some(sheet) = sheet_at(&path) else { return ().into_any() };
    let open = move |event: web_sys::MouseEvent| {
        event.prevent_default();
        if author.reshape(|draft| draft.ensure(&path, sheet)) == Some(true) {
            author.go(View::Sheet(path.clone()));
        }
    };
    view! { <li><a class="govuk-link" href=Route::Author.href() on:click=open>{format!("Change the {}", sheet.noun)}</a></li> }
        .into_any()
}

/// The parts below the item edited as text.
fn parts_view(author: Author, path: &Path, sheet: &Sheet) -> Option<impl IntoView> {
    (!sheet.parts.is_empty()).then(|| {
        let links = sheet
            .parts
            .iter()
            .map(|(key, what)| {
                view! { <li>{view_link(author, View::Part(path.key(key), what), (*what).to_owned(), "govuk-link")}</li> }
            })
            .collect_view();
        view! {
            <h3 class="govuk-heading-s">"Edited as TOML text"</h3>
            <ul class="govuk-list">{links}</ul>
        }
    })
}

/// A list of items: each with Change, Move up, Move down and Remove, then Add.
fn list_view(author: Author, list: Path) -> AnyView {
    let Some(sheet) = sheet_at(&list) else { return ().into_any() };
    let add_list = list.clone();
    let add = move |_| {
        if let Some(Some(added)) = author.reshape(|draft| draft.add(&add_list, sheet)) {
            author.go(View::Sheet(added));
        }
    };
    let rows = move || {
        author.shape.track();
        let count = author.read(|editor| editor.draft.count(&list)).unwrap_or_default();
        (0..count).map(|index| row(author, list.at(index), index, count, sheet)).collect_view()
    };
    view! {
        <h3 class="govuk-heading-s">{format!("{}s", capitalised(sheet.noun))}</h3>
        <table class="govuk-table">
            <caption class="govuk-visually-hidden">{format!("{}s, in order", capitalised(sheet.noun))}</caption>
            <tbody class="govuk-table__body">{rows}</tbody>
        </table>
        <button type="button" class="govuk-button govuk-button--secondary" on:click=add>{format!("Add {}", with_article(sheet.noun))}</button>
    }
    .into_any()
}

fn row(author: Author, item: Path, index: usize, count: usize, sheet: &'static Sheet) -> impl IntoView {
    let title = title_of(author, &item, sheet).unwrap_or_else(|| format!("{} {}", capitalised(sheet.noun), index + 1));
    let id = |what: &str| format!("{}-{index}-{what}", sheet.key);
    let shift_item = item.clone();
    let shift = move |up: bool| {
        let item = shift_item.clone();
        move |_| {
            if let Some(Some(moved)) = author.reshape(|draft| draft.shift(&item, up)) {
                let to = moved.index().unwrap_or_default();
                let first = if (up && to > 0) || (!up && to + 1 < count) { up } else { !up };
                dom::focus_after_render(format!("{}-{to}-{}", sheet.key, if first { "up" } else { "down" }));
            }
        }
    };
    let remove_item = item.clone();
    let remove = move |_| {
        author.reshape(|draft| draft.remove(&remove_item));
    };
    let hidden = format!(": {title}");
    let button = move |label: &'static str, what: &str, on_click: Box<dyn Fn(web_sys::MouseEvent)>| {
        view! {
            <button type="button" id=id(what) class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" on:click=on_click>
                {label}<span class="govuk-visually-hidden">{hidden.clone()}</span>
            </button>
        }
    };
    view! {
        <tr class="govuk-table__row">
            <td class="govuk-table__cell">{view_link(author, View::Sheet(item.clone()), title.clone(), "govuk-link")}</td>
            <td class="govuk-table__cell">
                <div class="govuk-button-group">
                    {(index > 0).then(|| button("Move up", "up", Box::new(shift(true))))}
                    {(index + 1 < count).then(|| button("Move down", "down", Box::new(shift(false))))}
                    {button("Remove", "remove", Box::new(remove))}
                </div>
            </td>
        </tr>
    }
}
