//! Sequences against NumPy, to the bit: every case in
//! `golden/numpy_sequences.rs` holds NumPy's output as exact bit patterns
//! (see `golden/numpy_sequences.py`). NaN matches NaN whatever its payload,
//! which IEEE 754 leaves open. The heap twins (`linspace_boxed` ...) are
//! held to the same values.

use crate::common;

use shaped::{Array1, arange};

fn same_f64(what: &str, actual: &[f64], expected: &[u64]) {
    assert_eq!(actual.len(), expected.len(), "{what}: length");
    for (i, (a, &e)) in actual.iter().zip(expected).enumerate() {
        let e = f64::from_bits(e);
        let same = a.to_bits() == e.to_bits() || (a.is_nan() && e.is_nan());
        assert!(
            same,
            "{what}: element {i} is {a:e} ({:#018x}), NumPy has {e:e} ({:#018x})",
            a.to_bits(),
            e.to_bits()
        );
    }
}

macro_rules! linspace {
    ($n:literal, $start:literal, $stop:literal, [$($e:literal),*]) => {{
        let (start, stop) = (f64::from_bits($start), f64::from_bits($stop));
        let a = Array1::<f64, $n>::linspace(start, stop);
        same_f64(&format!("linspace({start:e}, {stop:e}, {})", $n), a.as_slice(), &[$($e),*]);
        let b = Array1::<f64, $n>::linspace_boxed(start, stop);
        same_f64(&format!("linspace_boxed({start:e}, {stop:e}, {})", $n), b.as_slice(), &[$($e),*]);
        common::count();
    }};
}

macro_rules! arange_f64 {
    ($n:literal, $start:literal, $step:literal, [$($e:literal),*]) => {{
        let (start, step) = (f64::from_bits($start), f64::from_bits($step));
        let a = Array1::<f64, $n>::arange_step(start, step);
        same_f64(&format!("arange({start:e}, step {step:e}) of {}", $n), a.as_slice(), &[$($e),*]);
        let b = Array1::<f64, $n>::arange_step_boxed(start, step);
        same_f64(&format!("arange_boxed({start:e}, step {step:e}) of {}", $n), b.as_slice(), &[$($e),*]);
        common::count();
    }};
}

macro_rules! arange_f32 {
    ($n:literal, $start:literal, $step:literal, [$($e:literal),*]) => {{
        let (start, step) = (f32::from_bits($start), f32::from_bits($step));
        let a = Array1::<f32, $n>::arange_step(start, step);
        let bits: Vec<u32> = a.iter().map(|v| v.to_bits()).collect();
        assert_eq!(bits, [$($e),*] as [u32; $n], "arange::<f32>({start:e}, step {step:e})");
        common::count();
    }};
}

macro_rules! arange_int {
    ($t:ty, $n:literal, $start:literal, $step:literal, [$($e:literal),*]) => {{
        let (start, step): ($t, $t) = ($start, $step);
        let a = Array1::<$t, $n>::arange_step(start, step);
        let expected: [$t; $n] = [$($e),*];
        assert_eq!(a.as_slice(), &expected, "arange::<{}>({start}, step {step})", stringify!($t));
        let b = Array1::<$t, $n>::arange_step_boxed(start, step);
        assert_eq!(b.as_slice(), &expected, "arange_boxed::<{}>({start}, step {step})", stringify!($t));
        common::count();
    }};
}

macro_rules! logspace {
    ($n:literal, $start:literal, $stop:literal, $base:literal, [$($e:literal),*]) => {{
        let (start, stop, base) = (f64::from_bits($start), f64::from_bits($stop), f64::from_bits($base));
        let a = Array1::<f64, $n>::logspace(start, stop, base);
        same_f64(&format!("logspace({start:e}, {stop:e}, {}, base={base:e})", $n), a.as_slice(), &[$($e),*]);
        let b = Array1::<f64, $n>::logspace_boxed(start, stop, base);
        same_f64(&format!("logspace_boxed({start:e}, {stop:e}, {}, base={base:e})", $n), b.as_slice(), &[$($e),*]);
        common::count();
    }};
}

