// A 2-D array takes a 2-element index.
use shaped::Array2;

fn main() {
    let a = Array2::<f32, 3, 3>::zeros();
    let _ = a[[1, 2, 0]];
}
