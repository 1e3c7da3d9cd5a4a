// A rank-2 array has axes 0 and 1.
use shaped::Array2;

fn main() {
    let a = Array2::<f32, 3, 4>::zeros();
    let _ = a.sum_axis::<2>();
}