macro_rules! geomspace {
    ($n:literal, $start:literal, $stop:literal, [$($e:literal),*]) => {{
        let (start, stop) = (f64::from_bits($start), f64::from_bits($stop));
        let a = Array1::<f64, $n>::geomspace(start, stop);
        same_f64(&format!("geomspace({start:e}, {stop:e}, {})", $n), a.as_slice(), &[$($e),*]);
        let b = Array1::<f64, $n>::geomspace_boxed(start, stop);
        same_f64(&format!("geomspace_boxed({start:e}, {stop:e}, {})", $n), b.as_slice(), &[$($e),*]);
        common::count();
    }};
}

macro_rules! arange_len {
    ($n:literal, $array:expr) => {{
        let a = $array;
        assert_eq!(a.size(), $n, "{}", stringify!($array));
        common::count();
    }};
}

#[test]
fn every_sequence_matches_numpy_bit_for_bit() {
    include!("../golden/numpy_sequences.rs");
    // A truncated golden file must fail: 22 + 12 + 4 + 8 + 8 + 10 + 27 + 7 cases.
    assert_eq!(common::cases(), 98);
}

#[test]
fn linspace_is_const() {
    const RAMP: Array1<f64, 3> = Array1::linspace(-1.0, 1.0);
    static EMPTY: Array1<f64, 0> = Array1::linspace(0.0, 1.0);
    assert_eq!(RAMP.as_slice(), &[-1.0, 0.0, 1.0]);
    assert_eq!(EMPTY.size(), 0);
}

/// Integer `arange` up to the edges of each type, with negative steps and
/// steps wider than the type's half range, against exact `i128` arithmetic.
#[test]
fn integer_arange_is_exact_up_to_the_type_edges() {
    fn check<T: Copy + Into<i128> + core::fmt::Debug>(values: &[T], start: i128, step: i128) {
        for (i, &v) in values.iter().enumerate() {
            assert_eq!(v.into(), start + i as i128 * step, "element {i}");
        }
    }
    check(Array1::<i8, 256>::arange_step(127, -1).as_slice(), 127, -1);
    check(
        Array1::<i8, 3>::arange_step(-128, 127).as_slice(),
        -128,
        127,
    );
    check(Array1::<u8, 2>::arange_step(0, 255).as_slice(), 0, 255);
    check(
        Array1::<i16, 3>::arange_step(-32768, 32767).as_slice(),
        -32768,
        32767,
    );
    check(
        Array1::<u64, 3>::arange_step(u64::MAX - 4, 2).as_slice(),
        u64::MAX as i128 - 4,
        2,
    );
    check(
        Array1::<i64, 2>::arange_step(i64::MIN, i64::MAX).as_slice(),
        i64::MIN as i128,
        i64::MAX as i128,
    );
    check(
        Array1::<i32, 5000>::arange_step_boxed(-7, -3).as_slice(),
        -7,
        -3,
    );
}

#[test]
#[should_panic(expected = "arange: element 3 would be 300, which does not fit in uint8")]
fn integer_arange_overflow_panics_with_the_value() {
    let _ = Array1::<u8, 4>::arange_step(0, 100);
}

#[test]
#[should_panic(
    expected = "geomspace: a geometric sequence cannot include zero (start is zero, stop is not zero)"
)]
fn geomspace_rejects_zero() {
    let _ = Array1::<f64, 4>::geomspace(0.0, 1.0);
}

/// `Array1::<T, N>::arange(start, stop, step)` checks `N` against NumPy's
/// length rule (`len(np.arange(...))`, from NumPy 2.4.6), floats included.
#[test]
fn the_numpy_call_form_checks_the_length() {
    assert_eq!(Array1::<f64, 10>::arange(0.0, 1.0, 0.1)[9], 0.9);
    assert_eq!(
        Array1::<f64, 4>::arange(1.0, 1.3, 0.1).as_slice(),
        &[1.0, 1.1, 1.2000000000000002, 1.3000000000000003]
    );
    assert_eq!(
        Array1::<f64, 5>::arange(0.5, 0.0, -0.1)[4],
        0.10000000000000009
    );
    assert_eq!(Array1::<i32, 3>::arange(-3, 7, 4).as_slice(), &[-3, 1, 5]);
    assert_eq!(
        Array1::<i64, 4>::arange(10, 0, -3).as_slice(),
        &[10, 7, 4, 1]
    );
    assert!(Array1::<i32, 0>::arange(0, 5, -1).as_slice().is_empty());
}

#[test]
#[should_panic(expected = "np.arange(0, 10, 3) has 4 elements, but this array holds 5")]
fn the_numpy_call_form_names_both_lengths() {
    let _ = Array1::<i32, 5>::arange(0, 10, 3);
}
