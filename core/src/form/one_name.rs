//! People known by one name. A person-name field with `one_name` (a surname, say) offers
//! "This person has only one name": chosen, the field is not asked (hidden, unchecked and left
//! out of the record), the sibling field `one_name` names holds the whole name, and the
//! summary says the person has only one name rather than leaving a gap or inventing one.
//!
//! The choice is stored beside the field, at its id with [`SUFFIX`] (`subjects[0].surname-one-name`),
//! as `yes` when chosen.

use super::answers::Answers;
use super::fields::lower_first;
use super::model::Field;

/// The choice the form offers, word for word.
pub const LABEL: &str = "This person has only one name";

/// What the summary and the record show for the field left out.
pub const SUMMARY: &str = "None: this person has only one name";

/// The ending of the choice's id.
pub const SUFFIX: &str = "-one-name";

/// The stored value of the choice when chosen.
pub const CHOSEN: &str = "yes";

/// The id the choice is stored at, beside the field; `None` for a field that does not offer it.
pub fn choice_id(field: &Field) -> Option<String> {
    field.one_name.as_ref().map(|_| format!("{}{SUFFIX}", field.id))
}

/// Whether the answers at the field's level (its group instance, or the top level) say the
/// person has only one name.
pub fn chosen(field: &Field, answers: &Answers) -> bool {
    choice_id(field).is_some_and(|id| answers.get(&id).and_then(|value| value.as_text()) == Some(CHOSEN))
}

/// The hint under the choice, naming the field that then holds the name: "Enter it as their
/// forename".
pub fn hint(target: &Field) -> String {
    format!("Enter it as their {}", lower_first(target.label.trim()))
}
