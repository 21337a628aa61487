//! The shipped training library: every scenario's expected path given to the real wizards,
//! checklists and forms on several days (a weekday, a weekend, across the clock change), and
//! the spread a multi-agency session needs: every source agreement, every role the issue
//! names, and a myth-busting quiz drawn from both myth-busting sections.

use std::collections::BTreeSet;

use chrono::{NaiveDate, NaiveDateTime};
use infoshare_core::library::Library;
use infoshare_core::training::{rehearse, Role};

fn library() -> Library {
    Library::shipped().unwrap_or_else(|err| panic!("shipped packs must parse: {err}"))
}

fn at(year: i32, month: u32, day: u32, hour: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(year, month, day).and_then(|d| d.and_hms_opt(hour, 0, 0)).expect("a real time")
}

#[test]
fn every_scenario_rehearses_cleanly_on_any_day() {
    let library = library();
    let days = [at(2026, 11, 24, 9), at(2026, 11, 28, 23), at(2027, 3, 27, 22), at(2026, 12, 24, 16)];
    let mut problems = Vec::new();
    for (pack, scenario) in library.scenarios() {
        for day in days {
            for problem in rehearse(&library, scenario, day) {
                problems.push(format!("{pack}/{} on {day}: {problem}", scenario.id));
            }
        }
    }
    assert!(problems.is_empty(), "scenarios that do not rehearse:\n{}", problems.join("\n"));
}

#[test]
fn there_are_enough_scenarios_for_a_session_across_every_agreement() {
    let library = library();
    let scenarios: Vec<_> = library.scenarios().map(|(_, scenario)| scenario).collect();
    assert!(scenarios.len() >= 15, "only {} scenarios", scenarios.len());
    let agreements: BTreeSet<&str> = scenarios.iter().map(|s| s.agreement.as_str()).collect();
    for agreement in ["lincolnshire", "llr", "thames-valley-encompass", "lancashire", "north-east-lincolnshire"] {
        assert!(agreements.contains(agreement), "no scenario is set under {agreement}");
    }
    let total: u32 = scenarios.iter().map(|s| s.duration_minutes).sum();
    assert!(total >= 30, "the scenarios fill only {total} minutes");
}

#[test]
fn every_role_the_sessions_serve_has_a_scenario() {
    let library = library();
    let roles: BTreeSet<Role> = library.scenarios().flat_map(|(_, s)| s.roles.iter().copied()).collect();
    for role in [
        Role::Police,
        Role::ChildrensSocialCare,
        Role::SchoolDsl,
        Role::Health,
        Role::Probation,
        Role::Housing,
        Role::Charity,
    ] {
        assert!(roles.contains(&role), "no scenario for {}", role.label());
    }
}

#[test]
fn every_wizard_has_a_scenario_to_practise_on() {
    let library = library();
    let practised: BTreeSet<String> = library
        .scenarios()
        .flat_map(|(_, s)| infoshare_core::training::wizards(s).into_iter().map(str::to_owned).collect::<Vec<_>>())
        .collect();
    for (pack, chart) in library.flowcharts() {
        let reference = format!("{pack}/{}", chart.id);
        assert!(practised.contains(&reference), "no scenario practises {reference}");
    }
}

#[test]
fn the_quiz_draws_on_both_myth_busting_sections() {
    let library = library();
    let quiz: Vec<_> = library.quiz().collect();
    assert!(quiz.len() >= 10, "only {} quiz questions", quiz.len());
    let cites =
        |source: &str, at: &str| quiz.iter().any(|q| q.cite.iter().any(|c| c.source == source && c.at.starts_with(at)));
    assert!(cites("seed-001", "§2.1"), "no quiz question cites seed 001 §2.1");
    assert!(cites("seed-004", "§3"), "no quiz question cites seed 004 §3");
}
