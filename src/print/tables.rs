//! Tables split where a printed sheet breaks in WebKit, which honours no forced break between
//! table rows: the rows from the break on move into a copy of the table (its head repeated),
//! and back once printed. A summary list laid out as a table is split the same way.

use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

/// A table split for printing: the rows moved out of `body` into `moved`, in `copy`.
pub struct Split {
    body: Element,
    moved: Element,
    copy: Element,
}

impl Split {
    /// The copy, before which the sheet breaks.
    pub fn copy(&self) -> &Element {
        &self.copy
    }

    /// Moves the rows back and takes the copy out.
    pub fn undo(self) {
        if let Some(first) = self.moved.first_child() {
            move_on(first, &self.body);
        }
        self.copy.remove();
    }
}

/// The rows of a table's bodies, or of a summary list, each a place where a sheet may break.
pub fn rows(table: &Element) -> Vec<Element> {
    if table.tag_name() != "TABLE" {
        return children(table).collect();
    }
    children(table).filter(|part| part.tag_name() == "TBODY").flat_map(|body| children(&body)).collect()
}

/// The table or summary list that holds `row`.
pub fn table_of(row: &Element) -> Option<Element> {
    let parent = row.parent_element()?;
    if parent.tag_name() == "TBODY" {
        parent.parent_element()
    } else {
        Some(parent)
    }
}

/// Splits the table holding `row` before it, unless `row` is its body's first.
pub fn split(row: &Element) -> Option<Split> {
    row.previous_element_sibling()?;
    let body = row.parent_element()?;
    let table = table_of(row)?;
    let copy = shallow(&table)?;
    copy.remove_attribute("id").ok()?;
    let moved = if table == body {
        copy.clone()
    } else {
        if let Some(head) = children(&table).find(|part| part.tag_name() == "THEAD") {
            copy.append_child(&head.clone_node_with_deep(true).ok()?).ok()?;
        }
        let moved = shallow(&body)?;
        copy.append_child(&moved).ok()?;
        moved
    };
    table.after_with_node_1(&copy).ok()?;
    move_on(row.clone().into(), &moved);
    Some(Split { body, moved, copy })
}

/// A copy of the element without its children.
fn shallow(element: &Element) -> Option<Element> {
    element.clone_node().ok()?.dyn_into().ok()
}

/// Moves `node` and every node after it to the end of `to`.
fn move_on(node: Node, to: &Element) {
    let mut next = Some(node);
    while let Some(node) = next {
        next = node.next_sibling();
        let _ = to.append_child(&node);
    }
}

fn children(element: &Element) -> impl Iterator<Item = Element> {
    let list = element.children();
    (0..list.length()).filter_map(move |index| list.item(index))
}
