//! spasm-check: a muscle-spasm (muscle cramp) self-check that runs entirely in the browser.
//!
//! [`assess`] turns [`Answers`] into an [`Assessment`]: the level of urgency, why, and the
//! tips that fit. The engine is plain Rust; the Yew page lives in `app`, `components` and
//! `hooks`.

pub mod config;
pub mod content;
pub mod engine;
pub mod fhir;
pub mod state;
pub mod storage;
pub mod summary;

pub use engine::{assess, Answers, Assessment};

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod app;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod hooks;
#[cfg(target_arch = "wasm32")]
pub mod words;
