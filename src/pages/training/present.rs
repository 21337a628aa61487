//! The facilitator's step-through: one slide at a time in large type, the answer revealed on
//! demand, the guidance's path on the flowchart, full screen, and the keyboard: Right arrow or
//! Page Down for the next slide, Left arrow or Page Up for the previous one, R to reveal.

use chrono::NaiveDateTime;
use infoshare_core::diagram::flowchart;
use infoshare_core::library::Library;
use infoshare_core::route::{ScenarioKey, TrainingPage};
use infoshare_core::training::{deck, expected_walk, QuizQuestion, Scenario, Slide, Task};
use leptos::prelude::*;

use super::brief::{narrative, outcomes, step_answer, step_question};
use super::href;
use crate::components::form::Button;
use crate::components::{Citations, PageHeading};
use crate::dom;
use crate::pages::diagram_svg;

const PRESENTATION_ID: &str = "presentation";
const ANSWER_ID: &str = "answer";

pub fn scenario(
    library: &'static Library,
    key: ScenarioKey,
    scenario: &'static Scenario,
    slide: usize,
) -> impl IntoView {
    let slides = deck(scenario);
    let at = |n: usize| href(TrainingPage::Present(key.clone(), n));
    let previous = slide.checked_sub(1).map(at);
    let next = (slide + 1 < slides.len()).then(|| at(slide + 1));
    let end = href(TrainingPage::Brief(key.clone()));
    let revealed = RwSignal::new(false);
    let total = scenario.steps.len();
    let body = match slides.get(slide).copied().unwrap_or(Slide::Case) {
        Slide::Case => view! {
            <h2 class="govuk-heading-l">"The case"</h2>
            {narrative(scenario)}
        }
        .into_any(),
        Slide::Step(index) => {
            let step = &scenario.steps[index];
            view! {
                {step_question(library, index + 1, step, total)}
                {reveal(revealed, move || step_answer(library, step))}
                {decision_flowchart(library, scenario, index, revealed)}
            }
            .into_any()
        }
        Slide::Outcomes => view! {
            <h2 class="govuk-heading-l">"Where the guidance leads"</h2>
            {outcomes(library, scenario)}
            {scenario.note.clone().map(|note| view! { <div class="govuk-inset-text"><strong>"For discussion: "</strong>{note}</div> })}
        }
        .into_any(),
    };
    let caption = format!("Training scenario, slide {} of {}", slide + 1, slides.len());
    frame(scenario.title.clone(), caption, body, revealed, previous, next, end)
}

pub fn quiz(library: &'static Library, slide: usize) -> impl IntoView {
    let questions: Vec<&'static QuizQuestion> = library.quiz().collect();
    let count = questions.len();
    let previous = slide.checked_sub(1).map(|n| href(TrainingPage::PresentQuiz(n)));
    let next = (slide + 1 < count).then(|| href(TrainingPage::PresentQuiz(slide + 1)));
    let revealed = RwSignal::new(false);
    let body = questions.get(slide).copied().map(|question| {
        view! {
            <p class="govuk-body-l govuk-!-font-weight-bold app-question">{question.statement.clone()}</p>
            <p class="govuk-body">"Myth or fact?"</p>
            {reveal(revealed, move || view! {
                <p class="govuk-body govuk-!-font-weight-bold app-answer">{question.answer.label()}</p>
                <p class="govuk-body">{question.explanation.clone()}</p>
                <Citations library=library cite=question.cite.clone() />
            })}
        }
    });
    let caption = format!("Statement {} of {count}", slide + 1);
    frame(
        "Myth-busting quiz".to_owned(),
        caption,
        body.into_any(),
        revealed,
        previous,
        next,
        href(TrainingPage::Library),
    )
}

