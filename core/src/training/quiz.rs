//! Scoring the myth-busting quiz: each statement judged a myth or a fact, with the
//! explanation and sources shown whatever the answer.

use std::collections::BTreeMap;

use super::model::{QuizQuestion, Truth};

/// One question with the learner's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizResult<'q> {
    pub question: &'q QuizQuestion,
    /// `None` if the learner skipped it.
    pub given: Option<Truth>,
}

impl QuizResult<'_> {
    pub fn correct(&self) -> bool {
        self.given == Some(self.question.answer)
    }
}

/// The quiz marked, in question order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizScore<'q> {
    pub results: Vec<QuizResult<'q>>,
}

impl QuizScore<'_> {
    pub fn correct(&self) -> usize {
        self.results.iter().filter(|result| result.correct()).count()
    }

    pub fn total(&self) -> usize {
        self.results.len()
    }

    /// "6 of 8 correct".
    pub fn describe(&self) -> String {
        format!("{} of {} correct", self.correct(), self.total())
    }
}

/// Marks the answers given, by question id; questions with no answer count as not correct.
pub fn score<'q>(
    questions: impl IntoIterator<Item = &'q QuizQuestion>,
    given: &BTreeMap<String, Truth>,
) -> QuizScore<'q> {
    let results =
        questions.into_iter().map(|question| QuizResult { question, given: given.get(&question.id).copied() });
    QuizScore { results: results.collect() }
}
