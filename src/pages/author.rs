//! Writing an agreement pack in the browser (`#/author`): start blank, from a copy of a
//! shipped pack or from a file; edit the pack's details, its sources, the agreement, the
//! checklists, the decision wizards and the forms in GOV.UK pages, and its other parts as TOML
//! text; every change is checked at
//! once with the checks a loaded pack gets, in the sealing worker, which holds the TOML
//! reader (so this chunk carries only the editor). Save it as TOML, or preview it in the real pages
//! for the visit and come back where you left off, or publish it for an area as a single file
//! or a website's zip, made in the worker. The pack lives in the session's memory
//! only: clearing everything forgets it, and leaving with unsaved edits asks first.

mod checks;
mod part;
mod publish;
mod sheet;
mod sketch;
mod start;

use std::any::Any;

use infoshare_core::author::{Draft, Path};
use infoshare_core::diagram::sketch::Sketch;
use infoshare_core::pack::compact::from_compact;
use infoshare_core::route::Route;
use leptos::prelude::*;

use crate::components::PageHeading;
use crate::dom;
use crate::sealer::{self, Event, Job};
use crate::state::session;

/// Where the lead is in the editor.
#[derive(Clone, PartialEq)]
enum View {
    /// An item's page; the whole pack's at the top.
    Sheet(Path),
    /// A part of the pack as TOML text, with what it holds.
    Part(Path, &'static str),
    /// Publishing the pack for an area.
    Publish,
}

/// A tool of the previewed pack: its title and address.
type Link = (String, String);

/// The pack being written and where the lead is, kept in the session between visits to the
/// page.
struct Editor {
    draft: Draft,
    view: View,
    /// The tools of the pack last loaded for a preview.
    preview: Vec<Link>,
}

/// The editor's handles, shared by its views.
#[derive(Clone, Copy)]
struct Author {
    store: StoredValue<Option<Box<dyn Any>>, LocalStorage>,
    unsaved: RwSignal<bool>,
    /// `None` while choosing how to start.
    view: RwSignal<Option<View>>,
    /// What the checks found, one line each; `None` while they run.
    problems: RwSignal<Option<Vec<String>>>,
    /// The pack in the compact form, when it passed every check: what a preview loads.
    checked: StoredValue<Option<Vec<u8>>>,
    /// The pack's wizards drawn as written, after each change; `None` while it cannot be read.
    sketches: RwSignal<Option<Vec<Sketch>>>,
    /// Counts changes to the lists of items, which redraw them.
    shape: RwSignal<u32>,
    preview: RwSignal<Vec<Link>>,
}

impl Author {
    fn new() -> Author {
        let session = session();
        let author = Author {
            store: session.author,
            unsaved: session.author_unsaved,
            view: RwSignal::new(None),
            problems: RwSignal::new(None),
            checked: StoredValue::new(None),
            sketches: RwSignal::new(None),
            shape: RwSignal::new(0),
            preview: RwSignal::new(Vec::new()),
        };
        if let Some((view, preview)) = author.read(|editor| (editor.view.clone(), editor.preview.clone())) {
            author.check();
            author.preview.set(preview);
            author.view.set(Some(view));
        }
        author
    }

    fn read<R>(self, read: impl FnOnce(&Editor) -> R) -> Option<R> {
        self.store.with_value(|editor| editor.as_ref().and_then(|editor| editor.downcast_ref::<Editor>()).map(read))
    }

    fn write<R>(self, write: impl FnOnce(&mut Editor) -> R) -> Option<R> {
        self.store
            .try_update_value(|editor| editor.as_mut().and_then(|editor| editor.downcast_mut::<Editor>()).map(write))
            .flatten()
    }

    /// Changes the pack, then checks it again.
    fn edit<R>(self, change: impl FnOnce(&mut Draft) -> R) -> Option<R> {
        let result = self.write(|editor| change(&mut editor.draft));
        self.check();
        result
    }

    /// Changes the lists of items, then checks the pack and redraws them.
    fn reshape<R>(self, change: impl FnOnce(&mut Draft) -> R) -> Option<R> {
        let result = self.edit(change);
        self.shape.update(|shape| *shape += 1);
        result
    }

    /// Checks the pack in the worker (stopping a check still running).
    fn check(self) {
        let Some((text, unsaved)) = self.read(|editor| (editor.draft.text(), editor.draft.unsaved())) else { return };
        self.unsaved.set(unsaved);
        self.problems.set(None);
        self.checked.set_value(None);
        let job = Job::CheckPack { name: "your pack".to_owned(), text, sketch: true };
        sealer::run(job, move |event| match event {
            Event::Sketches(bytes) => self.sketches.set(from_compact(&bytes.to_vec()).ok()),
            Event::PackChecked(bytes) => {
                self.checked.set_value(Some(bytes.to_vec()));
                self.problems.set(Some(Vec::new()));
            }
            Event::PackProblems(found) => self.problems.set(Some(found)),
            Event::Failed { message, .. } => self.problems.set(Some(vec![message])),
            _ => {}
        });
    }

    /// Starts writing `draft`, in place of any pack being written.
    fn begin(self, draft: Draft) {
        let editor = Editor { draft, view: View::Sheet(Path::top()), preview: Vec::new() };
        self.store.set_value(Some(Box::new(editor)));
        self.preview.set(Vec::new());
        self.check();
        self.go(View::Sheet(Path::top()));
    }

    /// Shows another view, with focus on its heading.
    fn go(self, view: View) {
        self.write(|editor| editor.view = view.clone());
        self.view.set(Some(view));
        dom::focus_after_render(VIEW_HEADING);
    }

    /// Back to choosing how to start (the pack being written stays until another starts).
    fn restart(self) {
        self.view.set(None);
        dom::focus_after_render(crate::router::HEADING_ID);
    }
}

/// The id of each view's heading, which takes focus when the view changes.
const VIEW_HEADING: &str = "author-view";

pub fn author_page() -> impl IntoView {
    let author = Author::new();
    on_cleanup(sealer::cancel);
    let body = move || match author.view.get() {
        None => start::start(author).into_any(),
        Some(view) => view! {
            {checks::checks(author)}
            {match view {
                View::Sheet(path) => sheet::sheet(author, path).into_any(),
                View::Part(path, what) => part::part(author, path, what).into_any(),
                View::Publish => publish::publish(author).into_any(),
            }}
        }
        .into_any(),
    };
    view! {
        <PageHeading text=Route::Author.fixed_heading().unwrap_or_default() />
        {body}
    }
}
