// A 2x3 matrix has no inverse: the shape says so before anything runs.
use shaped::Array2;

fn main() {
    let a = Array2::<f64, 2, 3>::zeros();
    let _ = a.inv();
}
