//! One form field of any kind, rendered from the pack's declaration with GOV.UK markup.
//! Answers go straight into the session by path; errors and warnings come from core's
//! `Issue`s. A field's path is a signal: removing an earlier group instance moves the field
//! up (`subjects[3].forename` becomes `subjects[2].forename`) without building it again, and
//! its element ids stay as they were made ([`At`]), so nothing is written to it either.

use infoshare_core::form::{is_shown, one_name, Choice, Field, FieldKind, Form, Issue};
use infoshare_core::route::ToolKey;
use leptos::prelude::*;

use crate::components::form::{
    described_by, group_class, labelled, messages, nth_id, suffixed, RadioOption, Radios, Said,
};
use crate::state::session;

/// Where a field is: its answer path, which follows its group instance's index, and the id
/// of its element, which is made from the instance's key and never changes
/// ([`infoshare_core::form::element_id`]).
///
/// The path is worked out when read and never tracked, so removing an instance re-runs
/// nothing in the fields after it: what they say is found again only when the answers or
/// the issues change, which is when it can change (an issue about an instance moves with it).
#[derive(Clone, Copy)]
pub struct At {
    pub path: Signal<String>,
    pub id: Signal<String>,
}

impl At {
    /// The top of a section: no group instance.
    pub fn top() -> At {
        At { path: Signal::stored(String::new()), id: Signal::stored(String::new()) }
    }

    /// A part of this field, or a field inside this instance: both names with `suffix`.
    pub fn suffixed(self, suffix: &'static str) -> At {
        let path = self.path;
        At { path: Signal::derive(move || path.with(|path| format!("{path}{suffix}"))), id: suffixed(self.id, suffix) }
    }
}

/// What a section page says about its fields: the errors found by Save and continue, and the
/// warnings, which never stop the form; `refresh` finds them again (after a group instance
/// is removed, which moves the instances after it; one added at the end moves none, and the
/// whole form is not checked again for it). `keys` names the groups' instances in element ids.
#[derive(Clone, Copy)]
pub struct Found {
    pub errors: Signal<Vec<Issue>>,
    pub warnings: Signal<Vec<Issue>>,
    pub refresh: Callback<()>,
    pub keys: super::section::InstanceKeys,
}

impl Found {
    /// What is said about the input at `path`, or any of its parts.
    pub fn at(self, path: Signal<String>) -> Said {
        Said { error: first_at(self.errors, path), warning: first_at(self.warnings, path) }
    }
}

/// The first message for this path or any of its parts (`request-date` for
/// `request-date.day`; a group's path for issues about the whole group).
fn first_at(issues: Signal<Vec<Issue>>, path: Signal<String>) -> Signal<Option<String>> {
    let on = |issue: &Issue, path: &str| {
        issue.path.strip_prefix(path).is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
    };
    Memo::new(move |_| {
        path.with(|path| issues.with(|all| all.iter().find(|issue| on(issue, path)).map(|issue| issue.message.clone())))
    })
    .into()
}

/// What was typed at a path, read once (inputs keep their own value while the user types).
fn typed(key: &ToolKey, path: Signal<String>) -> String {
    untrack(|| path.with(|path| session().forms.read(key, |answers| answers.text(path).to_owned())))
}

fn store(key: ToolKey, path: Signal<String>) -> impl Fn(String) + Clone + 'static {
    move |value: String| {
        let path = path.get_untracked();
        session().forms.update(&key, |answers| {
            answers.set_text(&path, value);
        })
    }
}

/// A field with its conditional visibility: shown only while its `show_if` holds (and, for a
/// name someone with only one name does not have, while that is not chosen). `prefix` is
/// where the group instance it is in is, with a dot, or empty.
pub fn field(key: ToolKey, form: &'static Form, field: &'static Field, prefix: At, found: Found) -> AnyView {
    let at = prefix.suffixed(&field.id);
    if field.show_if.is_none() && field.one_name.is_none() {
        return control(key, form, field, at, found);
    }
    let watch_key = key.clone();
    let shown = Memo::new(move |_| {
        at.path.with(|path| session().forms.read(&watch_key, |answers| is_shown(form, answers, path)))
    });
    let choice =
        field.one_name.as_ref().map(|_| only_one_name(key.clone(), form, field, prefix, at.suffixed(one_name::SUFFIX)));
    view! {
        <Show when=move || shown.get()>
            {control(key.clone(), form, field, at, found)}
        </Show>
        {choice}
    }
    .into_any()
}

