//! GOV.UK form components: error summary, radios, text input, textarea, date input, button.
//! Errors come from core validation as `FieldError`s; components only display them.

use infoshare_core::validate::FieldError;
use leptos::prelude::*;

use super::WarningText;

/// The id of the error summary, so a failed submit can move focus to it.
pub const ERROR_SUMMARY_ID: &str = "error-summary";

/// "There is a problem", linking each message to its field. Shown only when there are errors.
#[component]
pub fn ErrorSummary(#[prop(into)] errors: Signal<Vec<FieldError>>) -> impl IntoView {
    move || {
        let errors = errors.get();
        (!errors.is_empty()).then(|| {
            let items = errors
                .into_iter()
                .map(|error| {
                    let target = error.field.clone();
                    let go = move |event: leptos::ev::MouseEvent| {
                        event.prevent_default();
                        crate::dom::focus(&target);
                    };
                    view! { <li><a href=format!("#{}", error.field) on:click=go>{error.message}</a></li> }
                })
                .collect_view();
            view! {
                <div class="govuk-error-summary" id=ERROR_SUMMARY_ID tabindex="-1">
                    <div role="alert">
                        <h2 class="govuk-error-summary__title">"There is a problem"</h2>
                        <div class="govuk-error-summary__body">
                            <ul class="govuk-list govuk-error-summary__list">{items}</ul>
                        </div>
                    </div>
                </div>
            }
        })
    }
}

/// The message for one field, if it has an error.
pub fn error_for(errors: Signal<Vec<FieldError>>, field: &'static str) -> Signal<Option<String>> {
    Signal::derive(move || {
        errors.with(|all| all.iter().find(|e| e.field.starts_with(field)).map(|e| e.message.clone()))
    })
}

/// What is said beside a control: an error, and a warning, which points something out
/// without stopping anything (form fields only; other controls have no warnings).
#[derive(Clone, Copy)]
pub struct Said {
    pub error: Signal<Option<String>>,
    pub warning: Signal<Option<String>>,
}

impl From<Signal<Option<String>>> for Said {
    fn from(error: Signal<Option<String>>) -> Said {
        Said { error, warning: Signal::stored(None) }
    }
}

/// The inline error message, with the visually hidden "Error:" prefix.
#[component]
pub fn ErrorMessage(id: String, message: Signal<Option<String>>) -> impl IntoView {
    move || {
        message.get().map(|text| {
            view! {
                <p id=id.clone() class="govuk-error-message">
                    <span class="govuk-visually-hidden">"Error: "</span>
                    {text}
                </p>
            }
        })
    }
}

/// The error and the warning about a control, where GOV.UK puts an error message: after the
/// label and hint, before the control. Their ids are the control's with `-error` and
/// `-warning` (drawn again when the control's id changes).
pub fn messages(id: Signal<String>, said: Said) -> impl IntoView {
    move || {
        let id = id.get();
        let warning = said.warning.get().map(|text| view! { <WarningText id=format!("{id}-warning") text=text /> });
        view! {
            <ErrorMessage id=format!("{id}-error") message=said.error />
            {warning}
        }
    }
}

/// The id of one of a group of inputs (radios, checkboxes): the group's id for the first,
/// then `-2`, `-3`, …
pub fn nth_id(first: Signal<String>, index: usize) -> Signal<String> {
    if index == 0 {
        first
    } else {
        Memo::new(move |_| format!("{}-{}", first.get(), index + 1)).into()
    }
}

/// An id made from another that may change (a form field's answer path): `subjects[2].surname`
/// with `-hint`.
pub fn suffixed(id: Signal<String>, suffix: &'static str) -> Signal<String> {
    Memo::new(move |_| format!("{}{suffix}", id.get())).into()
}

pub fn group_class(error: Signal<Option<String>>) -> impl Fn() -> &'static str {
    move || if error.with(Option::is_some) { "govuk-form-group govuk-form-group--error" } else { "govuk-form-group" }
}

/// A control's `aria-describedby`: its hint (if it has one), then its error and warning while
/// they are shown.
pub fn described_by(
    has_hint: bool,
    said: impl Into<Said>,
    id: impl Into<Signal<String>>,
) -> impl Fn() -> Option<String> {
    let (said, id) = (said.into(), id.into());
    move || {
        let id = id.get();
        let parts: Vec<String> = [
            (has_hint, "hint"),
            (said.error.with(Option::is_some), "error"),
            (said.warning.with(Option::is_some), "warning"),
        ]
        .into_iter()
        .filter(|(shown, _)| *shown)
        .map(|(_, part)| format!("{id}-{part}"))
        .collect();
        (!parts.is_empty()).then(|| parts.join(" "))
    }
}

