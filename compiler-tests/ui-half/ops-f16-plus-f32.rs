// A float16 array beside a float32 one: NumPy would give float32; cast one
// side first (`a.cast::<f32>() + b`).
use shaped::{f16, Array1};

fn main() {
    let a = Array1::<f16, 2>::from([f16::ONE, f16::ONE]);
    let b = Array1::<f32, 2>::from([1.0, 2.0]);
    let _ = a + b;
}
