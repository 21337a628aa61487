//! Checks on the teams a pack lists (`[[team]]`, schema 4): each named, with a real age public
//! key (a secret key pasted by mistake is refused without being repeated), the date it was
//! published, and a real email address where files for it go, no two teams of a pack at one
//! address.

use chrono::NaiveDate;

use super::Checker;
use crate::pack::{Pack, TEAM_SCHEMA};
use crate::team::PublicKey;

pub(super) fn check_teams(checker: &mut Checker, pack: &Pack) {
    if !pack.teams.is_empty() && pack.pack.schema < TEAM_SCHEMA {
        checker.report("pack", format!("teams need schema {TEAM_SCHEMA}"));
    }
    checker.unique("pack", "team", pack.teams.iter().map(|team| team.id.as_str()));
    for (index, team) in pack.teams.iter().enumerate() {
        let place = format!("team {}", team.id);
        checker.id(&place, &team.id);
        checker.text(&place, "name", &team.name);
        if let Err(problem) = PublicKey::parse(&team.key) {
            checker.report(&place, problem.message(&team.key));
        }
        if NaiveDate::parse_from_str(&team.published, "%Y-%m-%d").is_err() {
            checker.report(&place, format!("published '{}' is not a date like 2026-11-01", team.published));
        }
        let Some(address) = &team.address else { continue };
        if crate::validate::email(address).is_err() {
            checker.report(&place, format!("address '{address}' is not an email address"));
        }
        let same =
            |other: &&crate::team::Team| other.address.as_deref().is_some_and(|a| a.eq_ignore_ascii_case(address));
        if let Some(earlier) = pack.teams[..index].iter().find(same) {
            checker.report(&place, format!("address '{address}' is also team {}'s", earlier.id));
        }
    }
}