/// The label, optional hint, inline error and warning around a single text control (the
/// control's `aria-describedby` comes from [`described_by`] with the same id).
pub fn labelled(
    id: Signal<String>,
    label: String,
    hint: Option<String>,
    said: Said,
    control: impl IntoView,
) -> impl IntoView {
    view! {
        <div class=group_class(said.error)>
            <label class="govuk-label govuk-label--s" for=id>{label}</label>
            {hint.map(|hint| view! { <div id=suffixed(id, "-hint") class="govuk-hint">{hint}</div> })}
            {messages(id, said)}
            {control}
        </div>
    }
}

/// A single-line text input with label, optional hint and inline error. `value` is what the
/// user typed, kept exactly.
#[component]
pub fn TextInput(
    id: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    value: Signal<String>,
    on_input: Callback<String>,
    error: Signal<Option<String>>,
    #[prop(optional)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    let input_class =
        move || if error.with(Option::is_some) { "govuk-input govuk-input--error" } else { "govuk-input" };
    let control = view! {
        <input
            class=input_class
            id=id
            name=id
            type="text"
            spellcheck="false"
            autocomplete=autocomplete.unwrap_or("off")
            aria-describedby=described_by(hint.is_some(), error, id)
            prop:value=move || value.get_untracked()
            on:input=move |event| on_input.run(event_target_value(&event))
        />
    };
    labelled(id.into(), label.to_owned(), hint.map(str::to_owned), error.into(), control)
}

/// A multi-line text area with label, optional hint and inline error.
#[component]
pub fn Textarea(
    id: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    value: Signal<String>,
    on_input: Callback<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let class =
        move || if error.with(Option::is_some) { "govuk-textarea govuk-textarea--error" } else { "govuk-textarea" };
    let control = view! {
        <textarea
            class=class
            id=id
            name=id
            rows="5"
            aria-describedby=described_by(hint.is_some(), error, id)
            on:input=move |event| on_input.run(event_target_value(&event))
        >
            {value.get_untracked()}
        </textarea>
    };
    labelled(id.into(), label.to_owned(), hint.map(str::to_owned), error.into(), control)
}

/// One radio option: its value, label and optional hint.
pub struct RadioOption {
    pub value: String,
    pub label: String,
    pub hint: Option<String>,
}

/// A radio group in a fieldset. `legend` is a view so question pages can make it the `<h1>`.
#[component]
pub fn Radios(
    name: String,
    legend: AnyView,
    #[prop(optional_no_strip)] hint: Option<String>,
    options: Vec<RadioOption>,
    selected: Signal<Option<String>>,
    on_select: Callback<String>,
    error: Signal<Option<String>>,
    #[prop(optional)] inline: bool,
) -> impl IntoView {
    let fieldset_describedby = described_by(hint.is_some(), error, name.clone());
    let radios = options
        .into_iter()
        .enumerate()
        .map(|(index, option)| {
            let input_id = if index == 0 { name.clone() } else { format!("{name}-{}", index + 1) };
            let item_hint_id = format!("{input_id}-item-hint");
            let value = option.value.clone();
            let checked = {
                let value = value.clone();
                move || selected.with(|selected| selected.as_deref() == Some(value.as_str()))
            };
            view! {
                <div class="govuk-radios__item">
                    <input
                        class="govuk-radios__input"
                        id=input_id.clone()
                        name=name.clone()
                        type="radio"
                        value=value.clone()
                        aria-describedby=option.hint.as_ref().map(|_| item_hint_id.clone())
                        prop:checked=checked
                        on:change=move |_| on_select.run(value.clone())
                    />
                    <label class="govuk-label govuk-radios__label" for=input_id>{option.label}</label>
                    {option.hint.map(|hint| view! { <div id=item_hint_id class="govuk-hint govuk-radios__hint">{hint}</div> })}
                </div>
            }
        })
        .collect_view();
    let radios_class = if inline { "govuk-radios govuk-radios--inline" } else { "govuk-radios" };
    view! {
        <div class=group_class(error)>
            <fieldset class="govuk-fieldset" aria-describedby=fieldset_describedby>
                {legend}
                {hint.map(|hint| view! { <div id=format!("{name}-hint") class="govuk-hint">{hint}</div> })}
                <ErrorMessage id=format!("{name}-error") message=error />
                <div class=radios_class>{radios}</div>
            </fieldset>
        </div>
    }
}

