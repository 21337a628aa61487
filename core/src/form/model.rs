//! The serde model of a form in a pack: sections of fields, repeatable groups, conditions,
//! cross-field rules and routes with deadlines. The schema is documented in `docs/packs.md`.

use serde::{Deserialize, Serialize};

use crate::pack::Citation;

/// A form: what the practitioner fills in, how it is checked and where it goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Form {
    pub id: String,
    pub title: String,
    /// A one-line purpose, shown where tools are listed.
    pub purpose: String,
    /// Shown above the form: when to use it.
    pub intro: String,
    #[serde(default)]
    pub note: Option<String>,
    /// The bank holiday calendar working-day deadlines count over, by id.
    #[serde(default)]
    pub calendar: Option<String>,
    /// The form, in the same pack, that a recipient answers this one with (it has an
    /// `in-reply-to` field for this form's reference).
    #[serde(default)]
    pub reply: Option<String>,
    /// What the form works out beyond its routes, from the agreements' own rules.
    #[serde(default)]
    pub helper: Option<super::helper::Helper>,
    /// Cites the whole form; fields and rules without their own citation inherit it.
    #[serde(default)]
    pub cite: Vec<Citation>,
    #[serde(rename = "section")]
    pub sections: Vec<Section>,
    /// In the compact packs file as JSON text: a rule's check is internally tagged and
    /// flattened into the rule, which only a self-describing format reads back.
    #[serde(default, rename = "rule", with = "crate::pack::compact::json_in_compact")]
    pub rules: Vec<Rule>,
    #[serde(default, rename = "route")]
    pub routes: Vec<Route>,
}

/// A titled part of a form (a fieldset). Sections add nothing to field paths: field ids are
/// unique across every section of a form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub hint: Option<String>,
    #[serde(rename = "field")]
    pub fields: Vec<Field>,
}

/// What a field asks for, which decides the input shown, how answers are stored and checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FieldKind {
    /// One line of text (pasted line breaks are read as spaces).
    Text,
    /// A text area (up to 10,000 characters unless `max_length` says otherwise).
    LongText,
    /// A name in any script: letters, spaces, hyphens and apostrophes.
    PersonName,
    Email,
    /// A UK telephone number.
    Phone,
    /// Day, month and year boxes.
    Date,
    /// Day, month and year boxes and a time.
    DateTime,
    Postcode,
    /// Address lines and a postcode.
    Address,
    /// Radios with the values `yes` and `no`.
    YesNo,
    /// Radios: one of `option`.
    SingleChoice,
    /// Checkboxes: any of `option`.
    MultipleChoice,
    NhsNumber,
    /// A reference such as a police occurrence number.
    Reference,
    /// A whole number, such as an age.
    Number,
    /// A repeatable group of fields: the user adds and removes instances, with no upper limit.
    Group,
}

impl FieldKind {
    /// Whether the answer is typed (the missing message says "Enter") or chosen ("Select").
    pub fn is_chosen(self) -> bool {
        matches!(self, FieldKind::YesNo | FieldKind::SingleChoice | FieldKind::MultipleChoice)
    }

    /// Date and date-time fields, which rules and deadlines can read as a point in time.
    pub fn is_dated(self) -> bool {
        matches!(self, FieldKind::Date | FieldKind::DateTime)
    }

    /// Kinds whose answers are free text with a length limit.
    pub fn default_limit(self) -> Option<usize> {
        match self {
            FieldKind::Text => Some(200),
            FieldKind::LongText => Some(10_000),
            FieldKind::PersonName => Some(100),
            FieldKind::Reference => Some(50),
            FieldKind::Address => Some(500),
            _ => None,
        }
    }
}

/// Where a date must lie relative to today.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateBounds {
    #[default]
    Any,
    /// Before today (for a date and time: before now).
    Past,
    /// Today or earlier (now or earlier).
    NotFuture,
    /// Today or later (now or later).
    NotPast,
    /// A date of birth: in the past and no more than 120 years ago.
    Birth,
}