fn control(key: ToolKey, form: &'static Form, field: &'static Field, at: At, found: Found) -> AnyView {
    let said = found.at(at.path);
    match field.kind {
        FieldKind::LongText => textarea(&key, at, &field.label, field.hint.clone(), said, 5).into_any(),
        FieldKind::YesNo | FieldKind::SingleChoice => radios(key, form, field, at, said).into_any(),
        FieldKind::MultipleChoice => checkboxes(key, field, at, said).into_any(),
        FieldKind::Date | FieldKind::DateTime => date(key, field, at, said).into_any(),
        FieldKind::Address => address(key, field, at, found).into_any(),
        FieldKind::Group => super::section::group(key, form, field, at, found).into_any(),
        kind => input(&key, at, &field.label, field.hint.clone(), kind, said).into_any(),
    }
}

fn input(key: &ToolKey, at: At, label: &str, hint: Option<String>, kind: FieldKind, said: Said) -> impl IntoView {
    let (input_type, mode, width) = match kind {
        FieldKind::Email => ("email", None, ""),
        FieldKind::Phone => ("tel", None, " govuk-input--width-20"),
        FieldKind::Postcode => ("text", None, " govuk-input--width-10"),
        FieldKind::NhsNumber => ("text", Some("numeric"), " govuk-input--width-10"),
        FieldKind::Number => ("text", Some("numeric"), " govuk-input--width-4"),
        FieldKind::Reference => ("text", None, " govuk-input--width-20"),
        _ => ("text", None, ""),
    };
    let error = said.error;
    let class =
        move || format!("govuk-input{width}{}", if error.with(Option::is_some) { " govuk-input--error" } else { "" });
    let save = store(key.clone(), at.path);
    let control = view! {
        <input
            class=class
            id=at.id
            name=at.id
            type=input_type
            inputmode=mode
            spellcheck="false"
            autocomplete="off"
            aria-describedby=described_by(hint.is_some(), said, at.id)
            prop:value=typed(key, at.path)
            on:input=move |event| save(event_target_value(&event))
        />
    };
    labelled(at.id, label.to_owned(), hint, said, control)
}

fn textarea(key: &ToolKey, at: At, label: &str, hint: Option<String>, said: Said, rows: u8) -> impl IntoView {
    let error = said.error;
    let class =
        move || if error.with(Option::is_some) { "govuk-textarea govuk-textarea--error" } else { "govuk-textarea" };
    let save = store(key.clone(), at.path);
    let control = view! {
        <textarea
            class=class
            id=at.id
            name=at.id
            rows=rows.to_string()
            aria-describedby=described_by(hint.is_some(), said, at.id)
            on:input=move |event| save(event_target_value(&event))
        >
            {typed(key, at.path)}
        </textarea>
    };
    labelled(at.id, label.to_owned(), hint, said, control)
}

fn radios(key: ToolKey, form: &'static Form, field: &'static Field, at: At, said: Said) -> impl IntoView {
    let read_key = key.clone();
    let selected = Memo::new(move |_| {
        at.path
            .with(|path| session().forms.read(&read_key, |answers| Some(answers.text(path).to_owned())))
            .filter(|value| !value.is_empty())
    });
    let save = store(key, at.path);
    // No rule warns about a choice, so radios show errors only.
    move || {
        let library = crate::packs::packs().current.get_untracked();
        // A helper form's choice may take its hint from the packs (a marking's meaning).
        let hint = |choice: &Choice| {
            choice.hint.clone().or_else(|| form.helper?.choice_hint(library?, &field.id, &choice.value))
        };
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
        let legend =
            view! { <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{field.label.clone()}</legend> }
                .into_any();
        view! {
            <Radios
                name=at.id.get()
                legend=legend
                hint=field.hint.clone()
                options=options
                selected=selected.into()
                on_select=Callback::new(save.clone())
                error=said.error
                inline=field.kind == FieldKind::YesNo
            />
        }
    }
}

