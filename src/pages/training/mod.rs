//! Training: the scenario library with a ready-made session plan, each scenario's handout and
//! facilitator's notes, the step-through for a group, practice with its summary, and the quiz.

mod brief;
mod practice;
mod present;
mod quiz;

use infoshare_core::library::Library;
use infoshare_core::route::{Route, ScenarioKey, ToolKey, ToolPage, TrainingPage};
use infoshare_core::training::{plan_session, PlanItem, Role, Scenario};
use leptos::prelude::*;

use crate::components::{PageHeading, WarningText};

/// The page for a training route other than practice: the library, a scenario's handout,
/// answers and step-through, and the quiz.
pub fn page(library: &'static Library, page: TrainingPage) -> AnyView {
    let scenario = |key: &ScenarioKey| key.scenario(library);
    match page {
        TrainingPage::Library => Some(training(library).into_any()),
        TrainingPage::Brief(key) => scenario(&key).map(|s| brief::brief(library, key.clone(), s).into_any()),
        TrainingPage::Answers(key) => scenario(&key).map(|s| brief::answers(library, key.clone(), s).into_any()),
        TrainingPage::Present(key, slide) => {
            scenario(&key).map(|s| present::scenario(library, key.clone(), s, slide).into_any())
        }
        TrainingPage::Quiz => Some(quiz::quiz(library).into_any()),
        TrainingPage::PresentQuiz(slide) => Some(present::quiz(library, slide).into_any()),
        TrainingPage::Practice | TrainingPage::Summary => None,
    }
    .unwrap_or_else(|| super::not_found().into_any())
}

/// The practice pages: the scenario's tasks, and the summary at the end.
pub fn practice_page(library: &'static Library, page: TrainingPage) -> AnyView {
    match page {
        TrainingPage::Practice => practice::practice(library),
        TrainingPage::Summary => practice::summary(library),
        _ => super::not_found().into_any(),
    }
}

fn href(page: TrainingPage) -> String {
    Route::Training(page).href()
}

/// The title of the pack a scenario is set under.
fn agreement(library: &Library, scenario: &Scenario) -> String {
    library.pack(&scenario.agreement).map_or_else(|| scenario.agreement.clone(), |pack| pack.pack.title.clone())
}

fn roles(scenario: &Scenario) -> String {
    scenario.roles.iter().map(|role| role.label()).collect::<Vec<_>>().join(", ")
}

fn training(library: &'static Library) -> impl IntoView {
    let scenarios = library
        .scenarios()
        .map(|(pack, scenario)| {
            let key = ScenarioKey::new(pack, &scenario.id);
            view! {
                <li class="app-tool">
                    <a class="govuk-link govuk-link--no-visited-state govuk-!-font-weight-bold" href=href(TrainingPage::Brief(key))>
                        {scenario.title.clone()}
                    </a>
                    <strong class="govuk-tag govuk-tag--grey app-status">{format!("{} minutes", scenario.duration_minutes)}</strong>
                    <p class="govuk-body govuk-!-margin-bottom-1">{scenario.summary.clone()}</p>
                    <p class="govuk-body-s govuk-!-margin-bottom-0">{format!("{}. For: {}.", agreement(library, scenario), roles(scenario))}</p>
                </li>
            }
        })
        .collect_view();
    let diagrams = library
        .flowcharts()
        .map(|(pack, chart)| {
            let route = Route::Tool { key: ToolKey::wizard(pack, &chart.id), page: ToolPage::Diagram };
            view! { <li><a class="govuk-link" href=route.href()>{chart.title.clone()}</a></li> }
        })
        .collect_view();
    view! {
        <PageHeading text=Route::Training(TrainingPage::Library).heading(library) />
        <p class="govuk-body-l">"Practise with fictional cases in the real wizards, checklists and forms, or run a multi-agency session from them."</p>
        <WarningText text="Use fictional details only. Practising starts training mode: every page, print and sealed file is marked as training until you leave it, and leaving clears everything." />
        {session_plan(library)}
        <h2 class="govuk-heading-m">"Myth-busting quiz"</h2>
        <p class="govuk-body">"Myth or fact? Statements people often believe about sharing information, each with the answer and its source."</p>
        <ul class="govuk-list">
            <li><a class="govuk-link" href=href(TrainingPage::Quiz)>"Take the quiz"</a></li>
            <li><a class="govuk-link" href=href(TrainingPage::PresentQuiz(0))>"Present the quiz to a group, one statement at a time"</a></li>
        </ul>
        <h2 class="govuk-heading-m">"Scenarios"</h2>
        <p class="govuk-body">"Each scenario has a handout, notes with the answers for the facilitator, a step-through to show a group, and practice in the real tools with feedback."</p>
        <ul class="govuk-list app-tools">{scenarios}</ul>
        <h2 class="govuk-heading-m">"Flowcharts to show full screen"</h2>
        <ul class="govuk-list">{diagrams}</ul>
    }
}

