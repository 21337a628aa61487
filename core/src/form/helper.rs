//! Forms that work out more than their routes: the breach record (who to tell now, the
//! ICO deadline, the suspension dates), the retention date of a kind of record, and the
//! meeting sign-in sheet (what the marking means, how to handle the papers, the declaration).
//! Each reads the agreements' own rules from the packs, so a form holds only its questions;
//! the results are [`Routed`] entries shown, printed and sealed with the form's routes.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::model::FieldKind;
use super::route::{Due, Routed};
use super::scope::Scope;
use crate::agreement::Agreement;
use crate::breach::{ico_deadline, BreachRules};
use crate::handling::{meaning, rules_for, Marking, Method};
use crate::library::Library;
use crate::pack::{Citation, Pack};
use crate::retention::Retention;
use crate::text::{uk_moment, weekday_date};

/// What a helper form works out from its answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Helper {
    /// After a breach: who to tell now, the ICO deadline, and a suspension's dates.
    Breach,
    /// The review or destruction date a retention rule gives.
    Retention,
    /// A meeting's marking: what it means, handling the papers, the declaration to sign.
    Meeting,
}

impl Helper {
    /// The heading of the page that shows what the helper worked out.
    pub fn result_heading(self) -> &'static str {
        match self {
            Helper::Breach => "Who to tell and by when",
            Helper::Retention => "How long to keep it",
            Helper::Meeting => "The sign-in sheet",
        }
    }

    /// A hint for a choice the helper reads, from the packs: what a meeting's marking means,
    /// so the chair sees each level's meaning while setting it.
    pub fn choice_hint(self, library: &Library, field: &str, value: &str) -> Option<String> {
        if self != Helper::Meeting || field != CLASSIFICATION {
            return None;
        }
        meaning(&library.packs, Marking::from_slug(value)?).map(|(_, level)| level.meaning.clone())
    }

    /// The fields the helper reads, each with the kind it must have; the first must be
    /// required, the others may be conditional.
    pub fn fields(self) -> &'static [(&'static str, FieldKind)] {
        match self {
            Helper::Breach => &[
                (AGREEMENT, FieldKind::SingleChoice),
                (DISCOVERED, FieldKind::DateTime),
                (SUSPEND, FieldKind::YesNo),
                (SUSPENDED_ON, FieldKind::Date),
            ],
            Helper::Retention => &[(RECORD, FieldKind::SingleChoice), (COUNTED_FROM, FieldKind::Date)],
            Helper::Meeting => &[(CLASSIFICATION, FieldKind::SingleChoice)],
        }
    }
}

/// Breach: which agreement the information was shared under (a pack id with breach rules).
pub const AGREEMENT: &str = "agreement";
/// Breach: when it was discovered, as the clock showed.
pub const DISCOVERED: &str = "discovered";
/// Breach: whether a partner is suspending the agreement (only agreements that allow it).
pub const SUSPEND: &str = "suspend";
/// Breach: the day the suspension starts.
pub const SUSPENDED_ON: &str = "suspended-on";
/// Retention: which kind of record (a retention rule id).
pub const RECORD: &str = "record";
/// Retention: the date the rule counts from.
pub const COUNTED_FROM: &str = "counted-from";
/// Meeting: the marking the chair sets (a marking's slug).
pub const CLASSIFICATION: &str = "classification";

/// The pack and agreement whose breach rules apply, by pack id.
fn breach_rules<'p>(packs: &'p [Pack], pack: &str) -> Option<(&'p Agreement, &'p BreachRules)> {
    let agreement = packs.iter().find(|candidate| candidate.pack.id == pack)?.agreement.as_ref()?;
    Some((agreement, agreement.breach.as_ref()?))
}

/// A retention rule by its id, with its pack, from whichever pack holds it.
fn retention_rule<'p>(packs: &'p [Pack], id: &str) -> Option<(&'p Pack, &'p Retention)> {
    packs.iter().find_map(|pack| {
        let rules = &pack.agreement.as_ref()?.retention;
        rules.iter().find(|rule| rule.id == id).map(|rule| (pack, rule))
    })
}

/// What the helper works out from the answers so far; nothing until its first field is
/// answered.
pub(super) fn routes(library: &Library, helper: Helper, scope: &Scope, now: NaiveDateTime) -> Vec<Routed> {
    match helper {
        Helper::Breach => breach(library, scope, now),
        Helper::Retention => retention(library, scope, now).into_iter().collect(),
        Helper::Meeting => meeting(library, scope),
    }
}

fn entry(id: &str, title: String, steps: Vec<String>, cite: Vec<Citation>) -> Routed {
    Routed {
        route: id.to_owned(),
        path: None,
        context: None,
        title,
        to: None,
        address: None,
        deadline: None,
        steps,
        cite,
    }
}

/// Each contact on one line: "Data protection officer, Lincolnshire Police: Data Protection
/// Officer (dpo@…)".
fn contact_lines(agreement: &Agreement) -> impl Iterator<Item = String> + '_ {
    agreement.contacts.iter().map(|contact| {
        let how = contact.reach();
        let reach = if how.is_empty() { String::new() } else { format!(" ({})", how.join(", ")) };
        format!("{}, {}: {}{reach}", contact.role, contact.organisation, contact.post)
    })
}

