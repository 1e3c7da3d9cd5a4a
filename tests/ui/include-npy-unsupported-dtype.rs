use shaped::include_npy;

fn main() {
    let _ = include_npy!("../../../../tests/ui/data/complex.npy");
}
