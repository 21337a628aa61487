//! Changing a pack being written: a field's value as a page shows and sends it, items added,
//! removed and moved in their list, and a whole part (the forms, an agreement's breach rules)
//! as TOML text. Every change keeps the comments and layout around what it changes: a value
//! keeps the note beside it, an item carries the notes above it when it moves.

use toml_edit::{Array, DocumentMut, InlineTable, Item, Table, Value};

use super::path::{find, find_mut, list_mut, table_mut, Path, Step};
use super::sheet::{Field, Kind, Sheet};
use super::{read, Draft};
use crate::pack::LocatedProblem;

impl Draft {
    /// A field of the item at `item`, as its input shows it: citations one a line as
    /// `source: place`, lists one entry a line.
    pub fn get(&self, item: &Path, field: &Field) -> String {
        let value = match find(self.doc.as_item(), &item.key(field.key)) {
            Some(Item::Value(value)) => value.clone().decorated("", ""),
            // A condition written as a `[table]`, shown as its inline form.
            Some(Item::Table(table)) => Value::InlineTable(table.clone().into_inline_table()),
            _ => return String::new(),
        };
        match &value {
            Value::String(text) => text.value().clone(),
            Value::Integer(number) => number.value().to_string(),
            Value::Array(array) => array.iter().map(line).collect::<Vec<_>>().join("\n"),
            other => other.to_string().trim().to_owned(),
        }
    }

    /// Sets a field of the item at `item` from its input; an optional field left empty is
    /// taken out. Returns whether the item is there.
    pub fn set(&mut self, item: &Path, field: &Field, text: &str) -> bool {
        let Some(table) = table_mut(self.doc.as_item_mut(), item) else { return false };
        self.unsaved = true;
        if field.optional && text.trim().is_empty() {
            table.remove(field.key);
            return true;
        }
        let value = value_of(field.kind, text);
        match table.get_mut(field.key) {
            Some(Item::Value(old)) => {
                let decor = old.decor().clone();
                *old = value;
                *old.decor_mut() = decor;
            }
            _ => {
                table.insert(field.key, Item::Value(value));
            }
        }
        self.spaced(item);
        true
    }

    /// A condition field of the item at `item` as a question's id and the answer that makes it
    /// hold (both empty when there is none), or `None` when it is any other condition, which
    /// is edited as text.
    pub fn simple_condition(&self, item: &Path, field: &Field) -> Option<(String, String)> {
        let found = find(self.doc.as_item(), &item.key(field.key)).filter(|found| !found.is_none());
        let Some(condition) = found else { return Some(Default::default()) };
        let condition = condition.as_table_like()?;
        let text = |key| condition.get(key).and_then(Item::as_str).map(str::to_owned);
        let simple = condition.iter().all(|(key, value)| matches!(key, "field" | "equals") && value.is_str());
        simple.then(|| Some((text("field")?, text("equals")?))).flatten()
    }

    /// Sets a condition field of the item at `item` to hold when the question `question` is
    /// answered `answer`, keeping how it was written; both empty take it out.
    pub fn set_condition(&mut self, item: &Path, field: &Field, question: &str, answer: &str) -> bool {
        let (question, answer) = (question.trim(), answer.trim());
        if question.is_empty() && answer.is_empty() {
            return self.set(item, field, "");
        }
        let Some(table) = table_mut(self.doc.as_item_mut(), item) else { return false };
        self.unsaved = true;
        match table.get_mut(field.key).and_then(Item::as_table_like_mut) {
            Some(condition) => {
                condition.insert("field", Item::Value(question.into()));
                condition.insert("equals", Item::Value(answer.into()));
            }
            None => {
                let mut condition = InlineTable::new();
                condition.insert("field", question.into());
                condition.insert("equals", answer.into());
                table.insert(field.key, Item::Value(condition.into()));
            }
        }
        self.spaced(item);
        true
    }

    /// Spaces an inline item's keys evenly after one is added (`{ value = "b", hint = "…" }`).
    fn spaced(&mut self, item: &Path) {
        if let Some(table) = find_mut(self.doc.as_item_mut(), item).and_then(Item::as_inline_table_mut) {
            table.fmt();
        }
    }

