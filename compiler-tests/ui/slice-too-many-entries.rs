use shaped::{Array2, s};

fn main() {
    let a = Array2::<f64, 3, 5>::zeros();
    let _ = a.slice(s![.., 1.., 0]);
}