fn breach(library: &Library, scope: &Scope, now: NaiveDateTime) -> Vec<Routed> {
    let Some((agreement, rules)) = breach_rules(&library.packs, scope.text(AGREEMENT)) else { return Vec::new() };
    let tell = rules.tell.iter().cloned().chain(contact_lines(agreement)).collect();
    let mut routed = vec![entry("tell-now", "Tell these people now".to_owned(), tell, rules.cite.clone())];
    let mut ico = entry(
        "ico",
        "Report a notifiable breach to the Information Commissioner".to_owned(),
        vec![
            "A breach must be reported to the Information Commissioner unless it is unlikely to result in a risk to people's rights and freedoms; a report after 72 hours must give the reasons for the delay. The organisation where it happened decides and reports it; if in doubt, ask your data protection officer now.".to_owned(),
            format!("The {} hours run from discovery, through nights, weekends and bank holidays.", rules.ico_hours),
        ],
        rules.cite.clone(),
    );
    ico.steps.extend(rules.note.clone());
    ico.deadline = scope.moment(DISCOVERED).and_then(|found| ico_due(rules, found, now));
    routed.push(ico);
    if scope.text(SUSPEND) == "yes" {
        routed.extend(suspension(rules, scope.date(SUSPENDED_ON), now));
    }
    routed
}

/// "Report by 8:15am GMT on Monday 9 March 2026, 72 hours after discovery".
fn ico_due(rules: &BreachRules, discovered: NaiveDateTime, now: NaiveDateTime) -> Option<Due> {
    let at = ico_deadline(rules, discovered).ok()?;
    let text = format!("Report by {}, {} hours after discovery", uk_moment(at), rules.ico_hours);
    Some(Due { date: at.date(), time: Some(at.time()), text, overdue: now > at })
}

fn day_due(date: NaiveDate, text: String, now: NaiveDateTime) -> Due {
    Due { date, time: None, text, overdue: now.date() > date }
}

fn suspension(rules: &BreachRules, from: Option<NaiveDate>, now: NaiveDateTime) -> Vec<Routed> {
    let (Some(days), Some(within)) = (rules.suspension_days, rules.meeting_within_days) else { return Vec::new() };
    let mut suspended = entry(
        "suspension",
        format!("The agreement is suspended for {days} days"),
        vec![
            "Tell every signatory at once, in writing, with the evidence of what went wrong.".to_owned(),
            "Share nothing under the agreement while it is suspended.".to_owned(),
        ],
        rules.cite.clone(),
    );
    let mut meeting = entry(
        "suspension-meeting",
        format!("A representative of each partner meets within {within} days"),
        vec!["The meeting assesses the risk and agrees how to resolve it before sharing starts again.".to_owned()],
        rules.cite.clone(),
    );
    if let Some(plan) = from.and_then(|from| rules.suspension(from)) {
        suspended.deadline = Some(day_due(plan.until, format!("Suspended until {}", weekday_date(plan.until)), now));
        meeting.deadline = Some(day_due(plan.meet_by, format!("Meet by {}", weekday_date(plan.meet_by)), now));
    }
    vec![suspended, meeting]
}

fn retention(library: &Library, scope: &Scope, now: NaiveDateTime) -> Option<Routed> {
    let (pack, rule) = retention_rule(&library.packs, scope.text(RECORD))?;
    let agreement = pack.agreement.as_ref().map_or(pack.pack.title.as_str(), |agreement| agreement.name.as_str());
    let mut steps = vec![format!("Kept by {}, under {agreement}.", rule.holder)];
    if let Some(event) = rule.event.as_ref().filter(|_| !rule.needs_date()) {
        steps.push(format!("Keep it until {event}: there is no date to count from."));
    }
    steps.push(format!("Then: {}", rule.then));
    steps.extend(rule.note.clone());
    let mut routed = entry("retention", rule.title.clone(), steps, rule.cite.clone());
    routed.deadline = scope
        .date(COUNTED_FROM)
        .and_then(|from| rule.date_for(from))
        .map(|date| day_due(date, format!("Review it, then keep or destroy it, by {}", weekday_date(date)), now));
    Some(routed)
}

fn meeting(library: &Library, scope: &Scope) -> Vec<Routed> {
    let Some(marking) = Marking::from_slug(scope.text(CLASSIFICATION)) else { return Vec::new() };
    let mut routed = Vec::new();
    if let Some((_, level)) = meaning(&library.packs, marking) {
        routed.push(entry(
            "meaning",
            format!("What {} means", marking.label()),
            vec![level.meaning.clone()],
            level.cite.clone(),
        ));
    }
    routed.push(papers(library, marking));
    if let Some(declaration) = library.packs.iter().find_map(|pack| pack.agreement.as_ref()?.meeting.as_ref()) {
        routed.push(entry(
            "declaration",
            "What each attendee agrees to by signing".to_owned(),
            vec![declaration.declaration.clone(), declaration.not_signed.clone()],
            declaration.cite.clone(),
        ));
    }
    routed
}

/// The agreements' rules for a meeting's agenda and minutes at the marking, each under its
/// agreement's name; above OFFICIAL-SENSITIVE, where the agreements set no handling rules,
/// a pointer to the security officer.
fn papers(library: &Library, marking: Marking) -> Routed {
    let found = rules_for(&library.packs, marking, Method::MeetingPapers);
    let mut steps: Vec<String> =
        found.iter().map(|(pack, rule)| format!("{}: {}", pack.pack.title, rule.rule)).collect();
    if matches!(marking, Marking::Secret | Marking::TopSecret) || steps.is_empty() {
        steps.push("The agreements set no handling rules above OFFICIAL-SENSITIVE. Ask your organisation's security officer how to handle the papers before the meeting.".to_owned());
    }
    let cite = found.into_iter().flat_map(|(_, rule)| rule.cite.clone()).collect();
    let title = format!("Handling the agenda, minutes and notes at {}", marking.label());
    entry("papers", title, steps, cite)
}
