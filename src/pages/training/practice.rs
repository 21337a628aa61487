//! Practice: the case and its tasks as a GOV.UK task list, each opening the real tool, and at
//! the end how the learner's answers compare with the guidance, step by step, with reasons.

use infoshare_core::library::Library;
use infoshare_core::route::{Route, ScenarioKey, ToolKey, ToolPage, TrainingPage};
use infoshare_core::training::{run_from, summarise, tool_tasks, Scenario, Status, SummaryItem, TaskKind, ToolTask};
use leptos::prelude::*;

use super::brief::narrative;
use super::href;
use crate::components::form::Button;
use crate::components::{Citations, LinkButton, PageHeading};
use crate::dom;
use crate::state::{session, tool};

/// The scenario being practised, or a page saying there is none.
fn practised(library: &'static Library) -> Result<(ScenarioKey, &'static Scenario), AnyView> {
    session()
        .practice
        .get_untracked()
        .and_then(|key| key.scenario(library).map(|scenario| (key, scenario)))
        .ok_or_else(|| {
            view! {
                <PageHeading text=Route::Training(TrainingPage::Practice).heading(library) />
                <p class="govuk-body">"You are not practising a scenario. "<a class="govuk-link" href=href(TrainingPage::Library)>"Choose a scenario"</a></p>
            }
            .into_any()
        })
}

fn tool_key(task: &ToolTask) -> ToolKey {
    let make = match task.kind {
        TaskKind::Wizard => ToolKey::wizard,
        TaskKind::Checklist => ToolKey::checklist,
        TaskKind::Form => ToolKey::form,
    };
    tool(&task.reference, make)
}

fn task_row(library: &'static Library, task: ToolTask) -> impl IntoView {
    let key = tool_key(&task);
    let title = key.title(library).unwrap_or_default().to_owned();
    let count = task.steps.len();
    let hint = match (task.kind, count) {
        (TaskKind::Form, _) => {
            "Fill it in from the case, or fill in the fictional details, and check where it goes".to_owned()
        }
        (TaskKind::Wizard, 1) => "Decision wizard: the case asks about 1 question".to_owned(),
        (TaskKind::Wizard, n) => format!("Decision wizard: the case asks about {n} questions"),
        (_, 1) => "Checklist: the case asks about 1 item".to_owned(),
        (_, n) => format!("Checklist: the case asks about {n} items"),
    };
    let id = task.reference.replace('/', "-");
    let (hint_id, status_id) = (format!("{id}-hint"), format!("{id}-status"));
    let status = match task.status {
        Status::Done => view! { {task.status.label()} }.into_any(),
        Status::InProgress => {
            view! { <strong class="govuk-tag govuk-tag--teal">{task.status.label()}</strong> }.into_any()
        }
        Status::NotStarted => view! { <strong class="govuk-tag">{task.status.label()}</strong> }.into_any(),
    };
    view! {
        <li class="govuk-task-list__item govuk-task-list__item--with-link">
            <div class="govuk-task-list__name-and-hint">
                <a class="govuk-link govuk-task-list__link" href=Route::Tool { key, page: ToolPage::Start }.href() aria-describedby=format!("{hint_id} {status_id}")>
                    {title}
                </a>
                <div id=hint_id class="govuk-task-list__hint">{hint}</div>
            </div>
            <div class="govuk-task-list__status" id=status_id>{status}</div>
        </li>
    }
}

pub fn practice(library: &'static Library) -> AnyView {
    let (_, scenario) = match practised(library) {
        Ok(found) => found,
        Err(page) => return page,
    };
    let session = session();
    let tasks = tool_tasks(library, scenario, &session, dom::local_now())
        .into_iter()
        .map(|task| task_row(library, task))
        .collect_view();
    view! {
        <PageHeading text=Route::Training(TrainingPage::Practice).heading(library) caption=scenario.title.clone() />
        <h2 class="govuk-heading-m">"The case"</h2>
        {narrative(scenario)}
        <h2 class="govuk-heading-m">"Your tasks"</h2>
        <p class="govuk-body">"Work through each tool as you would for a real case. After each answer you will see what the guidance says and why."</p>
        <ul class="govuk-task-list">{tasks}</ul>
        <LinkButton href=href(TrainingPage::Summary) label="See how you did" />
    }
    .into_any()
}

