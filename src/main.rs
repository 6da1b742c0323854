//! The WebAssembly entry point. It only prepares the panic fallback: the page's
//! `<spasm-check>` elements are started by the loader, `web/spasm-check.js`.

#[cfg(target_arch = "wasm32")]
fn main() {
    spasm_check::embed::install_panic_fallback();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("spasm-check runs in the browser: build it with `trunk build` (see README.md).");
}
