//! The ufuncs against NumPy: `golden/numpy_ufuncs.rs` (written by
//! `golden/numpy_ufuncs.py`) holds NumPy's results for `clip`, `isclose`
//! (of floats and of integers, huge `int64` and `uint64` included),
//! `isnan` ..., `maximum` ..., `remainder`, `floor_divide`, `power`,
//! `tanh` ... on integers and on floats with NaN, infinities, `-0.0` and
//! subnormals. Each case's 24 inputs are laid out as a 4x6 array, and the
//! method runs on it, on its column-major copy, on a strided view and on
//! the transposed view; every result must be NumPy's at every index.
//!
//! A tolerance of 0 means NumPy's value to the bit (a NaN as a NaN of
//! either sign); a float function that NumPy computes with CPU-dependent
//! SIMD code has a correctly rounded reference instead and a tolerance in
//! ulps (see the generator's docs): ours must be within it.

use shaped::{Array, Array2, ArrayView, ArrayViewMut, ColMajor, Order, Shape2, s};

/// One value as the golden writes it: float bits, integers, `bool` as 0/1.
trait Golden: Copy + std::fmt::Debug {
    fn from_golden(v: i128) -> Self;
    /// Whether `self` matches the golden value within `tol` ulps.
    fn matches(self, expected: i128, tol: u32) -> bool;
}

macro_rules! golden_float {
    ($($t:ident $bits:ident),*) => {$(
        impl Golden for $t {
            fn from_golden(v: i128) -> Self {
                <$t>::from_bits(v as $bits)
            }
            fn matches(self, expected: i128, tol: u32) -> bool {
                let e = Self::from_golden(expected);
                if e.is_nan() || self.is_nan() {
                    return e.is_nan() && self.is_nan();
                }
                if e == 0.0 || e.is_infinite() || tol == 0 {
                    return self.to_bits() == e.to_bits();
                }
                self.is_sign_negative() == e.is_sign_negative()
                    && self.abs().to_bits().abs_diff(e.abs().to_bits()) <= tol.into()
            }
        }
    )*};
}
golden_float!(f32 u32, f64 u64);

macro_rules! golden_int {
    ($($t:ident),*) => {$(
        impl Golden for $t {
            fn from_golden(v: i128) -> Self {
                <$t>::try_from(v).unwrap()
            }
            fn matches(self, expected: i128, _: u32) -> bool {
                i128::from(self) == expected
            }
        }
    )*};
}
golden_int!(i8, i32, i64, u8, u32, u64);

impl Golden for bool {
    fn from_golden(v: i128) -> Self {
        v != 0
    }
    fn matches(self, expected: i128, _: u32) -> bool {
        self == (expected != 0)
    }
}

type Grid<T> = Array2<T, 4, 6>;

fn grid<T: Golden + shaped::Element>(values: &[i128]) -> Grid<T> {
    Grid::from_fn(|[i, j]| T::from_golden(values[i * 6 + j]))
}

/// `x` inside a 4x12 array, in its even columns: a view with steps.
fn spread<T: shaped::Element>(x: &Grid<T>) -> Array2<T, 4, 12> {
    let mut big = Array2::<T, 4, 12>::full(x[[0, 0]]);
    big.slice_mut(s![.., ..;2]).assign(x);
    big
}

/// The strided view of `spread`'s array.
fn strided<T: shaped::Element>(
    big: &Array2<T, 4, 12>,
) -> ArrayView<'_, T, Shape2<4, 6>, impl shaped::slicing::Strides<Order = shaped::RowMajor>> {
    big.slice(s![.., ..;2])
}

/// The strided view of `spread`'s array, to write through.
fn strided_mut<T: shaped::Element>(
    big: &mut Array2<T, 4, 12>,
) -> ArrayViewMut<'_, T, Shape2<4, 6>, impl shaped::slicing::Strides<Order = shaped::RowMajor>> {
    big.slice_mut(s![.., ..;2])
}

/// Every mismatch of the golden cases, reported together at the end.
static FAILURES: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

