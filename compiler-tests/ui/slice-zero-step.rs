use shaped::{Array1, s};

fn main() {
    let a = Array1::<f64, 5>::zeros();
    let _ = a.slice(s![..;0]);
}
