//! `einsum!` against NumPy: `golden/numpy_einsum.rs` holds
//! `np.einsum(..., optimize=False)` for every supported form, on int64 data
//! (equal exactly), float64 eighths (every sum exact, so equal to the bit
//! whatever the order of the additions) and random float64 (within
//! `1e-13` of the largest magnitude: NumPy's loops may add in another
//! order). Each case runs with row-major and column-major operands.

use shaped::{Array, ColMajor, Element, RowMajor, Shape, einsum};
use shaped::{Shape1, Shape2, Shape3, Shape4};

/// The elements (C order) and shape of an `einsum!` result: an array, or
/// one value when no output letter is left.
trait Result<T> {
    fn elements(&self) -> (Vec<T>, Vec<usize>);
}

impl<T: Element, S: Shape> Result<T> for Array<T, S, RowMajor> {
    fn elements(&self) -> (Vec<T>, Vec<usize>) {
        (self.as_slice().to_vec(), S::DIMS.to_vec())
    }
}

impl Result<i64> for i64 {
    fn elements(&self) -> (Vec<i64>, Vec<usize>) {
        (vec![*self], vec![])
    }
}

impl Result<f64> for f64 {
    fn elements(&self) -> (Vec<f64>, Vec<usize>) {
        (vec![*self], vec![])
    }
}

fn operand<T: Element, S: Shape>(values: &[T]) -> Array<T, S> {
    Array::<T, S>::try_from(values).unwrap()
}

fn compare(kind: &str, spec: &str, got: (Vec<f64>, Vec<usize>), shape: &[usize], want: &[f64]) {
    assert_eq!(got.1, shape, "{spec} ({kind}): shape");
    let scale = want.iter().fold(1.0f64, |m, x| m.max(x.abs()));
    for (i, (g, w)) in got.0.iter().zip(want).enumerate() {
        let ok = if kind == "random" {
            (g - w).abs() <= 1e-13 * scale
        } else {
            g.to_bits() == w.to_bits()
        };
        assert!(ok, "{spec} ({kind}): element {i} is {g:e}, NumPy's {w:e}");
    }
}

macro_rules! case {
    (int, $t:ty, $spec:literal, [$([$($v:expr),*] as $s:ty),+] => [$($d:literal),*] [$($w:expr),*]) => {{
        let want: &[i64] = &[$($w),*];
        let shape: &[usize] = &[$($d),*];
        let out = einsum!($spec, $(&operand::<$t, $s>(&[$($v),*])),+);
        assert_eq!(out.elements(), (want.to_vec(), shape.to_vec()), "{} (int)", $spec);
        let out = einsum!($spec, $(&operand::<$t, $s>(&[$($v),*]).to_order::<ColMajor>()),+);
        assert_eq!(out.elements(), (want.to_vec(), shape.to_vec()), "{} (int, F order)", $spec);
    }};
    ($kind:ident, $t:ty, $spec:literal, [$([$($v:expr),*] as $s:ty),+] => [$($d:literal),*] [$($w:expr),*]) => {{
        let want: &[f64] = &[$(f64::from_bits($w)),*];
        let shape: &[usize] = &[$($d),*];
        let out = einsum!($spec, $(&operand::<$t, $s>(&[$(f64::from_bits($v)),*])),+);
        compare(stringify!($kind), $spec, out.elements(), shape, want);
        let out = einsum!($spec, $(&operand::<$t, $s>(&[$(f64::from_bits($v)),*]).to_order::<ColMajor>()),+);
        compare(stringify!($kind), $spec, out.elements(), shape, want);
    }};
}

/// The operand `numpy_einsum.py`'s full reductions use: element `k` (C
/// order) is `((k + 31 salt) * 7919 % 1009) / 1009 - 0.37`, the same bits
/// in NumPy and here.
fn formula<S: Shape>(salt: i64) -> Array<f64, S> {
    let values: Vec<f64> = (0..S::SIZE as i64)
        .map(|k| (((k + salt * 31) * 7919) % 1009) as f64 / 1009.0 - 0.37)
        .collect();
    operand(&values)
}

/// A full reduction adds its products as `np.sum` adds an array of them:
/// pairwise, to the bit; with column-major operands too.
macro_rules! full_sum {
    ($spec:literal, [$($salt:literal: $s:ty),+] => $want:literal) => {{
        let got: f64 = einsum!($spec, $(&formula::<$s>($salt)),+);
        assert_eq!(got.to_bits(), $want, "{}: {got:e}, np.sum gives {:e}", $spec, f64::from_bits($want));
        let got: f64 = einsum!($spec, $(&formula::<$s>($salt).to_order::<ColMajor>()),+);
        assert_eq!(got.to_bits(), $want, "{} (F order): {got:e}", $spec);
    }};
}

#[test]
fn einsum_matches_numpy() {
    include!("../golden/numpy_einsum.rs");
}

/// NumPy's `test_einsum_chunking_precision` (numpy/_core/tests/
/// test_einsum.py): `einsum("i->")` of a million copies of `1 + 8196 eps`,
/// divided by a million, is that value to 15 decimals (NumPy: 6.7e-16 off;
/// a one-by-one sum is 1.7e-12 off).
#[test]
fn full_reduction_precision_as_numpy_test() {
    let value = 1.0 + f64::EPSILON * 8196.0;
    let a = shaped::Array1::<f64, 1_000_000>::full_boxed(value);
    let res = einsum!("i->", &*a) / 1e6;
    assert!(
        (res - value).abs() < 1.5e-15,
        "off by {:e}",
        (res - value).abs()
    );
    // The same sum as `sum`, NumPy's pairwise `np.sum`, to the bit.
    assert_eq!(einsum!("i->", &*a).to_bits(), a.sum().to_bits());
    // Integers wrap, as NumPy's int64 sums do.
    let big = shaped::Array1::<i64, 3>::from([i64::MAX, 1, 1]);
    assert_eq!(einsum!("i->", big), i64::MIN + 1);
}

#[test]
fn operands_may_be_owned_or_borrowed_and_of_any_order() {
    let a = shaped::array![[1, 2], [3, 4]];
    let b = a.to_order::<ColMajor>();
    assert_eq!(einsum!("ij,jk->ik", a, &b), a.matmul(&a));
    assert_eq!(einsum!("ij,jk->ik", &&a, b.t()), a.matmul(a.t()));
    let _: Array<i32, Shape1<2>> = einsum!("ii->i", a);
    let row: Array<i32, Shape1<2>> = a.slice(shaped::s![0, ..]).to_array();
    assert_eq!(
        einsum!("i,j", row, shaped::array![5, 6]),
        shaped::array![[5, 6], [10, 12]]
    );
    let _: Array<i32, Shape3<2, 2, 2>> = einsum!("ij,jk->ijk", a, a);
    let _: Array<i32, Shape4<2, 2, 2, 2>> = einsum!("ij,kl->ijkl", a, a);
}
