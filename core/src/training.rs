//! Training mode: fictional scenarios worked through the real wizards, checklists and forms,
//! and a myth-busting quiz. Trainers run multi-agency sessions with InfoShare itself; nothing
//! here touches case data.
//!
//! - [`Scenario`]: a case narrative, the steps it exercises with the guidance's answer, the
//!   reasons and citations, and common wrong turns (pack format version 2).
//! - [`rehearse`]: gives a scenario's expected answers to the real tools; [`expected_walk`]
//!   is the guidance's path through a wizard up to any step.
//! - [`fictional_answers`]: a form exercise's fictional answers, dates counted from the day.
//! - [`feedback`] and [`attempt`]: what to tell the learner about an answer or a filled form.
//! - [`Run`] and [`summarise`]: the learner's answers and the summary at the end.
//! - [`score`]: marking the quiz.
//! - [`deck`] and [`brief`]: a scenario's slides for the facilitator, and each step in words.
//! - [`run_from`], [`tool_tasks`] and [`feedback_before`]: a learner's progress read from their
//!   work in the real tools.
//! - [`plan_session`]: a ready-made session for an audience and a length of time.
//!
//! The shipped scenarios are in `packs/training.toml`; the schema is in `docs/packs.md`.

mod deck;
mod feedback;
mod fictional;
mod model;
mod plan;
mod progress;
mod quiz;
mod rehearse;
mod summary;

pub use deck::{brief, deck, Slide, StepBrief};
pub use feedback::{attempt, feedback, Feedback, FormAttempt, Verdict};
pub use fictional::is_date;
pub use model::{Fictional, Outcome, QuizQuestion, Role, Scenario, Step, Task, Truth, WrongTurn};
pub use plan::{plan_session, PlanItem, CLOSE_MINUTES, QUIZ_STATEMENTS, WELCOME_MINUTES};
pub use progress::{feedback_before, outcome_matches, run_from, tool_tasks, Status, TaskKind, ToolTask, Work};
pub use quiz::{score, QuizResult, QuizScore};
pub use rehearse::{expected_walk, fictional_answers, rehearse, split_ref, wizards};
pub use summary::{summarise, Response, Run, Summary, SummaryItem, SummaryOutcome};

#[cfg(test)]
mod tests;
