use shaped::include_npy;

fn main() {
    // Trybuild builds this in target/tests/trybuild/shaped/.
    let _ = include_npy!("../../../../tests/ui/data/bad-header.npy");
}
