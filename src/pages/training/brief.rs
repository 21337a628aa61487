//! A scenario's handout (the case and what to do, no answers) and the facilitator's notes
//! (every step with the guidance's answer, the reasons, the sources and the common wrong
//! turns). Both print cleanly.

use infoshare_core::library::Library;
use infoshare_core::route::{Route, ScenarioKey, TrainingPage};
use infoshare_core::training::{brief as step_brief, Scenario, Step, Task};
use leptos::prelude::*;

use super::{agreement, href, roles};
use crate::components::form::Button;
use crate::components::{Citations, LinkButton, PageHeading, WarningText};
use crate::dom;
use crate::state::session;

/// The case's paragraphs.
pub fn narrative(scenario: &Scenario) -> impl IntoView {
    scenario.narrative.iter().map(|paragraph| view! { <p class="govuk-body">{paragraph.clone()}</p> }).collect_view()
}

/// The tools the scenario uses, each with how much it asks, in the order they are used.
fn tasks_in_words(library: &Library, scenario: &Scenario) -> Vec<String> {
    let mut tasks: Vec<(String, &str, usize)> = Vec::new();
    for brief in scenario.steps.iter().filter_map(|step| step_brief(library, step)) {
        match tasks.iter_mut().find(|(tool, _, _)| *tool == brief.tool) {
            Some((_, _, count)) => *count += 1,
            None => tasks.push((brief.tool, brief.kind, 1)),
        }
    }
    tasks
        .into_iter()
        .map(|(tool, kind, count)| match (kind, count) {
            ("Form", _) => format!("{tool}: fill it in from the case and see where it goes"),
            ("Decision", 1) => format!("{tool}: 1 decision"),
            ("Decision", n) => format!("{tool}: {n} decisions"),
            (_, 1) => format!("{tool}: 1 item"),
            (_, n) => format!("{tool}: {n} items"),
        })
        .collect()
}

pub fn brief(library: &'static Library, key: ScenarioKey, scenario: &'static Scenario) -> impl IntoView {
    let session = session();
    let clears_work = !session.training.get_untracked() && session.has_work();
    let practise = {
        let key = key.clone();
        move |_| {
            session.start_training(Some(key.clone()));
            dom::navigate(&href(TrainingPage::Practice));
        }
    };
    let tasks = tasks_in_words(library, scenario).into_iter().map(|task| view! { <li>{task}</li> }).collect_view();
    view! {
        <a href=href(TrainingPage::Library) class="govuk-back-link">"All scenarios"</a>
        <PageHeading text=scenario.title.clone() caption="Training scenario".to_owned() />
        <p class="govuk-body-l">{scenario.summary.clone()}</p>
        <dl class="govuk-summary-list">
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">"Agreement"</dt>
                <dd class="govuk-summary-list__value">{agreement(library, scenario)}</dd>
            </div>
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">"For"</dt>
                <dd class="govuk-summary-list__value">{roles(scenario)}</dd>
            </div>
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">"Time"</dt>
                <dd class="govuk-summary-list__value">{format!("About {} minutes", scenario.duration_minutes)}</dd>
            </div>
        </dl>
        <h2 class="govuk-heading-m">"The case"</h2>
        {narrative(scenario)}
        <h2 class="govuk-heading-m">"What to do"</h2>
        <ol class="govuk-list govuk-list--number">{tasks}</ol>
        <Citations library=library cite=scenario.cite.clone() />
        <div class="app-no-print">
            {clears_work.then(|| view! {
                <WarningText text="Practising clears what you have entered in this visit. Finish and save your real work first." />
            })}
            <div class="govuk-button-group">
                <Button label="Practise this scenario" on_click=Callback::new(practise) />
                <Button label="Print the handout" secondary=true on_click=Callback::new(|_| dom::print()) />
            </div>
            <ul class="govuk-list">
                <li><a class="govuk-link" href=href(TrainingPage::Present(key.clone(), 0))>"Present it to a group, step by step"</a></li>
                <li><a class="govuk-link" href=href(TrainingPage::Answers(key))>"Facilitator's notes with the answers"</a></li>
            </ul>
        </div>
    }
}

