//! An agreement's summary as pack data: who the partners are, what it is for, whom to
//! contact, and when it is due for review, with a notice once that date has passed.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::breach::BreachRules;
use crate::pack::Citation;
use crate::retention::Retention;

/// The `[agreement]` table of a pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    /// The document's own name.
    pub name: String,
    /// Its reference and version, as printed on it.
    #[serde(default)]
    pub reference: Option<String>,
    pub purpose: String,
    /// The organisations that are party to it.
    pub partners: Vec<String>,
    /// Single points of contact, data protection officers and the like.
    #[serde(default, rename = "contact")]
    pub contacts: Vec<Contact>,
    /// When it is reviewed; `None` when the document gives no review date.
    #[serde(default)]
    pub review: Option<Review>,
    #[serde(default)]
    pub breach: Option<BreachRules>,
    #[serde(default, rename = "retention")]
    pub retention: Vec<Retention>,
    /// What attendees of a multi-agency meeting sign, where the agreement asks for it.
    #[serde(default)]
    pub meeting: Option<MeetingDeclaration>,
    pub cite: Vec<Citation>,
}

/// The confidentiality declaration on a meeting's sign-in sheet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingDeclaration {
    /// What each attendee agrees to, as one paragraph.
    pub declaration: String,
    /// Extra care for attendees whose organisation has not signed the agreement.
    pub not_signed: String,
    pub cite: Vec<Citation>,
}

/// A post to contact under the agreement (a role, never a private person's details).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// What they are for: "Single point of contact", "Data protection officer".
    pub role: String,
    pub organisation: String,
    /// The post or team, as the agreement names it.
    pub post: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    pub cite: Vec<Citation>,
}

/// When the agreement is reviewed: a first review some months after a start date, then at
/// a fixed interval.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// The rule in the agreement's words, paraphrased.
    pub rule: String,
    /// The date the schedule counts from (ISO date).
    pub from: String,
    pub first_after_months: u32,
    pub then_every_months: u32,
    /// The date of the version InfoShare holds (ISO date): the next review after it is due.
    pub version_date: String,
    /// Where the agreement gives more than one review date, how the app reads it.
    #[serde(default)]
    pub note: Option<String>,
}

impl Contact {
    /// How to reach them, email then telephone, whichever the agreement gives.
    pub fn reach(&self) -> Vec<&str> {
        [self.email.as_deref(), self.phone.as_deref()].into_iter().flatten().collect()
    }
}

fn iso(date: &str) -> Option<NaiveDate> {
    date.parse::<NaiveDate>().ok()
}

impl Review {
    /// The first scheduled review after the version InfoShare holds; `None` when a date in
    /// the pack is not an ISO date (the pack checks report that) or the interval is zero.
    pub fn next_after_version(&self) -> Option<NaiveDate> {
        let version = iso(&self.version_date)?;
        let mut due = iso(&self.from)?.checked_add_months(Months::new(self.first_after_months))?;
        if self.then_every_months == 0 {
            return (due > version).then_some(due);
        }
        while due <= version {
            due = due.checked_add_months(Months::new(self.then_every_months))?;
        }
        Some(due)
    }

    /// Whether the review after the version InfoShare holds is due on `today`.
    pub fn is_due(&self, today: NaiveDate) -> bool {
        self.next_after_version().is_some_and(|due| due <= today)
    }
}

#[cfg(test)]
mod tests;
