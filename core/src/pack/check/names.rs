//! One name for one law: no source is registered twice under different ids, and a provision
//! that moved (Children Act 2004 s14B, now s16H) is named the same way in every string of
//! every pack, text and citations alike: "s16H (formerly s14B)".

use serde_json::Value;

use super::{Checker, Pack};
use crate::pack::{Moved, SourceRegistry};

/// Two sources with the same title or the same short name are one document under two ids;
/// each moved provision reads "old is now new".
pub(super) fn check_registry_names(checker: &mut Checker, registry: &SourceRegistry) {
    for source in &registry.sources {
        for text in source.moved.iter().filter(|text| Moved::parse(text).is_none()) {
            checker.report(format!("source {}", source.id), format!("moved '{text}' is not like 's14B is now s16H'"));
        }
    }
    for (index, source) in registry.sources.iter().enumerate() {
        for earlier in &registry.sources[..index] {
            for (what, theirs, ours) in
                [("title", &earlier.title, &source.title), ("short name", &earlier.short, &source.short)]
            {
                if theirs == ours {
                    checker.report(
                        format!("source {}", source.id),
                        format!("has the same {what} as source '{}' ('{ours}'): one source under two ids", earlier.id),
                    );
                }
            }
        }
    }
}

/// Every string in the pack that names a moved provision names it as [`Moved::cited_as`].
pub(super) fn check_moved_names(checker: &mut Checker, pack: &Pack) {
    let moved: Vec<(&str, Moved)> = checker
        .registry
        .sources
        .iter()
        .flat_map(|source| {
            source.moved.iter().filter_map(|text| Moved::parse(text)).map(|m| (source.short.as_str(), m))
        })
        .collect();
    if moved.is_empty() {
        return;
    }
    let Ok(value) = serde_json::to_value(pack) else { return };
    let mut found = Vec::new();
    visit_strings(&value, "pack", "", &mut |place, field, text| {
        for (law, provision) in &moved {
            let named = names(text, provision.from) || names(text, provision.to);
            if named && !text.contains(&provision.cited_as()) {
                found.push((
                    place.to_owned(),
                    format!(
                        "{field} names {} without '{}': the {law} provision moved, so cite it that way everywhere",
                        if names(text, provision.from) { provision.from } else { provision.to },
                        provision.cited_as()
                    ),
                ));
            }
        }
    });
    for (place, message) in found {
        checker.report(place, message);
    }
}

/// Whether `text` names `provision` as a whole word ("s14B", not "s14BA" or "ss14B").
fn names(text: &str, provision: &str) -> bool {
    text.match_indices(provision).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + provision.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Calls `found(place, field, text)` for every string in `value`, naming the place as the
/// checks do (`flowchart which-route node partnership-request`, an option by its label).
fn visit_strings(value: &Value, place: &str, field: &str, found: &mut impl FnMut(&str, &str, &str)) {
    match value {
        Value::String(text) => found(place, field, text),
        Value::Array(items) => {
            for item in items {
                let inner = match item.get("id").or_else(|| item.get("label")).and_then(Value::as_str) {
                    Some(label) if item.get("id").is_none() => format!("{place} option '{label}'"),
                    Some(id) => format!("{} {field} {id}", if place == "pack" { "" } else { place }).trim().to_owned(),
                    None => place.to_owned(),
                };
                visit_strings(item, &inner, field, found);
            }
        }
        Value::Object(fields) => {
            for (key, inner) in fields {
                visit_strings(inner, place, key, found);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests;
