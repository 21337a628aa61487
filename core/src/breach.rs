//! Breach timings: the deadline for telling the Information Commissioner, counted in elapsed
//! hours from when the breach was discovered (UK GDPR Art 33: 72 hours, weekends included),
//! and an agreement's suspension after a serious breach with the meeting that must follow.

use chrono::{Days, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::clock::{hours_after, ClockError};
use crate::pack::Citation;

/// An agreement's breach rules, as its pack states them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BreachRules {
    /// Hours from discovery to report a notifiable breach to the ICO.
    pub ico_hours: u32,
    /// Who to tell at once, in order, each a sentence.
    pub tell: Vec<String>,
    /// Days an agreement may be suspended for after a serious breach, if it provides for it.
    #[serde(default)]
    pub suspension_days: Option<u32>,
    /// Days within which the partners must meet after a suspension.
    #[serde(default)]
    pub meeting_within_days: Option<u32>,
    /// How the app reads wording that could be read more than one way.
    #[serde(default)]
    pub note: Option<String>,
    pub cite: Vec<Citation>,
}

/// The clock time by which a notifiable breach discovered at `discovered` (UK clock time)
/// must be reported to the ICO.
pub fn ico_deadline(rules: &BreachRules, discovered: NaiveDateTime) -> Result<NaiveDateTime, ClockError> {
    hours_after(discovered, i64::from(rules.ico_hours))
}

/// The dates that follow suspending an agreement on `from`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suspension {
    pub from: NaiveDate,
    /// The last day of the suspension: `suspension_days` days counted from the day after `from`.
    pub until: NaiveDate,
    /// The latest day for the partners' meeting.
    pub meet_by: NaiveDate,
}

impl BreachRules {
    /// The suspension's dates, if the agreement provides for suspending it.
    pub fn suspension(&self, from: NaiveDate) -> Option<Suspension> {
        let after = |days: u32| from.checked_add_days(Days::new(u64::from(days)));
        Some(Suspension { from, until: after(self.suspension_days?)?, meet_by: after(self.meeting_within_days?)? })
    }
}

#[cfg(test)]
mod tests;
