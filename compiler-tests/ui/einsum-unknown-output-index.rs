// The output names a letter no operand has.
use shaped::{einsum, Array2};

fn main() {
    let a = Array2::<f32, 2, 2>::zeros();
    let _ = einsum!("ij->ik", a);
}
