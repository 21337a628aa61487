//! Answering a checklist: Yes / No / Not applicable with an optional note per item, progress,
//! and the summary of items that still need something done.

use std::collections::BTreeMap;

use crate::pack::{Checklist, ChecklistItem};
use crate::text::group_thousands;

/// The most characters a note may hold; more gets a message, and nothing typed is lost.
pub const NOTE_LIMIT: usize = 2_000;

/// An answer to one checklist item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Answer {
    Yes,
    No,
    NotApplicable,
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::No, Answer::NotApplicable];

    /// The label shown on the radio button.
    pub fn label(self) -> &'static str {
        match self {
            Answer::Yes => "Yes",
            Answer::No => "No",
            Answer::NotApplicable => "Not applicable",
        }
    }

    /// A stable value for form controls and exports.
    pub fn value(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::NotApplicable => "not-applicable",
        }
    }
}

/// Why an item appears in the summary of things to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outstanding {
    AnsweredNo,
    Unanswered,
}

/// How far through a checklist the user is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
}

impl Progress {
    pub fn is_complete(self) -> bool {
        self.answered == self.total
    }

    /// "3 of 7 answered", for the progress line.
    pub fn describe(self) -> String {
        format!("{} of {} answered", self.answered, self.total)
    }
}

/// The answers and notes given so far, keyed by item id. Held in memory only, or sealed in
/// a draft file.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ChecklistAnswers {
    answers: BTreeMap<String, Answer>,
    notes: BTreeMap<String, String>,
}

impl ChecklistAnswers {
    pub fn set_answer(&mut self, item: &str, answer: Answer) {
        self.answers.insert(item.to_owned(), answer);
    }

    pub fn answer(&self, item: &str) -> Option<Answer> {
        self.answers.get(item).copied()
    }

    /// Stores the note exactly as typed, even when over the limit, so nothing is lost.
    pub fn set_note(&mut self, item: &str, note: &str) {
        if note.is_empty() {
            self.notes.remove(item);
        } else {
            self.notes.insert(item.to_owned(), note.to_owned());
        }
    }

    pub fn note(&self, item: &str) -> &str {
        self.notes.get(item).map_or("", String::as_str)
    }

    pub fn progress(&self, checklist: &Checklist) -> Progress {
        let answered = checklist.items.iter().filter(|item| self.answers.contains_key(&item.id)).count();
        Progress { answered, total: checklist.items.len() }
    }

    /// Items answered No or not yet answered, in checklist order, with the reason.
    pub fn outstanding<'c>(&self, checklist: &'c Checklist) -> Vec<(&'c ChecklistItem, Outstanding)> {
        checklist
            .items
            .iter()
            .filter_map(|item| match self.answer(&item.id) {
                Some(Answer::No) => Some((item, Outstanding::AnsweredNo)),
                None => Some((item, Outstanding::Unanswered)),
                Some(_) => None,
            })
            .collect()
    }
}

/// The message for a note that is too long, or `None` when it fits.
pub fn note_error(note: &str) -> Option<String> {
    let length = note.chars().count();
    (length > NOTE_LIMIT).then(|| {
        format!(
            "Note must be {} characters or fewer (you have {})",
            group_thousands(NOTE_LIMIT),
            group_thousands(length)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::Library;
    use proptest::prelude::*;

    fn golden_rules() -> Checklist {
        let library = Library::shipped().expect("packs parse");
        library.checklist("national", "golden-rules-2024").expect("golden rules").clone()
    }

    #[test]
    fn progress_counts_answered_items() {
        let rules = golden_rules();
        let mut answers = ChecklistAnswers::default();
        assert_eq!(answers.progress(&rules).describe(), "0 of 7 answered");
        answers.set_answer(&rules.items[0].id, Answer::Yes);
        answers.set_answer(&rules.items[1].id, Answer::NotApplicable);
        answers.set_answer(&rules.items[1].id, Answer::No);
        assert_eq!(answers.progress(&rules), Progress { answered: 2, total: 7 });
        assert!(!answers.progress(&rules).is_complete());
    }

    #[test]
    fn outstanding_lists_no_and_unanswered_in_order() {
        let rules = golden_rules();
        let mut answers = ChecklistAnswers::default();
        for item in &rules.items {
            answers.set_answer(&item.id, Answer::Yes);
        }
        assert!(answers.outstanding(&rules).is_empty());
        answers.set_answer(&rules.items[4].id, Answer::No);
        answers.answers.remove(&rules.items[2].id);
        let outstanding: Vec<_> =
            answers.outstanding(&rules).into_iter().map(|(item, why)| (item.id.clone(), why)).collect();
        assert_eq!(
            outstanding,
            vec![
                (rules.items[2].id.clone(), Outstanding::Unanswered),
                (rules.items[4].id.clone(), Outstanding::AnsweredNo)
            ]
        );
    }

    #[test]
    fn notes_keep_exactly_what_was_typed() {
        let mut answers = ChecklistAnswers::default();
        let note = "O'Neill-Łukasz Nguyễn\r\nsaid \"no\"\t";
        answers.set_note("rule-1", note);
        assert_eq!(answers.note("rule-1"), note);
        answers.set_note("rule-1", "");
        assert_eq!(answers.note("rule-1"), "");
    }

    #[test]
    fn long_notes_get_a_message_with_counts() {
        assert_eq!(note_error(&"a".repeat(NOTE_LIMIT)), None);
        assert_eq!(
            note_error(&"ł".repeat(10_000)).as_deref(),
            Some("Note must be 2,000 characters or fewer (you have 10,000)")
        );
    }

    proptest! {
        #[test]
        fn any_note_is_kept_and_only_long_ones_are_refused(note in "\\PC{0,2100}") {
            let mut answers = ChecklistAnswers::default();
            answers.set_note("x", &note);
            prop_assert_eq!(answers.note("x"), note.as_str());
            prop_assert_eq!(note_error(&note).is_some(), note.chars().count() > NOTE_LIMIT);
        }
    }
}
