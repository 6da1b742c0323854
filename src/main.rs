//! The standalone page: mounts the self-check into `#spasm-check`.

#[cfg(target_arch = "wasm32")]
fn main() {
    spasm_check::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("spasm-check runs in the browser: build it with `trunk build` (see README.md).");
}
