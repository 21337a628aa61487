//! One form field of any kind, rendered from the pack's declaration with GOV.UK markup.
//! Answers go straight into the session by path; errors come from core's `Issue`s.

use infoshare_core::form::{is_shown, Choice, Field, FieldKind, Form, Issue};
use infoshare_core::route::ToolKey;
use leptos::prelude::*;

use crate::components::form::{described_by, group_class, labelled, ErrorMessage, RadioOption, Radios};
use crate::state::session;

/// The first message for this path or any of its parts.
fn error_at(errors: Signal<Vec<Issue>>, path: String) -> Signal<Option<String>> {
    Signal::derive(move || {
        errors.with(|all| {
            all.iter()
                .find(|issue| issue.path == path || issue.path.starts_with(&format!("{path}.")))
                .map(|issue| issue.message.clone())
        })
    })
}

/// An error about a whole group (too few instances, duplicates), not one of its fields.
pub fn group_error(errors: Signal<Vec<Issue>>, path: String) -> Signal<Option<String>> {
    Signal::derive(move || {
        errors.with(|all| all.iter().find(|issue| issue.path == path).map(|issue| issue.message.clone()))
    })
}

/// What was typed at a path, read once (inputs keep their own value while the user types).
fn typed(key: &ToolKey, path: &str) -> String {
    untrack(|| session().forms.read(key, |answers| answers.text(path).to_owned()))
}

fn store(key: ToolKey, path: String) -> impl Fn(String) + Clone + 'static {
    move |value: String| {
        session().forms.update(&key, |answers| {
            answers.set_text(&path, value);
        })
    }
}

/// A field with its conditional visibility: shown only while its `show_if` holds.
pub fn field(
    key: ToolKey,
    form: &'static Form,
    field: &'static Field,
    prefix: String,
    errors: Signal<Vec<Issue>>,
) -> AnyView {
    let path = format!("{prefix}{}", field.id);
    if field.show_if.is_none() {
        return control(key, form, field, path, errors);
    }
    let (watch_key, watch_path) = (key.clone(), path.clone());
    let shown = Memo::new(move |_| session().forms.read(&watch_key, |answers| is_shown(form, answers, &watch_path)));
    view! {
        <Show when=move || shown.get()>
            {control(key.clone(), form, field, path.clone(), errors)}
        </Show>
    }
    .into_any()
}

fn control(
    key: ToolKey,
    form: &'static Form,
    field: &'static Field,
    path: String,
    errors: Signal<Vec<Issue>>,
) -> AnyView {
    let error = error_at(errors, path.clone());
    match field.kind {
        FieldKind::LongText => textarea(&key, &path, &field.label, field.hint.clone(), error, 5).into_any(),
        FieldKind::YesNo | FieldKind::SingleChoice => radios(key, form, field, path, error).into_any(),
        FieldKind::MultipleChoice => checkboxes(key, field, path, error).into_any(),
        FieldKind::Date | FieldKind::DateTime => date(key, field, path, error).into_any(),
        FieldKind::Address => address(key, field, path, errors).into_any(),
        FieldKind::Group => super::section::group(key, form, field, path, errors).into_any(),
        kind => input(&key, &path, &field.label, field.hint.clone(), kind, error).into_any(),
    }
}

fn input(
    key: &ToolKey,
    path: &str,
    label: &str,
    hint: Option<String>,
    kind: FieldKind,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let (input_type, mode, width) = match kind {
        FieldKind::Email => ("email", None, ""),
        FieldKind::Phone => ("tel", None, " govuk-input--width-20"),
        FieldKind::Postcode => ("text", None, " govuk-input--width-10"),
        FieldKind::NhsNumber => ("text", Some("numeric"), " govuk-input--width-10"),
        FieldKind::Number => ("text", Some("numeric"), " govuk-input--width-4"),
        FieldKind::Reference => ("text", None, " govuk-input--width-20"),
        _ => ("text", None, ""),
    };
    let class =
        move || format!("govuk-input{width}{}", if error.with(Option::is_some) { " govuk-input--error" } else { "" });
    let id = path.to_owned();
    let save = store(key.clone(), path.to_owned());
    let control = view! {
        <input
            class=class
            id=id.clone()
            name=id.clone()
            type=input_type
            inputmode=mode
            spellcheck="false"
            autocomplete="off"
            aria-describedby=described_by(hint.is_some(), error, &id)
            prop:value=typed(key, path)
            on:input=move |event| save(event_target_value(&event))
        />
    };
    labelled(id, label.to_owned(), hint, error, control)
}

fn textarea(
    key: &ToolKey,
    path: &str,
    label: &str,
    hint: Option<String>,
    error: Signal<Option<String>>,
    rows: u8,
) -> impl IntoView {
    let class =
        move || if error.with(Option::is_some) { "govuk-textarea govuk-textarea--error" } else { "govuk-textarea" };
    let id = path.to_owned();
    let save = store(key.clone(), path.to_owned());
    let control = view! {
        <textarea
            class=class
            id=id.clone()
            name=id.clone()
            rows=rows.to_string()
            aria-describedby=described_by(hint.is_some(), error, &id)
            on:input=move |event| save(event_target_value(&event))
        >
            {typed(key, path)}
        </textarea>
    };
    labelled(id, label.to_owned(), hint, error, control)
}