/// A GOV.UK date input: day, month and year boxes in a fieldset. `on_input` receives which
/// box changed ("day", "month" or "year") and its new text.
#[component]
pub fn DateInput(
    id: &'static str,
    legend: &'static str,
    hint: &'static str,
    values: Signal<[String; 3]>,
    on_input: Callback<(usize, String)>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let parts = [
        ("day", "Day", "govuk-input--width-2"),
        ("month", "Month", "govuk-input--width-2"),
        ("year", "Year", "govuk-input--width-4"),
    ];
    let boxes = parts
        .into_iter()
        .enumerate()
        .map(|(index, (part, label, width))| {
            let input_id = format!("{id}-{part}");
            let class = move || {
                let error_class = if error.with(Option::is_some) { " govuk-input--error" } else { "" };
                format!("govuk-input govuk-date-input__input {width}{error_class}")
            };
            view! {
                <div class="govuk-date-input__item">
                    <div class="govuk-form-group">
                        <label class="govuk-label govuk-date-input__label" for=input_id.clone()>{label}</label>
                        <input
                            class=class
                            id=input_id.clone()
                            name=input_id
                            type="text"
                            inputmode="numeric"
                            prop:value=move || values.with_untracked(|v| v[index].clone())
                            on:input=move |event| on_input.run((index, event_target_value(&event)))
                        />
                    </div>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=group_class(error)>
            <fieldset class="govuk-fieldset" role="group" aria-describedby=described_by(true, error, id)>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
                <div id=format!("{id}-hint") class="govuk-hint">{hint}</div>
                <ErrorMessage id=format!("{id}-error") message=error />
                <div class="govuk-date-input" id=id>{boxes}</div>
            </fieldset>
        </div>
    }
}

/// A GOV.UK button that runs `on_click` (never submits a form to anywhere).
#[component]
pub fn Button(
    #[prop(into)] label: String,
    on_click: Callback<()>,
    #[prop(optional)] secondary: bool,
    #[prop(optional)] warning: bool,
) -> impl IntoView {
    let class = match (secondary, warning) {
        (_, true) => "govuk-button govuk-button--warning",
        (true, _) => "govuk-button govuk-button--secondary",
        _ => "govuk-button",
    };
    view! {
        <button type="button" class=class on:click=move |_| on_click.run(())>{label}</button>
    }
}

/// A link styled as a button (GOV.UK's start-button pattern for moving on). Like a button,
/// Space activates it as well as Enter.
#[component]
pub fn LinkButton(href: String, #[prop(into)] label: String) -> impl IntoView {
    let target = href.clone();
    let space_activates = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == " " {
            event.prevent_default();
            crate::dom::navigate(&target);
        }
    };
    view! {
        <a href=href role="button" draggable="false" class="govuk-button" on:keydown=space_activates>{label}</a>
    }
}

/// A GOV.UK password input with a Show/Hide button. Paste works; nothing offers to remember
/// what is typed.
pub fn password_input(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    value: RwSignal<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let visible = RwSignal::new(false);
    let class = move || {
        let error_class = if error.with(Option::is_some) { " govuk-input--error" } else { "" };
        format!("govuk-input govuk-password-input__input{error_class}")
    };
    let control = view! {
        <div class="govuk-input__wrapper govuk-password-input__wrapper">
            <input
                class=class
                id=id
                name=id
                type=move || if visible.get() { "text" } else { "password" }
                spellcheck="false"
                autocomplete="off"
                aria-describedby=described_by(true, error, id)
                prop:value=move || value.get_untracked()
                on:input=move |event| value.set(event_target_value(&event))
            />
            <button
                type="button"
                class="govuk-button govuk-button--secondary govuk-password-input__toggle"
                aria-controls=id
                aria-label=move || if visible.get() { "Hide passphrase" } else { "Show passphrase" }
                on:click=move |_| visible.update(|shown| *shown = !*shown)
            >{move || if visible.get() { "Hide" } else { "Show" }}</button>
        </div>
    };
    labelled(id.into(), label.to_owned(), Some(hint.to_owned()), error.into(), control)
}
