//! Where in a pack's TOML a problem is: the line of the item a check names and the field its
//! message is about, so a safeguarding lead writing a pack can go straight to it.

use super::{PackProblem, ParseError};

/// A problem in a pack file, placed for the person who wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocatedProblem {
    pub line: Option<usize>,
    /// The TOML key the problem is about, when the message makes it clear.
    pub field: Option<String>,
    /// The item, as the checks name it (`checklist my-list item rule-1`); empty for a
    /// problem found while reading the TOML.
    pub place: String,
    pub message: String,
}

impl std::fmt::Display for LocatedProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "Line {line}")?,
            None => write!(f, "Somewhere in the file")?,
        }
        if let Some(field) = &self.field {
            write!(f, ", field {field}")?;
        }
        if !self.place.is_empty() {
            write!(f, ", {}", self.place)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Words in check messages, and the field each is about.
const FIELDS: &[(&str, &str)] = &[
    ("no citation", "cite"),
    ("cites unknown source", "cite"),
    ("citation of", "cite"),
    ("id '", "id"),
    ("start '", "start"),
    ("exit '", "exit"),
    ("leads to '", "next"),
    ("law_as_at", "law_as_at"),
    ("version '", "version"),
    ("lists no sources", "sources"),
    ("lists unknown source", "sources"),
    ("has no items", "item"),
    ("has no rules", "rule"),
    ("schema ", "schema"),
    ("key '", "key"),
    ("key is a secret key", "key"),
    ("published '", "published"),
    ("address '", "address"),
];

/// Places a problem the checks found in the pack whose TOML is `text`.
pub fn locate(text: &str, problem: PackProblem) -> LocatedProblem {
    let empty_field = problem.message.strip_suffix(" is empty").filter(|field| !field.contains(' '));
    let field = empty_field
        .or_else(|| FIELDS.iter().find(|(words, _)| problem.message.contains(words)).map(|(_, field)| *field))
        .map(str::to_owned);
    LocatedProblem { line: line_of(text, &problem.place), field, place: problem.place, message: problem.message }
}

/// Places a problem found while reading the TOML (a syntax error, a missing or unknown field).
pub fn located_parse_error(error: ParseError) -> LocatedProblem {
    let field = error.message.split('`').nth(1).filter(|name| !name.is_empty()).map(str::to_owned);
    LocatedProblem { line: error.line, field, place: String::new(), message: error.message }
}

/// The 1-based line of the item a problem's place names: the pack table for `pack`, else
/// each named id in turn (an option by its label), each searched for after the one before.
pub fn line_of(text: &str, place: &str) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    if place == "pack" {
        return lines.iter().position(|line| line.trim() == "[pack]").map(|index| index + 1);
    }
    let (items, option) = match place.split_once(" option ") {
        Some((items, label)) => (items, Some(label.trim_matches('\''))),
        None => (place, None),
    };
    let mut from = None;
    let ids = items.split_whitespace().skip(1).step_by(2);
    for (key, value) in ids.map(|id| ("id", id)).chain(option.map(|label| ("label", label))) {
        let start = from.map_or(0, |index| index + 1);
        let found = lines.iter().skip(start).position(|line| assigns(line, key, value))?;
        from = Some(start + found);
    }
    from.map(|index| index + 1)
}

/// Whether a TOML line sets `key` to the string `value` (either quote, any spacing).
fn assigns(line: &str, key: &str, value: &str) -> bool {
    let Some((name, assigned)) = line.split_once('=') else { return false };
    let assigned = assigned.trim();
    name.trim() == key
        && [('"', '"'), ('\'', '\'')]
            .iter()
            .any(|(open, close)| assigned.strip_prefix(*open).and_then(|rest| rest.strip_suffix(*close)) == Some(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r#"[pack]
id = "łódź-area"

[[checklist]]
id = "intake"

[[checklist.item]]
id = "consent"
text = "Has consent been sought?"

[[flowchart]]
id='share'

[[flowchart.node]]
id = "consent"

[[flowchart.node.option]]
label = "Not sure"
next = "nowhere"
"#;

    fn problem(place: &str, message: &str) -> PackProblem {
        PackProblem { pack: "łódź-area".to_owned(), place: place.to_owned(), message: message.to_owned() }
    }

    #[test]
    fn items_are_found_in_order_even_when_ids_repeat() {
        assert_eq!(line_of(TEXT, "pack"), Some(1));
        assert_eq!(line_of(TEXT, "checklist intake item consent"), Some(8));
        assert_eq!(line_of(TEXT, "flowchart share"), Some(12));
        assert_eq!(line_of(TEXT, "flowchart share node consent"), Some(15));
        assert_eq!(line_of(TEXT, "flowchart share node consent option 'Not sure'"), Some(18));
        assert_eq!(line_of(TEXT, "flowchart nowhere node consent"), None);
    }

    #[test]
    fn problems_name_their_line_and_field() {
        let located = locate(TEXT, problem("checklist intake item consent", "has no citation"));
        assert_eq!((located.line, located.field.as_deref()), (Some(8), Some("cite")));
        assert_eq!(located.to_string(), "Line 8, field cite, checklist intake item consent: has no citation");
        let next = locate(
            TEXT,
            problem("flowchart share node consent option 'Not sure'", "leads to 'nowhere', which is not a node"),
        );
        assert_eq!((next.line, next.field.as_deref()), (Some(18), Some("next")));
        let empty = locate(TEXT, problem("checklist intake item consent", "text is empty"));
        assert_eq!(empty.field.as_deref(), Some("text"));
    }

    #[test]
    fn reading_errors_keep_their_line_and_name_the_field() {
        let error = ParseError {
            file: "a.toml".into(),
            line: Some(3),
            column: Some(1),
            message: "missing field `title`".into(),
        };
        let located = located_parse_error(error);
        assert_eq!((located.line, located.field.as_deref()), (Some(3), Some("title")));
        assert_eq!(located.to_string(), "Line 3, field title: missing field `title`");
    }
}
