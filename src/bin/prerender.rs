//! Renders the app's first screen, in every language, to static HTML: the danger-signs step
//! that pages show from the first byte, before the WebAssembly arrives. It is the `App`
//! component itself rendered by Yew's server renderer (with `prerender`), so the words and the
//! markup are the app's own. Run at build time by `scripts/postbuild.mjs`:
//!
//! ```sh
//! cargo run --quiet --features prerender --bin prerender   # prints {"en": "<div ...>", ...}
//! ```
//!
//! Each language's ids start with `sc-<lang>`, so both can sit in one document.

use spasm_check::app::{App, AppProps};
use spasm_check::components::Ui;
use spasm_check::content::Lang;

fn render(lang: Lang) -> String {
    let renderer = yew::ServerRenderer::<App>::with_props(move || AppProps {
        ui: Ui {
            lang,
            prefix: format!("sc-{}", lang.tag()).into(),
            ..Ui::default()
        },
        prerender: true,
        ..AppProps::default()
    })
    .hydratable(false);
    futures::executor::block_on(renderer.render())
}

fn main() {
    let pages: serde_json::Map<String, serde_json::Value> = Lang::ALL
        .iter()
        .map(|&lang| (lang.tag().to_owned(), render(lang).into()))
        .collect();
    println!("{}", serde_json::Value::Object(pages));
}
