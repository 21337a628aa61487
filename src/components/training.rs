//! What makes training unmistakable: the "TRAINING: FICTIONAL DATA" banner on every page in
//! training mode (it prints too), and the practice panel on the pages of the tools a scenario
//! uses: the case, feedback on the answer just given, and the fictional details on request.

use infoshare_core::library::Library;
use infoshare_core::pack::Citation;
use infoshare_core::record::ToolKind;
use infoshare_core::rendering::TRAINING;
use infoshare_core::route::{Route, ToolKey, ToolPage, TrainingPage};
use infoshare_core::training::{
    attempt, brief, feedback, feedback_before, fictional_answers, outcome_matches, Feedback, Scenario, Task, Work,
};
use leptos::prelude::*;

use crate::components::form::Button;
use crate::components::Citations;
use crate::dom;
use crate::state::session;

/// The banner, on every page while the visit is in training mode and on the training pages.
#[component]
pub fn TrainingBanner(route: Signal<Route>) -> impl IntoView {
    let session = session();
    let shown = move || session.training.get() || route.with(|r| matches!(r, Route::Training(_)));
    let leave = move |_| {
        session.clear();
        dom::navigate(&Route::Training(TrainingPage::Library).href());
    };
    view! {
        <Show when=shown>
            <section class="app-training-banner" aria-label="Training">
                <div class="govuk-width-container app-training-banner__inner">
                    <p class="app-training-banner__text">
                        <strong class="app-training-banner__title">{TRAINING}</strong>
                        " Use made-up details only: nothing here is a real case."
                    </p>
                    <Show when=move || session.training.get()>
                        <button type="button" class="govuk-button govuk-button--secondary app-training-banner__leave" on:click=leave>
                            "Leave training and clear everything"
                        </button>
                    </Show>
                </div>
            </section>
        </Show>
    }
}

/// The practice panel, on the pages of the tools the scenario being practised uses.
#[component]
pub fn PracticePanel(library: &'static Library, route: Signal<Route>) -> impl IntoView {
    let session = session();
    move || {
        let key = session.practice.get()?;
        let scenario = library.scenario(&key.pack, &key.id)?;
        let Route::Tool { key: tool, page } = route.get() else { return None };
        let reference = format!("{}/{}", tool.pack, tool.id);
        let (step, _) = steps_on(scenario, &reference).next()?;
        let body = match tool.kind {
            ToolKind::Wizard => wizard_feedback(library, scenario, &reference, &page).into_any(),
            ToolKind::Checklist => checklist_feedback(library, scenario, &reference).into_any(),
            ToolKind::Form => view! {
                {(page == ToolPage::Check).then(|| form_attempt(library, scenario, step, &tool))}
                {fill_in(scenario, step, tool, page)}
            }
            .into_any(),
        };
        Some(view! {
            <aside class="app-practice app-no-print" aria-labelledby="practice-heading">
                <h2 class="govuk-heading-s app-practice__heading" id="practice-heading">
                    {format!("Practising: {}", scenario.title)}
                </h2>
                <details class="govuk-details">
                    <summary class="govuk-details__summary">
                        <span class="govuk-details__summary-text">"Read the case again"</span>
                    </summary>
                    <div class="govuk-details__text">
                        {scenario.narrative.iter().map(|p| view! { <p class="govuk-body">{p.clone()}</p> }).collect_view()}
                    </div>
                </details>
                {body}
                <p class="govuk-body govuk-!-margin-bottom-0">
                    <a class="govuk-link" href=Route::Training(TrainingPage::Practice).href()>"Back to the scenario's tasks"</a>
                </p>
            </aside>
        })
    }
}

/// The scenario's steps on a tool, with their indices.
fn steps_on<'s>(scenario: &'s Scenario, reference: &'s str) -> impl Iterator<Item = (usize, Task<'s>)> + 's {
    scenario.steps.iter().enumerate().filter_map(move |(index, step)| {
        let task = step.task()?;
        let on = match task {
            Task::Decision { wizard, .. } => wizard,
            Task::Checklist { checklist, .. } => checklist,
            Task::Form { form, .. } => form,
        };
        (on == reference).then_some((index, task))
    })
}

/// Feedback on the question answered just before this step, and at an outcome whether the
/// guidance ends here too.
fn wizard_feedback(
    library: &'static Library,
    scenario: &'static Scenario,
    reference: &str,
    page: &ToolPage,
) -> impl IntoView {
    let ToolPage::Step(shown) = page else { return None };
    let session = session();
    let last = feedback_before(library, scenario, reference, &session, shown)
        .map(|feedback| feedback_banner(library, &feedback));
    let ending = outcome_matches(library, scenario, reference, &session).map(|matched| {
        let outcome = scenario.outcomes.iter().find(|outcome| outcome.wizard == reference);
        let expected = outcome.and_then(|o| {
            let (pack, id) = o.wizard.split_once('/')?;
            library.flowchart(pack, id)?.node(&o.node).map(|node| node.text.clone())
        });
        let (heading, tag) = if matched {
            ("The guidance ends here too.".to_owned(), "govuk-tag govuk-tag--green")
        } else {
            (format!("The guidance ends somewhere else: {}", expected.unwrap_or_default()), "govuk-tag govuk-tag--orange")
        };
        view! {
            <div class="app-practice__outcome">
                <strong class=tag>{if matched { "Matched" } else { "Different" }}</strong>
                <p class="govuk-body govuk-!-font-weight-bold">{heading}</p>
                {outcome.map(|o| view! { <p class="govuk-body">{o.why.clone()}</p><Citations library=library cite=o.cite.clone() /> })}
            </div>
        }
    });
    Some(view! { {last} {ending} })
}

