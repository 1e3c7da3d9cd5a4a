//! The `par_` methods (feature `rayon`) give their serial twins' results:
//! the same bits for float sums (NumPy's pairwise order, split where NumPy
//! splits), the same elements for the elementwise forms, on arrays above
//! and below the size where work is split.
#![cfg(feature = "rayon")]

use shaped::{Array1, Array2, ColMajor, PAR_FROM};

/// Values whose sums round differently in every order.
fn value(i: usize) -> f64 {
    let k = (i as u64).wrapping_mul(2654435761) % (1 << 32);
    (k as f64 / 4294967296.0 - 0.5) * (1.0 + (k % 97) as f64 * 1e3)
}

#[test]
fn float_sums_keep_numpys_bits() {
    fn check<const N: usize>() {
        let a = Array1::<f64, N>::from_fn_boxed(|[i]| value(i));
        assert_eq!(a.par_sum().to_bits(), a.sum().to_bits(), "f64, {N}");
        let a = Array1::<f32, N>::from_fn_boxed(|[i]| value(i) as f32);
        assert_eq!(a.par_sum().to_bits(), a.sum().to_bits(), "f32, {N}");
    }
    // Below the split size, at it, and well past it (odd lengths).
    check::<1000>();
    check::<{ PAR_FROM / 8 }>();
    check::<{ PAR_FROM / 4 + 1 }>();
    check::<3_000_017>();
    check::<{ 8 << 20 }>();
    let m = Array2::<f64, 1000, 1001, ColMajor>::from_fn_boxed(|[i, j]| value(i * 1001 + j));
    assert_eq!(m.par_sum().to_bits(), m.sum().to_bits());
}

#[test]
fn integer_sums_are_exact() {
    let a = Array1::<i32, 3_000_017>::from_fn_boxed(|[i]| (value(i) * 1e6) as i32);
    assert_eq!(a.par_sum(), a.sum());
    let a = Array1::<u8, 9_000_001>::from_fn_boxed(|[i]| i as u8);
    assert_eq!(a.par_sum(), a.sum());
}

#[test]
fn elementwise_forms_write_every_element_as_the_serial_ones() {
    const N: usize = 2_000_003;
    let x = Array1::<f32, N>::from_fn_boxed(|[i]| value(i) as f32);
    let y = Array1::<f32, N>::from_fn_boxed(|[i]| value(i + 7) as f32);

    // Boxed copies: an 8 MB array by value would not fit a test's stack.
    let copy = || {
        let mut a = Array1::<f32, N>::zeros_boxed();
        a.as_mut_slice().copy_from_slice(x.as_slice());
        a
    };
    let (mut par, mut serial) = (copy(), copy());
    par.par_zip_map_inplace(&y, |a, b| a + b);
    serial.zip_map_inplace(&y, |a, b| a + b);
    assert_eq!(par.as_slice(), serial.as_slice());

    par.par_map_inplace(|a| a * 2.5);
    serial.map_inplace(|a| a * 2.5);
    assert_eq!(par.as_slice(), serial.as_slice());

    let (mut par, mut serial) = (
        Array1::<f64, N>::zeros_boxed(),
        Array1::<f64, N>::zeros_boxed(),
    );
    par.par_assign_map(&x, |a| f64::from(a).sqrt());
    serial.assign_map(&x, |a| f64::from(a).sqrt());
    let bits = |a: &[f64]| a.iter().map(|v| v.to_bits()).collect::<Vec<_>>();
    assert_eq!(
        bits(par.as_slice()),
        bits(serial.as_slice()),
        "NaNs included"
    );

    let (mut par, mut serial) = (
        Array1::<f32, N>::zeros_boxed(),
        Array1::<f32, N>::zeros_boxed(),
    );
    par.par_assign_zip_map(&x, &y, |b, c| b + 3.0 * c);
    serial.assign_zip_map(&x, &y, |b, c| b + 3.0 * c);
    assert_eq!(par.as_slice(), serial.as_slice());
    assert_eq!(serial[5], x[5] + 3.0 * y[5]);
}
