//! Compile-time errors are user interface: each mistake in `ui/` must fail
//! to compile with exactly the message pinned in its `.stderr` file.
//!
//! The `pass` cases make trybuild build (not just check) the crate, so the
//! errors raised by constant evaluation, such as a shape whose byte size
//! overflows, are seen too.

use std::path::Path;

/// The `.npy` files the `include-npy-*` cases embed. `include_npy!` reads a
/// path relative to the crate being compiled, which for a UI case is
/// trybuild's project in the target directory: the files are copied into
/// its `data/` folder, so the cases name them `data/...` wherever the
/// target directory is.
const DATA: [&str; 5] = [
    "compiler-tests/ui/data/bad-header.npy",
    "compiler-tests/ui/data/non-ascii-descr.npy",
    "compiler-tests/ui/data/strings.npy",
    "compiler-tests/ui/data/too-many-bytes.npy",
    "tests/golden/npy/float64_3x4_C.npy",
];

#[test]
fn ui() {
    let project = super::nested_target_dir().join(env!("CARGO_PKG_NAME"));
    let data = project.join("data");
    std::fs::create_dir_all(&data).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    for file in DATA {
        let name = Path::new(file).file_name().unwrap();
        std::fs::copy(root.join(file), data.join(name)).unwrap();
    }
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
    cases.pass("ui/pass/*.rs");
}

/// The cases of the half types (feature `half`), on their own:
/// `cargo test -p shaped-compiler-tests --features half -- ui_half`.
#[cfg(feature = "half")]
#[test]
fn ui_half() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui-half/*.rs");
    cases.pass("ui-half/pass/*.rs");
}

/// The cases of the complex types (feature `num-complex`), on their own:
/// `cargo test -p shaped-compiler-tests --features num-complex -- ui_complex`.
#[cfg(feature = "num-complex")]
#[test]
fn ui_complex() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui-complex/*.rs");
    cases.pass("ui-complex/pass/*.rs");
}
