//! Renders the app's first screen, in every language, to static HTML: the danger-signs step
//! that pages show from the first byte, before the WebAssembly arrives. It is the `App`
//! component itself rendered by Yew's server renderer (with `prerender`), so the words and the
//! markup are the app's own. Run at build time by `scripts/postbuild.mjs`:
//!
//! ```sh
//! cargo run --quiet --features prerender --bin prerender   # prints {"en": "<div ...>", ...}
//! cargo run --quiet --features prerender --bin prerender -- --languages dist/
//! ```
//!
//! Each language's ids start with `sc-<lang>`, so both can sit in one document. With
//! `--languages DIR` it also writes each language's words, packed, as `DIR/<file name>`
//! (`Lang::file_name`): the app downloads the one in use.

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
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--languages", Some(dir)) => {
                for &lang in Lang::ALL {
                    let file = std::path::Path::new(&dir).join(lang.file_name());
                    std::fs::write(&file, lang.packed())
                        .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
                }
            }
            _ => {
                eprintln!("usage: prerender [--languages DIR]");
                std::process::exit(2);
            }
        }
    }
    let pages: serde_json::Map<String, serde_json::Value> = Lang::ALL
        .iter()
        .map(|&lang| (lang.tag().to_owned(), render(lang).into()))
        .collect();
    println!("{}", serde_json::Value::Object(pages));
}