/// The answer behind a button; R toggles it too.
fn reveal<V: IntoView + 'static>(
    revealed: RwSignal<bool>,
    answer: impl Fn() -> V + Send + Sync + 'static,
) -> impl IntoView {
    let label = move || if revealed.get() { "Hide the answer" } else { "Reveal the answer" };
    view! {
        <button
            type="button"
            class="govuk-button govuk-button--secondary app-no-print"
            aria-expanded=move || revealed.get().to_string()
            aria-controls=ANSWER_ID
            on:click=move |_| revealed.update(|shown| *shown = !*shown)
        >
            {label}
        </button>
        <div id=ANSWER_ID class="app-reveal">
            <Show when=move || revealed.get()>{answer()}</Show>
        </div>
    }
}

/// For a decision: the flowchart with the guidance's path up to this question, and through
/// it once the answer is revealed.
fn decision_flowchart(
    library: &'static Library,
    scenario: &'static Scenario,
    index: usize,
    revealed: RwSignal<bool>,
) -> Option<impl IntoView> {
    let Some(Task::Decision { wizard, .. }) = scenario.steps[index].task() else { return None };
    let chart = wizard.split_once('/').and_then(|(pack, id)| library.flowchart(pack, id))?;
    let shown = RwSignal::new(false);
    let now: NaiveDateTime = dom::local_now();
    let diagram = move || {
        let before = if revealed.get() { index + 1 } else { index };
        expected_walk(library, scenario, wizard, before, now).ok().map(|walk| {
            diagram_svg(
                &flowchart(chart, &walk),
                format!("Flowchart: {}, the guidance's path so far", chart.title),
                "diagram-title".to_owned(),
                None,
            )
        })
    };
    Some(view! {
        <div class="govuk-button-group app-no-print">
            <button type="button" class="govuk-button govuk-button--secondary" aria-expanded=move || shown.get().to_string() on:click=move |_| shown.update(|s| *s = !*s)>
                {move || if shown.get() { "Hide the flowchart" } else { "Show the path on the flowchart" }}
            </button>
        </div>
        <Show when=move || shown.get()>
            <figure class="app-diagram">{diagram}</figure>
        </Show>
    })
}

/// The slide with its heading, the full-screen button and the way between slides.
fn frame(
    title: String,
    caption: String,
    body: AnyView,
    revealed: RwSignal<bool>,
    previous: Option<String>,
    next: Option<String>,
    end: String,
) -> impl IntoView {
    keyboard(previous.clone(), next.clone(), revealed);
    let previous_link =
        previous.map(|href| view! { <a class="govuk-button govuk-button--secondary" href=href>"Previous"</a> });
    let next_link = match next {
        Some(href) => view! { <a class="govuk-button" href=href>"Next"</a> }.into_any(),
        None => view! { <a class="govuk-button" href=end.clone()>"End"</a> }.into_any(),
    };
    view! {
        <div class="app-present" id=PRESENTATION_ID>
            <PageHeading text=title caption=caption />
            <div class="app-present__body">{body}</div>
            <nav class="govuk-button-group app-present__nav app-no-print" aria-label="Slides">
                {previous_link}
                {next_link}
            </nav>
        </div>
        <div class="govuk-button-group app-no-print">
            <Button label="Full screen" secondary=true on_click=Callback::new(|_| dom::full_screen_page()) />
            <a class="govuk-link" href=end>"Leave the presentation"</a>
        </div>
        <p class="govuk-body-s app-no-print">"Keys: Right arrow or Page Down for the next slide, Left arrow or Page Up for the previous one, R to reveal or hide the answer."</p>
    }
}

/// The presentation keys, while this slide is shown; keys typed into a control are left alone.
fn keyboard(previous: Option<String>, next: Option<String>, revealed: RwSignal<bool>) {
    let listener = window_event_listener(leptos::ev::keydown, move |event| {
        if event.ctrl_key() || event.alt_key() || event.meta_key() || dom::typing_in_a_control(&event) {
            return;
        }
        let target = match event.key().as_str() {
            "ArrowRight" | "PageDown" => next.clone(),
            "ArrowLeft" | "PageUp" => previous.clone(),
            "r" | "R" => {
                revealed.update(|shown| *shown = !*shown);
                event.prevent_default();
                return;
            }
            _ => return,
        };
        if let Some(target) = target {
            event.prevent_default();
            dom::navigate(&target);
        }
    });
    on_cleanup(move || listener.remove());
}
