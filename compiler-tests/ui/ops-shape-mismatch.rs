// Elementwise operations need equal shapes (or a trailing-axes broadcast).
use shaped::Array1;

fn main() {
    let a = Array1::<f32, 3>::zeros();
    let b = Array1::<f32, 4>::zeros();
    let _ = a + b;
}
