//! The sheets of an agreement's own rules (schema 3): its breach rules, retention rules and
//! meeting declaration, and the pack's protective markings and handling rules, with every
//! key `docs/packs.md` gives them.

use super::{field, optional, Field, Kind, Sheet, CITE};

const MARKINGS: &[(&str, &str)] = &[
    ("official", "OFFICIAL"),
    ("official-sensitive", "OFFICIAL-SENSITIVE"),
    ("secret", "SECRET"),
    ("top-secret", "TOP SECRET"),
];

const METHODS: &[(&str, &str)] = &[
    ("secure-email", "Secure (encrypted) email"),
    ("ordinary-email", "Ordinary email"),
    ("post-or-courier", "Post or courier"),
    ("by-hand", "By hand"),
    ("removable-media", "Laptops, USB sticks and other removable media"),
    ("telephone", "Telephone"),
    ("fax", "Fax"),
    ("storage", "Storage"),
    ("disposal", "Disposal and destruction"),
    ("meeting-papers", "Meeting agendas and minutes"),
];

const COUNTS: &[(&str, &str)] = &[
    ("years-after", "A number of years after a date"),
    ("school-year-after-birthday", "The end of the school year after a birthday"),
    ("when-event", "Until something happens"),
];

const NOTE: Field =
    optional("note", "Note", "How InfoShare reads wording that could be read more than one way", Kind::LongText);

const fn whole(key: &'static str, label: &'static str, hint: &'static str) -> Field {
    optional(key, label, hint, Kind::Number)
}

/// The agreement's breach rules, retention rules and meeting declaration, and the pack's
/// protective markings and handling rules.
pub(super) const RULES: &[Sheet] = &[
    Sheet {
        key: "breach",
        under: "",
        noun: "breach rules",
        title: "",
        fields: &[
            field(
                "ico_hours",
                "Hours to tell the ICO",
                "Counted from discovery, in elapsed hours: usually 72",
                Kind::Number,
            ),
            field("tell", "Who to tell at once", "One sentence a line, in order", Kind::Lines),
            whole(
                "suspension_days",
                "Days the agreement may be suspended for",
                "Only if the agreement provides for it",
            ),
            whole(
                "meeting_within_days",
                "Days within which the partners meet",
                "After a suspension; with the days above",
            ),
            NOTE,
            CITE,
        ],
        tables: &[],
        lists: &[],
        parts: &[],
    },
    Sheet {
        key: "retention",
        under: "",
        noun: "retention rule",
        title: "title",
        fields: &[
            super::ID,
            field("title", "What it covers", "As a heading: Police copies of requests and responses", Kind::Text),
            field("holder", "Who keeps it", "", Kind::Text),
            field("count", "How it counts", "", Kind::Choice(COUNTS)),
            whole("years", "Years", "For a number of years after a date"),
            whole("age", "Age", "For the school year after a birthday: the age, such as 25"),
            optional("from", "Counted from", "The date the practitioner enters: Date of the response", Kind::Text),
            optional(
                "event",
                "Until",
                "For a rule that ends with an event: when the child leaves the school",
                Kind::Text,
            ),
            field("then", "Then", "What to do when the date comes", Kind::LongText),
            NOTE,
            CITE,
        ],
        tables: &[],
        lists: &[],
        parts: &[],
    },
    Sheet {
        key: "meeting",
        under: "",
        noun: "meeting declaration",
        title: "",
        fields: &[
            field("declaration", "Declaration", "What each attendee agrees to, as one paragraph", Kind::LongText),
            field(
                "not_signed",
                "If their organisation has not signed",
                "Extra care for attendees whose organisation has not signed the agreement",
                Kind::LongText,
            ),
            CITE,
        ],
        tables: &[],
        lists: &[],
        parts: &[],
    },
    Sheet {
        key: "classification",
        under: "",
        noun: "protective marking",
        title: "marking",
        fields: &[
            field("marking", "Marking", "", Kind::Choice(MARKINGS)),
            field("meaning", "What it means", "As the agreement defines it", Kind::LongText),
            CITE,
        ],
        tables: &[],
        lists: &[],
        parts: &[],
    },
    Sheet {
        key: "handling",
        under: "",
        noun: "handling rule",
        title: "method",
        fields: &[
            field("method", "Method", "", Kind::Choice(METHODS)),
            field(
                "markings",
                "At these markings",
                "One a line: official, official-sensitive, secret or top-secret",
                Kind::Lines,
            ),
            field("rule", "What to do", "One sentence or a few", Kind::LongText),
            CITE,
        ],
        tables: &[],
        lists: &[],
        parts: &[],
    },
];
