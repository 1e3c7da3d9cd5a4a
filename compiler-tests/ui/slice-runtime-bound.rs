use shaped::{Array1, s};

fn main() {
    let a = Array1::<f64, 5>::zeros();
    let n = 2;
    // The view's length is part of its type: bounds are constants.
    let _ = a.slice(s![..n]);
}
