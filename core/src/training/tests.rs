//! Training logic on the small demo packs in `core/test-packs`: the expected walk, rehearsal
//! problems named, feedback at decisions and on forms, the end summary and quiz scoring.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};

use super::*;
use crate::form::Answers;
use crate::library::Library;
use crate::pack::{parse_toml, Pack};

pub(super) fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 24).and_then(|day| day.and_hms_opt(9, 0, 0)).expect("a real time")
}

pub(super) fn library() -> Library {
    let pack = |file: &str, text: &str| parse_toml::<Pack>(file, text).expect("demo pack parses");
    Library {
        sources: parse_toml("sources.toml", include_str!("../../test-packs/demo-sources.toml")).expect("sources parse"),
        packs: vec![
            pack("demo-tools.toml", include_str!("../../test-packs/demo-tools.toml")),
            pack("demo-training.toml", include_str!("../../test-packs/demo-training.toml")),
        ],
    }
}

pub(super) fn scenario(library: &Library) -> Scenario {
    library.scenario("training", "case").expect("the demo scenario").clone()
}

#[test]
fn the_demo_library_is_sound_and_its_scenario_rehearses_cleanly() {
    let library = library();
    assert_eq!(library.problems(), vec![]);
    assert_eq!(rehearse(&library, &scenario(&library), now()), Vec::<String>::new());
    assert_eq!(library.scenarios().count(), 1);
    assert_eq!(library.quiz().count(), 1);
}

#[test]
fn the_expected_walk_shows_each_decision_then_ends_at_the_outcome() {
    let library = library();
    let scenario = scenario(&library);
    let chart = library.flowchart("demo", "share").expect("the demo wizard");
    let at_first = expected_walk(&library, &scenario, "demo/share", 0, now()).expect("walks");
    assert_eq!(at_first.current(chart).map(|node| node.id.as_str()), Some("q"));
    let whole = expected_walk(&library, &scenario, "demo/share", scenario.steps.len(), now()).expect("walks");
    assert_eq!(whole.outcome(chart).map(|node| node.id.as_str()), Some("stop"));
    assert_eq!(wizards(&scenario), ["demo/share"]);
}

#[test]
fn rehearsal_names_what_goes_wrong() {
    let library = library();
    let mut wrong_outcome = scenario(&library);
    wrong_outcome.outcomes[0].node = "q".into();
    assert_eq!(rehearse(&library, &wrong_outcome, now()), ["demo/share: reaches 'stop', not 'q'"]);

    let mut asked_twice = scenario(&library);
    asked_twice.steps.push(asked_twice.steps[0].clone());
    assert_eq!(
        rehearse(&library, &asked_twice, now()),
        ["demo/share: step 4 ('q'): the guidance's path is at 'stop' here"]
    );

    let mut routed_elsewhere = scenario(&library);
    routed_elsewhere.steps[2].expected_routes = vec!["urgent".into()];
    let problems = rehearse(&library, &routed_elsewhere, now());
    assert_eq!(problems, ["step 3 (demo/request): routes [\"routine\"], expected [\"urgent\"]"]);

    let mut unfinished = scenario(&library);
    unfinished.steps[2].answers.remove("urgency");
    let problems = rehearse(&library, &unfinished, now());
    assert_eq!(problems, ["step 3 (demo/request): errors: Select the urgency"]);
}

#[test]
fn fictional_answers_are_filled_for_form_steps_only() {
    let library = library();
    let scenario = scenario(&library);
    assert!(fictional_answers(&scenario, 0, now()).is_none());
    let answers = fictional_answers(&scenario, 2, now()).expect("a form step").expect("fills");
    assert_eq!(answers.text("when.day"), "23");
    assert_eq!(answers.text("people[0].name"), "Ann Example");
}

#[test]
fn feedback_matches_names_the_wrong_turn_or_says_what_the_guidance_says() {
    let library = library();
    let scenario = scenario(&library);
    let matched = feedback(&scenario.steps[0], "Yes").expect("a decision");
    assert_eq!((matched.verdict, matched.message()), (Verdict::Matched, "There is a purpose.".to_owned()));
    let wrong = feedback(&scenario.steps[0], "No").expect("a decision");
    assert_eq!(
        (wrong.verdict, wrong.message()),
        (Verdict::WrongTurn, "There is a purpose: to protect Ann.".to_owned())
    );
    let other = feedback(&scenario.steps[1], "Not applicable").expect("a checklist item");
    assert_eq!(other.verdict, Verdict::Differs);
    assert_eq!(other.message(), "The guidance says \"No\". The rule is not met.");
    assert_eq!(other.cite, scenario.steps[1].cite.as_slice());
    assert!(feedback(&scenario.steps[2], "Yes").is_none());
}