fn check<U: Golden + shaped::Element, O: Order>(
    what: &str,
    kind: &str,
    got: &Array<U, Shape2<4, 6>, O>,
    expected: &[i128],
    tol: u32,
) {
    for i in 0..4 {
        for j in 0..6 {
            let (g, e) = (got[[i, j]], expected[i * 6 + j]);
            if !g.matches(e, tol) {
                FAILURES.lock().unwrap().push(format!(
                    "{what} on the {kind}: element {} is {g:?}, NumPy gives {:?} (tolerance {tol} ulps)",
                    i * 6 + j,
                    U::from_golden(e)
                ));
            }
        }
    }
}

/// As `check`, for the result of the transposed view, (6, 4).
fn check_t<U: Golden + shaped::Element, O: Order>(
    what: &str,
    got: &Array<U, Shape2<6, 4>, O>,
    expected: &[i128],
    tol: u32,
) {
    let back = Grid::<U>::from_fn(|[i, j]| got[[j, i]]);
    check(what, "transposed view", &back, expected, tol);
}

macro_rules! unary {
    ($t:ident, $name:ident, [$($x:literal),*], [$($y:literal),*], $tol:literal) => {{
        let what = concat!(stringify!($t), " ", stringify!($name));
        let (x, expected): (Grid<$t>, &[i128]) = (grid(&[$($x),*]), &[$($y),*]);
        let (f, big) = (x.to_order::<ColMajor>(), spread(&x));
        check(what, "array", &x.$name(), expected, $tol);
        check(what, "F-order array", &f.$name(), expected, $tol);
        check(what, "strided view", &strided(&big).$name(), expected, $tol);
        check_t(what, &x.t().$name(), expected, $tol);
    }};
}

macro_rules! binary {
    ($t:ident, $name:ident, [$($x:literal),*], [$($y:literal),*], [$($z:literal),*], $tol:literal) => {{
        let what = concat!(stringify!($t), " ", stringify!($name));
        let (x, y, expected): (Grid<$t>, Grid<$t>, &[i128]) = (grid(&[$($x),*]), grid(&[$($y),*]), &[$($z),*]);
        let (xf, yf) = (x.to_order::<ColMajor>(), y.to_order::<ColMajor>());
        let (xb, yb) = (spread(&x), spread(&y));
        check(what, "array", &x.$name(&y), expected, $tol);
        check(what, "F-order array", &xf.$name(&yf), expected, $tol);
        check(what, "strided view", &strided(&xb).$name(strided(&yb)), expected, $tol);
        check(what, "array and F-order view", &x.$name(yf.view()), expected, $tol);
        check_t(what, &x.t().$name(y.t()), expected, $tol);
    }};
}

macro_rules! number {
    ($t:ident, $name:ident, [$($x:literal),*], $n:expr, [$($z:literal),*], $tol:literal) => {{
        let what = concat!(stringify!($t), " ", stringify!($name), "(", stringify!($n), ")");
        let (x, expected): (Grid<$t>, &[i128]) = (grid(&[$($x),*]), &[$($z),*]);
        let (f, big) = (x.to_order::<ColMajor>(), spread(&x));
        check(what, "array", &x.$name($n), expected, $tol);
        check(what, "F-order array", &f.$name($n), expected, $tol);
        check(what, "strided view", &strided(&big).$name($n), expected, $tol);
        check_t(what, &x.t().$name($n), expected, $tol);
    }};
}

macro_rules! clip {
    ($t:ident, [$($x:literal),*], $lo:expr, $hi:expr, [$($z:literal),*]) => {{
        let what = concat!(stringify!($t), " clip(", stringify!($lo), ", ", stringify!($hi), ")");
        let (x, expected): (Grid<$t>, &[i128]) = (grid(&[$($x),*]), &[$($z),*]);
        let (lo, hi): ($t, $t) = ($lo, $hi);
        let (f, mut big) = (x.to_order::<ColMajor>(), spread(&x));
        check(what, "array", &x.clip(lo, hi), expected, 0);
        check(what, "F-order array", &f.clip(lo, hi), expected, 0);
        check(what, "strided view", &strided(&big).clip(lo, hi), expected, 0);
        check_t(what, &x.t().clip(lo, hi), expected, 0);
        let mut inplace = x;
        inplace.clip_inplace(lo, hi);
        check(what, "array, in place", &inplace, expected, 0);
        strided_mut(&mut big).clip_inplace(lo, hi);
        check(what, "strided view, in place", &strided(&big).to_array(), expected, 0);
    }};
}

