//! One module per page. Each returns a view built from core types.

mod accessibility;
pub mod areas;
mod author;
mod carried;
mod checklist;
mod diagram;
mod draft;
pub mod form;
mod guide;
mod home;
mod not_found;
mod open;
mod outcome;
mod packs;
mod privacy;
pub mod record;
pub mod seal;
mod sources;
pub mod training;
mod wizard;

pub use accessibility::accessibility;
pub use author::author_page as author;
pub use checklist::checklist;
pub use diagram::{diagram, path_figure, svg as diagram_svg};
pub use draft::draft;
pub use guide::guide_page as guide;
pub use home::home;
pub use not_found::{not_found, reading_packs};
pub use open::{open, opened, team_key};
pub use packs::packs_page as packs;
pub use privacy::privacy;
pub use seal::seal;
pub use sources::sources;
pub use wizard::wizard;
