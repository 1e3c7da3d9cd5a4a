use shaped::{Array2, Axis};

fn main() {
    let a = Array2::<f64, 3, 4>::zeros();
    for _ in a.axis_iter(Axis::<2>) {}
}