/// The feedback on one answer, as a notification banner.
fn feedback_banner(library: &'static Library, feedback: &Feedback<'_>) -> impl IntoView {
    let heading = if feedback.matched() {
        "Your answer matches the guidance".to_owned()
    } else {
        format!("The guidance says \u{201c}{}\u{201d}", feedback.expected)
    };
    let cite = feedback.cite.to_vec();
    notification(library, "Feedback on your last answer", feedback.matched(), heading, feedback.message(), cite)
}

/// A GOV.UK notification banner (green when the learner matched the guidance) with the
/// message and its sources.
fn notification(
    library: &'static Library,
    title: &'static str,
    matched: bool,
    heading: String,
    message: String,
    cite: Vec<Citation>,
) -> impl IntoView {
    let class = if matched {
        "govuk-notification-banner govuk-notification-banner--success"
    } else {
        "govuk-notification-banner"
    };
    view! {
        <div class=class role="region" aria-labelledby="feedback-title">
            <div class="govuk-notification-banner__header">
                <h3 class="govuk-notification-banner__title" id="feedback-title">{title}</h3>
            </div>
            <div class="govuk-notification-banner__content">
                <p class="govuk-notification-banner__heading">{heading}</p>
                <p class="govuk-body">{message}</p>
                <Citations library=library cite=cite />
            </div>
        </div>
    }
}

/// Feedback on each of the scenario's items on this checklist, as the learner answers them.
fn checklist_feedback(library: &'static Library, scenario: &'static Scenario, reference: &str) -> impl IntoView {
    let session = session();
    let reference = reference.to_owned();
    move || {
        let answers = session.checklist(&reference);
        let items = steps_on(scenario, &reference)
            .filter_map(|(index, task)| {
                let Task::Checklist { item, .. } = task else { return None };
                let chosen = answers.answer(item)?;
                let step = &scenario.steps[index];
                let feedback = feedback(step, chosen.label())?;
                let statement = brief(library, step)?.question;
                Some(view! {
                    <li>
                        <strong class=if feedback.matched() { "govuk-tag govuk-tag--green" } else { "govuk-tag govuk-tag--orange" }>
                            {if feedback.matched() { "Matched" } else { "Different" }}
                        </strong>
                        " "<span class="govuk-!-font-weight-bold">{statement}</span>
                        <p class="govuk-body">{format!("You answered \u{201c}{}\u{201d}. {}", chosen.label(), feedback.message())}</p>
                    </li>
                })
            })
            .collect_view();
        view! {
            <h3 class="govuk-heading-s">"Feedback on your answers"</h3>
            <p class="govuk-body">"Feedback on the items this scenario asks about appears here as you answer them."</p>
            <ul class="govuk-list app-practice__feedback">{items}</ul>
        }
    }
}

/// On the form's check page: whether the answers so far send the form where the guidance does.
fn form_attempt(
    library: &'static Library,
    scenario: &'static Scenario,
    step: usize,
    tool: &ToolKey,
) -> Option<impl IntoView> {
    let answers = session().forms.read(tool, Clone::clone);
    let checked = attempt(library, &scenario.steps[step], &answers, dom::local_now())?;
    let brief = brief(library, &scenario.steps[step])?;
    let why = || scenario.steps[step].why.clone();
    let (heading, message) = if checked.matched() {
        ("Your form goes where the guidance sends it".to_owned(), why())
    } else if !checked.errors.is_empty() {
        let count = checked.errors.len();
        let errors = if count == 1 { "1 answer needs".to_owned() } else { format!("{count} answers need") };
        (format!("{errors} correcting first"), "Correct the answers shown below, then check again.".to_owned())
    } else {
        let message = if checked.feedback.is_empty() { why() } else { checked.feedback.join(" ") };
        (format!("The guidance sends it to: {}", brief.expected), message)
    };
    let cite = scenario.steps[step].cite.clone();
    Some(notification(library, "Feedback on your form", checked.matched(), heading, message, cite))
}

/// Fills the form with the scenario's fictional details on request.
fn fill_in(scenario: &'static Scenario, step: usize, tool: ToolKey, page: ToolPage) -> impl IntoView {
    let fill = move |_| {
        let Some(Ok(answers)) = fictional_answers(scenario, step, dom::local_now()) else { return };
        session().forms.update(&tool, |held| *held = answers);
        let next = if page == ToolPage::Check { ToolPage::Start } else { ToolPage::Check };
        dom::navigate(&Route::Tool { key: tool.clone(), page: next }.href());
    };
    view! {
        <p class="govuk-body">"Fill in the form from the case yourself, or fill in the case's fictional details and check them. Filling in replaces what the form holds."</p>
        <Button label="Fill in the fictional details" secondary=true on_click=Callback::new(fill) />
    }
}
