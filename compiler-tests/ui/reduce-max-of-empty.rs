// An empty array has no maximum.
use shaped::Array2;

fn main() {
    let a = Array2::<f32, 0, 3>::zeros();
    let _ = a.max();
}
