//! What Home lists: each pack's title and summary, and each of its tools' title and purpose.
//!
//! The page draws Home from this before (or without) reading the whole library. The shipped
//! catalogue is Rust data written by `build.rs` from the packs, so the page's main module
//! carries neither the packs nor a parser for them; once the library is read (and a
//! safeguarding lead may have added a pack), [`Catalogue::of`] lists that library instead.

use crate::library::Library;
use crate::pack::Pack;
use crate::record::ToolKind;
use crate::route::ToolKey;

/// The packs with tools, in the library's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalogue {
    pub packs: Vec<CataloguePack>,
}

/// One pack as Home lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CataloguePack {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// Wizards, then forms, then checklists, each in the pack's order.
    pub tools: Vec<CatalogueTool>,
}

/// One tool as Home lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueTool {
    pub key: ToolKey,
    pub title: String,
    pub purpose: String,
}

/// A shipped tool as `build.rs` writes it: kind, id, title, purpose.
type ShippedTool = (ToolKind, &'static str, &'static str, &'static str);
/// A shipped pack as `build.rs` writes it: id, title, summary, tools.
type ShippedPack = (&'static str, &'static str, &'static str, &'static [ShippedTool]);

/// The shipped packs that have tools, written by `build.rs`.
const SHIPPED: &[ShippedPack] = include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

impl Catalogue {
    /// The catalogue of the packs shipped with this build.
    pub fn shipped() -> Catalogue {
        let packs = SHIPPED
            .iter()
            .map(|(pack, title, summary, tools)| CataloguePack {
                id: (*pack).to_owned(),
                title: (*title).to_owned(),
                summary: (*summary).to_owned(),
                tools: tools
                    .iter()
                    .map(|(kind, id, title, purpose)| CatalogueTool {
                        key: ToolKey { kind: *kind, pack: (*pack).to_owned(), id: (*id).to_owned() },
                        title: (*title).to_owned(),
                        purpose: (*purpose).to_owned(),
                    })
                    .collect(),
            })
            .collect();
        Catalogue { packs }
    }

    /// The catalogue of a library: its packs that have tools.
    pub fn of(library: &Library) -> Catalogue {
        Catalogue { packs: library.packs.iter().filter_map(listed).collect() }
    }

    /// Only the packs `ids` names, in that order (a copy published for an area lists these).
    pub fn only(mut self, ids: &[String]) -> Catalogue {
        let packs = ids.iter().filter_map(|id| self.packs.iter().position(|pack| pack.id == *id));
        let order: Vec<usize> = packs.collect();
        let mut taken: Vec<Option<CataloguePack>> = self.packs.drain(..).map(Some).collect();
        Catalogue { packs: order.into_iter().filter_map(|at| taken.get_mut(at).and_then(Option::take)).collect() }
    }
}

/// A pack as Home lists it, or `None` if it has no tools.
fn listed(pack: &Pack) -> Option<CataloguePack> {
    let id = pack.pack.id.as_str();
    let tool = |key: ToolKey, title: &str, purpose: &str| CatalogueTool {
        key,
        title: title.to_owned(),
        purpose: purpose.to_owned(),
    };
    let wizards = pack.flowcharts.iter().map(|f| tool(ToolKey::wizard(id, &f.id), &f.title, &f.purpose));
    let forms = pack.forms.iter().map(|f| tool(ToolKey::form(id, &f.id), &f.title, &f.purpose));
    let checklists = pack.checklists.iter().map(|c| tool(ToolKey::checklist(id, &c.id), &c.title, &c.purpose));
    let tools: Vec<CatalogueTool> = wizards.chain(forms).chain(checklists).collect();
    (!tools.is_empty()).then(|| CataloguePack {
        id: id.to_owned(),
        title: pack.pack.title.clone(),
        summary: pack.pack.summary.clone(),
        tools,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_catalogue_lists_exactly_what_the_shipped_library_has() {
        let library = Library::shipped().expect("the shipped packs parse");
        assert_eq!(Catalogue::shipped(), Catalogue::of(&library));
    }

    #[test]
    fn a_published_copy_lists_only_its_packs_in_its_order() {
        let only = Catalogue::shipped().only(&["lincolnshire".into(), "national".into(), "nowhere".into()]);
        let ids: Vec<&str> = only.packs.iter().map(|pack| pack.id.as_str()).collect();
        assert_eq!(ids, ["lincolnshire", "national"]);
    }

    #[test]
    fn packs_without_tools_are_not_listed() {
        let library = Library::shipped().expect("the shipped packs parse");
        let listed = Catalogue::of(&library);
        assert!(library.packs.iter().any(|pack| pack.pack.id == "training"), "the training pack ships");
        assert!(listed.packs.iter().all(|pack| pack.id != "training" && !pack.tools.is_empty()));
    }

    #[test]
    fn tools_are_listed_wizards_then_forms_then_checklists() {
        let catalogue = Catalogue::shipped();
        let lincolnshire = catalogue.packs.iter().find(|pack| pack.id == "lincolnshire").expect("Lincolnshire ships");
        let kinds: Vec<ToolKind> = lincolnshire.tools.iter().map(|tool| tool.key.kind).collect();
        let mut sorted = kinds.clone();
        sorted
            .sort_by_key(|kind| [ToolKind::Wizard, ToolKind::Form, ToolKind::Checklist].iter().position(|k| k == kind));
        assert_eq!(kinds, sorted);
        assert!(kinds.contains(&ToolKind::Form) && kinds.contains(&ToolKind::Checklist));
    }
}