fn checkboxes(key: ToolKey, field: &'static Field, at: At, said: Said) -> impl IntoView {
    let path = at.path;
    let items = field
        .options
        .iter()
        .enumerate()
        .map(|(index, choice)| {
            let id = nth_id(at.id, index);
            let (key, value) = (key.clone(), choice.value.clone());
            let checked = untrack(|| {
                path.with(|path| session().forms.read(&key, |answers| answers.choices(path).contains(&value)))
            });
            view! {
                <div class="govuk-checkboxes__item">
                    <input
                        class="govuk-checkboxes__input"
                        id=id
                        name=at.id
                        type="checkbox"
                        value=value.clone()
                        prop:checked=checked
                        on:change=move |event| {
                            let on = event_target_checked(&event);
                            let path = path.get_untracked();
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
        <div class=group_class(said.error)>
            <fieldset class="govuk-fieldset" aria-describedby=described_by(field.hint.is_some(), said, at.id)>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{field.label.clone()}</legend>
                {field.hint.clone().map(|hint| view! { <div id=suffixed(at.id, "-hint") class="govuk-hint">{hint}</div> })}
                {messages(at.id, said)}
                <div class="govuk-checkboxes" data-module="govuk-checkboxes">{items}</div>
            </fieldset>
        </div>
    }
}

/// "This person has only one name", after a name field that offers it: chosen, the field is
/// hidden and the person's name is the one field `one_name` names.
fn only_one_name(key: ToolKey, form: &Form, field: &Field, prefix: At, at: At) -> impl IntoView {
    let target =
        field.one_name.as_deref().and_then(|target| form.field_at(&format!("{}{target}", prefix.path.get_untracked())));
    let id = at.id;
    let hint = target.map(|target| (one_name::hint(target), suffixed(id, "-hint")));
    let hint_id = hint.as_ref().map(|(_, hint_id)| *hint_id);
    let checked =
        untrack(|| at.path.with(|path| session().forms.read(&key, |answers| answers.text(path) == one_name::CHOSEN)));
    let save = store(key, at.path);
    view! {
        <div class="govuk-form-group">
            <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                <div class="govuk-checkboxes__item">
                    <input
                        class="govuk-checkboxes__input"
                        id=id
                        name=id
                        type="checkbox"
                        value=one_name::CHOSEN
                        aria-describedby=hint_id
                        prop:checked=checked
                        on:change=move |event| save(if event_target_checked(&event) { one_name::CHOSEN } else { "" }.to_owned())
                    />
                    <label class="govuk-label govuk-checkboxes__label" for=id>{one_name::LABEL}</label>
                    {hint.map(|(hint, hint_id)| view! { <div id=hint_id class="govuk-hint govuk-checkboxes__hint">{hint}</div> })}
                </div>
            </div>
        </div>
    }
}

fn date(key: ToolKey, field: &'static Field, at: At, said: Said) -> impl IntoView {
    let parts = [
        (".day", "Day", "govuk-input--width-2"),
        (".month", "Month", "govuk-input--width-2"),
        (".year", "Year", "govuk-input--width-4"),
    ];
    let error = said.error;
    let boxes = parts
        .into_iter()
        .map(|(name, label, width)| {
            let part = at.suffixed(name);
            let id = part.id;
            let class = move || {
                format!(
                    "govuk-input govuk-date-input__input {width}{}",
                    if error.with(Option::is_some) { " govuk-input--error" } else { "" }
                )
            };
            let save = store(key.clone(), part.path);
            view! {
                <div class="govuk-date-input__item">
                    <div class="govuk-form-group">
                        <label class="govuk-label govuk-date-input__label" for=id>{label}</label>
                        <input class=class id=id name=id type="text" inputmode="numeric"
                            prop:value=typed(&key, part.path) on:input=move |event| save(event_target_value(&event)) />
                    </div>
                </div>
            }
        })
        .collect_view();
    let time = (field.kind == FieldKind::DateTime).then(|| {
        let time = at.suffixed(".time");
        let (id, save) = (time.id, store(key.clone(), time.path));
        view! {
            <div class="govuk-form-group govuk-!-margin-top-4 govuk-!-margin-bottom-0">
                <label class="govuk-label" for=id>"Time, for example 14:30 or 2:30pm"</label>
                <input class="govuk-input govuk-input--width-5" id=id name=id type="text"
                    prop:value=typed(&key, time.path) on:input=move |event| save(event_target_value(&event)) />
            </div>
        }
    });
    let hint = field.hint.clone().unwrap_or_else(|| "For example, 27 3 2007".to_owned());
    view! {
        <div class=group_class(error)>
            <fieldset class="govuk-fieldset" role="group" aria-describedby=described_by(true, said, at.id)>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{field.label.clone()}</legend>
                <div id=suffixed(at.id, "-hint") class="govuk-hint">{hint}</div>
                {messages(at.id, said)}
                <div class="govuk-date-input" id=at.id>{boxes}</div>
                {time}
            </fieldset>
        </div>
    }
}

fn address(key: ToolKey, field: &'static Field, at: At, found: Found) -> impl IntoView {
    let lines = at.suffixed(".lines");
    let postcode = at.suffixed(".postcode");
    let postcode_label = if field.postcode_required { "Postcode" } else { "Postcode (if in the UK)" };
    view! {
        <div class="govuk-form-group">
            <fieldset class="govuk-fieldset">
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{field.label.clone()}</legend>
                {field.hint.clone().map(|hint| view! { <div class="govuk-hint">{hint}</div> })}
                {textarea(&key, lines, "Address lines", None, found.at(lines.path), 3)}
                {input(&key, postcode, postcode_label, None, FieldKind::Postcode, found.at(postcode.path))}
            </fieldset>
        </div>
    }
}
