// A 3x3 system with a right-hand side of length 4.
use shaped::{Array1, Array2};

fn main() {
    let a = Array2::<f64, 3, 3>::eye();
    let b = Array1::<f64, 4>::zeros();
    let _ = a.solve(&b);
}