macro_rules! isclose {
    ($t:ident, [$($x:literal),*], [$($y:literal),*], $rtol:expr, $atol:expr, $equal_nan:literal, [$($z:literal),*]) => {{
        let what = concat!(stringify!($t), " isclose_with(", stringify!($rtol), ", ", stringify!($atol), ", ", stringify!($equal_nan), ")");
        let (x, y, expected): (Grid<$t>, Grid<$t>, &[i128]) = (grid(&[$($x),*]), grid(&[$($y),*]), &[$($z),*]);
        let (xf, yf, xb, yb) = (x.to_order::<ColMajor>(), y.to_order::<ColMajor>(), spread(&x), spread(&y));
        let (rtol, atol) = ($rtol, $atol);
        check(what, "array", &x.isclose_with(&y, rtol, atol, $equal_nan), expected, 0);
        check(what, "F-order array", &xf.isclose_with(&yf, rtol, atol, $equal_nan), expected, 0);
        check(what, "strided view", &strided(&xb).isclose_with(strided(&yb), rtol, atol, $equal_nan), expected, 0);
        check_t(what, &x.t().isclose_with(y.t(), rtol, atol, $equal_nan), expected, 0);
        let all = expected.iter().all(|&e| e != 0);
        assert_eq!(x.allclose_with(&y, rtol, atol, $equal_nan), all, "{what}: allclose");
        assert_eq!(strided(&xb).allclose_with(yf.view(), rtol, atol, $equal_nan), all, "{what}: allclose of views");
    }};
}

macro_rules! whole {
    ($t:ident, [$($x:literal),*], [$($y:literal),*], $allclose:literal, $allclose_nan:literal, $equal:literal) => {{
        let what = concat!(stringify!($t), " allclose/array_equal");
        let (x, y): (Grid<$t>, Grid<$t>) = (grid(&[$($x),*]), grid(&[$($y),*]));
        let (xf, yf, xb, yb) = (x.to_order::<ColMajor>(), y.to_order::<ColMajor>(), spread(&x), spread(&y));
        assert_eq!(x.allclose(&y), $allclose, "{what}");
        assert_eq!(xf.allclose(&yf), $allclose, "{what}, F order");
        assert_eq!(strided(&xb).allclose(strided(&yb)), $allclose, "{what}, views");
        assert_eq!(x.t().allclose(y.t()), $allclose, "{what}, transposed");
        assert_eq!(x.allclose_with(&y, 1e-5, 1e-8, true), $allclose_nan, "{what}, equal_nan");
        assert_eq!(x.array_equal(&y), $equal, "{what}: array_equal");
        assert_eq!(x.array_equal(&yf), $equal, "{what}: array_equal, F order");
        assert_eq!(strided(&xb).array_equal(&strided(&yb)), $equal, "{what}: array_equal, views");
    }};
}

#[test]
fn ufuncs_match_numpy() {
    include!("../golden/numpy_ufuncs.rs");
    let failures = FAILURES.lock().unwrap();
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// NumPy's own test cases for `clip` (numpy/_core/tests/test_numeric.py).
#[test]
fn clip_numpy_cases() {
    let a = shaped::Array1::<i64, 10>::from_fn(|[i]| i as i64);
    assert_eq!(a.clip(1, 0).as_slice(), &[0; 10]);
    let f = shaped::Array1::<f64, 7>::from_fn(|[i]| i as f64);
    assert!(f.clip(f64::NAN, f64::NAN).iter().all(|v| v.is_nan()));
    let mut g = f;
    g.clip_inplace(f64::NAN, 3.0);
    assert!(g.iter().all(|v| v.is_nan()));
}
