//! What the user typed into a form, exactly as typed: a tree from field id to value, where a
//! repeatable group holds its instances as an ordered list. Held in memory only.
//!
//! Values are addressed by paths: `request-date.day`, `subjects[2].forename`,
//! `subjects[2].other-addresses[0].address.postcode`. A path is group instances
//! (`id[index]`), then a field id, then for dates, date-times and addresses the part
//! (`day`, `month`, `year`, `time`, `lines`, `postcode`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The answers to one form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(BTreeMap<String, Value>);

/// One field's answer. In JSON: a string, a list of strings, an object of strings, or a list
/// of answer objects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    /// Text, a number, a postcode, or the chosen value of a single choice or yes/no.
    Text(String),
    /// The chosen values of a multiple choice.
    Choices(Vec<String>),
    /// The boxes of a date, date-time or address, by part name.
    Parts(BTreeMap<String, String>),
    /// A repeatable group's instances, in order.
    Group(Vec<Answers>),
}

/// A parsed path: the group instances to walk through, then one or two names.
pub(super) struct Path<'p> {
    pub instances: Vec<(&'p str, usize)>,
    pub field: &'p str,
    pub part: Option<&'p str>,
}

pub(super) fn parse(path: &str) -> Option<Path<'_>> {
    let mut instances = Vec::new();
    let mut names = Vec::new();
    for segment in path.split('.') {
        match segment.strip_suffix(']').and_then(|s| s.split_once('[')) {
            Some((id, index)) if names.is_empty() && !id.is_empty() => instances.push((id, index.parse().ok()?)),
            None if !segment.is_empty() && !segment.contains(['[', ']']) => names.push(segment),
            _ => return None,
        }
    }
    match names.as_slice() {
        [field] => Some(Path { instances, field, part: None }),
        [field, part] => Some(Path { instances, field, part: Some(part) }),
        _ => None,
    }
}

impl Answers {
    /// The value of a field at this level, by id.
    pub fn get(&self, id: &str) -> Option<&Value> {
        self.0.get(id)
    }

    /// Stores a field's whole value at this level.
    pub(super) fn insert(&mut self, id: &str, value: Value) {
        self.0.insert(id.to_owned(), value);
    }

    /// The answers holding the field a path names.
    fn holder(&self, path: &Path) -> Option<&Answers> {
        path.instances.iter().try_fold(self, |answers, &(id, index)| match answers.0.get(id)? {
            Value::Group(instances) => instances.get(index),
            _ => None,
        })
    }

    /// The answers holding the field a path names, adding an instance when the index is one
    /// past the end (so filling in a new instance needs no separate step).
    fn holder_mut(&mut self, path: &Path) -> Option<&mut Answers> {
        path.instances.iter().try_fold(self, |answers, &(id, index)| {
            let instances = answers.group_mut(id)?;
            if index == instances.len() {
                instances.push(Answers::default());
            }
            instances.get_mut(index)
        })
    }

    /// A group's instances, made into a group if the id held something else.
    fn group_mut(&mut self, id: &str) -> Option<&mut Vec<Answers>> {
        let value = self.0.entry(id.to_owned()).or_insert_with(|| Value::Group(Vec::new()));
        if !matches!(value, Value::Group(_)) {
            *value = Value::Group(Vec::new());
        }
        match value {
            Value::Group(instances) => Some(instances),
            _ => None,
        }
    }

    /// The text typed at a path; empty when nothing is.
    pub fn text(&self, path: &str) -> &str {
        let Some(path) = parse(path) else { return "" };
        let value = self.holder(&path).and_then(|answers| answers.0.get(path.field));
        match (value, path.part) {
            (Some(Value::Text(text)), None) => text,
            (Some(Value::Parts(parts)), Some(part)) => parts.get(part).map_or("", String::as_str),
            _ => "",
        }
    }

    /// Stores text at a path exactly as typed. False if the path is not well formed or names
    /// an instance more than one past the end.
    pub fn set_text(&mut self, path: &str, value: impl Into<String>) -> bool {
        let Some(parsed) = parse(path) else { return false };
        let Some(answers) = self.holder_mut(&parsed) else { return false };
        match parsed.part {
            None => {
                answers.0.insert(parsed.field.to_owned(), Value::Text(value.into()));
            }
            Some(part) => {
                let entry = answers.0.entry(parsed.field.to_owned()).or_insert_with(|| Value::Parts(BTreeMap::new()));
                if !matches!(entry, Value::Parts(_)) {
                    *entry = Value::Parts(BTreeMap::new());
                }
                if let Value::Parts(parts) = entry {
                    parts.insert(part.to_owned(), value.into());
                }
            }
        }
        true
    }

    /// The same answers with text stored at a path (for building answers in code).
    pub fn with(mut self, path: &str, value: &str) -> Answers {
        self.set_text(path, value);
        self
    }

    /// The values chosen in a multiple choice, in the order they were chosen.
    pub fn choices(&self, path: &str) -> &[String] {
        let Some(path) = parse(path).filter(|path| path.part.is_none()) else { return &[] };
        match self.holder(&path).and_then(|answers| answers.0.get(path.field)) {
            Some(Value::Choices(chosen)) => chosen,
            _ => &[],
        }
    }

