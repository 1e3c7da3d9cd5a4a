//! The sequence macros: NumPy's call forms, with the length in the type.
//! (Their NumPy-checked lengths are in `sequences.rs`.)

use shaped::{Array1, arange, geomspace, linspace, logspace};

#[test]
fn macros_expand_to_the_function_forms() {
    let a = arange!(0.0, 1.0, 0.1);
    let _: &Array1<f64, 10> = &a;
    assert_eq!(a, Array1::<f64, 10>::arange_step(0.0, 0.1));
    let b: Array1<u8, 5> = arange!(0, 250, 50);
    assert_eq!(b.as_slice(), &[0, 50, 100, 150, 200]);
    let c = arange!(1.0f32, 2.0, 0.25);
    let _: &Array1<f32, 4> = &c;
    assert_eq!(c.as_slice(), &[1.0, 1.25, 1.5, 1.75]);
    let d = arange!(-3i64, 3);
    assert_eq!(d.as_slice(), &[-3, -2, -1, 0, 1, 2]);
    assert_eq!(linspace!(0, 1, 7), Array1::<f64, 7>::linspace(0.0, 1.0));
    assert_eq!(
        logspace!(-2, 2, 9, 2),
        Array1::<f64, 9>::logspace(-2.0, 2.0, 2.0)
    );
    assert_eq!(
        geomspace!(0.5, 2e6, 17),
        Array1::<f64, 17>::geomspace(0.5, 2e6)
    );
    let x = 0.25;
    assert_eq!(linspace!(x, 4.0 * x, 4).as_slice(), &[0.25, 0.5, 0.75, 1.0]);
    const POINTS: Array1<f64, 3> = linspace!(1, 3, 3);
    assert_eq!(POINTS.as_slice(), &[1.0, 2.0, 3.0]);
}
