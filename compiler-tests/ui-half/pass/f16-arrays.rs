// Builds (not only checks) the `ui-half` cases, so that the `.npy` refusal
// of bf16, a constant evaluated while building, is seen.
use shaped::{array, f16, Array1};

fn main() {
    let a: Array1<f16, 2> = array![f16; 2];
    let b = a + Array1::from([f16::ONE, f16::ONE]);
    let mut bytes = Vec::new();
    b.write_npy(&mut bytes).unwrap();
    assert_eq!(b.sum(), f16::from_f32(2.0));
}
