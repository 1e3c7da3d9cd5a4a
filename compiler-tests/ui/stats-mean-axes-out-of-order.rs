// NumPy's `axis=(1, 0)` is written `mean_axes::<0, 1>()`: axes in increasing order.
use shaped::Array3;

fn main() {
    let a = Array3::<f64, 2, 3, 4>::zeros();
    let _ = a.mean_axes::<1, 0>();
}
