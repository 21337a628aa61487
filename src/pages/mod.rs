//! One module per page. Each returns a view built from core types.

mod accessibility;
mod checklist;
mod home;
mod not_found;
mod privacy;
mod sources;

pub use accessibility::accessibility;
pub use checklist::{checklist, ChecklistStore};
pub use home::home;
pub use not_found::{content_error, not_found};
pub use privacy::privacy;
pub use sources::sources;