/// One step with the guidance's answer, its reasons and the wrong turns: the facilitator's
/// notes and the step-through's reveal.
pub fn step_answer(library: &'static Library, step: &'static Step) -> impl IntoView {
    let brief = step_brief(library, step);
    let is_form = matches!(step.task(), Some(Task::Form { .. }));
    let expected = brief.as_ref().map(|b| b.expected.clone()).unwrap_or_default();
    let form = match step.task() {
        Some(Task::Form { form, .. }) => form.split_once('/').and_then(|(pack, id)| library.form(pack, id)),
        _ => None,
    };
    let wrong = step
        .wrong
        .iter()
        .map(|wrong| {
            let route = wrong.route.as_deref().map(|id| {
                form.and_then(|f| f.routes.iter().find(|r| r.id == id)).map_or(id.to_owned(), |r| r.title.clone())
            });
            let answer = wrong.answer.clone().or(route).unwrap_or_default();
            let label = if is_form { "If it goes to" } else { "If they answer" };
            view! {
                <li>
                    <span class="govuk-!-font-weight-bold">{format!("{label} \u{201c}{answer}\u{201d}: ")}</span>
                    {wrong.feedback.clone()}
                </li>
            }
        })
        .collect_view();
    let has_wrong = !step.wrong.is_empty();
    view! {
        <p class="govuk-body govuk-!-font-weight-bold app-answer">
            {if is_form { "The guidance sends it to: " } else { "The guidance's answer: " }}{expected}
        </p>
        <p class="govuk-body">{step.why.clone()}</p>
        <Citations library=library cite=step.cite.clone() />
        {has_wrong.then(|| view! {
            <h3 class="govuk-heading-s">"Common wrong turns"</h3>
            <ul class="govuk-list govuk-list--bullet">{wrong}</ul>
        })}
    }
}

/// What a step asks: its tool, the question and the answers to choose from.
pub fn step_question(library: &'static Library, number: usize, step: &'static Step, total: usize) -> impl IntoView {
    let brief = step_brief(library, step);
    let caption = brief.as_ref().map(|b| format!("Step {number} of {total}: {}", b.tool)).unwrap_or_default();
    let question = brief.as_ref().map(|b| b.question.clone()).unwrap_or_default();
    let choices = brief
        .map(|b| b.choices)
        .unwrap_or_default()
        .into_iter()
        .map(|choice| view! { <li>{choice}</li> })
        .collect_view();
    view! {
        <span class="govuk-caption-m">{caption}</span>
        <p class="govuk-body-l govuk-!-font-weight-bold app-question">{question}</p>
        <ul class="govuk-list govuk-list--bullet">{choices}</ul>
    }
}

/// Where each wizard ends when the guidance is followed, and why.
pub fn outcomes(library: &'static Library, scenario: &'static Scenario) -> impl IntoView {
    scenario
        .outcomes
        .iter()
        .map(|outcome| {
            let chart = outcome.wizard.split_once('/').and_then(|(pack, id)| library.flowchart(pack, id));
            let title = chart.map_or_else(|| outcome.wizard.clone(), |c| c.title.clone());
            let ending = chart.and_then(|c| c.node(&outcome.node)).map_or_else(String::new, |n| n.text.clone());
            view! {
                <h3 class="govuk-heading-s">{title}</h3>
                <p class="govuk-body govuk-!-font-weight-bold">{ending}</p>
                <p class="govuk-body">{outcome.why.clone()}</p>
                <Citations library=library cite=outcome.cite.clone() />
            }
        })
        .collect_view()
}

pub fn answers(library: &'static Library, key: ScenarioKey, scenario: &'static Scenario) -> impl IntoView {
    let total = scenario.steps.len();
    let steps = scenario
        .steps
        .iter()
        .enumerate()
        .map(|(index, step)| {
            view! {
                <section class="app-notes-step">
                    <h2 class="govuk-heading-m">{format!("Step {}", index + 1)}</h2>
                    {step_question(library, index + 1, step, total)}
                    {step_answer(library, step)}
                </section>
            }
        })
        .collect_view();
    let heading = Route::Training(TrainingPage::Answers(key.clone())).heading(library);
    view! {
        <a href=href(TrainingPage::Brief(key.clone())) class="govuk-back-link">"Back to the scenario"</a>
        <PageHeading text=heading caption="Training scenario".to_owned() />
        <div class="govuk-button-group app-no-print">
            <Button label="Print the notes" secondary=true on_click=Callback::new(|_| dom::print()) />
            <LinkButton href=href(TrainingPage::Present(key, 0)) label="Present it to a group" />
        </div>
        <h2 class="govuk-heading-m">"The case"</h2>
        {narrative(scenario)}
        {scenario.note.clone().map(|note| view! { <div class="govuk-inset-text"><strong>"For discussion: "</strong>{note}</div> })}
        {steps}
        {(!scenario.outcomes.is_empty()).then(|| view! {
            <h2 class="govuk-heading-m">"Where the guidance leads"</h2>
            {outcomes(library, scenario)}
        })}
    }
}
