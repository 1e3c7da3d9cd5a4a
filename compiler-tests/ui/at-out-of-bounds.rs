// A constant index past the end: `a.at::<3, 0>()` on a (3, 3) array does
// not build, as plain Rust rejects `x[3]` on a `[f64; 3]`.
use shaped::Array2;

fn main() {
    let a = Array2::<f64, 3, 3>::eye();
    let _ = a.at::<3, 0>();
}
