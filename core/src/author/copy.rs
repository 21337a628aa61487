//! A shipped pack written out as TOML to start from: the pack's own order of fields, each
//! list of items as `[[…]]` tables, citations and other small records inline, and no empty
//! optional lists.

use toml_edit::{ArrayOfTables, Item, Table};

use super::{read, Draft};
use crate::pack::Pack;

/// Longest inline record kept on one line, in characters.
const INLINE_WIDTH: usize = 100;

impl Draft {
    /// A copy of `pack` to edit.
    pub fn copy_of(pack: &Pack) -> Result<Draft, String> {
        let text = toml::to_string(pack).map_err(|error| format!("The pack could not be copied: {error}"))?;
        let mut doc = read(&text).map_err(|problem| problem.message)?;
        tidy(doc.as_table_mut());
        let mut draft = Draft::new(doc);
        draft.changed_shape();
        draft.unsaved = false;
        Ok(draft)
    }
}

/// Writes small records inline and drops empty lists of optional things, all the way down.
fn tidy(table: &mut Table) {
    table.retain(|_, item| !item.as_array().is_some_and(|array| array.is_empty()));
    for (mut key, item) in table.iter_mut() {
        match item {
            Item::Table(inner) => tidy(inner),
            Item::ArrayOfTables(items) if small(items) => {
                let array = std::mem::take(items).into_array();
                *item = Item::Value(array.into());
                key.leaf_decor_mut().clear();
            }
            Item::ArrayOfTables(items) => items.iter_mut().for_each(tidy),
            _ => {}
        }
    }
}

/// Whether each record is flat and short enough to read on one line.
fn small(items: &ArrayOfTables) -> bool {
    items.iter().all(|table| {
        table
            .iter()
            .all(|(_, item)| item.is_value() && !item.as_array().is_some_and(|a| a.iter().any(|v| v.is_inline_table())))
            && table.clone().into_inline_table().to_string().len() <= INLINE_WIDTH
    })
}
