//! The editing pages, as data: for each kind of item (by the key it is held under, and the key
//! of the item it is in where that changes what it is: a wizard step's option or a form
//! field's), its fields with their labels, hints and inputs, the single tables and lists of
//! items below it, and the parts below it edited as TOML text. The page draws any sheet the
//! same way.

mod rules;
mod tools;

use super::Path;
use rules::RULES;
use tools::{FORMS, WIZARDS};

/// How a field is entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// Paragraphs.
    LongText,
    /// A list, one entry a line.
    Lines,
    /// A whole number.
    Number,
    /// Citations, one a line as `source: place`.
    Cites,
    /// One of a few values (value, label); an optional field's `""` takes it out.
    Choice(&'static [(&'static str, &'static str)]),
    /// `true` or `false`.
    YesNo,
    /// A condition (`show_if`, a route's `when`): a question's id and the answer that makes
    /// it hold, or, for any other condition, the condition as TOML text.
    Condition,
}

/// One field of an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// The pack file's key.
    pub key: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
    pub kind: Kind,
    /// Taken out of the pack when left empty.
    pub optional: bool,
}

/// One kind of item's editing page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sheet {
    /// The key items of this kind are held under (`item`); empty for the whole pack.
    pub key: &'static str,
    /// The key of the item they are in, for a key that means different things in different
    /// items (`option` in a `node` and in a `field`); empty where the key alone says.
    pub under: &'static str,
    /// What one is called ("checklist item").
    pub noun: &'static str,
    /// The field that names one in a list.
    pub title: &'static str,
    pub fields: &'static [Field],
    /// Single tables below it, each with its own sheet.
    pub tables: &'static [&'static str],
    /// Lists of items below it, each item with its own sheet.
    pub lists: &'static [&'static str],
    /// Parts below it edited as TOML text, with what each holds.
    pub parts: &'static [(&'static str, &'static str)],
}

impl Sheet {
    /// The fields a new item starts with: every required one, empty (a number 0), the id
    /// numbered after the items already in its list.
    pub fn starting(&self, count: usize) -> Vec<(Field, String)> {
        let id = format!("{}-{}", self.key.replace('_', "-"), count + 1);
        self.fields
            .iter()
            .filter(|field| !field.optional)
            .map(|field| {
                let text = match (field.key, field.kind) {
                    ("id", _) => id.clone(),
                    (_, Kind::Number) => "0".to_owned(),
                    (_, Kind::Choice(choices)) => choices[0].0.to_owned(),
                    (_, Kind::YesNo) => "false".to_owned(),
                    _ => String::new(),
                };
                (*field, text)
            })
            .collect()
    }
}

const fn field(key: &'static str, label: &'static str, hint: &'static str, kind: Kind) -> Field {
    Field { key, label, hint, kind, optional: false }
}

const fn optional(key: &'static str, label: &'static str, hint: &'static str, kind: Kind) -> Field {
    Field { key, label, hint, kind, optional: true }
}

const ID: Field = field("id", "Id", "Lowercase letters, digits and hyphens, unique in the pack", Kind::Text);
const CITES_HINT: &str = "One a line, as the source's id, a colon and the place: anyshire-isa: §5";
const CITE: Field = field("cite", "Citations", CITES_HINT, Kind::Cites);
const MORE_CITES: Field = optional("cite", "Citations", CITES_HINT, Kind::Cites);
const TITLE: Field = field("title", "Title", "", Kind::Text);
const PURPOSE: Field = field("purpose", "Purpose", "One line, shown where tools are listed", Kind::Text);
const HINT: Field = optional("hint", "Hint", "Shown under it, if it helps", Kind::LongText);
const NOTE: Field =
    optional("note", "Note", "Any caveat about versions or differences between sources", Kind::LongText);
const NEXT: Field = field("next", "Next step", "The id of the step it leads to", Kind::Text);

/// An optional text field naming a form field by its id.
const fn named(key: &'static str, label: &'static str) -> Field {
    optional(key, label, "A field's id", Kind::Text)
}

/// The whole pack.
pub const TOP: Sheet = Sheet {
    key: "",
    under: "",
    noun: "pack",
    title: "",
    fields: &[],
    tables: &["pack", "agreement"],
    lists: &["source", "checklist", "flowchart", "form", "classification", "handling"],
    parts: &[
        ("flowchart", "Decision wizards"),
        ("form", "Forms"),
        ("calendar", "Bank holiday calendars"),
        ("scenario", "Training scenarios"),
        ("quiz", "Quiz questions"),
    ],
};

