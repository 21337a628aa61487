//! The sheets of a pack's decision wizards (their steps, and a question's options) and forms
//! (sections, fields of every kind with their options and a group's own fields, cross-field
//! rules, routes and their deadlines), with every key `docs/packs.md` gives them.

use super::{field, named, optional, Field, Kind, Sheet, CITE, HINT, ID, MORE_CITES, NEXT, NOTE, PURPOSE, TITLE};

const NODE_KINDS: &[(&str, &str)] =
    &[("question", "A question"), ("info", "Information, then the next step"), ("outcome", "An outcome")];

const FIELD_KINDS: &[(&str, &str)] = &[
    ("text", "One line of text"),
    ("long-text", "Paragraphs"),
    ("person-name", "A person's name"),
    ("email", "An email address"),
    ("phone", "A UK telephone number"),
    ("date", "A date"),
    ("date-time", "A date and time"),
    ("postcode", "A postcode"),
    ("address", "An address"),
    ("yes-no", "Yes or no"),
    ("single-choice", "One of its options"),
    ("multiple-choice", "Any of its options"),
    ("nhs-number", "An NHS number"),
    ("reference", "A reference"),
    ("number", "A whole number"),
    ("group", "A repeatable group of fields"),
];

const BOUNDS: &[(&str, &str)] = &[
    ("any", "Any date"),
    ("past", "In the past"),
    ("not-future", "Today or before"),
    ("not-past", "Today or after"),
    ("birth", "A date of birth (past, at most 120 years ago)"),
];

const HELPERS: &[(&str, &str)] =
    &[("", "None"), ("breach", "Breach"), ("retention", "Retention"), ("meeting", "Meeting sign-in")];

const RULE_KINDS: &[(&str, &str)] = &[
    ("distinct", "No two instances of a group the same (group, fields)"),
    ("in-order", "One date not before another (first, then, warn after hours)"),
    ("warning", "A warning on a field while a condition holds (when, field, message)"),
    ("age-matches-birth-date", "A stated age agrees with a date of birth (age, birth, at)"),
    ("address-history", "An address history (since, addresses, from, to, years, gap days)"),
    ("decision-record", "The decision record's own fields"),
];

const UNITS: &[(&str, &str)] =
    &[("working-days", "Working days"), ("days", "Days"), ("hours", "Hours"), ("same-day", "The same day")];

const fn condition(key: &'static str, label: &'static str) -> Field {
    optional(key, label, "Any condition docs/packs.md describes, such as { any = [ … ] }", Kind::Condition)
}

const fn number(key: &'static str, label: &'static str) -> Field {
    optional(key, label, "", Kind::Number)
}

const fn yes_no(key: &'static str, label: &'static str, hint: &'static str) -> Field {
    optional(key, label, hint, Kind::YesNo)
}

/// A wizard, its steps, a question's options and what an outcome carries into a wizard it opens.
pub(super) const WIZARDS: &[Sheet] = &[
    Sheet {
        key: "flowchart",
        under: "",
        noun: "decision wizard",
        title: "title",
        fields: &[
            ID,
            TITLE,
            PURPOSE,
            field("start", "First step", "The id of the step it starts at", Kind::Text),
            field(
                "exit",
                "Immediate risk outcome",
                "The id of the outcome for \"Someone is at immediate risk\"",
                Kind::Text,
            ),
            CITE,
        ],
        tables: &[],
        lists: &["node"],
        parts: &[],
    },
    Sheet {
        key: "node",
        under: "",
        noun: "step",
        title: "id",
        fields: &[
            ID,
            field("kind", "Kind of step", "", Kind::Choice(NODE_KINDS)),
            field("text", "Text", "The question, the information, or the outcome's heading", Kind::LongText),
            HINT,
            optional("next", "Next step", "Information: the id of the step after it", Kind::Text),
            optional("next_steps", "What to do now", "Outcomes: one a line", Kind::Lines),
            optional("opens", "Tools it opens", "Outcomes: one a line, as forms/your-pack/form-id", Kind::Lines),
            MORE_CITES,
        ],
        tables: &[],
        lists: &["option", "carry"],
        parts: &[],
    },
    Sheet {
        key: "option",
        under: "node",
        noun: "option",
        title: "label",
        fields: &[
            field("label", "Label", "", Kind::Text),
            HINT,
            NEXT,
            optional("finding", "Finding", "What choosing it establishes, for the record", Kind::LongText),
            MORE_CITES,
        ],
        tables: &[],
        lists: &[],
        parts: &[],
    },
    Sheet {
        key: "carry",
        under: "",
        noun: "carried answer",
        title: "answers",
        fields: &[
            field("to", "Wizard it opens", "As written in the outcome's tools", Kind::Text),
            field("from", "Question here", "A question's id on the way to this outcome", Kind::Text),
            field("chose", "Option chosen", "The option's label", Kind::Text),
            field("answers", "Question there", "A question's id in the wizard it opens", Kind::Text),
            field("with", "Option given", "The option's label there", Kind::Text),
        ],
        tables: &[],
        lists: &[],
        parts: &[],
    },
];

