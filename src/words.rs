//! Getting a language's words into the app (the app carries none): the loader hands over the
//! words of the language it starts in ([`add_language`]) and the way it fetches a language's
//! file, with the file's integrity value ([`set_words_loader`]), which the app uses when the
//! person switches to a language that is not here yet ([`fetch_language`]). A file changed on
//! its way (a CDN) is then refused, as the loader refuses its own files.
//!
//! It sits below the hooks that use it; neither it nor the hooks import the custom-element
//! bridge (`embed.rs`), and its two exports are called by the loader directly.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{ArrayBuffer, Function, Promise, Uint8Array};

use crate::content::Lang;

thread_local! {
    /// The loader's `loadWords(tag)`: a promise of the language file's bytes, fetched with its
    /// integrity value (and kept, so that each file is fetched once).
    static LOADER: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// Gives the app the loader's way to fetch a language's words: a function from a language tag
/// to a promise of an `ArrayBuffer`.
#[wasm_bindgen]
pub fn set_words_loader(load: Function) {
    LOADER.with(|l| *l.borrow_mut() = Some(load));
}

/// Adds a language's words (its packed data file, `spasm-check-lang-<tag>.bin`), which the
/// loader downloads with the app. False for a tag the widget does not speak.
#[wasm_bindgen]
pub fn add_language(tag: &str, packed: &[u8]) -> bool {
    Lang::from_tag(tag).map(|l| l.load(packed)).is_some()
}

/// Gets a language's words through the loader (when the person switches to a language the
/// loader did not bring). True when they are here; a failed or refused download (no loader,
/// no network, a file whose integrity does not match) leaves the page in its language and
/// says why in the console.
pub async fn fetch_language(lang: Lang) -> bool {
    let promise = LOADER.with(|l| {
        let load = l.borrow().clone()?;
        load.call1(&JsValue::NULL, &JsValue::from_str(lang.tag()))
            .ok()?
            .dyn_into::<Promise>()
            .ok()
    });
    let bytes = match promise {
        Some(promise) => JsFuture::from(promise)
            .await
            .ok()
            .and_then(|v| v.dyn_into::<ArrayBuffer>().ok())
            .map(|b| Uint8Array::new(&b).to_vec())
            .ok_or("the download failed or its integrity did not match"),
        None => Err("the loader gave no way to fetch them"),
    };
    match bytes {
        Ok(bytes) => {
            lang.load(&bytes);
            true
        }
        Err(why) => {
            gloo::console::warn!(format!(
                "spasm-check: could not load the words of \"{}\": {why}",
                lang.tag()
            ));
            false
        }
    }
}
