//! spasm-check: a muscle-spasm (muscle cramp) self-check that runs entirely in the browser.
//!
//! [`assess`] turns [`Answers`] into an [`Assessment`]: the level of urgency, why, and the
//! tips that fit. The engine is plain Rust; the Yew page lives in `app` and `components`.

pub mod engine;

pub use engine::{assess, Answers, Assessment};
