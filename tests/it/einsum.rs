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

#[test]
fn einsum_matches_numpy() {
    include!("../golden/numpy_einsum.rs");
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
