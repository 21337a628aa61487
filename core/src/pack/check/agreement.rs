//! Checks on an agreement's summary, breach and retention rules, protective marking meanings
//! and handling rules: everything cited, dates real, each counted rule given what it counts,
//! and each marking and method used sensibly.

use chrono::NaiveDate;

use super::Checker;
use crate::agreement::{Agreement, Review};
use crate::pack::{Pack, AGREEMENT_SCHEMA};
use crate::retention::{Count, Retention};

pub(super) fn check_agreement_content(checker: &mut Checker, pack: &Pack) {
    let has_content = pack.agreement.is_some() || !pack.classifications.is_empty() || !pack.handling.is_empty();
    if has_content && pack.pack.schema < AGREEMENT_SCHEMA {
        checker
            .report("pack", format!("an agreement, classifications and handling rules need schema {AGREEMENT_SCHEMA}"));
    }
    if let Some(agreement) = &pack.agreement {
        check_summary(checker, agreement);
    }
    let mut defined = std::collections::HashSet::new();
    for level in &pack.classifications {
        let place = format!("classification {}", level.marking.slug());
        if !defined.insert(level.marking) {
            checker.report(&place, "is defined more than once");
        }
        checker.text(&place, "meaning", &level.meaning);
        checker.citations(&place, &level.cite);
    }
    for (index, rule) in pack.handling.iter().enumerate() {
        let place = format!("handling {} ({})", index + 1, rule.method.slug());
        if rule.markings.is_empty() {
            checker.report(&place, "applies to no marking");
        }
        checker.text(&place, "rule", &rule.rule);
        checker.citations(&place, &rule.cite);
    }
}

fn check_summary(checker: &mut Checker, agreement: &Agreement) {
    checker.text("agreement", "name", &agreement.name);
    checker.text("agreement", "purpose", &agreement.purpose);
    checker.citations("agreement", &agreement.cite);
    if agreement.partners.is_empty() {
        checker.report("agreement", "names no partners");
    }
    for contact in &agreement.contacts {
        let place = format!("agreement contact {} ({})", contact.role, contact.organisation);
        checker.text(&place, "post", &contact.post);
        checker.citations(&place, &contact.cite);
    }
    if let Some(review) = &agreement.review {
        check_review(checker, review);
    }
    if let Some(breach) = &agreement.breach {
        if breach.ico_hours == 0 {
            checker.report("agreement breach", "ico_hours must be more than 0");
        }
        if breach.tell.is_empty() {
            checker.report("agreement breach", "says nobody to tell");
        }
        if breach.suspension_days.is_some() != breach.meeting_within_days.is_some() {
            checker.report("agreement breach", "suspension_days and meeting_within_days go together");
        }
        checker.citations("agreement breach", &breach.cite);
    }
    if let Some(meeting) = &agreement.meeting {
        checker.text("agreement meeting", "declaration", &meeting.declaration);
        checker.text("agreement meeting", "not_signed", &meeting.not_signed);
        checker.citations("agreement meeting", &meeting.cite);
    }
    checker.unique("agreement", "retention", agreement.retention.iter().map(|r| r.id.as_str()));
    for rule in &agreement.retention {
        check_retention(checker, rule);
    }
}

fn check_review(checker: &mut Checker, review: &Review) {
    checker.text("agreement review", "rule", &review.rule);
    for (field, value) in [("from", &review.from), ("version_date", &review.version_date)] {
        if NaiveDate::parse_from_str(value, "%Y-%m-%d").is_err() {
            checker.report("agreement review", format!("{field} '{value}' is not a date like 2026-11-01"));
        }
    }
}

fn check_retention(checker: &mut Checker, rule: &Retention) {
    let place = format!("agreement retention {}", rule.id);
    checker.id(&place, &rule.id);
    checker.text(&place, "title", &rule.title);
    checker.text(&place, "then", &rule.then);
    checker.citations(&place, &rule.cite);
    let missing = match rule.count {
        Count::YearsAfter if rule.years.is_none() || rule.from.is_none() => Some("years-after needs years and from"),
        Count::SchoolYearAfterBirthday if rule.age.is_none() => Some("school-year-after-birthday needs age"),
        Count::WhenEvent if rule.event.is_none() => Some("when-event needs event"),
        _ => None,
    };
    if let Some(message) = missing {
        checker.report(&place, message);
    }
}
