//! The marking on every printed sheet in WebKit, which repeats nothing on a printed page
//! (neither `@page` margin boxes nor fixed boxes). Just before printing, the page is laid out
//! as it prints (`.app-paginating`, `style/main.scss`) in a column narrower than WebKit's
//! printed one, so each block measures at least as tall as it prints; core's
//! `sheets::sheet_starts` says where each sheet ends, and there the app puts the marking at
//! the foot of the sheet, a forced break, and the marking at the head of the next, with "Page
//! N of M" when every block fits a sheet. The fixed boxes print the marking at the top of the
//! first sheet and the foot of the last. A table is broken between rows, into two tables
//! (`tables`). All of it is taken out again once printed.

use infoshare_core::sheets::{sheet_starts, Start};

use super::tables::{self, Split};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement, Window};

/// The printed area of A4 (less the `@page` margins, 12 mm and 15 mm): height over width.
/// WebKit prints every sheet portrait, the flowchart's too (it ignores `@page` sizes).
const PORTRAIT: f64 = 273.0 / 180.0;

/// The marking's bands at the head and foot of a sheet (10 mm each), in CSS pixels.
const BANDS: f64 = 2.0 * 37.8;

/// For what the screen's styles lay out shorter than print's (GOV.UK prints text at 14 pt),
/// the room on each sheet is cut by this much more.
const MARGIN_OF_ERROR: f64 = 0.95;

/// Blocks that hold other blocks and are broken between their children when they do not fit.
const CONTAINERS: [&str; 7] = ["DIV", "SECTION", "FORM", "FIELDSET", "DL", "UL", "OL"];

/// A place where a sheet may break, before `element`; `row` if it is a table's row.
struct Block {
    element: Element,
    start: Start,
    row: bool,
}

/// What was added to the page for printing, to take out once printed.
#[derive(Default)]
struct Marked {
    added: Vec<Element>,
    joined: Vec<Element>,
    splits: Vec<Split>,
}

impl Marked {
    /// Takes the page back to how it was before printing.
    fn remove(self) {
        self.added.iter().for_each(Element::remove);
        self.splits.into_iter().rev().for_each(Split::undo);
        for element in &self.joined {
            let _ = element.class_list().remove_1("app-sheet-joined");
        }
    }

    /// Where the sheet breaks before `block`: before it, or for a table's row, before the copy
    /// of its table that holds it on (before the table when it is the first row).
    fn break_before(&mut self, block: &Block) -> Option<Element> {
        if !block.row {
            return Some(block.element.clone());
        }
        let Some(split) = tables::split(&block.element) else { return tables::table_of(&block.element) };
        let copy = split.copy().clone();
        self.splits.push(split);
        Some(copy)
    }
}

/// Whether the engine is WebKit (Safari, every browser on iOS, WebKitGTK), the one engine that
/// repeats nothing on a printed page. No feature test can tell what an engine prints, so this
/// reads `navigator.vendor`, which only WebKit sets to "Apple Computer, Inc.".
pub fn needed(window: &Window) -> bool {
    let vendor = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("vendor")).ok();
    vendor.and_then(|vendor| vendor.as_string()).is_some_and(|vendor| vendor == "Apple Computer, Inc.")
}

/// Breaks the page into sheets with the marking at each break (see the module's note), and
/// returns what takes them out again. Reached only through its own chunk
/// (`crate::areas::sheet_marker`), which only WebKit fetches.
pub fn mark(window: &Window, document: &Document, printed: &str) -> Box<dyn FnOnce()> {
    let marked = marked(window, document, printed);
    Box::new(move || marked.remove())
}

