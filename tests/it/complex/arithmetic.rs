//! `+ - * /` and the comparisons against NumPy, to the bit.
// Each kind of left side is tested, by reference included.
#![allow(clippy::op_ref)]

use shaped::{Arithmetic, Array1, Complex, Element, c32, c64};

/// A complex type by the bits of its parts, as the golden writes it.
pub(super) trait FromParts: Arithmetic + core::fmt::Debug {
    type Bits: Copy + core::fmt::Debug;
    fn from_parts(re: Self::Bits, im: Self::Bits) -> Self;
    /// Both parts equal to the bit, or NaN where the golden has NaN.
    fn same(self, want: Self) -> bool;
}

impl FromParts for c32 {
    type Bits = u32;
    fn from_parts(re: u32, im: u32) -> Self {
        Complex::new(f32::from_bits(re), f32::from_bits(im))
    }
    fn same(self, want: Self) -> bool {
        let part = |g: f32, w: f32| {
            if w.is_nan() {
                g.is_nan()
            } else {
                g.to_bits() == w.to_bits()
            }
        };
        part(self.re, want.re) && part(self.im, want.im)
    }
}

impl FromParts for c64 {
    type Bits = u64;
    fn from_parts(re: u64, im: u64) -> Self {
        Complex::new(f64::from_bits(re), f64::from_bits(im))
    }
    fn same(self, want: Self) -> bool {
        let part = |g: f64, w: f64| {
            if w.is_nan() {
                g.is_nan()
            } else {
                g.to_bits() == w.to_bits()
            }
        };
        part(self.re, want.re) && part(self.im, want.im)
    }
}

pub(super) fn array<T: FromParts, const N: usize>(bits: [(T::Bits, T::Bits); N]) -> Array1<T, N> {
    Array1::from(bits.map(|(re, im)| T::from_parts(re, im)))
}

#[track_caller]
fn assert_same<T: FromParts, const N: usize>(got: &Array1<T, N>, want: &Array1<T, N>, what: &str) {
    for (i, (&g, &w)) in got.iter().zip(want.iter()).enumerate() {
        assert!(g.same(w), "{what}: element {i}: got {g:?}, NumPy {w:?}");
    }
}

/// `a op b` for arrays of `T`, through each kind of left side and the
/// compound assignment, all checked against NumPy's result.
fn check_binary<T: FromParts, const N: usize>(
    op: &str,
    a: Array1<T, N>,
    b: Array1<T, N>,
    want: Array1<T, N>,
) {
    let (by_ref, by_view, by_value, assigned) = match op {
        "+" => (&a + &b, a.view() + b.view(), a + b, {
            let mut x = a;
            x += &b;
            x
        }),
        "-" => (&a - &b, a.view() - b.view(), a - b, {
            let mut x = a;
            x -= &b;
            x
        }),
        "*" => (&a * &b, a.view() * b.view(), a * b, {
            let mut x = a;
            x *= &b;
            x
        }),
        "/" => (&a / &b, a.view() / b.view(), a / b, {
            let mut x = a;
            x /= &b;
            x
        }),
        _ => unreachable!("the golden has + - * / only"),
    };
    for (got, how) in [
        (by_ref, "&a op &b"),
        (by_view, "views"),
        (by_value, "a op b"),
        (assigned, "a op= b"),
    ] {
        assert_same(&got, &want, &format!("{} {op} ({how})", T::DTYPE.name()));
    }
}

