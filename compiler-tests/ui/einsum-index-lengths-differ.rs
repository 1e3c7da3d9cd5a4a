// "ij,jk->ik" with j = 3 in the first operand and 4 in the second.
use shaped::{einsum, Array2};

fn main() {
    let a = Array2::<f32, 2, 3>::zeros();
    let b = Array2::<f32, 4, 2>::zeros();
    let _ = einsum!("ij,jk->ik", a, b);
}
