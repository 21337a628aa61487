//! InfoShare core: every piece of domain logic the app uses, with no DOM, no Leptos and no
//! browser APIs, so it is tested natively with `cargo test`.
//!
//! - `author` (feature `author`): writing a pack in the browser, comments kept, checked as it is written.
//! - [`pack`]: the versioned TOML content packs (sources, checklists, flowcharts) and their checks.
//! - [`library`]: the packs shipped with the app, embedded at build time.
//! - [`catalogue`]: what Home lists, as data the page carries without a parser.
//! - [`calendar`]: bank holiday calendars and working-day deadlines.
//! - [`clock`]: UK clock time (GMT and BST) and deadlines counted in hours.
//! - [`checklist`]: answering a checklist and summarising what is left to do.
//! - [`draft`]: the visit's unfinished work, saved in a sealed file and resumed from it.
//! - [`flow`]: walking a decision flowchart, changing answers, findings and the emergency exit.
//! - [`diagram`]: laying a flowchart out as a diagram with the user's path marked.
//! - [`retention`]: retention rules as pack data and the dates they give.
//! - [`route`]: the app's pages, their hash URLs and titles.
//! - [`text`]: dates and numbers written the GOV.UK way.
//! - [`validate`]: field checks shared by every form, with GOV.UK error messages.
//! - [`record`]: the decision record every wizard and checklist ends in, and its JSON.
//! - [`handling`]: protective markings and how each agreement says to handle information at them.
//! - [`guide`]: reading pages from the agreements' data: summaries, review notices, the handling guide.
//! - [`form`]: pack-driven forms: answers, validation, routing with deadlines, form records.
//! - [`reference`]: neutral random references for records and files.
//! - [`agreement`]: an agreement's partners, contacts, review dates, breach and retention rules.
//! - [`breach`]: the ICO deadline after a breach, and suspending an agreement.
//! - [`bundle`]: sealing records into encrypted files (age, PDF) and opening them again.
//! - [`rendering`]: a sealed record laid out for the PDF and the page that opens it.
//! - [`sending`]: neutral file names and the copy-ready email that goes with a sealed file.
//! - [`passphrase`]: passphrases from the EFF large wordlist, and strength estimates.
//! - [`team`]: teams' public keys as packs publish them, their fingerprints, finding a file's team.
//! - [`sheets`]: where printed sheets break, for engines that repeat nothing on a printed page.
//! - [`idle`]: shared-computer protection: warn after a spell without use, then clear.
//! - [`training`]: fictional training scenarios through the real tools, feedback and the quiz.

pub mod agreement;
#[cfg(feature = "author")]
pub mod author;
pub mod breach;
pub mod bundle;
pub mod calendar;
pub mod catalogue;
pub mod checklist;
pub mod clock;
pub mod diagram;
pub mod draft;
pub mod flow;
pub mod form;
pub mod guide;
pub mod handling;
pub mod idle;
pub mod library;
pub mod pack;
pub mod passphrase;
pub mod publish;
pub mod record;
pub mod reference;
pub mod rendering;
pub mod retention;
pub mod route;
pub mod sending;
pub mod sheets;
pub mod team;
pub mod text;
pub mod training;
pub mod validate;