const SHEETS: &[Sheet] = &[
    Sheet {
        key: "pack",
        under: "",
        noun: "pack details",
        title: "title",
        fields: &[
            field(
                "id",
                "Pack id",
                "Lowercase letters, digits and hyphens; a shipped pack's id replaces it for the visit",
                Kind::Text,
            ),
            field("title", "Title", "", Kind::Text),
            field("version", "Version", "The pack's own version, such as 1.0.0", Kind::Text),
            field("schema", "Format version", "3 for a pack with an agreement's rules", Kind::Number),
            field(
                "law_as_at",
                "Law as at",
                "The date you checked the content against the law, as 2026-11-01",
                Kind::Text,
            ),
            field("summary", "Summary", "One sentence saying what the pack covers", Kind::LongText),
            field("sources", "Sources", "The ids of the sources the pack is built from, one a line", Kind::Lines),
        ],
        tables: &[],
        lists: &[],
        parts: &[],
    },
    Sheet {
        key: "source",
        under: "",
        noun: "source",
        title: "title",
        fields: &[
            ID,
            field("title", "Title", "The document's full title", Kind::Text),
            field("short", "Short name", "For citations, such as Anyshire ISA 2026", Kind::Text),
            field("kind", "Kind", "agreement, guidance, legislation or case-law", Kind::Text),
            field("publisher", "Publisher", "", Kind::Text),
            field("version", "Version", "As the document gives it", Kind::Text),
            field("date", "Date", "Of the version used, as the document states it", Kind::Text),
            optional("url", "Address", "Where staff can read it", Kind::Text),
            field("sections", "Sections used", "One a line, as the document numbers them", Kind::Lines),
            optional("note", "Note", "Anything a reader should know", Kind::LongText),
        ],
        tables: &[],
        lists: &[],
        parts: &[],
    },
    Sheet {
        key: "agreement",
        under: "",
        noun: "agreement",
        title: "name",
        fields: &[
            field("name", "Name", "The document's own name", Kind::Text),
            optional("reference", "Reference", "Its reference and version, as printed on it", Kind::Text),
            field("purpose", "Purpose", "What the agreement is for", Kind::LongText),
            field("partners", "Partners", "The organisations that are party to it, one a line", Kind::Lines),
            CITE,
        ],
        tables: &["review", "breach", "meeting"],
        lists: &["contact", "retention"],
        parts: &[],
    },
    Sheet {
        key: "contact",
        under: "",
        noun: "contact",
        title: "role",
        fields: &[
            field("role", "Role", "What they are for, such as Single point of contact", Kind::Text),
            field("organisation", "Organisation", "", Kind::Text),
            field("post", "Post or team", "A post, never a person's name", Kind::Text),
            optional("email", "Email address", "A team or post's address", Kind::Text),
            optional("phone", "Telephone", "", Kind::Text),
            CITE,
        ],
        tables: &[],
        lists: &[],
        parts: &[],
    },
    Sheet {
        key: "review",
        under: "",
        noun: "review rule",
        title: "rule",
        fields: &[
            field("rule", "Rule", "The agreement's review rule, paraphrased", Kind::LongText),
            field("from", "Counted from", "The date the schedule counts from, as 2026-01-31", Kind::Text),
            field("first_after_months", "First review after (months)", "", Kind::Number),
            field("then_every_months", "Then every (months)", "", Kind::Number),
            field("version_date", "Date of this version", "As 2026-01-31", Kind::Text),
            optional("note", "Note", "How InfoShare reads more than one review date", Kind::LongText),
        ],
        tables: &[],
        lists: &[],
        parts: &[],
    },
    Sheet {
        key: "checklist",
        under: "",
        noun: "checklist",
        title: "title",
        fields: &[
            ID,
            TITLE,
            PURPOSE,
            field(
                "intro",
                "Introduction",
                "Shown above the items: what the checklist is and when to use it",
                Kind::LongText,
            ),
            NOTE,
            CITE,
        ],
        tables: &[],
        lists: &["item"],
        parts: &[],
    },
    Sheet {
        key: "item",
        under: "",
        noun: "checklist item",
        title: "statement",
        fields: &[
            ID,
            field("statement", "Statement", "What the practitioner confirms, in plain English", Kind::LongText),
            field("meaning", "What this means for you", "In practice", Kind::LongText),
            field("if_not", "If not", "What to do when the answer is No or left unanswered", Kind::LongText),
            CITE,
        ],
        tables: &[],
        lists: &[],
        parts: &[],
    },
];

/// The sheet of items held under `key` in an item held under `under`; the whole pack's for an
/// empty key.
pub fn sheet(under: &str, key: &str) -> Option<&'static Sheet> {
    if key.is_empty() {
        return Some(&TOP);
    }
    let found =
        |under: &str| SHEETS.iter().chain(WIZARDS).chain(FORMS).chain(RULES).find(|s| s.key == key && s.under == under);
    found(under).or_else(|| found(""))
}

/// The sheet of the item (or the list of items) at `path`.
pub fn sheet_at(path: &Path) -> Option<&'static Sheet> {
    let (under, key) = path.kind();
    sheet(under, key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_and_list_named_has_a_sheet() {
        for sheet in std::iter::once(&TOP).chain(SHEETS).chain(WIZARDS).chain(FORMS).chain(RULES) {
            for key in sheet.tables.iter().chain(sheet.lists) {
                assert!(super::sheet(sheet.key, key).is_some(), "{key}");
            }
        }
    }

    #[test]
    fn new_items_start_with_every_required_field() {
        let item = sheet("", "item").unwrap().starting(2);
        let keys: Vec<&str> = item.iter().map(|(field, _)| field.key).collect();
        assert_eq!(keys, ["id", "statement", "meaning", "if_not", "cite"]);
        assert_eq!(item[0].1, "item-3");
        let review = sheet("", "review").unwrap().starting(0);
        assert!(review.iter().any(|(field, text)| field.key == "first_after_months" && text == "0"));
    }
}
