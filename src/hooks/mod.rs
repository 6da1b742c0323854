//! The app's own hooks: the language shown, the opt-in remembering, and where keyboard focus
//! goes. Components call them; they hold the effects (storage, downloads of words, focus) so
//! that the components only render.

mod focus;
mod language;
mod remember;

pub use focus::{use_focus_on_appear, use_focus_on_mount, use_focus_when, use_takeover_focus};
pub use language::use_language;
pub use remember::{use_remember, RememberHandle};
