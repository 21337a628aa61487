//! Retention rules as pack data, and the review or destruction date each gives for the dates
//! a practitioner enters: a number of years after a dated event (police copies of requests
//! and responses, 6 years), the end of the school year after a birthday (school
//! safeguarding records, the school year after the pupil's 25th birthday), or an event with
//! no date to count from (Operation Encompass information, when the child leaves the school).

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::pack::Citation;

/// How a rule counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Count {
    /// `years` after the date entered (the event named by `from`).
    YearsAfter,
    /// The end (31 August) of the school year after the one in which the person reaches
    /// `age`; the date entered is their date of birth.
    SchoolYearAfterBirthday,
    /// When `event` happens: there is no date to work out.
    WhenEvent,
}

/// One retention rule of an agreement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retention {
    pub id: String,
    /// What the rule covers, as a heading ("Police copies of requests and responses").
    pub title: String,
    /// Who keeps the information.
    pub holder: String,
    pub count: Count,
    /// Years, for [`Count::YearsAfter`].
    #[serde(default)]
    pub years: Option<u32>,
    /// Age, for [`Count::SchoolYearAfterBirthday`].
    #[serde(default)]
    pub age: Option<u32>,
    /// The date to enter ("the date of the response"), for the counted rules.
    #[serde(default)]
    pub from: Option<String>,
    /// The event that ends keeping, for [`Count::WhenEvent`].
    #[serde(default)]
    pub event: Option<String>,
    /// What to do when the date comes (review, destroy securely, return).
    pub then: String,
    /// How the app reads wording that could be read more than one way.
    #[serde(default)]
    pub note: Option<String>,
    pub cite: Vec<Citation>,
}

/// The 31 August that ends the school year after the one `date` falls in (school years run
/// from 1 September to 31 August).
pub fn end_of_following_school_year(date: NaiveDate) -> Option<NaiveDate> {
    let starts = if date.month() >= 9 { date.year() } else { date.year() - 1 };
    NaiveDate::from_ymd_opt(starts + 2, 8, 31)
}

impl Retention {
    /// The date the rule gives for the date entered; `None` for a rule with no date, or a
    /// date too far ahead to represent. A 29 February plus whole years falls on 28 February.
    pub fn date_for(&self, entered: NaiveDate) -> Option<NaiveDate> {
        let years = |n: Option<u32>| n.and_then(|n| entered.checked_add_months(Months::new(n.checked_mul(12)?)));
        match self.count {
            Count::YearsAfter => years(self.years),
            Count::SchoolYearAfterBirthday => years(self.age).and_then(end_of_following_school_year),
            Count::WhenEvent => None,
        }
    }

    /// Whether the rule needs a date entered.
    pub fn needs_date(&self) -> bool {
        self.count != Count::WhenEvent
    }
}

#[cfg(test)]
mod tests;
