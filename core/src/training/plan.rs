//! A ready-made session plan, so a trainer can run a session with nothing else prepared:
//! a welcome, a few quiz statements to start discussion, scenarios for the audience that fit
//! the time, and a close.

use super::model::{Role, Scenario};
use crate::library::Library;

/// Minutes for the welcome and ground rules (fictional data only).
pub const WELCOME_MINUTES: u32 = 3;
/// Minutes for the closing round-up.
pub const CLOSE_MINUTES: u32 = 4;
/// Quiz statements presented to warm up, at about a minute each.
pub const QUIZ_STATEMENTS: usize = 5;

/// One part of a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanItem<'l> {
    Welcome {
        minutes: u32,
    },
    /// The first `statements` quiz statements, presented one at a time.
    Quiz {
        statements: usize,
        minutes: u32,
    },
    Scenario {
        pack: &'l str,
        scenario: &'l Scenario,
    },
    Close {
        minutes: u32,
    },
}

impl PlanItem<'_> {
    pub fn minutes(&self) -> u32 {
        match self {
            PlanItem::Welcome { minutes } | PlanItem::Quiz { minutes, .. } | PlanItem::Close { minutes } => *minutes,
            PlanItem::Scenario { scenario, .. } => scenario.duration_minutes,
        }
    }
}

/// A session of at most `minutes` for an audience (`None` for a mixed one): scenarios for
/// the role first, from as many different agreements as fit, then others if time is left.
pub fn plan_session(library: &Library, audience: Option<Role>, minutes: u32) -> Vec<PlanItem<'_>> {
    let statements = QUIZ_STATEMENTS.min(library.quiz().count());
    let quiz_minutes = u32::try_from(statements).unwrap_or(u32::MAX);
    let mut plan = vec![PlanItem::Welcome { minutes: WELCOME_MINUTES }];
    if statements > 0 {
        plan.push(PlanItem::Quiz { statements, minutes: quiz_minutes });
    }
    let mut left = minutes.saturating_sub(WELCOME_MINUTES + quiz_minutes + CLOSE_MINUTES);
    let for_audience = |scenario: &Scenario| audience.is_none_or(|role| scenario.roles.contains(&role));
    let mut chosen: Vec<&Scenario> = Vec::new();
    for matching in [true, false] {
        for new_agreements_only in [true, false] {
            for (pack, scenario) in library.scenarios().filter(|(_, s)| for_audience(s) == matching) {
                let taken = chosen.iter().any(|c| std::ptr::eq(*c, scenario));
                let repeats = chosen.iter().any(|c| c.agreement == scenario.agreement);
                if taken || scenario.duration_minutes > left || (new_agreements_only && repeats) {
                    continue;
                }
                left -= scenario.duration_minutes;
                chosen.push(scenario);
                plan.push(PlanItem::Scenario { pack, scenario });
            }
        }
    }
    plan.push(PlanItem::Close { minutes: CLOSE_MINUTES });
    plan
}