/// `a op s`, `a op= s` and, for `+` and `*`, `s op a` (each product and
/// sum of parts commutes, so NumPy's `s op a` has the same bits).
fn check_scalar<T, const N: usize>(op: &str, a: Array1<T, N>, s: T, want: Array1<T, N>)
where
    T: FromParts
        + core::ops::Add<Array1<T, N>, Output = Array1<T, N>>
        + core::ops::Mul<Array1<T, N>, Output = Array1<T, N>>,
{
    let (right, assigned) = match op {
        "+" => (&a + s, {
            let mut x = a;
            x += s;
            x
        }),
        "-" => (&a - s, {
            let mut x = a;
            x -= s;
            x
        }),
        "*" => (&a * s, {
            let mut x = a;
            x *= s;
            x
        }),
        "/" => (&a / s, {
            let mut x = a;
            x /= s;
            x
        }),
        _ => unreachable!("the golden has + - * / only"),
    };
    let name = T::DTYPE.name();
    assert_same(&right, &want, &format!("{name} a {op} s"));
    assert_same(&assigned, &want, &format!("{name} a {op}= s"));
    // Addition and multiplication commute part by part, so `s op a` is
    // the same NumPy result.
    match op {
        "+" => assert_same(&(s + a), &want, &format!("{name} s + a")),
        "*" => assert_same(&(s * a), &want, &format!("{name} s * a")),
        _ => {}
    }
}

#[test]
fn arithmetic_and_comparisons_match_numpy_to_the_bit() {
    let mut cases = 0;
    macro_rules! binary_case {
        ($t:ident, $op:literal, [$($a:tt)*], [$($b:tt)*], [$($r:tt)*]) => {{
            check_binary::<$t, _>($op, array([$($a)*]), array([$($b)*]), array([$($r)*]));
            cases += 1;
        }};
    }
    macro_rules! scalar_case {
        ($t:ident, $op:literal, [$($a:tt)*], ($re:expr, $im:expr), [$($r:tt)*]) => {{
            check_scalar::<$t, _>($op, array([$($a)*]), $t::from_parts($re, $im), array([$($r)*]));
            cases += 1;
        }};
    }
    macro_rules! compare_case {
        ($t:ident, [$($a:tt)*], [$($b:tt)*], [$($lt:tt)*], [$($le:tt)*], [$($gt:tt)*], [$($ge:tt)*],
         [$($eq:tt)*], [$($ne:tt)*]) => {{
            let (a, b) = (array::<$t, _>([$($a)*]), array::<$t, _>([$($b)*]));
            assert_eq!(a.lt_elem(&b).as_slice(), &[$($lt)*], "{} <", stringify!($t));
            assert_eq!(a.le_elem(&b).as_slice(), &[$($le)*], "{} <=", stringify!($t));
            assert_eq!(a.gt_elem(&b).as_slice(), &[$($gt)*], "{} >", stringify!($t));
            assert_eq!(a.ge_elem(&b).as_slice(), &[$($ge)*], "{} >=", stringify!($t));
            assert_eq!(a.eq_elem(&b).as_slice(), &[$($eq)*], "{} ==", stringify!($t));
            assert_eq!(a.ne_elem(&b).as_slice(), &[$($ne)*], "{} !=", stringify!($t));
            cases += 1;
        }};
    }
    macro_rules! print_case {
        ($($t:tt)*) => {};
    }
    macro_rules! npy_case {
        ($($t:tt)*) => {};
    }
    include!("../../golden/numpy_complex.rs");
    assert_eq!(cases, 2 * (5 + 12 + 1));
}

#[test]
fn dtype_names_are_numpys() {
    assert_eq!((c32::DTYPE.name(), c32::DTYPE.str()), ("complex64", "<c8"));
    assert_eq!(
        (c64::DTYPE.name(), c64::DTYPE.str()),
        ("complex128", "<c16")
    );
    let a = shaped::array![Complex::new(1.0, 2.0), Complex::new(3.0, -0.5)];
    assert_eq!(a.dtype().name(), "complex128");
    assert_eq!((a.itemsize(), a.nbytes()), (16, 32));
    assert_eq!(Array1::<c32, 4>::STRIDES, [8]);
    assert_eq!(
        Array1::<c64, 3>::zeros().as_slice(),
        &[Complex::new(0.0, 0.0); 3]
    );
    assert_eq!(
        Array1::<c64, 2>::ones().as_slice(),
        &[Complex::new(1.0, 0.0); 2]
    );
}
