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
//!
//! The shipped scenarios are in `packs/training.toml`; the schema is in `docs/packs.md`.

mod feedback;
mod fictional;
mod model;
mod quiz;
mod rehearse;
mod summary;

pub use feedback::{attempt, feedback, Feedback, FormAttempt, Verdict};
pub use fictional::is_date;
pub use model::{Fictional, Outcome, QuizQuestion, Role, Scenario, Step, Task, Truth, WrongTurn};
pub use quiz::{score, QuizResult, QuizScore};
pub use rehearse::{expected_walk, fictional_answers, rehearse, split_ref, wizards};
pub use summary::{summarise, Response, Run, Summary, SummaryItem, SummaryOutcome};

#[cfg(test)]
mod tests;