fn marked(window: &Window, document: &Document, printed: &str) -> Marked {
    let mut marked = Marked::default();
    let Some(main) = main(document) else { return marked };
    let (blocks, end, room) = measure(window, document, &main);
    if room <= 0.0 {
        return marked;
    }
    let starts: Vec<Start> = blocks.iter().map(|block| block.start).collect();
    let sheets = sheet_starts(&starts, end, room);
    let count = sheets.breaks.len() + 1;
    let number = |sheet: usize| if sheets.fit { format!("Page {sheet} of {count}. {printed}") } else { printed.into() };
    for block in blocks.iter().filter(|block| block.start.forced) {
        marked.joined.extend(block.element.previous_element_sibling());
        marked.joined.push(block.element.clone());
    }
    for element in &marked.joined {
        let _ = element.class_list().add_1("app-sheet-joined");
    }
    for (sheet, block) in sheets.breaks.iter().filter_map(|&at| blocks.get(at)).enumerate() {
        let Some(block) = marked.break_before(block) else { continue };
        let foot = marker(document, "app-sheet-foot", &number(sheet + 1));
        let head = marker(document, "app-sheet-head", "");
        for added in [foot, head].into_iter().flatten() {
            let _ = block.before_with_node_1(&added);
            marked.added.push(added);
        }
    }
    if let Some(last) = marker(document, "app-sheet-number", &number(count)) {
        let _ = main.append_with_node_1(&last);
        marked.added.push(last);
    }
    marked
}

/// The page's blocks laid out as they print, the end of the content and the room for it on
/// each sheet, all in CSS pixels.
fn measure(window: &Window, document: &Document, main: &HtmlElement) -> (Vec<Block>, f64, f64) {
    let mut blocks = Vec::new();
    let Some(root) = document.document_element() else { return (blocks, 0.0, 0.0) };
    let _ = root.class_list().add_1("app-paginating");
    collect(window, main, &mut blocks);
    let end = top(main) + f64::from(main.offset_height());
    let width = document.body().map_or(0.0, |body| f64::from(body.offset_width()));
    let _ = root.class_list().remove_1("app-paginating");
    let room = width * PORTRAIT * MARGIN_OF_ERROR - BANDS;
    (blocks, end, room)
}

fn main(document: &Document) -> Option<HtmlElement> {
    document.get_element_by_id(crate::components::MAIN_ID)?.dyn_into().ok()
}

/// A new block of this class holding `text`.
fn marker(document: &Document, class: &str, text: &str) -> Option<Element> {
    let element = document.create_element("div").ok()?;
    element.set_class_name(class);
    element.set_text_content(Some(text));
    Some(element)
}

/// Each block shown in `parent`, in document order with its top and whether a break is forced
/// before it, and the blocks inside those that are containers, and the rows of tables.
fn collect(window: &Window, parent: &Element, blocks: &mut Vec<Block>) {
    let children = parent.children();
    let mut break_after = false;
    for child in (0..children.length()).filter_map(|index| children.item(index)) {
        let Ok(block) = child.clone().dyn_into::<HtmlElement>() else { continue };
        let Some(style) = window.get_computed_style(&child).ok().flatten() else { continue };
        let value = |property| style.get_property_value(property).unwrap_or_default();
        let display = value("display");
        if block.offset_parent().is_none() || display.starts_with("inline") {
            continue;
        }
        let forced = break_after || value("break-before") == "page";
        break_after = value("break-after") == "page";
        blocks.push(Block { element: child.clone(), start: Start { top: top(&block), forced }, row: false });
        if display == "block" && CONTAINERS.contains(&child.tag_name().as_str()) {
            collect(window, &child, blocks);
        } else if display == "table" {
            let rows = tables::rows(&child).into_iter().filter_map(|row| row.dyn_into::<HtmlElement>().ok());
            let start = |row: &HtmlElement| Start { top: top(row), forced: false };
            blocks.extend(rows.map(|row| Block { start: start(&row), element: row.into(), row: true }));
        }
    }
}

/// The element's top from the top of the page, in CSS pixels.
fn top(element: &HtmlElement) -> f64 {
    let mut top = 0;
    let mut at = Some(element.clone());
    while let Some(element) = at {
        top += element.offset_top();
        at = element.offset_parent().and_then(|parent| parent.dyn_into().ok());
    }
    f64::from(top)
}
