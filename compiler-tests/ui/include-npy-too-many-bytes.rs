use shaped::include_npy;

fn main() {
    // float64 of shape (2**32, 2**32): 2**67 bytes (tests/ui/data/crafted.py).
    let _ = include_npy!("data/too-many-bytes.npy");
}
