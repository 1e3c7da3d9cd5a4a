// An empty array has no quantiles (NumPy raises).
use shaped::Array2;

fn main() {
    let a = Array2::<f64, 0, 3>::zeros();
    let _ = a.quantile(0.5);
}
