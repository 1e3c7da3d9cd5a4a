// a[i] borrows a row only in row-major order, where a row is contiguous.
use shaped::{Array2, ColMajor};

fn main() {
    let a = Array2::<f32, 3, 3, ColMajor>::zeros();
    let _ = &a[0];
}