#[test]
fn a_form_attempt_lists_errors_and_routes_missed_or_taken_wrongly() {
    let library = library();
    let scenario = scenario(&library);
    let step = &scenario.steps[2];
    let urgent = Answers::default().with("urgency", "urgent");
    let attempt = attempt(&library, step, &urgent, now()).expect("a form step");
    assert_eq!((attempt.missing.clone(), attempt.unexpected.clone()), (vec!["routine".into()], vec!["urgent".into()]));
    assert_eq!(attempt.feedback, ["Nothing is urgent."]);
    assert!(!attempt.matched());
    let empty = super::attempt(&library, step, &Answers::default(), now()).expect("a form step");
    assert_eq!(empty.errors.len(), 1);
    assert!(!empty.matched());
    let filled = fictional_answers(&scenario, 2, now()).expect("a form step").expect("fills");
    assert!(super::attempt(&library, step, &filled, now()).expect("a form step").matched());
    assert!(super::attempt(&library, &scenario.steps[0], &filled, now()).is_none());
}

#[test]
fn the_summary_says_where_the_learner_matched_the_guidance_and_why() {
    let library = library();
    let scenario = scenario(&library);
    let mut run = Run::default();
    run.choose(0, "No");
    run.choose(0, "Yes");
    run.choose(1, "Yes");
    let summary = summarise(&library, &scenario, &run);
    assert_eq!(summary.describe(), "You matched the guidance at 1 of 3 steps.");
    let questions: Vec<&str> = summary.items.iter().map(|item| item.question.as_str()).collect();
    assert_eq!(questions, ["Is there a purpose?", "S", "Request"]);
    assert_eq!(summary.items[1].message, "Look again.");
    assert_eq!(summary.items[2].given, None);
    assert_eq!(summary.items[2].expected, "Routine");
    assert_eq!(summary.items[2].message, "Not answered. The guidance says \"Routine\". Nothing is urgent.");
    assert_eq!((summary.outcomes[0].wizard.as_str(), summary.outcomes[0].outcome.as_str()), ("Share?", "Stop"));

    let urgent = Answers::default().with("urgency", "urgent");
    run.fill(2, attempt(&library, &scenario.steps[2], &urgent, now()).expect("a form step"));
    let summary = summarise(&library, &scenario, &run);
    assert_eq!(summary.items[2].given.as_deref(), Some("Urgent"));
    assert_eq!(summary.items[2].message, "Nothing is urgent.");
    let filled = fictional_answers(&scenario, 2, now()).expect("a form step").expect("fills");
    run.fill(2, attempt(&library, &scenario.steps[2], &filled, now()).expect("a form step"));
    run.choose(1, "No");
    assert_eq!(summarise(&library, &scenario, &run).describe(), "You matched the guidance at 3 of 3 steps.");
}

#[test]
fn the_quiz_is_marked_by_question_and_skipped_questions_are_not_correct() {
    let library = library();
    let mut questions: Vec<QuizQuestion> = library.quiz().cloned().collect();
    questions.push(QuizQuestion { id: "fact-1".into(), answer: Truth::Fact, ..questions[0].clone() });
    questions.push(QuizQuestion { id: "fact-2".into(), answer: Truth::Fact, ..questions[0].clone() });
    let given = BTreeMap::from([("myth-1".to_owned(), Truth::Myth), ("fact-1".to_owned(), Truth::Myth)]);
    let marked = score(&questions, &given);
    assert_eq!(marked.describe(), "1 of 3 correct");
    let correct: Vec<bool> = marked.results.iter().map(QuizResult::correct).collect();
    assert_eq!(correct, [true, false, false]);
    assert_eq!(marked.results[2].given, None);
    assert_eq!(Truth::ALL.map(Truth::label), ["Myth", "Fact"]);
}

#[test]
fn roles_have_labels_and_scenarios_read_their_roles() {
    let library = library();
    assert_eq!(scenario(&library).roles, [Role::Police, Role::Charity]);
    let labels: Vec<&str> = Role::ALL.iter().map(|role| role.label()).collect();
    assert!(labels.contains(&"School designated safeguarding lead"));
    assert_eq!(labels.len(), 9);
}
