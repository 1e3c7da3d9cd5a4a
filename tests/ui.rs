//! Compile-time errors are user interface: each mistake in `tests/ui/` must
//! fail to compile with exactly the message pinned in its `.stderr` file.
//!
//! The `pass` cases make trybuild build (not just check) the crate, so the
//! errors raised by constant evaluation, such as a shape whose byte size
//! overflows, are seen too.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
    cases.pass("tests/ui/pass/*.rs");
}