/// A form, its sections, fields and their options, rules, routes and a route's deadline.
pub(super) const FORMS: &[Sheet] = &[
    Sheet {
        key: "form",
        under: "",
        noun: "form",
        title: "title",
        fields: &[
            ID,
            TITLE,
            PURPOSE,
            field("intro", "Introduction", "Shown above the form", Kind::LongText),
            NOTE,
            optional("calendar", "Bank holidays", "A calendar's id, for working days: england-and-wales", Kind::Text),
            optional("reply", "Reply form", "The id of the form a recipient answers with", Kind::Text),
            optional("helper", "Helper", "Adds what the agreements' rules give", Kind::Choice(HELPERS)),
            MORE_CITES,
        ],
        tables: &[],
        lists: &["section", "rule", "route"],
        parts: &[],
    },
    Sheet {
        key: "section",
        under: "",
        noun: "section",
        title: "title",
        fields: &[ID, TITLE, HINT],
        tables: &[],
        lists: &["field"],
        parts: &[],
    },
    Sheet {
        key: "field",
        under: "",
        noun: "field",
        title: "label",
        fields: &[
            ID,
            field("kind", "Kind of answer", "", Kind::Choice(FIELD_KINDS)),
            field("label", "Label", "The question or the name of the box", Kind::Text),
            HINT,
            optional("name", "Name in messages", "Ends \"Enter …\" messages: the date of birth", Kind::Text),
            optional("missing", "Message when missing", "The whole message, if the usual one reads badly", Kind::Text),
            yes_no("required", "Required", ""),
            condition("show_if", "Shown only when"),
            condition("required_if", "Required when"),
            optional("bounds", "Dates allowed", "", Kind::Choice(BOUNDS)),
            number("max_length", "Most characters"),
            number("min", "Smallest number"),
            number("max", "Largest number"),
            yes_no("postcode_required", "Postcode required", "Addresses"),
            optional("item", "One of the group is a", "Groups: \"subject\" gives Subject 2, Add a subject", Kind::Text),
            optional("items", "Plural", "Groups, for an irregular plural", Kind::Text),
            number("min_items", "Fewest in the group"),
            yes_no("sign_in", "Signature line for each", "Groups"),
            MORE_CITES,
        ],
        tables: &[],
        lists: &["option", "field"],
        parts: &[],
    },
    Sheet {
        key: "option",
        under: "field",
        noun: "option",
        title: "label",
        fields: &[
            field("value", "Value", "Kept in the answers and named by conditions", Kind::Text),
            field("label", "Label", "", Kind::Text),
            HINT,
        ],
        tables: &[],
        lists: &[],
        parts: &[],
    },
    Sheet {
        key: "rule",
        under: "",
        noun: "rule",
        title: "id",
        fields: &[
            ID,
            field("kind", "Kind of rule", "", Kind::Choice(RULE_KINDS)),
            optional("in", "In each of", "A group's id (groups within groups: subjects.addresses)", Kind::Text),
            named("group", "Group"),
            optional("fields", "Fields", "Field ids, one a line", Kind::Lines),
            named("first", "First date"),
            named("then", "Then date"),
            number("warn_after_hours", "Warn after (hours)"),
            condition("when", "When"),
            named("field", "Field warned"),
            optional("message", "Warning", "", Kind::LongText),
            named("age", "Age"),
            named("birth", "Date of birth"),
            named("at", "Age on"),
            named("since", "Current address since"),
            named("addresses", "Earlier addresses"),
            named("from", "Moved in"),
            named("to", "Moved out"),
            number("years", "Years of history"),
            number("gap_days", "Longest gap (days)"),
            MORE_CITES,
        ],
        tables: &[],
        lists: &[],
        parts: &[],
    },
    Sheet {
        key: "route",
        under: "",
        noun: "route",
        title: "title",
        fields: &[
            ID,
            field("title", "Title", "What to do: Send this form to the disclosure team", Kind::Text),
            condition("when", "Applies when"),
            optional("for_each", "For each of", "A group's id: once for each instance", Kind::Text),
            optional("to", "Recipient", "A role or team, never a person", Kind::Text),
            optional("address", "Address", "A team's email address", Kind::Text),
            optional("steps", "Steps", "One a line", Kind::Lines),
            CITE,
        ],
        tables: &["deadline"],
        lists: &[],
        parts: &[],
    },
    Sheet {
        key: "deadline",
        under: "",
        noun: "deadline",
        title: "",
        fields: &[
            field("unit", "Counted in", "Working days skip weekends and the form's bank holidays", Kind::Choice(UNITS)),
            field("count", "How many", "", Kind::Number),
            optional("from", "From", "The id of a date or date and time field; empty for from now", Kind::Text),
            field("text", "Text", "{due} is the date and {count} the number: Reply by {due}", Kind::LongText),
        ],
        tables: &[],
        lists: &[],
        parts: &[],
    },
];
