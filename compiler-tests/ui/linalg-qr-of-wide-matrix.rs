// NumPy's reduced QR of a 2x3 matrix has other shapes than the tall form.
use shaped::Array2;

fn main() {
    let a = Array2::<f64, 2, 3>::zeros();
    let _ = a.qr();
}
