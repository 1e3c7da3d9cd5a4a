// A float value beside a complex128 array: write it as a complex value
// (`Complex::new(1.5, 0.0)`).
use shaped::{array, Complex};

fn main() {
    let a = array![Complex::new(1.0, 2.0), Complex::new(3.0, -0.5)];
    let _ = a * 1.5;
}
