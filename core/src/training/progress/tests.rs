//! Progress read from work in the demo tools: the run, task statuses, feedback on the last
//! answer, the outcome check, the slides and each step in words, and the session plan.

use std::collections::BTreeMap;

use crate::checklist::{Answer, ChecklistAnswers};
use crate::flow::Walk;
use crate::form::Answers;
use crate::training::tests::{library, now, scenario};
use crate::training::*;

/// Work held in maps, as the app's session holds it.
#[derive(Default)]
struct Held {
    walks: BTreeMap<String, Walk>,
    checklists: BTreeMap<String, ChecklistAnswers>,
    forms: BTreeMap<String, Answers>,
}

impl Work for Held {
    fn walk(&self, wizard: &str) -> Walk {
        self.walks.get(wizard).cloned().unwrap_or_default()
    }
    fn checklist(&self, checklist: &str) -> ChecklistAnswers {
        self.checklists.get(checklist).cloned().unwrap_or_default()
    }
    fn form(&self, form: &str) -> Answers {
        self.forms.get(form).cloned().unwrap_or_default()
    }
}

fn answered(choice: usize) -> Walk {
    let library = library();
    let chart = library.flowchart("demo", "share").expect("demo wizard");
    let mut walk = Walk::default();
    walk.answer(chart, "q", choice, now()).expect("q is the first question");
    walk
}

fn statuses(held: &Held) -> Vec<Status> {
    let library = library();
    tool_tasks(&library, &scenario(&library), held, now()).iter().map(|task| task.status).collect()
}

#[test]
fn nothing_done_is_an_empty_run_with_every_task_not_started() {
    let library = library();
    let scenario = scenario(&library);
    let held = Held::default();
    let summary = summarise(&library, &scenario, &run_from(&library, &scenario, &held, now()));
    assert_eq!(summary.matched(), 0);
    assert!(summary.items.iter().all(|item| item.given.is_none()));
    let tasks = tool_tasks(&library, &scenario, &held, now());
    let kinds: Vec<(&str, TaskKind, Vec<usize>)> =
        tasks.iter().map(|t| (t.reference.as_str(), t.kind, t.steps.clone())).collect();
    assert_eq!(
        kinds,
        [
            ("demo/share", TaskKind::Wizard, vec![0]),
            ("demo/rules", TaskKind::Checklist, vec![1]),
            ("demo/request", TaskKind::Form, vec![2])
        ]
    );
    assert_eq!(statuses(&held), [Status::NotStarted; 3]);
}

#[test]
fn work_in_the_tools_becomes_the_run_and_the_task_statuses() {
    let library = library();
    let scenario = scenario(&library);
    let mut held = Held::default();
    held.walks.insert("demo/share".into(), answered(1));
    held.checklists.entry("demo/rules".into()).or_default().set_answer("rule-1", Answer::No);
    held.forms.insert("demo/request".into(), Answers::default().with("urgency", "urgent"));
    let summary = summarise(&library, &scenario, &run_from(&library, &scenario, &held, now()));
    let given: Vec<Option<&str>> = summary.items.iter().map(|item| item.given.as_deref()).collect();
    assert_eq!(given, [Some("No"), Some("No"), Some("Urgent")]);
    assert_eq!(summary.matched(), 1);
    assert_eq!(statuses(&held), [Status::Done; 3]);
    held.forms.insert("demo/request".into(), Answers::default().with("tags", "a"));
    assert_eq!(statuses(&held)[2], Status::InProgress, "a form with errors left");

    let filled = fictional_answers(&scenario, 2, now()).expect("a form step").expect("fills");
    held.forms.insert("demo/request".into(), filled);
    held.walks.insert("demo/share".into(), answered(0));
    let summary = summarise(&library, &scenario, &run_from(&library, &scenario, &held, now()));
    assert_eq!(summary.describe(), "You matched the guidance at 3 of 3 steps.");
    assert_eq!(statuses(&held), [Status::InProgress, Status::Done, Status::Done]);
}

#[test]
fn a_wizard_page_gets_feedback_on_the_question_answered_just_before_it() {
    let library = library();
    let scenario = scenario(&library);
    let mut held = Held::default();
    assert_eq!(feedback_before(&library, &scenario, "demo/share", &held, "q"), None);
    held.walks.insert("demo/share".into(), answered(1));
    let wrong = feedback_before(&library, &scenario, "demo/share", &held, "stop").expect("feedback on q");
    assert_eq!((wrong.verdict, wrong.message()), (Verdict::WrongTurn, "There is a purpose: to protect Ann.".into()));
    assert_eq!(
        feedback_before(&library, &scenario, "demo/share", &held, "q"),
        None,
        "nothing before the first question"
    );
    assert_eq!(outcome_matches(&library, &scenario, "demo/share", &held), Some(true));
    held.walks.insert("demo/share".into(), answered(0));
    let right = feedback_before(&library, &scenario, "demo/share", &held, "info").expect("feedback on q");
    assert!(right.matched());
    assert_eq!(outcome_matches(&library, &scenario, "demo/share", &held), None, "not at an outcome yet");
}

#[test]
fn the_deck_is_the_case_each_step_then_the_outcomes_and_each_step_reads_in_words() {
    let library = library();
    let scenario = scenario(&library);
    assert_eq!(deck(&scenario), [Slide::Case, Slide::Step(0), Slide::Step(1), Slide::Step(2), Slide::Outcomes]);
    let briefs: Vec<StepBrief> = scenario.steps.iter().map(|step| brief(&library, step).expect("resolves")).collect();
    assert_eq!(briefs[0].choices, ["Yes", "No"]);
    assert_eq!((briefs[0].kind, briefs[0].question.as_str()), ("Decision", "Is there a purpose?"));
    assert_eq!((briefs[1].kind, briefs[1].choices.len(), briefs[1].expected.as_str()), ("Checklist item", 3, "No"));
    assert_eq!((briefs[2].kind, briefs[2].tool.as_str(), briefs[2].expected.as_str()), ("Form", "Request", "Routine"));
    let mut no_outcomes = scenario.clone();
    no_outcomes.outcomes.clear();
    assert_eq!(deck(&no_outcomes).last(), Some(&Slide::Step(2)));
}

#[test]
fn a_session_plan_fits_its_time_and_puts_the_audience_first() {
    let library = library();
    let plan = plan_session(&library, Some(Role::Charity), 30);
    let total: u32 = plan.iter().map(PlanItem::minutes).sum();
    assert!(total <= 30, "{total} minutes");
    assert_eq!(plan.first(), Some(&PlanItem::Welcome { minutes: WELCOME_MINUTES }));
    assert_eq!(plan.last(), Some(&PlanItem::Close { minutes: CLOSE_MINUTES }));
    assert!(matches!(plan[1], PlanItem::Quiz { statements: 1, minutes: 1 }));
    assert!(matches!(plan[2], PlanItem::Scenario { scenario, .. } if scenario.id == "case"));
    let short = plan_session(&library, None, 12);
    assert!(!short.iter().any(|item| matches!(item, PlanItem::Scenario { .. })), "a 10-minute case does not fit");
}