/// One question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// Unique among its siblings; the last part of the field's path.
    pub id: String,
    pub kind: FieldKind,
    /// The question or label; starts "must ..." messages ("Date of birth must be in the past").
    pub label: String,
    /// What "Enter ..." and "Select ..." messages call the answer ("the child's date of birth").
    /// Defaults to "the" and the label.
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub hint: Option<String>,
    /// The whole message for a missing answer, when the default does not read well.
    #[serde(default)]
    pub missing: Option<String>,
    #[serde(default)]
    pub required: bool,
    /// Required only while this holds.
    #[serde(default)]
    pub required_if: Option<Condition>,
    /// Shown (and checked, and recorded) only while this holds.
    #[serde(default)]
    pub show_if: Option<Condition>,
    /// Choices for single- and multiple-choice fields.
    #[serde(default, rename = "option")]
    pub options: Vec<Choice>,
    /// Overrides the kind's length limit.
    #[serde(default)]
    pub max_length: Option<usize>,
    /// Number fields: the smallest and largest allowed.
    #[serde(default)]
    pub min: Option<u64>,
    #[serde(default)]
    pub max: Option<u64>,
    /// Date and date-time fields.
    #[serde(default)]
    pub bounds: DateBounds,
    /// Address fields: whether a postcode is needed (false for addresses that may be abroad).
    #[serde(default = "yes")]
    pub postcode_required: bool,
    /// Person-name fields: the sibling person-name field that holds the whole name of someone
    /// with only one name. The form then offers "This person has only one name", and when it
    /// is chosen this field is not asked ([`super::one_name`]).
    #[serde(default)]
    pub one_name: Option<String>,
    /// Groups: one instance, lowercase ("subject"), used in "Subject 2" and "Add a subject".
    #[serde(default)]
    pub item: Option<String>,
    /// Groups: the plural when adding "s" or "es" is wrong ("children").
    #[serde(default)]
    pub items: Option<String>,
    /// Groups: the fewest instances allowed.
    #[serde(default)]
    pub min_items: usize,
    /// Groups: each instance signs for itself on the printed record (a sign-in sheet).
    #[serde(default)]
    pub sign_in: bool,
    /// Groups: the fields of each instance.
    #[serde(default, rename = "field")]
    pub fields: Vec<Field>,
    #[serde(default)]
    pub cite: Vec<Citation>,
}

fn yes() -> bool {
    true
}

/// One choice of a single- or multiple-choice field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Stored in the answers and named by conditions; lowercase words and hyphens.
    pub value: String,
    pub label: String,
    #[serde(default)]
    pub hint: Option<String>,
}

/// A test of the answers. Exactly one of: a field test (`field` with `equals`, `one_of`,
/// `includes` or `answered`), `all`, `any`, `not` or `count`. Field references are resolved
/// from the innermost group outwards, so a field in a group can depend on its siblings and on
/// fields outside the group.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    #[serde(default)]
    pub field: Option<String>,
    /// Single choice or yes/no: the chosen value is this.
    #[serde(default)]
    pub equals: Option<String>,
    /// Single choice or yes/no: the chosen value is one of these.
    #[serde(default)]
    pub one_of: Vec<String>,
    /// Multiple choice: this value is among those chosen.
    #[serde(default)]
    pub includes: Option<String>,
    /// Whether the field has an answer (groups: at least one instance).
    #[serde(default)]
    pub answered: Option<bool>,
    #[serde(default)]
    pub all: Vec<Condition>,
    #[serde(default)]
    pub any: Vec<Condition>,
    #[serde(default)]
    pub not: Option<Box<Condition>>,
    #[serde(default)]
    pub count: Option<Count>,
}

/// How many instances of a group match, optionally within a rolling window of months.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Count {
    pub group: String,
    /// Counts only instances where this holds (tested inside each instance).
    #[serde(default)]
    pub matching: Option<Box<Condition>>,
    pub at_least: usize,
    /// Counts only instances whose `date` falls within this many months of each other.
    #[serde(default)]
    pub within_months: Option<u32>,
    /// The date or date-time field of the group that places each instance in time.
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub window: Window,
}

/// Which rolling windows a count looks at.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Window {
    /// Any window: true if some run of `within_months` holds enough instances.
    #[default]
    Any,
    /// The window ending at the instance being looked at (inside a route's `for_each` over
    /// the same group): true when this instance makes the count.
    EndingHere,
}

/// A check across fields. `in` names the group (as a path of group ids, such as
/// `subjects.other-addresses`) whose every instance the rule applies to; without it the rule
/// applies to the whole form.
///
/// Unknown keys are refused by [`RuleCheck`]: serde cannot refuse them on a struct with a
/// flattened part, and the check sees every key the rule itself does not take.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    pub id: String,
    #[serde(rename = "in", default)]
    pub scope: Option<String>,
    #[serde(flatten)]
    pub check: RuleCheck,
    #[serde(default)]
    pub cite: Vec<Citation>,
}

