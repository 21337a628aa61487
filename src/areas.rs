//! The page's areas, each fetched the first time one of its pages is opened.
//!
//! With feature `split` (set by `tools/split-build.mjs`, which builds what trunk serves), each
//! area's code is compiled into its own WebAssembly chunk by `wasm-split-cli`; the main module
//! keeps only the shell, routing, the session and Home. Without it (the component tests, a
//! plain `cargo build`), every area is in the one module and is here at once. Either way a
//! page asks its [`Chunk`] for the area's code and draws nothing of the area's own until it
//! has it: while it is on its way the page says so, and if it cannot be fetched the page says
//! that, with "Try again", and nothing entered is lost.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

use infoshare_core::library::Library;
use infoshare_core::record::ToolKind;
use infoshare_core::route::{Route, ToolPage, TrainingPage};
use leptos::prelude::*;

use crate::components::PageHeading;
use crate::state::Session;

/// Draws a page of an area from the library and the route.
pub type DrawPage = fn(&'static Library, Route) -> AnyView;

/// Draws the practice panel from the library and the route it sits on.
pub type DrawPanel = fn(&'static Library, Signal<Route>) -> AnyView;

/// Marks each sheet of the page about to print, returning what takes the marks out again.
pub type MarkSheets = fn(&web_sys::Window, &web_sys::Document, &str) -> Box<dyn FnOnce()>;

/// Reads the library from the packs file's bytes, with the training file's put back in if
/// given and the packs loaded this visit (each compact) added, or `None` if the bytes are not
/// what they should be.
pub type ReadLibrary = fn(&[u8], Option<&[u8]>, &[Vec<u8>]) -> Option<Library>;

/// The areas, each its own chunk. Code two areas share goes into a chunk of its own, which
/// the browser fetches with the first of them (`wasm-split-cli` works this out).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    /// Decision wizards, their outcomes and diagrams.
    Wizards,
    /// Checklists and the decision records every wizard and checklist ends in.
    Records,
    /// Request and notification forms.
    Forms,
    /// Sealing a finished record, and saving the visit's work as a sealed draft.
    Sealing,
    /// Opening a sealed file (a request, reply, record or draft) and replying to it.
    Opening,
    /// Setting up a team key to open files with: once in a team's life, so not carried by
    /// every opening.
    TeamKeys,
    /// The training library, a scenario's handout and step-through, and the quiz.
    Training,
    /// Practising a scenario in the real tools: its tasks, the practice panel, the summary.
    Practice,
    /// The agreements' reading pages and the sources.
    Reading,
    /// A pack a safeguarding lead loads for the visit.
    LocalPacks,
    /// Writing a pack in the browser.
    Author,
}

impl Area {
    /// The area whose code draws the route's page; `None` for the pages the main module
    /// draws itself (Home, privacy, accessibility, not found).
    pub fn of(route: &Route) -> Option<Area> {
        Some(match route {
            Route::Tool { page: ToolPage::Seal, .. } | Route::Draft => Area::Sealing,
            Route::Open | Route::Opened => Area::Opening,
            Route::TeamKey => Area::TeamKeys,
            Route::Tool { key, .. } if key.kind == ToolKind::Form => Area::Forms,
            Route::Tool { key, page: ToolPage::Start } if key.kind == ToolKind::Checklist => Area::Records,
            Route::Tool { page: ToolPage::Start | ToolPage::Step(_) | ToolPage::Diagram, .. } => Area::Wizards,
            Route::Tool { .. } => Area::Records,
            Route::Training(TrainingPage::Practice | TrainingPage::Summary) => Area::Practice,
            Route::Training(_) => Area::Training,
            Route::Guide(_) | Route::Sources => Area::Reading,
            Route::Packs => Area::LocalPacks,
            Route::Author => Area::Author,
            Route::Home | Route::Privacy | Route::Accessibility | Route::NotFound => return None,
        })
    }
}

/// Why a chunk did not arrive (offline before it was cached, or a server error).
#[derive(Debug)]
pub struct ChunkMissing;

impl From<wasm_split_helpers::SplitLoaderError> for ChunkMissing {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> ChunkMissing {
        ChunkMissing
    }
}

type Fetching<T> = Pin<Box<dyn Future<Output = Result<T, ChunkMissing>>>>;

/// Declares the function that fetches a chunk and returns what it holds: with feature `split`
/// a `wasm_split` point (every function naming the same chunk lands in it), otherwise an
/// `async fn` that is ready at once.
macro_rules! chunk {
    ($(#[$doc:meta])* $name:ident in $chunk:ident: $ty:ty = $value:expr) => {
        $(#[$doc])*
        #[cfg(feature = "split")]
        #[wasm_split_helpers::wasm_split($chunk, fallible)]
        fn $name() -> Result<$ty, ChunkMissing> {
            Ok($value)
        }

        $(#[$doc])*
        #[cfg(not(feature = "split"))]
        async fn $name() -> Result<$ty, ChunkMissing> {
            Ok($value)
        }
    };
}

chunk!(fetch_wizards in wizards: DrawPage = crate::pages::areas::wizards);
chunk!(fetch_records in records: DrawPage = crate::pages::areas::records);
chunk!(fetch_forms in forms: DrawPage = crate::pages::areas::forms);
chunk!(fetch_sealing in sealing: DrawPage = crate::pages::areas::sealing);
chunk!(fetch_opening in opening: DrawPage = crate::pages::areas::opening);
chunk!(fetch_team_keys in team_keys: DrawPage = crate::pages::areas::team_keys);
chunk!(fetch_training in training: DrawPage = crate::pages::areas::training);
chunk!(fetch_practice in practice: DrawPage = crate::pages::areas::practice);
chunk!(
    /// The practice panel, in the practice chunk: only training mode shows it.
    fetch_practice_panel in practice: DrawPanel = crate::pages::areas::practice_panel
);
chunk!(fetch_reading in reading: DrawPage = crate::pages::areas::reading);
chunk!(fetch_local_packs in local_packs: DrawPage = crate::pages::areas::local_packs);
chunk!(fetch_author in author: DrawPage = crate::pages::areas::author);
chunk!(
    /// The packs file's reader, with every pack type's reading code: its own chunk, so
    /// Home's first load carries none of it.
    fetch_library_reader in library: ReadLibrary = crate::pages::areas::read_library
);

chunk!(
    /// WebKit's sheet marking for printing (`print::sheets`), fetched at start by WebKit only,
    /// the one engine that repeats nothing on a printed sheet.
    fetch_sheet_marker in sheets: MarkSheets = crate::print::sheets::mark
);

/// The sheet marking, once its chunk is here; `None` if it could not be fetched (the marking
/// then prints at the top of the first sheet and the foot of the last).
pub async fn sheet_marker() -> Option<MarkSheets> {
    fetch_sheet_marker().await.ok()
}

/// How far fetching a chunk has got.
#[derive(Clone, Copy, PartialEq)]
enum State<T> {
    Idle,
    Fetching,
    Here(T),
    Failed,
}

/// One chunk's code, fetched on first use and kept for the visit.
pub struct Chunk<T: Send + Sync + 'static> {
    state: RwSignal<State<T>>,
    fetch: fn() -> Fetching<T>,
}

impl<T: Send + Sync + 'static> Clone for Chunk<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Chunk<T> {}

impl<T: Copy + Send + Sync + 'static> Chunk<T> {
    fn new(fetch: fn() -> Fetching<T>) -> Chunk<T> {
        Chunk { state: RwSignal::new(State::Idle), fetch }
    }

    /// Starts fetching the chunk if it has not been asked for (a failed fetch waits for "Try
    /// again"). A chunk already fetched (or in the same module) is here at once, so its page
    /// draws without a waiting message.
    pub fn fetch(self) {
        if !matches!(self.state.get_untracked(), State::Idle) {
            return;
        }
        let mut fetching = (self.fetch)();
        match fetching.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(result) => self.arrived(result),
            Poll::Pending => {
                self.state.set(State::Fetching);
                leptos::task::spawn_local(async move { self.arrived(fetching.await) });
            }
        }
    }

    fn arrived(self, result: Result<T, ChunkMissing>) {
        self.state.set(match result {
            Ok(code) => State::Here(code),
            Err(ChunkMissing) => State::Failed,
        });
    }

    /// The chunk's code once it is here, fetching it if need be; tracked, so a view that
    /// asks is drawn again when it arrives or fails.
    pub fn get(self) -> Option<T> {
        self.fetch();
        match self.state.get() {
            State::Here(code) => Some(code),
            _ => None,
        }
    }

    /// Waits for the chunk's code (for code that is not a view).
    pub async fn wait(self) -> Result<T, ChunkMissing> {
        if let State::Here(code) = self.state.get_untracked() {
            return Ok(code);
        }
        let result = (self.fetch)().await;
        if let Ok(code) = result {
            self.state.set(State::Here(code));
        }
        result
    }

    fn failed(self) -> bool {
        matches!(self.state.get(), State::Failed)
    }
}

/// Every chunk, provided by the shell.
#[derive(Clone, Copy)]
pub struct Chunks {
    wizards: Chunk<DrawPage>,
    records: Chunk<DrawPage>,
    forms: Chunk<DrawPage>,
    sealing: Chunk<DrawPage>,
    opening: Chunk<DrawPage>,
    team_keys: Chunk<DrawPage>,
    training: Chunk<DrawPage>,
    practice: Chunk<DrawPage>,
    reading: Chunk<DrawPage>,
    local_packs: Chunk<DrawPage>,
    author: Chunk<DrawPage>,
    pub practice_panel: Chunk<DrawPanel>,
    pub library_reader: Chunk<ReadLibrary>,
}

impl Chunks {
    pub fn new() -> Chunks {
        Chunks {
            wizards: Chunk::new(|| Box::pin(fetch_wizards())),
            records: Chunk::new(|| Box::pin(fetch_records())),
            forms: Chunk::new(|| Box::pin(fetch_forms())),
            sealing: Chunk::new(|| Box::pin(fetch_sealing())),
            opening: Chunk::new(|| Box::pin(fetch_opening())),
            team_keys: Chunk::new(|| Box::pin(fetch_team_keys())),
            training: Chunk::new(|| Box::pin(fetch_training())),
            practice: Chunk::new(|| Box::pin(fetch_practice())),
            reading: Chunk::new(|| Box::pin(fetch_reading())),
            local_packs: Chunk::new(|| Box::pin(fetch_local_packs())),
            author: Chunk::new(|| Box::pin(fetch_author())),
            practice_panel: Chunk::new(|| Box::pin(fetch_practice_panel())),
            library_reader: Chunk::new(|| Box::pin(fetch_library_reader())),
        }
    }

    /// The chunk that draws an area's pages.
    pub fn of(self, area: Area) -> Chunk<DrawPage> {
        match area {
            Area::Wizards => self.wizards,
            Area::Records => self.records,
            Area::Forms => self.forms,
            Area::Sealing => self.sealing,
            Area::Opening => self.opening,
            Area::TeamKeys => self.team_keys,
            Area::Training => self.training,
            Area::Practice => self.practice,
            Area::Reading => self.reading,
            Area::LocalPacks => self.local_packs,
            Area::Author => self.author,
        }
    }
}

/// The chunks provided by the shell.
pub fn chunks() -> Chunks {
    expect_context::<Chunks>()
}

/// What a page shows in place of its content while its chunk (or the packs file) is on its
/// way: a status message screen readers announce.
pub fn waiting(what: &'static str) -> AnyView {
    view! { <p class="govuk-body" role="status">{what}</p> }.into_any()
}

/// What a page shows when its chunk could not be fetched: why, that nothing is lost, and a
/// button that tries again (and takes focus on the page's heading when it works).
pub fn could_not_fetch<T: Copy + Send + Sync + 'static>(chunk: Chunk<T>) -> AnyView {
    let again = move |_| {
        crate::router::focus_when_drawn();
        chunk.state.set(State::Idle);
        chunk.fetch();
    };
    view! {
        <PageHeading text="Sorry, this part of InfoShare could not be opened" />
        <p class="govuk-body">"InfoShare fetches each part of itself the first time you use it, and this part did not arrive. You may be offline, or the server may have a problem."</p>
        <p class="govuk-body">"Nothing you have entered has been lost. Check your connection, then try again."</p>
        <button type="button" class="govuk-button" on:click=again>"Try again"</button>
    }
    .into_any()
}

/// Draws a page with its area's code: waiting, failed, or the page itself.
pub fn draw_with<T: Copy + Send + Sync + 'static>(
    chunk: Chunk<T>,
    draw: impl Fn(T) -> AnyView + Send + Sync + 'static,
) -> AnyView {
    (move || match chunk.get() {
        Some(code) => {
            crate::router::focus_if_waiting();
            draw(code)
        }
        None if chunk.failed() => could_not_fetch(chunk),
        None => waiting("Opening this part of InfoShare…"),
    })
    .into_any()
}

/// The practice panel, drawn with the training chunk's code, while a scenario is practised.
pub fn practice_panel(library: &'static Library, route: Signal<Route>, session: Session) -> impl IntoView {
    let chunk = chunks().practice_panel;
    move || session.practice.with(Option::is_some).then(|| chunk.get().map(|draw| draw(library, route)))
}