    /// How many items the list at `list` holds.
    pub fn count(&self, list: &Path) -> usize {
        match find(self.doc.as_item(), list) {
            Some(Item::ArrayOfTables(items)) => items.len(),
            Some(Item::Value(Value::Array(items))) => items.len(),
            _ => 0,
        }
    }

    /// Adds an item of `sheet`'s kind at the end of the list at `list`, with its required
    /// fields empty, and returns its place; `None` if the list cannot be there.
    pub fn add(&mut self, list: &Path, sheet: &Sheet) -> Option<Path> {
        let mut items = list_mut(self.doc.as_item_mut(), list)?;
        let index = items.len();
        items.insert(index, starting(sheet, index));
        self.changed_shape();
        Some(list.at(index))
    }

    /// Makes the single table of `sheet`'s kind at `path` (an agreement, its review) if it is
    /// not there. Returns whether it is there now.
    pub fn ensure(&mut self, path: &Path, sheet: &Sheet) -> bool {
        if find(self.doc.as_item(), path).is_some() {
            return true;
        }
        let Some((parent, Step::Key(key))) = path.split() else { return false };
        let Some(holder) = find_mut(self.doc.as_item_mut(), &parent) else { return false };
        let new = starting(sheet, 0);
        let new = if holder.is_table() { Item::Table(new) } else { Item::Value(new.into_inline_table().into()) };
        let Some(table) = holder.as_table_like_mut() else { return false };
        table.insert(key, new);
        self.changed_shape();
        true
    }

    /// Takes out the item at `item`, with everything in it.
    pub fn remove(&mut self, item: &Path) -> bool {
        let Some((list, Step::At(index))) = item.split() else { return false };
        let index = *index;
        match list_mut(self.doc.as_item_mut(), &list) {
            Some(mut items) if index < items.len() => {
                items.remove(index);
                self.changed_shape();
                true
            }
            _ => false,
        }
    }

    /// Moves the item at `item` one place up or down its list, and returns its new place;
    /// `None` if it is already first or last.
    pub fn shift(&mut self, item: &Path, up: bool) -> Option<Path> {
        let (list, Step::At(index)) = item.split()? else { return None };
        let mut items = list_mut(self.doc.as_item_mut(), &list)?;
        let to = if up { index.checked_sub(1)? } else { index + 1 };
        if to >= items.len() || *index >= items.len() {
            return None;
        }
        let moving = items.remove(*index);
        items.insert(to, moving);
        self.changed_shape();
        Some(list.at(to))
    }

    /// A part of the pack (the keys of `part`, such as `form` or `agreement`, `breach`) as
    /// TOML text, with its comments.
    pub fn part_text(&self, part: &Path) -> String {
        let mut doc = DocumentMut::new();
        if let Some(item) = find(self.doc.as_item(), part) {
            let _ = place(doc.as_item_mut(), part, item.clone());
        }
        doc.to_string()
    }

    /// Replaces a part of the pack with TOML text that holds that part and nothing else;
    /// text with nothing in it takes the part out. The pack is left as it was if the text
    /// cannot be read.
    pub fn set_part_text(&mut self, part: &Path, text: &str) -> Result<(), LocatedProblem> {
        let mut doc = read(text)?;
        let item = find_mut(doc.as_item_mut(), part).map(std::mem::take).unwrap_or_default();
        if let Some(stray) = stray(doc.as_table()) {
            return Err(LocatedProblem {
                line: None,
                field: Some(stray.clone()),
                place: String::new(),
                message: format!("This part may hold only {}: edit {stray} in its own part", name(part)),
            });
        }
        self.unsaved = true;
        let _ = place(self.doc.as_item_mut(), part, item);
        self.changed_shape();
        Ok(())
    }

    /// Numbers every table in the order it is held, so each prints under the item it
    /// belongs to after items move or arrive.
    pub(super) fn changed_shape(&mut self) {
        self.unsaved = true;
        let mut next = 1;
        number(self.doc.as_table_mut(), &mut next);
    }
}

