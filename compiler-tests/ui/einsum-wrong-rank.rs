// "ij" asks for a matrix; this operand is a vector.
use shaped::{einsum, Array1};

fn main() {
    let v = Array1::<f32, 3>::zeros();
    let _ = einsum!("ij->ji", v);
}
