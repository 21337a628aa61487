//! The myth-busting quiz: each statement judged a myth or a fact, then every answer explained
//! with its source. Answers live in this page's memory only.

use std::collections::BTreeMap;

use infoshare_core::library::Library;
use infoshare_core::route::{Route, TrainingPage};
use infoshare_core::training::{score, QuizQuestion, QuizResult, Truth};
use leptos::prelude::*;

use super::href;
use crate::components::form::{Button, RadioOption, Radios};
use crate::components::{Citations, PageHeading};
use crate::dom;
use crate::router::HEADING_ID;

const RESULTS_ID: &str = "quiz-results";

fn truth_value(truth: Truth) -> &'static str {
    match truth {
        Truth::Myth => "myth",
        Truth::Fact => "fact",
    }
}

fn question_view(
    number: usize,
    question: &'static QuizQuestion,
    given: RwSignal<BTreeMap<String, Truth>>,
) -> impl IntoView {
    let options = Truth::ALL
        .into_iter()
        .map(|truth| RadioOption { value: truth_value(truth).to_owned(), label: truth.label().to_owned(), hint: None })
        .collect();
    let id = question.id.clone();
    let selected = Signal::derive(move || given.with(|all| all.get(&id).map(|truth| truth_value(*truth).to_owned())));
    let id = question.id.clone();
    let choose = Callback::new(move |value: String| {
        let truth = Truth::ALL.into_iter().find(|truth| truth_value(*truth) == value);
        given.update(|all| {
            if let Some(truth) = truth {
                all.insert(id.clone(), truth);
            }
        });
    });
    let legend = view! {
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{format!("{number}. {}", question.statement)}</legend>
    }
    .into_any();
    view! {
        <Radios
            name=format!("quiz-{}", question.id)
            legend=legend
            hint=None
            options=options
            selected=selected
            on_select=choose
            error=Signal::derive(|| None)
            inline=true
        />
    }
}

fn result_view(library: &'static Library, number: usize, result: QuizResult<'static>) -> impl IntoView {
    let (tag, label) = match (result.given, result.correct()) {
        (_, true) => ("govuk-tag govuk-tag--green", "Correct"),
        (Some(_), false) => ("govuk-tag govuk-tag--orange", "Not quite"),
        (None, false) => ("govuk-tag govuk-tag--grey", "Not answered"),
    };
    let question = result.question;
    view! {
        <li class="app-quiz-result">
            <p class="govuk-body govuk-!-font-weight-bold">{format!("{number}. {}", question.statement)}</p>
            <p class="govuk-body"><strong class=tag>{label}</strong>" "{format!("It is a {}.", question.answer.label().to_lowercase())}</p>
            <p class="govuk-body">{question.explanation.clone()}</p>
            <Citations library=library cite=question.cite.clone() />
        </li>
    }
}

pub fn quiz(library: &'static Library) -> impl IntoView {
    let questions: Vec<&'static QuizQuestion> = library.quiz().collect();
    let given = RwSignal::new(BTreeMap::<String, Truth>::new());
    let marked = RwSignal::new(false);
    let form = {
        let questions = questions.clone();
        move || {
            questions
                .iter()
                .enumerate()
                .map(|(index, question)| question_view(index + 1, question, given))
                .collect_view()
        }
    };
    let results = {
        let questions = questions.clone();
        move || {
            let scored = given.with(|given| score(questions.iter().copied(), given));
            let describe = scored.describe();
            let items = scored
                .results
                .into_iter()
                .enumerate()
                .map(|(n, result)| result_view(library, n + 1, result))
                .collect_view();
            view! {
                <div class="govuk-panel govuk-panel--confirmation app-score">
                    <h2 class="govuk-panel__title">"Your result"</h2>
                    <p class="govuk-panel__body">{describe}</p>
                </div>
                <ol class="govuk-list">{items}</ol>
            }
        }
    };
    let check = move |_| {
        marked.set(true);
        dom::focus_after_render(RESULTS_ID);
    };
    let again = move |_| {
        given.set(BTreeMap::new());
        marked.set(false);
        dom::focus_after_render(HEADING_ID);
    };
    view! {
        <a href=href(TrainingPage::Library) class="govuk-back-link">"Training"</a>
        <PageHeading text=Route::Training(TrainingPage::Quiz).heading(library) caption="Training".to_owned() />
        <p class="govuk-body">"For each statement, choose whether it is a myth or a fact. Then check your answers to see why, with the source."</p>
        <Show
            when=move || marked.get()
            fallback=move || view! {
                {form()}
                <Button label="Check my answers" on_click=Callback::new(check) />
            }
        >
            <div id=RESULTS_ID tabindex="-1">{results.clone()}</div>
            <div class="govuk-button-group">
                <Button label="Try again" secondary=true on_click=Callback::new(again) />
                <Button label="Print the answers" secondary=true on_click=Callback::new(|_| dom::print()) />
            </div>
        </Show>
    }
}
