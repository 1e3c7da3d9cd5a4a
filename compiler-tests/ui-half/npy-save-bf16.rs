// bf16 has no NumPy dtype: saving it as `.npy` does not build.
use shaped::{bf16, Array1};

fn main() {
    let a = Array1::<bf16, 2>::from([bf16::ONE, bf16::ZERO]);
    a.save_npy("weights.npy").unwrap();
}