/// What a rule checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum RuleCheck {
    /// A stated age agrees with a date of birth, on the date of `at` (or today).
    AgeMatchesBirthDate {
        age: String,
        birth: String,
        #[serde(default)]
        at: Option<String>,
    },
    /// An address history: the current address since `since`, and earlier addresses in the
    /// group `addresses` with `from` and `to` dates, should cover `years` years without gaps
    /// longer than `gap_days` and without overlaps.
    AddressHistory { since: String, addresses: String, from: String, to: String, years: u32, gap_days: u32 },
    /// No two instances of `group` have the same answers to all of `fields`.
    Distinct { group: String, fields: Vec<String> },
    /// `then` is not before `first`; a warning when it is more than `warn_after_hours` later.
    InOrder {
        first: String,
        then: String,
        #[serde(default)]
        warn_after_hours: Option<u32>,
    },
    /// A warning shown on `field` while `when` holds.
    Warning { when: Condition, field: String, message: String },
    /// The fields of a decision record, checked by [`crate::record::validate`].
    DecisionRecord {},
}

/// Where the form goes, and by when, while `when` holds; with `for_each`, once for each
/// instance of that group where `when` holds (tested inside the instance).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    pub id: String,
    /// The heading, such as "Urgent: send this form to the LPSH today".
    pub title: String,
    #[serde(default)]
    pub when: Option<Condition>,
    #[serde(default)]
    pub for_each: Option<String>,
    /// Who receives it (a role or team, never a person).
    #[serde(default)]
    pub to: Option<String>,
    /// How to reach them: a team email address or telephone number from the agreement.
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub deadline: Option<Deadline>,
    #[serde(default)]
    pub steps: Vec<String>,
    pub cite: Vec<Citation>,
}

/// A time limit counted from a date or date-time field (or from now without one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    pub unit: Unit,
    #[serde(default)]
    pub count: u32,
    #[serde(default)]
    pub from: Option<String>,
    /// The sentence shown, with `{due}` for the deadline and `{count}` for the count:
    /// "Police should reply by {due}, {count} working days after the request".
    pub text: String,
}

/// What a deadline counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// The end of the day of `from`.
    SameDay,
    Hours,
    /// Calendar days.
    Days,
    /// Working days over the form's calendar, not counting the day of `from`.
    WorkingDays,
}

impl Form {
    /// The top-level fields of every section, in order.
    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.sections.iter().flat_map(|section| &section.fields)
    }

    /// The field an answer path names (`subjects[1].date-of-birth`, with no part such as
    /// `.day`); `None` if the form has no field there.
    pub fn field_at(&self, path: &str) -> Option<&Field> {
        let path = super::answers::parse(path).filter(|path| path.part.is_none())?;
        let mut fields: Vec<&Field> = self.fields().collect();
        for (id, _) in &path.instances {
            let group = fields.iter().copied().find(|field| field.id == *id && field.kind == FieldKind::Group)?;
            fields = group.fields.iter().collect();
        }
        fields.into_iter().find(|field| field.id == path.field)
    }
}

impl Section {
    /// Whether an answer path (`subjects[1].surname`, `request-date.day`) or a group's path
    /// falls in one of this section's fields.
    pub fn holds(&self, path: &str) -> bool {
        let top = path.split(['.', '[']).next().unwrap_or(path);
        self.fields.iter().any(|field| field.id == top)
    }
}

impl Field {
    /// Finds a field of this group by id.
    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields.iter().find(|field| field.id == id)
    }

    /// The length limit for free text, if the kind has one.
    pub fn limit(&self) -> Option<usize> {
        self.max_length.or(self.kind.default_limit())
    }

    /// Every value the field can take: its options, or `yes` and `no`.
    pub fn values(&self) -> Vec<&str> {
        match self.kind {
            FieldKind::YesNo => vec!["yes", "no"],
            _ => self.options.iter().map(|option| option.value.as_str()).collect(),
        }
    }

    /// The label shown for a chosen value.
    pub fn value_label<'a>(&'a self, value: &'a str) -> &'a str {
        match (self.kind, value) {
            (FieldKind::YesNo, "yes") => "Yes",
            (FieldKind::YesNo, "no") => "No",
            _ => self.options.iter().find(|option| option.value == value).map_or(value, |option| &option.label),
        }
    }
}
