//! Packs each language file (`src/content/*.txt`) into the compact form of
//! `src/content/packing.rs`, which the app includes from OUT_DIR.

use std::path::PathBuf;
use std::{env, fs};

#[path = "src/content/packing.rs"]
#[allow(dead_code)]
mod packing;

fn main() {
    println!("cargo:rerun-if-changed=src/content");
    println!("cargo:rerun-if-changed=build.rs");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let dir = fs::read_dir("src/content").expect("src/content is readable");
    for entry in dir {
        let path = entry.expect("src/content is readable").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e} (language files are UTF-8)", path.display()));
            let name = path.file_name().expect("a file name").to_string_lossy();
            fs::write(out.join(format!("{name}.packed")), packing::pack(&text))
                .expect("OUT_DIR is writable");
        }
    }
}
