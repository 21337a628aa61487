//! Where a form goes and by when: the pack's routes whose conditions hold, with each deadline
//! counted over the bank holiday calendar (or in elapsed hours of UK clock time) and written
//! out in words.

use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::condition::holds;
use super::model::{Deadline, Form, Route, Unit};
use super::scope::Scope;
use crate::calendar::Calendar;
use crate::clock::hours_after;
use crate::library::Library;
use crate::pack::Citation;
use crate::text::{uk_moment, weekday_date};

/// One route that applies to the answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Routed {
    /// The route's id in the pack.
    pub route: String,
    /// For a route taken once per group instance: the instance's path and name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// `None` when the route has no deadline or the date it counts from is not answered yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Due>,
    pub steps: Vec<String>,
    pub cite: Vec<Citation>,
}

/// A deadline worked out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Due {
    pub date: NaiveDate,
    /// Set for deadlines counted in hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<NaiveTime>,
    /// The pack's sentence with the deadline filled in: "Police should reply by Tuesday
    /// 9 December 2025, 10 working days after the request".
    pub text: String,
    /// Whether the deadline has passed.
    pub overdue: bool,
}

/// Every route that applies, in pack order. Consecutive routes taken for each instance of the
/// same group are listed instance by instance, so each instance's panels stay together.
pub fn route(library: &Library, form: &Form, answers: &Answers, now: NaiveDateTime) -> Vec<Routed> {
    let calendar = form.calendar.as_deref().and_then(|id| library.calendar(id));
    let root = Scope::root(form, answers);
    let mut routed = Vec::new();
    for run in form.routes.chunk_by(|a, b| a.for_each.is_some() && a.for_each == b.for_each) {
        let Some(group_id) = &run[0].for_each else {
            routed.extend(
                run.iter().filter(|route| applies(route, &root)).map(|route| result(route, &root, calendar, now)),
            );
            continue;
        };
        let Some((group, owner, instances)) = root.group(group_id) else { continue };
        for (index, instance_answers) in instances.iter().enumerate() {
            let instance = owner.child(group, index, instance_answers);
            let taken = run.iter().filter(|route| applies(route, &instance));
            routed.extend(taken.map(|route| result(route, &instance, calendar, now)));
        }
    }
    if let Some(helper) = form.helper {
        routed.extend(super::helper::routes(library, helper, &root, now));
    }
    routed
}

fn applies(route: &Route, scope: &Scope) -> bool {
    route.when.as_ref().is_none_or(|condition| holds(condition, scope, 0))
}

fn result(route: &Route, scope: &Scope, calendar: Option<&Calendar>, now: NaiveDateTime) -> Routed {
    let path = scope.instance_path();
    Routed {
        route: route.id.clone(),
        path: (!path.is_empty()).then_some(path),
        context: scope.context(),
        title: route.title.clone(),
        to: route.to.clone(),
        address: route.address.clone(),
        deadline: route.deadline.as_ref().and_then(|deadline| due(deadline, scope, calendar, now)),
        steps: route.steps.clone(),
        cite: route.cite.clone(),
    }
}

/// Works out a deadline from its field (or from now), or `None` if that field has no real
/// date yet or the deadline is past the end of the calendar.
fn due(deadline: &Deadline, scope: &Scope, calendar: Option<&Calendar>, now: NaiveDateTime) -> Option<Due> {
    let start = match &deadline.from {
        Some(id) => scope.moment(id)?,
        None => now,
    };
    let day = start.date();
    let (date, time) = match deadline.unit {
        Unit::SameDay => (day, None),
        Unit::Hours => {
            let at = hours_after(start, i64::from(deadline.count)).ok()?;
            (at.date(), Some(at.time()))
        }
        Unit::Days => (day.checked_add_days(Days::new(u64::from(deadline.count)))?, None),
        Unit::WorkingDays => (calendar?.add_working_days(day, deadline.count)?, None),
    };
    let written = match time {
        Some(time) => uk_moment(date.and_time(time)),
        None => weekday_date(date),
    };
    let overdue = match time {
        Some(time) => now > date.and_time(time),
        None => now.date() > date,
    };
    let text = deadline.text.replace("{due}", &written).replace("{count}", &deadline.count.to_string());
    Some(Due { date, time, text, overdue })
}
