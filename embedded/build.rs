//! Puts `memory.x` where `cortex-m-rt`'s linker script finds it, for the
//! bare-metal build only.

use std::{env, fs, path::PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=memory.x");
    if !env::var("TARGET").is_ok_and(|t| t.contains("-none-")) {
        return;
    }
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::copy("memory.x", out.join("memory.x")).expect("copy memory.x");
    println!("cargo:rustc-link-search={}", out.display());
}
