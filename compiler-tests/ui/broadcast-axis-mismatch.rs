// An axis of length 2 cannot stretch to 4 (NumPy: "operands could not be
// broadcast together with remapped shapes [original->remapped]: (3,2) and
// requested shape (3,4)").
use shaped::{Array2, Shape2};

fn main() {
    let a = Array2::<f32, 3, 2>::zeros();
    let _ = a.broadcast_to::<Shape2<3, 4>>();
}
