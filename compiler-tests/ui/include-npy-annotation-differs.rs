use shaped::{Array2, include_npy};

// The file holds float64 (3, 4).
static TABLE: Array2<f64, 3, 3> = include_npy!("data/float64_3x4_C.npy");

fn main() {
    let _ = &TABLE;
}