fn radios(
    key: ToolKey,
    form: &Form,
    field: &'static Field,
    path: String,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let library = crate::packs::packs().current.get_untracked();
    // A helper form's choice may take its hint from the packs (a marking's meaning).
    let hint =
        |choice: &Choice| choice.hint.clone().or_else(|| form.helper?.choice_hint(library?, &field.id, &choice.value));
    let options = if field.kind == FieldKind::YesNo {
        vec![("yes", "Yes"), ("no", "No")]
            .into_iter()
            .map(|(value, label)| RadioOption { value: value.to_owned(), label: label.to_owned(), hint: None })
            .collect()
    } else {
        field
            .options
            .iter()
            .map(|c| RadioOption { value: c.value.clone(), label: c.label.clone(), hint: hint(c) })
            .collect()
    };
    let (read_key, read_path) = (key.clone(), path.clone());
    let selected = Signal::derive(move || {
        session().forms.read(&read_key, |answers| Some(answers.text(&read_path).to_owned()).filter(|v| !v.is_empty()))
    });
    let save = store(key, path.clone());
    let legend =
        view! { <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{field.label.clone()}</legend> }
            .into_any();
    view! {
        <Radios
            name=path
            legend=legend
            hint=field.hint.clone()
            options=options
            selected=selected
            on_select=Callback::new(save)
            error=error
            inline=field.kind == FieldKind::YesNo
        />
    }
}

fn checkboxes(key: ToolKey, field: &'static Field, path: String, error: Signal<Option<String>>) -> impl IntoView {
    let items = field
        .options
        .iter()
        .enumerate()
        .map(|(index, choice)| {
            let id = if index == 0 { path.clone() } else { format!("{path}-{}", index + 1) };
            let (key, path, value) = (key.clone(), path.clone(), choice.value.clone());
            let checked = untrack(|| session().forms.read(&key, |answers| answers.choices(&path).contains(&value)));
            view! {
                <div class="govuk-checkboxes__item">
                    <input
                        class="govuk-checkboxes__input"
                        id=id.clone()
                        name=path.clone()
                        type="checkbox"
                        value=value.clone()
                        prop:checked=checked
                        on:change=move |event| {
                            let on = event_target_checked(&event);
                            session().forms.update(&key, |answers| {
                                answers.set_choice(&path, &value, on);
                            });
                        }
                    />
                    <label class="govuk-label govuk-checkboxes__label" for=id>{choice.label.clone()}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=group_class(error)>
            <fieldset class="govuk-fieldset" aria-describedby=described_by(field.hint.is_some(), error, &path)>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{field.label.clone()}</legend>
                {field.hint.clone().map(|hint| view! { <div id=format!("{path}-hint") class="govuk-hint">{hint}</div> })}
                <ErrorMessage id=format!("{path}-error") message=error />
                <div class="govuk-checkboxes" data-module="govuk-checkboxes">{items}</div>
            </fieldset>
        </div>
    }
}

fn date(key: ToolKey, field: &'static Field, path: String, error: Signal<Option<String>>) -> impl IntoView {
    let parts = [
        ("day", "Day", "govuk-input--width-2"),
        ("month", "Month", "govuk-input--width-2"),
        ("year", "Year", "govuk-input--width-4"),
    ];
    let boxes = parts
        .into_iter()
        .map(|(part, label, width)| {
            let id = format!("{path}.{part}");
            let class = move || {
                format!(
                    "govuk-input govuk-date-input__input {width}{}",
                    if error.with(Option::is_some) { " govuk-input--error" } else { "" }
                )
            };
            let save = store(key.clone(), id.clone());
            view! {
                <div class="govuk-date-input__item">
                    <div class="govuk-form-group">
                        <label class="govuk-label govuk-date-input__label" for=id.clone()>{label}</label>
                        <input class=class id=id.clone() name=id.clone() type="text" inputmode="numeric"
                            prop:value=typed(&key, &id) on:input=move |event| save(event_target_value(&event)) />
                    </div>
                </div>
            }
        })
        .collect_view();
    let time = (field.kind == FieldKind::DateTime).then(|| {
        let id = format!("{path}.time");
        let save = store(key.clone(), id.clone());
        view! {
            <div class="govuk-form-group govuk-!-margin-top-4 govuk-!-margin-bottom-0">
                <label class="govuk-label" for=id.clone()>"Time, for example 14:30 or 2:30pm"</label>
                <input class="govuk-input govuk-input--width-5" id=id.clone() name=id.clone() type="text"
                    prop:value=typed(&key, &id) on:input=move |event| save(event_target_value(&event)) />
            </div>
        }
    });
    let hint = field.hint.clone().unwrap_or_else(|| "For example, 27 3 2007".to_owned());
    view! {
        <div class=group_class(error)>
            <fieldset class="govuk-fieldset" role="group" aria-describedby=described_by(true, error, &path)>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{field.label.clone()}</legend>
                <div id=format!("{path}-hint") class="govuk-hint">{hint}</div>
                <ErrorMessage id=format!("{path}-error") message=error />
                <div class="govuk-date-input" id=path.clone()>{boxes}</div>
                {time}
            </fieldset>
        </div>
    }
}

fn address(key: ToolKey, field: &'static Field, path: String, errors: Signal<Vec<Issue>>) -> impl IntoView {
    let lines = format!("{path}.lines");
    let postcode = format!("{path}.postcode");
    let postcode_label = if field.postcode_required { "Postcode" } else { "Postcode (if in the UK)" };
    view! {
        <div class="govuk-form-group">
            <fieldset class="govuk-fieldset">
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{field.label.clone()}</legend>
                {field.hint.clone().map(|hint| view! { <div class="govuk-hint">{hint}</div> })}
                {textarea(&key, &lines, "Address lines", None, error_at(errors, lines.clone()), 3)}
                {input(&key, &postcode, postcode_label, None, FieldKind::Postcode, error_at(errors, postcode.clone()))}
            </fieldset>
        </div>
    }
}
