use shaped::{Array2, s};

fn main() {
    let a = Array2::<f64, 3, 5>::zeros();
    // NumPy's a[1, 2] is one element: index it with a[[1, 2]].
    let _ = a.slice(s![1, 2]);
}
