// A complex128 array beside a float64 one: NumPy would give complex128;
// cast the real side first (`a + b.cast::<Complex<f64>>()`).
use shaped::{array, Array1, Complex};

fn main() {
    let a = array![Complex::new(1.0, 2.0), Complex::new(3.0, -0.5)];
    let b = Array1::<f64, 2>::from([1.0, 2.0]);
    let _ = a + b;
}
