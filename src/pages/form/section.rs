//! One section of a form on its own page, and repeatable groups with "add another".
//!
//! Reached from check your answers (a Change link), the page goes back there on Save and
//! continue, with focus first on the answer being changed. Warnings are shown beside their
//! fields when the page opens and after Save and continue; they never stop it.

use infoshare_core::form::{Field, Form, Issue, Section};
use infoshare_core::library::Library;
use infoshare_core::route::{ToolKey, ToolPage};
use infoshare_core::validate::FieldError;
use leptos::prelude::*;

use super::fields::{self, At, Found};
use super::{current_issues, href};
use crate::components::form::{messages, Button, ErrorSummary, ERROR_SUMMARY_ID};
use crate::components::PageHeading;
use crate::dom;
use crate::state::session;

/// Where the page was opened from: the task list (or the section before), or a Change link
/// on check your answers, with the input to focus.
pub enum Opened {
    InOrder,
    ToChange(Option<String>),
}

pub fn section(
    library: &'static Library,
    key: ToolKey,
    form: &'static Form,
    section: &'static Section,
    opened: Opened,
) -> impl IntoView {
    let (errors, warnings) = (RwSignal::new(Vec::<Issue>::new()), RwSignal::new(Vec::<Issue>::new()));
    // Errors come on Save and continue, warnings at once; both again when an instance of a
    // group is removed, since their paths name instances by index.
    let check_key = key.clone();
    let check = move || {
        let (found_errors, found_warnings) = current_issues(&check_key, form, section);
        if warnings.with_untracked(|shown| *shown != found_warnings) {
            warnings.set(found_warnings);
        }
        found_errors
    };
    let recheck = check.clone();
    let refresh = Callback::new(move |()| {
        let found_errors = recheck();
        if errors.with_untracked(|shown| !shown.is_empty()) {
            errors.set(found_errors);
        }
    });
    let keys = InstanceKeys(StoredValue::new(Vec::new()));
    let found = Found { errors: errors.into(), warnings: warnings.into(), refresh, keys };
    let summary = Signal::derive(move || {
        errors.with(|all| {
            all.iter()
                .map(|issue| FieldError { field: keys.element_id(&issue.path), ..issue.field_error() })
                .collect::<Vec<FieldError>>()
        })
    });
    let items =
        section.fields.iter().map(|field| fields::field(key.clone(), form, field, At::top(), found)).collect_view();
    let (next, back) = match &opened {
        Opened::ToChange(_) => (href(&key, ToolPage::Check), ("Back to check your answers", ToolPage::Check)),
        Opened::InOrder => {
            let position = form.sections.iter().position(|s| s.id == section.id).unwrap_or(0);
            let next = form.sections.get(position + 1).map_or(ToolPage::Check, |s| ToolPage::Step(s.id.clone()));
            (href(&key, next), ("Back to the sections", ToolPage::Start))
        }
    };
    if let Opened::ToChange(Some(path)) = opened {
        dom::focus_after_heading(keys.element_id(&path));
    }
    let title = infoshare_core::route::Route::Tool { key: key.clone(), page: ToolPage::Step(section.id.clone()) }
        .title(library);
    untrack(&check);
    let save = move |_| {
        let problems = check();
        if problems.is_empty() {
            dom::navigate(&next);
        } else {
            errors.set(problems);
            crate::router::show_title(&format!("Error: {title}"));
            dom::focus_after_render(ERROR_SUMMARY_ID);
        }
    };
    view! {
        <a href=href(&key, back.1) class="govuk-back-link">{back.0}</a>
        <ErrorSummary errors=summary />
        <PageHeading text=section.title.clone() caption=form.title.clone() />
        {section.hint.clone().map(|hint| view! { <p class="govuk-body">{hint}</p> })}
        {items}
        <Button label="Save and continue" on_click=Callback::new(save) />
    }
}

/// Stable keys for a group's instances, so adding or removing one builds or drops only that
/// one's view: the others keep theirs, and their paths follow their index. The keys change
/// only when an instance is added or removed, never as the user types, so typing does not
/// reach the other instances' paths.
#[derive(Clone, Copy)]
struct Keys {
    list: RwSignal<Vec<u64>>,
    next: StoredValue<u64>,
}

impl Keys {
    /// Keys that follow the group's count: one added at the end gets a new key, and any
    /// other change of count (answers replaced) adds or drops keys at the end. Removing an
    /// instance says which ([`Keys::remove`]).
    fn follow(count: Memo<usize>) -> Keys {
        let keys = Keys { list: RwSignal::new(Vec::new()), next: StoredValue::new(0) };
        keys.resize(count.get_untracked());
        Effect::new(move || keys.resize(count.get()));
        keys
    }