/// A 30-minute session for the audience chosen, with a link to each part.
fn session_plan(library: &'static Library) -> impl IntoView {
    let audience = RwSignal::new(None::<Role>);
    let choose = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        audience.set(Role::ALL.into_iter().find(|role| role_value(*role) == value));
    };
    let rows = move || {
        let mut start = 0;
        plan_session(library, audience.get(), 30)
            .into_iter()
            .map(|item| {
                let (what, link) = plan_item(&item);
                let time = format!("{start} to {} minutes", start + item.minutes());
                start += item.minutes();
                view! {
                    <tr class="govuk-table__row">
                        <td class="govuk-table__cell">{time}</td>
                        <td class="govuk-table__cell">{what}</td>
                        <td class="govuk-table__cell">{link}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let options = Role::ALL
        .into_iter()
        .map(|role| view! { <option value=role_value(role)>{role.label()}</option> })
        .collect_view();
    view! {
        <h2 class="govuk-heading-m">"Run a 30-minute session"</h2>
        <p class="govuk-body">"A plan you can run as it is: open each part in turn and show it on the screen. Scenarios for the audience come first, from different agreements where they fit."</p>
        <div class="govuk-form-group">
            <label class="govuk-label" for="audience">"Who is in the room"</label>
            <select class="govuk-select" id="audience" name="audience" on:change=choose>
                <option value="">"A mixed group"</option>
                {options}
            </select>
        </div>
        <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--m">"Session plan"</caption>
            <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                    <th scope="col" class="govuk-table__header">"Time"</th>
                    <th scope="col" class="govuk-table__header">"What happens"</th>
                    <th scope="col" class="govuk-table__header">"Open"</th>
                </tr>
            </thead>
            <tbody class="govuk-table__body">{rows}</tbody>
        </table>
    }
}

fn role_value(role: Role) -> String {
    format!("{role:?}").to_lowercase()
}

/// What a part of the plan is, and the link that opens it.
fn plan_item(item: &PlanItem<'_>) -> (String, AnyView) {
    match item {
        PlanItem::Welcome { .. } => (
            "Welcome. Agree the ground rules: fictional details only, and what is said stays in the room.".to_owned(),
            view! { "" }.into_any(),
        ),
        PlanItem::Quiz { statements, .. } => (
            format!("Myth-busting quiz: the first {statements} statements, one at a time, discussing each before revealing the answer."),
            view! { <a class="govuk-link" href=href(TrainingPage::PresentQuiz(0))>"Present the quiz"</a> }.into_any(),
        ),
        PlanItem::Scenario { pack, scenario } => {
            let key = ScenarioKey::new(pack, &scenario.id);
            (
                format!("Scenario: {}. {}", scenario.title, scenario.summary),
                view! {
                    <a class="govuk-link" href=href(TrainingPage::Present(key.clone(), 0))>"Present"<span class="govuk-visually-hidden">{format!(" {}", scenario.title)}</span></a>
                    " or "
                    <a class="govuk-link" href=href(TrainingPage::Answers(key))>"notes"<span class="govuk-visually-hidden">{format!(" for {}", scenario.title)}</span></a>
                }
                .into_any(),
            )
        }
        PlanItem::Close { .. } => (
            "Close: what will each agency do differently? Remind everyone of their own agreement's contacts.".to_owned(),
            view! { "" }.into_any(),
        ),
    }
}
