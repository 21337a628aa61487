//! The training pages' addresses, under `#/training`: the scenario library, a scenario's brief
//! and answers, the facilitator's step-through, practice and its summary, and the quiz. Like
//! every route they carry only ids from the packs and slide numbers.

use crate::library::Library;
use crate::training::{deck, Scenario};

/// A scenario by the pack that holds it and its id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ScenarioKey {
    pub pack: String,
    pub id: String,
}

impl ScenarioKey {
    pub fn new(pack: &str, id: &str) -> ScenarioKey {
        ScenarioKey { pack: pack.to_owned(), id: id.to_owned() }
    }

    pub fn scenario<'l>(&self, library: &'l Library) -> Option<&'l Scenario> {
        library.scenario(&self.pack, &self.id)
    }
}

/// One training page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrainingPage {
    /// The scenario library, the quiz and the facilitator's session plan.
    Library,
    /// A scenario's case and tasks: the learner's handout.
    Brief(ScenarioKey),
    /// Every step with the guidance's answer, reasons and wrong turns: the facilitator's notes.
    Answers(ScenarioKey),
    /// The facilitator's step-through, one slide at a time (0 is the case).
    Present(ScenarioKey, usize),
    /// The scenario being practised: the case and its tasks.
    Practice,
    /// How the learner's answers compare with the guidance.
    Summary,
    /// The myth-busting quiz.
    Quiz,
    /// The quiz one statement at a time, for a group.
    PresentQuiz(usize),
}

impl TrainingPage {
    /// Reads the segments after `training`.
    pub(super) fn parse(rest: &[&str]) -> Option<TrainingPage> {
        let slide = |text: &str| text.parse::<usize>().ok().filter(|n| n.to_string() == text);
        Some(match rest {
            [] => TrainingPage::Library,
            ["practice"] => TrainingPage::Practice,
            ["practice", "summary"] => TrainingPage::Summary,
            ["quiz"] => TrainingPage::Quiz,
            ["quiz", "present", n] => TrainingPage::PresentQuiz(slide(n)?),
            [pack, id] => TrainingPage::Brief(ScenarioKey::new(pack, id)),
            [pack, id, "answers"] => TrainingPage::Answers(ScenarioKey::new(pack, id)),
            [pack, id, "present", n] => TrainingPage::Present(ScenarioKey::new(pack, id), slide(n)?),
            _ => return None,
        })
    }

    /// The fragment after `#/training`.
    pub(super) fn suffix(&self) -> String {
        match self {
            TrainingPage::Library => String::new(),
            TrainingPage::Brief(key) => format!("/{}/{}", key.pack, key.id),
            TrainingPage::Answers(key) => format!("/{}/{}/answers", key.pack, key.id),
            TrainingPage::Present(key, slide) => format!("/{}/{}/present/{slide}", key.pack, key.id),
            TrainingPage::Practice => "/practice".to_owned(),
            TrainingPage::Summary => "/practice/summary".to_owned(),
            TrainingPage::Quiz => "/quiz".to_owned(),
            TrainingPage::PresentQuiz(slide) => format!("/quiz/present/{slide}"),
        }
    }

    /// Whether the page exists: its scenario is in the library and its slide in the deck.
    pub(super) fn exists(&self, library: &Library) -> bool {
        match self {
            TrainingPage::Brief(key) | TrainingPage::Answers(key) => key.scenario(library).is_some(),
            TrainingPage::Present(key, slide) => key.scenario(library).is_some_and(|s| *slide < deck(s).len()),
            TrainingPage::PresentQuiz(slide) => *slide < library.quiz().count(),
            _ => true,
        }
    }

    pub(super) fn heading(&self, library: &Library) -> String {
        let title = |key: &ScenarioKey| key.scenario(library).map_or_else(String::new, |s| s.title.clone());
        match self {
            TrainingPage::Library => "Training".to_owned(),
            TrainingPage::Brief(key) => title(key),
            TrainingPage::Answers(key) => format!("Facilitator's notes: {}", title(key)),
            TrainingPage::Present(key, slide) => format!("{}: slide {}", title(key), slide + 1),
            TrainingPage::Practice => "Practise a scenario".to_owned(),
            TrainingPage::Summary => "How your answers compare with the guidance".to_owned(),
            TrainingPage::Quiz => "Myth-busting quiz".to_owned(),
            TrainingPage::PresentQuiz(slide) => format!("Myth-busting quiz: statement {}", slide + 1),
        }
    }
}
