// Two terms in the subscripts, three operands.
use shaped::{einsum, Array2};

fn main() {
    let a = Array2::<f32, 2, 2>::zeros();
    let _ = einsum!("ij,jk->ik", a, a, a);
}
