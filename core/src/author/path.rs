//! Where a value or an item is in a pack being written: keys and positions
//! (`checklist`, 1, `item`, 2, `statement`), never the ids the lead typed, so a page can keep
//! its place while ids change. Positions follow items as they move.

use toml_edit::{Array, ArrayOfTables, Item, Table, TableLike, Value};

/// One step down: a key of a table, or a position in a list of items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Key(String),
    At(usize),
}

/// A place in the pack, from the top.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Path(pub Vec<Step>);

impl Path {
    /// The top of the pack.
    pub fn top() -> Path {
        Path::default()
    }

    /// This place's `key`.
    pub fn key(&self, key: &str) -> Path {
        self.with(Step::Key(key.to_owned()))
    }

    /// The item at `index` of the list here.
    pub fn at(&self, index: usize) -> Path {
        self.with(Step::At(index))
    }

    fn with(&self, step: Step) -> Path {
        let mut steps = self.0.clone();
        steps.push(step);
        Path(steps)
    }

    /// The place this one is in, and the last step; `None` at the top.
    pub fn split(&self) -> Option<(Path, &Step)> {
        let (last, parent) = self.0.split_last()?;
        Some((Path(parent.to_vec()), last))
    }

    /// The key of the item this is in and the key it is held under: `("node", "option")`
    /// for a wizard step's option; `("", "")` at the top.
    pub fn kind(&self) -> (&str, &str) {
        let mut keys = self.0.iter().rev().filter_map(|step| match step {
            Step::Key(key) => Some(key.as_str()),
            Step::At(_) => None,
        });
        let key = keys.next().unwrap_or_default();
        (keys.next().unwrap_or_default(), key)
    }

    /// The position of the wizard (`[[flowchart]]`) this place is in or is, if any.
    pub fn wizard(&self) -> Option<usize> {
        match self.0.as_slice() {
            [Step::Key(key), Step::At(index), ..] if key == "flowchart" => Some(*index),
            _ => None,
        }
    }

    /// The position of the item this is, if it is one of a list.
    pub fn index(&self) -> Option<usize> {
        match self.0.last() {
            Some(Step::At(index)) => Some(*index),
            _ => None,
        }
    }
}

/// The item at `path` below `top`.
pub(super) fn find<'a>(top: &'a Item, path: &Path) -> Option<&'a Item> {
    path.0.iter().try_fold(top, |item, step| match step {
        Step::Key(key) => item.get(key.as_str()),
        Step::At(index) => item.get(*index),
    })
}

/// The item at `path` below `top`, to change.
pub(super) fn find_mut<'a>(top: &'a mut Item, path: &Path) -> Option<&'a mut Item> {
    path.0.iter().try_fold(top, |item, step| match step {
        Step::Key(key) => item.get_mut(key.as_str()),
        Step::At(index) => item.get_mut(*index),
    })
}

/// The table at `path`, written as a `[table]` or inline as `{ … }`.
pub(super) fn table_mut<'a>(top: &'a mut Item, path: &Path) -> Option<&'a mut dyn TableLike> {
    find_mut(top, path)?.as_table_like_mut()
}

/// A list of items, written as `[[…]]` tables or inline as `[{ … }, { … }]`.
pub(super) enum List<'a> {
    Tables(&'a mut ArrayOfTables),
    Inline(&'a mut Array),
}

impl List<'_> {
    pub(super) fn len(&self) -> usize {
        match self {
            List::Tables(items) => items.len(),
            List::Inline(items) => items.len(),
        }
    }

    /// Adds `table` at `index`, written as the list's others are.
    pub(super) fn insert(&mut self, index: usize, table: Table) {
        match self {
            List::Tables(items) => items.insert(index, table),
            List::Inline(items) => {
                items.insert(index, table.into_inline_table());
                items.fmt();
            }
        }
    }

    /// Takes out the item at `index`, with its notes.
    pub(super) fn remove(&mut self, index: usize) -> Table {
        match self {
            List::Tables(items) => items.remove(index),
            List::Inline(items) => {
                let item = items.remove(index);
                items.fmt();
                match item {
                    Value::InlineTable(table) => table.into_table(),
                    _ => Table::new(),
                }
            }
        }
    }
}

/// The list of items at `path`, made if it is not there (or is an empty `[]` in a `[table]`)
/// and the place it belongs is.
pub(super) fn list_mut<'a>(top: &'a mut Item, path: &Path) -> Option<List<'a>> {
    let (parent, Step::Key(key)) = path.split()? else { return None };
    let holder = find_mut(top, &parent)?;
    if !holder.is_table() {
        let table = holder.as_inline_table_mut()?;
        return table.entry(key).or_insert(Value::Array(Array::new())).as_array_mut().map(List::Inline);
    }
    let table = holder.as_table_mut()?;
    let item = table.entry(key).or_insert_with(|| Item::ArrayOfTables(ArrayOfTables::new()));
    if item.as_array().is_some_and(|array| array.is_empty()) {
        *item = Item::ArrayOfTables(ArrayOfTables::new());
    }
    match item {
        Item::ArrayOfTables(items) => Some(List::Tables(items)),
        _ => item.as_array_mut().map(List::Inline),
    }
}

/// The item at `path` as the pack checks name it in their messages: `checklist before item
/// named`, `agreement contact Single point of contact (Anyshire Police)`, `agreement review`.
pub(super) fn place(top: &Item, path: &Path) -> String {
    let mut words = Vec::new();
    let mut item = Some(top);
    for step in &path.0 {
        item = match step {
            Step::Key(key) => {
                words.push(key.clone());
                item.and_then(|item| item.get(key.as_str()))
            }
            Step::At(index) => {
                let found = item.and_then(|item| item.get(*index));
                words.push(found.map(name).unwrap_or_default());
                found
            }
        };
    }
    words.join(" ")
}

/// An item's name in the checks' messages: its id, an option's label in quotes, or a
/// contact's role and organisation.
fn name(item: &Item) -> String {
    let text = |key: &str| item.get(key).and_then(Item::as_str).unwrap_or_default().to_owned();
    match (item.get("id"), item.get("label")) {
        (Some(_), _) => text("id"),
        (None, Some(_)) => format!("'{}'", text("label")),
        (None, None) => format!("{} ({})", text("role"), text("organisation")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_their_kind_and_position() {
        let item = Path::top().key("checklist").at(1).key("item").at(2);
        assert_eq!(item.kind(), ("checklist", "item"));
        assert_eq!(Path::top().key("flowchart").at(0).key("node").at(1).key("option").kind(), ("node", "option"));
        assert_eq!(Path::top().kind(), ("", ""));
        assert_eq!(item.index(), Some(2));
        let (list, last) = item.split().unwrap();
        assert_eq!((list, last), (Path::top().key("checklist").at(1).key("item"), &Step::At(2)));
        assert_eq!(Path::top().split(), None);
        assert_eq!(Path::top().key("pack").index(), None);
    }
}
