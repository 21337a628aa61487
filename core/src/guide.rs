//! Reading pages drawn from the agreements' own data, laid out as the same [`Block`]s a
//! sealed record is drawn from: the list of agreements with their review status, one
//! agreement's summary (partners, contacts, review, with a notice once it is due), and the
//! handling guide: what each marking means, and for a way of moving information what each
//! agreement requires at each marking, both shown with their sources where they differ; and
//! how a team keeps its key for sealed files (`team_keys`).

mod team_keys;

use chrono::NaiveDate;

use crate::agreement::{Agreement, Review};
use crate::form::helper::Helper;
use crate::form::Form;
use crate::handling::{meaning, rules_for, Marking, Method};
use crate::library::Library;
use crate::pack::{Citation, Pack};
use crate::rendering::Block;
use crate::route::{Route, ToolKey, ToolPage};
use crate::text::{date_text, long_date};

/// Which reading page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Topic {
    /// Every agreement with its review status.
    Agreements,
    /// One agreement's summary, by pack id.
    Agreement(String),
    /// What each marking means, and the ways of moving information.
    Handling,
    /// What the agreements require for one way of moving information, at each marking.
    Method(Method),
    /// How a team keeps its key for sealed files, and the teams whose keys are published.
    TeamKeys,
}

/// A link on a reading page, with an optional line under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub href: String,
    pub text: String,
    pub hint: Option<String>,
}

/// A reading page ready to draw: a lead paragraph, a warning when something needs doing,
/// the blocks, then links onward under their own heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guide {
    pub lead: String,
    pub notice: Option<String>,
    pub blocks: Vec<Block>,
    pub links_heading: String,
    pub links: Vec<Link>,
}

impl Topic {
    /// The address after `#/`.
    pub fn path(&self) -> String {
        match self {
            Topic::Agreements => "agreements".to_owned(),
            Topic::Agreement(pack) => format!("agreements/{pack}"),
            Topic::Handling => "handling".to_owned(),
            Topic::Method(method) => format!("handling/{}", method.slug()),
            Topic::TeamKeys => "team-keys".to_owned(),
        }
    }

    /// Reads the segments after `#/`; `None` when they name no reading page.
    pub fn parse(segments: &[&str]) -> Option<Topic> {
        Some(match segments {
            ["agreements"] => Topic::Agreements,
            ["agreements", pack] => Topic::Agreement((*pack).to_owned()),
            ["handling"] => Topic::Handling,
            ["handling", method] => Topic::Method(Method::from_slug(method)?),
            ["team-keys"] => Topic::TeamKeys,
            _ => return None,
        })
    }

    /// The page heading; `None` for an agreement that is not in the packs.
    pub fn heading(&self, library: &Library) -> Option<String> {
        Some(match self {
            Topic::Agreements => "The agreements: partners, contacts and reviews".to_owned(),
            Topic::Agreement(pack) => agreement_of(library, pack)?.1.name.clone(),
            Topic::Handling => "Handling information by its protective marking".to_owned(),
            Topic::Method(method) => format!("{}: what the agreements require", method.label()),
            Topic::TeamKeys => "Keeping your team's key".to_owned(),
        })
    }
}

fn agreement_of<'l>(library: &'l Library, pack: &str) -> Option<(&'l Pack, &'l Agreement)> {
    let pack = library.pack(pack)?;
    Some((pack, pack.agreement.as_ref()?))
}

fn row(label: impl Into<String>, value: impl Into<String>) -> Block {
    Block::Row { label: label.into(), value: value.into() }
}

fn link(route: Route, text: impl Into<String>, hint: Option<String>) -> Link {
    Link { href: route.href(), text: text.into(), hint }
}

/// The sources line as a paragraph of its own.
fn sources(library: &Library, cite: &[Citation]) -> Block {
    Block::Paragraph(format!("{}.", library.sources_line(cite)))
}

/// The review's status on `today` in words, with the date it fell due once that has passed.
fn review_status(review: &Review, today: NaiveDate) -> (Option<NaiveDate>, String) {
    match review.next_after_version() {
        Some(due) if review.is_due(today) => (Some(due), format!("Due for review since {}", date_text(due))),
        Some(due) => (None, format!("Next review due {}", date_text(due))),
        None => (None, "No review date can be worked out from the document".to_owned()),
    }
}

/// The reading page for a topic on `today`; `None` for an agreement not in the packs.
pub fn guide(library: &Library, topic: &Topic, today: NaiveDate) -> Option<Guide> {
    Some(match topic {
        Topic::Agreements => agreements(library, today),
        Topic::Agreement(pack) => {
            let (pack, agreement) = agreement_of(library, pack)?;
            summary(library, pack, agreement, today)
        }
        Topic::Handling => handling(library),
        Topic::Method(method) => method_page(library, *method),
        Topic::TeamKeys => team_keys::team_keys(library),
    })
}

fn agreements(library: &Library, today: NaiveDate) -> Guide {
    let links = library
        .packs
        .iter()
        .filter_map(|pack| Some((pack, pack.agreement.as_ref()?)))
        .map(|(pack, agreement)| {
            let status = agreement.review.as_ref().map_or_else(
                || "The document gives no review date".to_owned(),
                |review| review_status(review, today).1,
            );
            link(Route::Guide(Topic::Agreement(pack.pack.id.clone())), agreement.name.clone(), Some(status))
        })
        .collect();
    Guide {
        lead: "Each agreement InfoShare is built from: who is party to it, what it is for, whom to contact, and when it is due for review.".to_owned(),
        notice: None,
        blocks: Vec::new(),
        links_heading: "Agreements".to_owned(),
        links,
    }
}

