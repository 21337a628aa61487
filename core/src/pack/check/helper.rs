//! Checks on helper forms: each field the helper reads is there with its kind, and each
//! choice it offers names something real in the packs: the agreements with breach rules,
//! every retention rule, every protective marking. A question shown only for some choices
//! (suspension, the date to count from) is shown for exactly the choices it applies to.

use std::collections::BTreeSet;

use super::Checker;
use crate::form::helper::{Helper, AGREEMENT, COUNTED_FROM, RECORD, SUSPEND};
use crate::form::{Field, Form};
use crate::handling::Marking;
use crate::pack::Pack;

pub(super) fn check_helper(checker: &mut Checker, form: &Form, packs: &[Pack]) {
    let Some(helper) = form.helper else { return };
    let place = format!("form {}", form.id);
    for (index, (id, kind)) in helper.fields().iter().enumerate() {
        match form.fields().find(|field| field.id == *id) {
            None => checker.report(&place, format!("the {helper:?} helper needs a top-level field '{id}'")),
            Some(field) if field.kind != *kind => checker.report(&place, format!("field '{id}' must be {kind:?}")),
            Some(field) if index == 0 && !field.required => {
                checker.report(&place, format!("field '{id}' must be required"))
            }
            Some(_) => {}
        }
    }
    let field = |id: &str| form.fields().find(|field| field.id == id);
    let agreements = packs.iter().filter_map(|pack| Some((pack.pack.id.as_str(), pack.agreement.as_ref()?)));
    match helper {
        Helper::Breach => {
            let with_rules = agreements.clone().filter(|(_, agreement)| agreement.breach.is_some());
            let suspends = agreements.filter(|(_, a)| a.breach.as_ref().is_some_and(|b| b.suspension_days.is_some()));
            offers(checker, &place, field(AGREEMENT), with_rules.map(|(id, _)| id.to_owned()).collect());
            shown_for(checker, &place, field(SUSPEND), AGREEMENT, suspends.map(|(id, _)| id.to_owned()).collect());
        }
        Helper::Retention => {
            let rules = agreements.flat_map(|(_, agreement)| &agreement.retention);
            let ids: Vec<String> = rules.clone().map(|rule| rule.id.clone()).collect();
            if ids.len() != ids.iter().collect::<BTreeSet<_>>().len() {
                checker
                    .report(&place, "retention rule ids must be unique across the packs for the helper to name them");
            }
            offers(checker, &place, field(RECORD), ids.into_iter().collect());
            let dated = rules.filter(|rule| rule.needs_date()).map(|rule| rule.id.clone());
            shown_for(checker, &place, field(COUNTED_FROM), RECORD, dated.collect());
        }
        Helper::Meeting => {
            let markings = Marking::ALL.iter().map(|marking| marking.slug().to_owned()).collect();
            offers(checker, &place, field(crate::form::helper::CLASSIFICATION), markings);
        }
    }
}

/// The field's options are exactly `expected`.
fn offers(checker: &mut Checker, place: &str, field: Option<&Field>, expected: BTreeSet<String>) {
    let Some(field) = field else { return };
    let offered: BTreeSet<String> = field.options.iter().map(|option| option.value.clone()).collect();
    if offered != expected {
        checker.report(place, format!("field '{}' must offer exactly {expected:?}, not {offered:?}", field.id));
    }
}

/// The field is shown when the field `on` is one of exactly `expected`.
fn shown_for(checker: &mut Checker, place: &str, field: Option<&Field>, on: &str, expected: BTreeSet<String>) {
    let Some(field) = field else { return };
    let shown = field.show_if.as_ref().filter(|when| when.field.as_deref() == Some(on));
    if shown.map(|when| when.one_of.iter().cloned().collect::<BTreeSet<_>>()).as_ref() != Some(&expected) {
        checker.report(place, format!("field '{}' must have show_if on '{on}' one_of exactly {expected:?}", field.id));
    }
}
