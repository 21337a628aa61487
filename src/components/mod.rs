//! GOV.UK Frontend components as Leptos views, with markup matching the package's fixtures.

mod blocks;
mod citations;
pub mod form;
mod layout;
mod summary;
mod training;

pub use blocks::blocks;
pub use citations::Citations;
pub use form::LinkButton;
pub use layout::{Footer, Header, Marking, PageHeading, PhaseBanner, SkipLink, WarningText, MAIN_ID};
pub use summary::{summary_row, Change};
pub use training::{PracticePanel, TrainingBanner};
