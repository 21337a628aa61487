//! One section of a form on its own page, and repeatable groups with "add another".

use infoshare_core::form::{Field, Form, Issue, Section};
use infoshare_core::library::Library;
use infoshare_core::route::{ToolKey, ToolPage};
use infoshare_core::validate::FieldError;
use leptos::prelude::*;

use super::{current_errors, fields, href, in_section};
use crate::components::form::{Button, ErrorSummary, ERROR_SUMMARY_ID};
use crate::components::PageHeading;
use crate::dom;
use crate::state::session;

pub fn section(
    library: &'static Library,
    key: ToolKey,
    form: &'static Form,
    section: &'static Section,
) -> impl IntoView {
    let errors = RwSignal::new(Vec::<Issue>::new());
    let summary =
        Signal::derive(move || errors.with(|all| all.iter().map(Issue::field_error).collect::<Vec<FieldError>>()));
    let shown = Signal::from(errors);
    let items =
        section.fields.iter().map(|field| fields::field(key.clone(), form, field, String::new(), shown)).collect_view();
    let position = form.sections.iter().position(|s| s.id == section.id).unwrap_or(0);
    let next = match form.sections.get(position + 1) {
        Some(following) => href(&key, ToolPage::Step(following.id.clone())),
        None => href(&key, ToolPage::Check),
    };
    let title = infoshare_core::route::Route::Tool { key: key.clone(), page: ToolPage::Step(section.id.clone()) }
        .title(library);
    let save_key = key.clone();
    let save = move |_| {
        let problems: Vec<Issue> =
            current_errors(&save_key, form).into_iter().filter(|issue| in_section(section, issue)).collect();
        if problems.is_empty() {
            dom::navigate(&next);
        } else {
            errors.set(problems);
            crate::router::show_title(&format!("Error: {title}"));
            dom::focus_after_render(ERROR_SUMMARY_ID);
        }
    };
    view! {
        <a href=href(&key, ToolPage::Start) class="govuk-back-link">"Back to the sections"</a>
        <ErrorSummary errors=summary />
        <PageHeading text=section.title.clone() caption=form.title.clone() />
        {section.hint.clone().map(|hint| view! { <p class="govuk-body">{hint}</p> })}
        {items}
        <Button label="Save and continue" on_click=Callback::new(save) />
    }
}

/// A repeatable group: each instance in its own fieldset with a Remove button, then "Add".
pub fn group(
    key: ToolKey,
    form: &'static Form,
    group: &'static Field,
    path: String,
    errors: Signal<Vec<Issue>>,
) -> impl IntoView {
    let item = group.item.clone().unwrap_or_else(|| "item".to_owned());
    let (count_key, count_path) = (key.clone(), path.clone());
    let count = Memo::new(move |_| session().forms.read(&count_key, |answers| answers.count(&count_path)));
    let (instances_key, instances_path, instances_item) = (key.clone(), path.clone(), item.clone());
    let instances = move || {
        (0..count.get())
            .map(|index| {
                let prefix = format!("{instances_path}[{index}].");
                let heading = format!("{} {}", capitalise(&instances_item), index + 1);
                let body = group.fields.iter().map(|field| fields::field(instances_key.clone(), form, field, prefix.clone(), errors)).collect_view();
                let (remove_key, remove_path) = (instances_key.clone(), instances_path.clone());
                let remove = move |_| {
                    session().forms.update(&remove_key, |answers| {
                        answers.remove(&remove_path, index);
                    });
                };
                view! {
                    <fieldset class="govuk-fieldset app-group-item" id=format!("{instances_path}[{index}]")>
                        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{heading.clone()}</legend>
                        {body}
                        <Button label=format!("Remove {}", heading.to_lowercase()) secondary=true on_click=Callback::new(remove) />
                    </fieldset>
                }
            })
            .collect_view()
    };
    let article = if item.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
    let add_label =
        move || if count.get() == 0 { format!("Add {article} {item}") } else { format!("Add another {item}") };
    let (add_key, add_path) = (key, path.clone());
    let add = move |_| {
        let mut added = None;
        session().forms.update(&add_key, |answers| added = answers.add(&add_path));
        if let Some(index) = added {
            let instance = format!("{add_path}[{index}]");
            request_animation_frame(move || dom::focus_first_control(&instance));
        }
    };
    let error = super::fields::group_error(errors, path.clone());
    view! {
        <div class="govuk-form-group app-group" id=path.clone()>
            {if path.contains('[') {
                view! { <h3 class="govuk-heading-s">{group.label.clone()}</h3> }.into_any()
            } else {
                view! { <h2 class="govuk-heading-m">{group.label.clone()}</h2> }.into_any()
            }}
            {group.hint.clone().map(|hint| view! { <p class="govuk-hint">{hint}</p> })}
            {move || error.get().map(|message| view! { <p class="govuk-error-message"><span class="govuk-visually-hidden">"Error: "</span>{message}</p> })}
            {instances}
            <button type="button" class="govuk-button govuk-button--secondary" on:click=add>{add_label}</button>
        </div>
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
