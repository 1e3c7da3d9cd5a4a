// Builds (not only checks) the `ui-complex` cases.
use shaped::{array, c64, Array1, Complex};

fn main() {
    let a: Array1<c64, 2> = array![Complex::new(1.0, 2.0), Complex::new(3.0, -0.5)];
    let b = a + Array1::<f64, 2>::from([1.0, 2.0]).cast::<c64>();
    let c = Complex::new(2.0, 0.0) * (b / Complex::new(0.0, 1.0));
    assert_eq!(c[0], Complex::new(4.0, -4.0));
}