    fn resize(self, count: usize) {
        if self.list.with_untracked(Vec::len) == count {
            return;
        }
        self.list.update(|keys| {
            keys.truncate(count);
            while keys.len() < count {
                keys.push(self.next.get_value());
                self.next.update_value(|next| *next += 1);
            }
        });
    }

    /// Drops the key of the instance just removed from the answers.
    fn remove(self, index: usize) {
        self.list.update(|keys| {
            if index < keys.len() {
                keys.remove(index);
            }
        });
    }

    /// Where the instance with this key is now.
    fn index_of(self, key: u64) -> usize {
        self.list.with(|keys| keys.iter().position(|&each| each == key).unwrap_or_default())
    }
}

/// The keys of every group's instances on the page, by the group's element id, so an answer
/// path can be turned into the id of its element (an error summary's link, a Change link's
/// answer).
#[derive(Clone, Copy)]
pub struct InstanceKeys(StoredValue<Vec<(String, Keys)>>);

impl InstanceKeys {
    /// Keeps `keys` as the keys of the group whose element id is `id`, while it is drawn.
    fn hold(self, id: String, keys: Keys) {
        self.0.update_value(|all| all.push((id.clone(), keys)));
        on_cleanup(move || self.0.update_value(|all| all.retain(|(held, _)| *held != id)));
    }

    /// The id of the element of the answer at `path`.
    pub fn element_id(self, path: &str) -> String {
        self.0.with_value(|all| {
            infoshare_core::form::element_id(path, |group, index| {
                let (_, keys) = all.iter().find(|(id, _)| id == group)?;
                keys.list.try_with_untracked(|list| list.get(index).copied()).flatten()
            })
        })
    }
}

/// A repeatable group: each instance in its own fieldset with a Remove button, then "Add".
pub fn group(key: ToolKey, form: &'static Form, group: &'static Field, at: At, found: Found) -> impl IntoView {
    let path = at.path;
    let item = group.item.as_deref().unwrap_or("item");
    let count_key = key.clone();
    let count = Memo::new(move |_| path.with(|path| session().forms.read(&count_key, |answers| answers.count(path))));
    let keys = Keys::follow(count);
    found.keys.hold(at.id.get_untracked(), keys);
    let instance_key = key.clone();
    let article = if item.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
    let add_label =
        move || if count.get() == 0 { format!("Add {article} {item}") } else { format!("Add another {item}") };
    let add = move |_| {
        let (path, mut added) = (path.get_untracked(), None);
        session().forms.update(&key, |answers| added = answers.add(&path));
        if let Some(index) = added {
            let instance = format!("{path}[{index}]");
            request_animation_frame(move || dom::focus_first_control(&found.keys.element_id(&instance)));
        }
    };
    let nested = untrack(|| path.with(|path| path.contains('[')));
    view! {
        <div class="govuk-form-group app-group" id=at.id>
            {if nested {
                view! { <h3 class="govuk-heading-s">{group.label.clone()}</h3> }.into_any()
            } else {
                view! { <h2 class="govuk-heading-m">{group.label.clone()}</h2> }.into_any()
            }}
            {group.hint.clone().map(|hint| view! { <p class="govuk-hint">{hint}</p> })}
            {messages(at.id, found.at(path))}
            <For each=move || keys.list.get() key=|each| *each let:each>
                {instance(instance_key.clone(), form, group, at, found, keys, each)}
            </For>
            <button type="button" class="govuk-button govuk-button--secondary" on:click=add>{add_label}</button>
        </div>
    }
}

/// One instance of a group: its fields, with paths that follow its index and element ids made
/// from its key.
fn instance(
    key: ToolKey,
    form: &'static Form,
    group: &'static Field,
    at: At,
    found: Found,
    keys: Keys,
    each: u64,
) -> impl IntoView {
    let path = at.path;
    let index = Memo::new(move |_| keys.index_of(each));
    let own = At {
        path: Signal::derive(move || untrack(|| format!("{}[{}]", path.get(), index.get()))),
        id: Signal::stored(format!("{}[{each}]", at.id.get_untracked())),
    };
    let prefix = own.suffixed(".");
    let item = group.item.as_deref().unwrap_or("item");
    let heading = move || format!("{} {}", capitalise(item), index.get() + 1);
    let body = group.fields.iter().map(|field| fields::field(key.clone(), form, field, prefix, found)).collect_view();
    let remove = move |_| {
        let (path, index) = (path.get_untracked(), index.get_untracked());
        session().forms.update(&key, |answers| {
            answers.remove(&path, index);
        });
        keys.remove(index);
        found.refresh.run(());
    };
    view! {
        <fieldset class="govuk-fieldset app-group-item" id=own.id>
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{heading}</legend>
            {body}
            <button type="button" class="govuk-button govuk-button--secondary" on:click=remove>
                {move || format!("Remove {}", heading().to_lowercase())}
            </button>
        </fieldset>
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