fn summary_item(library: &'static Library, number: usize, item: SummaryItem) -> impl IntoView {
    let (tag, label) = match (item.given.is_some(), item.matched) {
        (_, true) => ("govuk-tag govuk-tag--green", "Matched the guidance"),
        (true, false) => ("govuk-tag govuk-tag--orange", "Different from the guidance"),
        (false, false) => ("govuk-tag govuk-tag--grey", "Not answered"),
    };
    view! {
        <div class="govuk-summary-card">
            <div class="govuk-summary-card__title-wrapper">
                <h2 class="govuk-summary-card__title">{format!("Step {number}")}</h2>
                <strong class=tag>{label}</strong>
            </div>
            <div class="govuk-summary-card__content">
                <dl class="govuk-summary-list">
                    <div class="govuk-summary-list__row">
                        <dt class="govuk-summary-list__key">"Question"</dt>
                        <dd class="govuk-summary-list__value">{item.question}</dd>
                    </div>
                    <div class="govuk-summary-list__row">
                        <dt class="govuk-summary-list__key">"Your answer"</dt>
                        <dd class="govuk-summary-list__value">{item.given.unwrap_or_else(|| "Not answered".to_owned())}</dd>
                    </div>
                    <div class="govuk-summary-list__row">
                        <dt class="govuk-summary-list__key">"The guidance"</dt>
                        <dd class="govuk-summary-list__value">{item.expected}</dd>
                    </div>
                    <div class="govuk-summary-list__row">
                        <dt class="govuk-summary-list__key">"Why"</dt>
                        <dd class="govuk-summary-list__value">{item.message}<Citations library=library cite=item.cite /></dd>
                    </div>
                </dl>
            </div>
        </div>
    }
}

pub fn summary(library: &'static Library) -> AnyView {
    let (key, scenario) = match practised(library) {
        Ok(found) => found,
        Err(page) => return page,
    };
    let session = session();
    let summary = summarise(library, scenario, &run_from(library, scenario, &session, dom::local_now()));
    let describe = summary.describe();
    let outcomes = summary
        .outcomes
        .into_iter()
        .map(|outcome| {
            view! {
                <h3 class="govuk-heading-s">{outcome.wizard}</h3>
                <p class="govuk-body govuk-!-font-weight-bold">{outcome.outcome}</p>
                <p class="govuk-body">{outcome.why}</p>
                <Citations library=library cite=outcome.cite />
            }
        })
        .collect_view();
    let items =
        summary.items.into_iter().enumerate().map(|(n, item)| summary_item(library, n + 1, item)).collect_view();
    let again = move |_| {
        session.start_training(Some(key.clone()));
        dom::navigate(&href(TrainingPage::Practice));
    };
    view! {
        <PageHeading text=Route::Training(TrainingPage::Summary).heading(library) caption=scenario.title.clone() />
        <div class="govuk-panel govuk-panel--confirmation app-score">
            <p class="govuk-panel__body">{describe}</p>
        </div>
        {items}
        <h2 class="govuk-heading-m">"Where the guidance leads"</h2>
        {outcomes}
        <div class="govuk-button-group app-no-print">
            <Button label="Print this summary" secondary=true on_click=Callback::new(|_| dom::print()) />
            <Button label="Practise it again" secondary=true on_click=Callback::new(again) />
            <a class="govuk-link" href=href(TrainingPage::Library)>"Choose another scenario"</a>
        </div>
    }
    .into_any()
}
