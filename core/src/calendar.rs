//! Working days: bank holiday calendars built from a pack's rules and one-off changes, and
//! deadline arithmetic over them. Other nations' calendars are added as pack data plus, if
//! they need one, a new rule here.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use crate::pack::Citation;

/// A bank holiday rule, computed for any year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// 1 January, or the next Monday if it falls at a weekend.
    NewYear,
    /// Two days before Easter Sunday.
    GoodFriday,
    /// The day after Easter Sunday.
    EasterMonday,
    /// First Monday in May.
    EarlyMay,
    /// Last Monday in May.
    Spring,
    /// Last Monday in August.
    Summer,
    /// 25 December, with a substitute weekday if it falls at a weekend.
    Christmas,
    /// 26 December, with a substitute weekday if it (or Christmas) falls at a weekend.
    BoxingDay,
}

impl Rule {
    pub fn name(self) -> &'static str {
        match self {
            Rule::NewYear => "New Year's Day",
            Rule::GoodFriday => "Good Friday",
            Rule::EasterMonday => "Easter Monday",
            Rule::EarlyMay => "Early May bank holiday",
            Rule::Spring => "Spring bank holiday",
            Rule::Summer => "Summer bank holiday",
            Rule::Christmas => "Christmas Day",
            Rule::BoxingDay => "Boxing Day",
        }
    }

    /// The rule's date in `year` (with weekend substitution), if the year is representable.
    pub fn date_in(self, year: i32) -> Option<NaiveDate> {
        let ymd = |month, day| NaiveDate::from_ymd_opt(year, month, day);
        match self {
            Rule::NewYear => ymd(1, 1).map(next_weekday),
            Rule::GoodFriday => easter_sunday(year).and_then(|easter| easter.checked_sub_days(Days::new(2))),
            Rule::EasterMonday => easter_sunday(year).and_then(|easter| easter.checked_add_days(Days::new(1))),
            Rule::EarlyMay => NaiveDate::from_weekday_of_month_opt(year, 5, Weekday::Mon, 1),
            Rule::Spring => last_monday(year, 5),
            Rule::Summer => last_monday(year, 8),
            Rule::Christmas => ymd(12, 25).map(next_weekday),
            Rule::BoxingDay => {
                let christmas = Rule::Christmas.date_in(year)?;
                let boxing = next_weekday(ymd(12, 26)?);
                Some(if boxing <= christmas { next_weekday(christmas.checked_add_days(Days::new(1))?) } else { boxing })
            }
        }
    }
}

/// Saturday and Sunday move to the following Monday.
fn next_weekday(date: NaiveDate) -> NaiveDate {
    match date.weekday() {
        Weekday::Sat => date + Days::new(2),
        Weekday::Sun => date + Days::new(1),
        _ => date,
    }
}

fn last_monday(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Mon, 5)
        .or_else(|| NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Mon, 4))
}

/// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// A one-year move of a rule's holiday to another date (e.g. early May to 8 May 2020).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Moved {
    pub rule: Rule,
    pub date: NaiveDate,
}

/// A one-off extra bank holiday.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Extra {
    pub date: NaiveDate,
    pub name: String,
}

/// A bank holiday calendar, as declared in a pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Calendar {
    pub id: String,
    pub title: String,
    pub rules: Vec<Rule>,
    #[serde(default)]
    pub moved: Vec<Moved>,
    #[serde(default)]
    pub extra: Vec<Extra>,
    pub cite: Vec<Citation>,
}

impl Calendar {
    /// The bank holidays in `year`, by date, with their names.
    pub fn holidays_in(&self, year: i32) -> BTreeMap<NaiveDate, &str> {
        let mut holidays = BTreeMap::new();
        for &rule in &self.rules {
            let moved = self.moved.iter().find(|m| m.rule == rule && m.date.year() == year).map(|m| m.date);
            if let Some(date) = moved.or_else(|| rule.date_in(year)) {
                holidays.insert(date, rule.name());
            }
        }
        for extra in self.extra.iter().filter(|extra| extra.date.year() == year) {
            holidays.insert(extra.date, extra.name.as_str());
        }
        holidays
    }

    /// The name of the bank holiday on `date`, if it is one.
    pub fn holiday(&self, date: NaiveDate) -> Option<&str> {
        self.holidays_in(date.year()).get(&date).copied()
    }

    /// Monday to Friday and not a bank holiday.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && self.holiday(date).is_none()
    }

    /// The date `days` working days after `start` (the start day itself is not counted), or
    /// `None` past the end of the calendar.
    pub fn add_working_days(&self, start: NaiveDate, days: u32) -> Option<NaiveDate> {
        let mut date = start;
        let mut counted = 0;
        while counted < days {
            date = date.checked_add_days(Days::new(1))?;
            if self.is_working_day(date) {
                counted += 1;
            }
        }
        Some(date)
    }
}

#[cfg(test)]
mod tests;
