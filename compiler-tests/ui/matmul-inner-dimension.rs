// (2, 3) @ (4, 2): the inner dimensions 3 and 4 differ.
use shaped::Array2;

fn main() {
    let a = Array2::<f32, 2, 3>::zeros();
    let b = Array2::<f32, 4, 2>::zeros();
    let _ = a.matmul(&b);
}
