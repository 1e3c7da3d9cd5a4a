// A reshape keeps the element count: 9 elements do not fill a 4x2 array.
use shaped::{Array2, Shape2};

fn main() {
    let a = Array2::<f32, 3, 3>::zeros();
    let b = a.reshape::<Shape2<4, 2>>();
    let _ = b.size();
}
