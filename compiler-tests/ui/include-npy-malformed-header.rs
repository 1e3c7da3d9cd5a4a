use shaped::include_npy;

fn main() {
    // Trybuild builds this in target/tests/trybuild/shaped-compiler-tests/,
    // where the test copies the file.
    let _ = include_npy!("data/bad-header.npy");
}