fn summary(library: &Library, pack: &Pack, agreement: &Agreement, today: NaiveDate) -> Guide {
    let mut blocks = Vec::new();
    blocks.extend(agreement.reference.clone().map(|reference| row("Reference", reference)));
    blocks.push(Block::Heading("Partners".into()));
    blocks.extend(agreement.partners.iter().cloned().map(Block::Paragraph));
    blocks.push(sources(library, &agreement.cite));
    if !agreement.contacts.is_empty() {
        blocks.push(Block::Heading("Contacts".into()));
        blocks.extend(agreement.contacts.iter().map(|contact| {
            let reach: String = contact.reach().iter().map(|way| format!("\n{way}")).collect();
            row(format!("{}, {}", contact.role, contact.organisation), format!("{}{reach}", contact.post))
        }));
    }
    blocks.push(Block::Heading("Review".into()));
    let mut notice = None;
    match &agreement.review {
        Some(review) => {
            let (passed, status) = review_status(review, today);
            if let Some(date) = passed {
                notice = Some(format!("This agreement has been due for review since {}. Check with your information governance team that you are working to the current version.", date_text(date)));
            }
            blocks.push(row("Rule", review.rule.clone()));
            blocks.push(row("Version InfoShare holds", long_date(&review.version_date)));
            blocks.push(row("Status", status));
            blocks.extend(review.note.clone().map(Block::Paragraph));
        }
        None => blocks.push(Block::Paragraph("The document gives no review date.".into())),
    }
    Guide {
        lead: agreement.purpose.clone(),
        notice,
        blocks,
        links_heading: "Tools for this agreement".to_owned(),
        links: tools(library, pack, agreement),
    }
}

/// The pack's own tools, then the helper forms (in any pack) that read this agreement's rules.
fn tools(library: &Library, pack: &Pack, agreement: &Agreement) -> Vec<Link> {
    let id = &pack.pack.id;
    let own = pack.checklists.iter().map(|c| (ToolKey::checklist(id, &c.id), c.title.clone()));
    let own = own.chain(pack.flowcharts.iter().map(|f| (ToolKey::wizard(id, &f.id), f.title.clone())));
    let own = own.chain(pack.forms.iter().map(|f| (ToolKey::form(id, &f.id), f.title.clone())));
    let reads_this = |form: &Form| match form.helper {
        Some(Helper::Breach) => agreement.breach.is_some(),
        Some(Helper::Retention) => !agreement.retention.is_empty(),
        _ => false,
    };
    let helpers = library
        .packs
        .iter()
        .filter(|other| other.pack.id != *id)
        .flat_map(|other| other.forms.iter().map(move |form| (other, form)))
        .filter(|(_, form)| reads_this(form))
        .map(|(other, form)| (ToolKey::form(&other.pack.id, &form.id), form.title.clone()));
    let mut links: Vec<Link> =
        own.chain(helpers).map(|(key, title)| link(Route::Tool { key, page: ToolPage::Start }, title, None)).collect();
    if !pack.handling.is_empty() {
        links.push(link(Route::Guide(Topic::Handling), "Handling information by its protective marking", None));
    }
    links
}

fn handling(library: &Library) -> Guide {
    let mut blocks = vec![Block::Heading("What each marking means".into())];
    let mut cite: Vec<Citation> = Vec::new();
    for (marking, level) in
        Marking::ALL.into_iter().filter_map(|marking| Some((marking, meaning(&library.packs, marking)?.1)))
    {
        blocks.push(row(marking.label(), level.meaning.clone()));
        cite.extend(level.cite.iter().filter(|citation| !cite.contains(citation)).cloned().collect::<Vec<_>>());
    }
    if !cite.is_empty() {
        blocks.push(sources(library, &cite));
    }
    let links =
        Method::ALL.into_iter().map(|method| link(Route::Guide(Topic::Method(method)), method.label(), None)).collect();
    Guide {
        lead: "What the agreements require when you move, store or dispose of information, by its protective marking. Choose how you are moving it.".to_owned(),
        notice: None,
        blocks,
        links_heading: "Ways of moving information".to_owned(),
        links,
    }
}

fn method_page(library: &Library, method: Method) -> Guide {
    let mut blocks = Vec::new();
    for marking in Marking::ALL {
        blocks.push(Block::Heading(marking.label().to_owned()));
        let found = rules_for(&library.packs, marking, method);
        if found.is_empty() {
            let none = match marking {
                Marking::Secret | Marking::TopSecret => "The agreements set no handling rules at this level: they cover OFFICIAL and OFFICIAL-SENSITIVE. Ask your organisation's security officer first.",
                _ => "The agreements say nothing about this at this level. Follow your own organisation's security policy.",
            };
            blocks.push(Block::Paragraph(none.to_owned()));
        }
        for (pack, rule) in found {
            blocks.push(row(pack.pack.title.clone(), rule.rule.clone()));
            blocks.push(sources(library, &rule.cite));
        }
    }
    Guide {
        lead: "Each agreement's rule at each marking, with its source. Where the agreements differ, both are shown: follow the one you are sharing under.".to_owned(),
        notice: None,
        blocks,
        links_heading: "Other ways of moving information".to_owned(),
        links: vec![link(Route::Guide(Topic::Handling), "All ways of moving information and what each marking means", None)],
    }
}

#[cfg(test)]
mod tests;
