use shaped::include_npy;

fn main() {
    // A format 3.0 (UTF-8) header whose descr is 'é8' (tests/ui/data/crafted.py).
    let _ = include_npy!("data/non-ascii-descr.npy");
}