    /// Ticks or unticks one value of a multiple choice.
    pub fn set_choice(&mut self, path: &str, value: &str, chosen: bool) -> bool {
        let Some(parsed) = parse(path).filter(|path| path.part.is_none()) else { return false };
        let Some(answers) = self.holder_mut(&parsed) else { return false };
        let entry = answers.0.entry(parsed.field.to_owned()).or_insert_with(|| Value::Choices(Vec::new()));
        if !matches!(entry, Value::Choices(_)) {
            *entry = Value::Choices(Vec::new());
        }
        if let Value::Choices(values) = entry {
            values.retain(|existing| existing != value);
            if chosen {
                values.push(value.to_owned());
            }
        }
        true
    }

    /// How many instances a group has.
    pub fn count(&self, path: &str) -> usize {
        let Some(path) = parse(path).filter(|path| path.part.is_none()) else { return 0 };
        match self.holder(&path).and_then(|answers| answers.0.get(path.field)) {
            Some(Value::Group(instances)) => instances.len(),
            _ => 0,
        }
    }

    /// Adds an empty instance to the end of a group; returns its index.
    pub fn add(&mut self, path: &str) -> Option<usize> {
        let parsed = parse(path).filter(|path| path.part.is_none())?;
        let instances = self.holder_mut(&parsed)?.group_mut(parsed.field)?;
        instances.push(Answers::default());
        Some(instances.len() - 1)
    }

    /// Removes one instance of a group; the later ones move up.
    pub fn remove(&mut self, path: &str, index: usize) -> bool {
        let Some(parsed) = parse(path).filter(|path| path.part.is_none()) else { return false };
        let Some(answers) = self.holder_mut(&parsed) else { return false };
        match answers.0.get_mut(parsed.field) {
            Some(Value::Group(instances)) if index < instances.len() => {
                instances.remove(index);
                true
            }
            _ => false,
        }
    }
}

impl Value {
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Value::Text(text) => Some(text),
            _ => None,
        }
    }

    /// One part of a date, date-time or address; empty when not typed.
    pub fn part(&self, name: &str) -> &str {
        match self {
            Value::Parts(parts) => parts.get(name).map_or("", String::as_str),
            _ => "",
        }
    }

    pub fn choices(&self) -> &[String] {
        match self {
            Value::Choices(chosen) => chosen,
            _ => &[],
        }
    }

    pub fn instances(&self) -> &[Answers] {
        match self {
            Value::Group(instances) => instances,
            _ => &[],
        }
    }

    /// Whether anything is typed or chosen (a group: whether it has an instance).
    pub fn is_answered(&self) -> bool {
        match self {
            Value::Text(text) => !text.trim().is_empty(),
            Value::Choices(chosen) => !chosen.is_empty(),
            Value::Parts(parts) => parts.values().any(|part| !part.trim().is_empty()),
            Value::Group(instances) => !instances.is_empty(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_stored_and_read_back_exactly_as_typed() {
        let mut answers = Answers::default();
        assert!(answers.set_text("reason", "  Line one\r\nLine two  "));
        assert_eq!(answers.text("reason"), "  Line one\r\nLine two  ");
        assert!(answers.set_text("request-date.day", "9"));
        assert_eq!(answers.text("request-date.day"), "9");
        assert_eq!(answers.text("request-date.month"), "");
        assert_eq!(answers.text("request-date"), "");
    }

    #[test]
    fn groups_grow_one_instance_at_a_time_and_shrink_in_order() {
        let mut answers = Answers::default();
        assert!(answers.set_text("subjects[0].forename", "Ann"));
        assert!(!answers.set_text("subjects[5].forename", "Too far"));
        assert_eq!(answers.add("subjects"), Some(1));
        assert!(answers.set_text("subjects[1].forename", "Ben"));
        assert!(answers.set_text("subjects[1].other-addresses[0].address.postcode", "LN5 7PH"));
        assert_eq!(answers.count("subjects"), 2);
        assert_eq!(answers.count("subjects[1].other-addresses"), 1);
        assert!(answers.remove("subjects", 0));
        assert_eq!(answers.text("subjects[0].forename"), "Ben");
        assert_eq!(answers.text("subjects[0].other-addresses[0].address.postcode"), "LN5 7PH");
        assert!(!answers.remove("subjects", 1));
    }

    #[test]
    fn choices_tick_and_untick() {
        let mut answers = Answers::default();
        answers.set_choice("requests", "police-disclosure", true);
        answers.set_choice("requests", "specific-request", true);
        answers.set_choice("requests", "police-disclosure", false);
        answers.set_choice("requests", "specific-request", true);
        assert_eq!(answers.choices("requests"), ["specific-request"]);
    }

    #[test]
    fn malformed_paths_are_refused_not_panicked_on() {
        let mut answers = Answers::default();
        for bad in
            ["", ".", "a..b", "a[", "a[x].b", "a]", "a.b.c", "a[0]", "a[0].b[1]x", "[0].a", "a[99999999999999999999].b"]
        {
            assert!(!answers.set_text(bad, "x"), "{bad}");
            assert_eq!(answers.text(bad), "", "{bad}");
        }
        assert_eq!(answers.add("a.b"), None);
    }

    #[test]
    fn json_is_plain() {
        let answers = Answers::default().with("name", "Ann").with("dob.day", "1").with("subjects[0].forename", "Ben");
        let json = serde_json::to_string(&answers).expect("serialises");
        assert_eq!(json, r#"{"dob":{"day":"1"},"name":"Ann","subjects":[{"forename":"Ben"}]}"#);
        assert_eq!(serde_json::from_str::<Answers>(&json).ok(), Some(answers));
    }
}