/// A new item's table with its required fields, and its lists empty (`item = []`) so that
/// the pack reads and the checks can say what it still needs.
fn starting(sheet: &Sheet, count: usize) -> Table {
    let mut table = Table::new();
    for (field, text) in sheet.starting(count) {
        table.insert(field.key, Item::Value(value_of(field.kind, &text)));
    }
    for list in sheet.lists {
        table.insert(list, Item::Value(Value::Array(Array::new())));
    }
    table
}

/// The value a field's input gives.
fn value_of(kind: Kind, text: &str) -> Value {
    let lines = || text.lines().map(str::trim).filter(|line| !line.is_empty());
    match kind {
        Kind::Text | Kind::LongText | Kind::Choice(_) => Value::from(text.trim()),
        Kind::YesNo => Value::from(text.trim() == "true"),
        // Text that is not a TOML value is kept as text, for the checks to name at its field.
        Kind::Condition => condition(text.trim()).unwrap_or_else(|| Value::from(text.trim())),
        Kind::Number => text.trim().parse::<i64>().map_or_else(|_| Value::from(text.trim()), Value::from),
        Kind::Lines => Value::Array(lines().collect::<Array>()),
        Kind::Cites => Value::Array(lines().map(citation).collect::<Array>()),
    }
}

/// A condition's TOML text as a value, read as a whole document is (one parser in the chunk).
fn condition(text: &str) -> Option<Value> {
    let mut doc = format!("condition = {text}").parse::<DocumentMut>().ok().filter(|doc| doc.len() == 1)?;
    doc.remove("condition")?.into_value().ok()
}

/// A citation from `source: place` (the place may be left out, and the checks will say so).
fn citation(line: &str) -> InlineTable {
    let (source, at) = line.split_once(':').unwrap_or((line, ""));
    let mut table = InlineTable::new();
    table.insert("source", Value::from(source.trim()));
    table.insert("at", Value::from(at.trim()));
    table
}

/// One entry of a list as a line: text as it is, a citation as `source: place`.
fn line(value: &Value) -> String {
    match value {
        Value::String(text) => text.value().clone(),
        Value::InlineTable(table) => {
            let text = |key| table.get(key).and_then(Value::as_str).unwrap_or_default();
            format!("{}: {}", text("source"), text("at"))
        }
        other => other.to_string().trim().to_owned(),
    }
}

/// Puts `item` at `path` below `top` (keys only), making the tables on the way as implicit
/// ones; an empty item takes the key out.
fn place(top: &mut Item, path: &Path, item: Item) -> Option<()> {
    let (parent, Step::Key(key)) = path.split()? else { return None };
    let mut table = top.as_table_mut()?;
    for step in &parent.0 {
        let Step::Key(name) = step else { return None };
        let entry = table.entry(name).or_insert_with(|| {
            let mut implicit = Table::new();
            implicit.set_implicit(true);
            Item::Table(implicit)
        });
        table = entry.as_table_mut()?;
    }
    if item.is_none() {
        table.remove(key);
    } else {
        table.insert(key, item);
    }
    Some(())
}

/// The first key left in a document once its part is taken out (`agreement.purpose`).
fn stray(table: &Table) -> Option<String> {
    table.iter().find_map(|(key, item)| match item {
        Item::None => None,
        Item::Table(inner) => stray(inner).map(|below| format!("{key}.{below}")),
        _ => Some(key.to_owned()),
    })
}

/// A part's name for a message: `[[form]]` or `[agreement.breach]`.
fn name(part: &Path) -> String {
    let keys: Vec<&str> = part
        .0
        .iter()
        .filter_map(|step| match step {
            Step::Key(key) => Some(key.as_str()),
            Step::At(_) => None,
        })
        .collect();
    format!("[{}]", keys.join("."))
}

/// Gives each table below `table` the next position, depth first.
fn number(table: &mut Table, next: &mut isize) {
    for (_, item) in table.iter_mut() {
        let tables: Vec<&mut Table> = match item {
            Item::Table(table) => vec![table],
            Item::ArrayOfTables(items) => items.iter_mut().collect(),
            _ => Vec::new(),
        };
        for table in tables {
            table.set_position(Some(*next));
            *next += 1;
            number(table, next);
        }
    }
}
