// One dtype per operation: cast first.
use shaped::Array1;

fn main() {
    let a = Array1::<f32, 3>::zeros();
    let b = Array1::<f64, 3>::zeros();
    let _ = a + b;
}
