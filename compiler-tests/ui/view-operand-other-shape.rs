// A view on the right of an operator has the left side's shape; a smaller
// one is stretched explicitly with `broadcast_to`.
use shaped::{Array1, Array2};

fn main() {
    let a = Array2::<f32, 2, 3>::zeros();
    let row = Array1::<f32, 3>::zeros();
    let _ = &a + row.view();
}
