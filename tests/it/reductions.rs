//! Reductions against NumPy, to the bit: `golden/numpy_reduce.rs` holds
//! NumPy's sums, means and axis sums of generated data (see
//! `golden/numpy_reduce.py` for the formula, rebuilt here exactly), of
//! arrays of `-0.0`, and means of 64-bit integers past 2**53.

use crate::common;

use shaped::{Array, Array1, ColMajor, Order, RowMajor, Shape};

fn value_f64(i: usize) -> f64 {
    ((i as u64).wrapping_mul(2654435761) % (1 << 32)) as f64 / 4294967296.0 - 0.5
}

fn value_f32(i: usize) -> f32 {
    ((i as u64).wrapping_mul(2654435761) % (1 << 24)) as f32 / 16777216.0 - 0.5
}

fn hash(i: usize) -> u64 {
    (i as u64).wrapping_mul(2654435761) % (1 << 32)
}

fn value_ties(i: usize) -> i32 {
    (hash(i) % 7) as i32 - 3
}

fn value_nans(i: usize) -> f64 {
    if hash(i).is_multiple_of(13) {
        f64::NAN
    } else {
        value_f64(i)
    }
}

/// The generated array of shape `S`: C-order position `i` holds value(i).
fn generated<T: shaped::Element, S: Shape, O: Order>(value: fn(usize) -> T) -> Box<Array<T, S, O>> {
    Array::from_fn_boxed(|index: S::Index| {
        let flat = index
            .as_ref()
            .iter()
            .zip(S::DIMS)
            .fold(0, |flat, (&i, &d)| flat * d + i);
        value(flat)
    })
}

macro_rules! sum_mean {
    (f64, $n:literal, $sum:literal, $mean:literal) => {{
        let a = generated::<f64, shaped::Shape1<$n>, RowMajor>(value_f64);
        assert_eq!(a.sum().to_bits(), $sum, "sum of {} f64", $n);
        assert_eq!(a.mean().to_bits(), $mean, "mean of {} f64", $n);
        common::count();
    }};
    (f32, $n:literal, $sum:literal, $mean:literal) => {{
        let a = generated::<f32, shaped::Shape1<$n>, RowMajor>(value_f32);
        assert_eq!(a.sum().to_bits(), $sum, "sum of {} f32", $n);
        assert_eq!((a.mean() as f32).to_bits(), $mean, "mean of {} f32", $n);
        common::count();
    }};
}

macro_rules! sum_axis {
    ($t:ident, [$($d:literal),+], C, $axis:literal, [$($e:literal),*]) => {
        sum_axis!(@run $t, [$($d),+], RowMajor, $axis, [$($e),*])
    };
    ($t:ident, [$($d:literal),+], F, $axis:literal, [$($e:literal),*]) => {
        sum_axis!(@run $t, [$($d),+], ColMajor, $axis, [$($e),*])
    };
    (@run f64, [$a:literal, $b:literal], $o:ident, $axis:literal, [$($e:literal),*]) => {
        check_axis(&generated::<f64, shaped::Shape2<$a, $b>, $o>(value_f64).sum_axis::<$axis>().to_order::<RowMajor>().map(f64::to_bits).as_slice(), &[$($e),*])
    };
    (@run f64, [$a:literal, $b:literal, $c:literal], $o:ident, $axis:literal, [$($e:literal),*]) => {
        check_axis(&generated::<f64, shaped::Shape3<$a, $b, $c>, $o>(value_f64).sum_axis::<$axis>().to_order::<RowMajor>().map(f64::to_bits).as_slice(), &[$($e),*])
    };
    (@run f32, [$a:literal, $b:literal], $o:ident, $axis:literal, [$($e:literal),*]) => {
        check_axis(&generated::<f32, shaped::Shape2<$a, $b>, $o>(value_f32).sum_axis::<$axis>().to_order::<RowMajor>().map(f32::to_bits).as_slice(), &[$($e),*])
    };
    (@run f32, [$a:literal, $b:literal, $c:literal], $o:ident, $axis:literal, [$($e:literal),*]) => {
        check_axis(&generated::<f32, shaped::Shape3<$a, $b, $c>, $o>(value_f32).sum_axis::<$axis>().to_order::<RowMajor>().map(f32::to_bits).as_slice(), &[$($e),*])
    };
}

/// argmax, argmin, max and min along one axis; floats compare as bits, so
/// a NaN must be NumPy's NaN in the same place.
macro_rules! arg_axis {
    ($t:ident, [$($d:literal),+], C, $axis:literal, $($rest:tt)*) => {
        arg_axis!(@shape $t, [$($d),+], RowMajor, $axis, $($rest)*)
    };
    ($t:ident, [$($d:literal),+], F, $axis:literal, $($rest:tt)*) => {
        arg_axis!(@shape $t, [$($d),+], ColMajor, $axis, $($rest)*)
    };
    (@shape $t:ident, [$a:literal, $b:literal], $($rest:tt)*) => {
        arg_axis!(@run $t, shaped::Shape2<$a, $b>, $($rest)*)
    };
    (@shape $t:ident, [$a:literal, $b:literal, $c:literal], $($rest:tt)*) => {
        arg_axis!(@run $t, shaped::Shape3<$a, $b, $c>, $($rest)*)
    };
    (@run i32, $s:ty, $o:ident, $axis:literal, $($rest:tt)*) => {
        arg_axis!(@check generated::<i32, $s, $o>(value_ties), |v: i32| v, $axis, $($rest)*)
    };
    (@run f64, $s:ty, $o:ident, $axis:literal, $($rest:tt)*) => {
        arg_axis!(@check generated::<f64, $s, $o>(value_nans), f64::to_bits, $axis, $($rest)*)
    };
    (@check $a:expr, $bits:expr, $axis:literal, [$($argmax:literal),*], [$($argmin:literal),*],
        [$($max:literal),*], [$($min:literal),*]) => {{
        let a = $a;
        let expected: [&[_]; 2] = [&[$($argmax),*], &[$($argmin),*]];
        assert_eq!(a.argmax_axis::<$axis>().to_order::<RowMajor>().as_slice(), expected[0]);
        assert_eq!(a.argmin_axis::<$axis>().to_order::<RowMajor>().as_slice(), expected[1]);
        let expected: [&[_]; 2] = [&[$($max),*], &[$($min),*]];
        assert_eq!(a.max_axis::<$axis>().to_order::<RowMajor>().map($bits).as_slice(), expected[0]);
        assert_eq!(a.min_axis::<$axis>().to_order::<RowMajor>().map($bits).as_slice(), expected[1]);
        common::count();
    }};
}

/// Integer products (in `i64`, wrapping, as NumPy's) of the tie data plus
/// 4, and means (in `f64`) of the tie data, along one axis.
macro_rules! prod_mean_axis {
    ([$($d:literal),+], C, $axis:literal, $($rest:tt)*) => {
        prod_mean_axis!(@shape [$($d),+], RowMajor, $axis, $($rest)*)
    };
    ([$($d:literal),+], F, $axis:literal, $($rest:tt)*) => {
        prod_mean_axis!(@shape [$($d),+], ColMajor, $axis, $($rest)*)
    };
    (@shape [$a:literal, $b:literal], $($rest:tt)*) => {
        prod_mean_axis!(@run shaped::Shape2<$a, $b>, $($rest)*)
    };
    (@shape [$a:literal, $b:literal, $c:literal], $($rest:tt)*) => {
        prod_mean_axis!(@run shaped::Shape3<$a, $b, $c>, $($rest)*)
    };
    (@run $s:ty, $o:ident, $axis:literal, [$($prod:literal),*], [$($mean:literal),*]) => {{
        let a = generated::<i32, $s, $o>(value_ties);
        let prods: &[i64] = &[$($prod),*];
        let plus_four = &*a + 4;
        assert_eq!(plus_four.prod_axis::<$axis>().to_order::<RowMajor>().as_slice(), prods);
        let means: &[u64] = &[$($mean),*];
        assert_eq!(a.mean_axis::<$axis>().to_order::<RowMajor>().map(f64::to_bits).as_slice(), means);
        common::count();
    }};
}

/// Sums and means of an array of `-0.0` (NumPy's are `+0.0`: its sums
/// start from its identity), whole and along each axis, of the array and
/// of its transposed view.
macro_rules! negative_zeros {
    ($t:ident, [$a:literal, $b:literal], $o:ident, $sum:literal, $mean:literal, [$($s0:literal),*] [$($s1:literal),*]) => {{
        let a = Array::<$t, shaped::Shape2<$a, $b>, order!($o)>::full(-0.0);
        let what = stringify!($t [$a, $b] $o);
        assert_eq!(u64::from(a.sum().to_bits()), $sum, "{what}: sum");
        assert_eq!(a.mean().to_bits(), $mean, "{what}: mean");
        assert_eq!(u64::from(a.t().sum().to_bits()), $sum, "{what}: sum of the transpose");
        let axis0: &[u64] = &[$($s0),*];
        let axis1: &[u64] = &[$($s1),*];
        let bits = |x: $t| u64::from(x.to_bits());
        assert_eq!(a.sum_axis::<0>().map(bits).as_slice(), axis0, "{what}: sum along axis 0");
        assert_eq!(a.sum_axis::<1>().map(bits).as_slice(), axis1, "{what}: sum along axis 1");
        assert_eq!(a.t().sum_axis::<1>().map(bits).as_slice(), axis0, "{what}: transposed, axis 1");
        assert_eq!(a.t().sum_axis::<0>().map(bits).as_slice(), axis1, "{what}: transposed, axis 0");
        common::count();
    }};
}

macro_rules! order {
    (C) => {
        RowMajor
    };
    (F) => {
        ColMajor
    };
}

fn int64_value(i: usize) -> i64 {
    let k = hash(i);
    ((k as i64) << 29) + (k % 1001) as i64 - (1 << 60)
}

fn uint64_value(i: usize) -> u64 {
    let k = hash(i);
    (k << 31) + k % 1001
}

/// The mean of `n` int64 (uint64) values past 2**53, NumPy's float64 sum
/// in buffers of 8192.
macro_rules! int_mean {
    (i64, $n:literal, $mean:literal) => {{
        let a = generated::<i64, shaped::Shape1<$n>, RowMajor>(int64_value);
        assert_eq!(a.mean().to_bits(), $mean, "mean of {} int64", $n);
        common::count();
    }};
    (u64, $n:literal, $mean:literal) => {{
        let a = generated::<u64, shaped::Shape1<$n>, RowMajor>(uint64_value);
        assert_eq!(a.mean().to_bits(), $mean, "mean of {} uint64", $n);
        common::count();
    }};
}

fn check_axis<B: PartialEq + std::fmt::Debug>(actual: &[B], expected: &[B]) {
    assert_eq!(actual, expected);
    common::count();
}

#[test]
fn sums_and_means_match_numpy_bit_for_bit() {
    include!("../golden/numpy_reduce.rs");
    // 2 dtypes x (34 lengths + 7 shapes x 2 orders x their axes): 136 sum
    // cases; 2 dtypes x 3 shapes x 2 orders x their axes: 28 argmax cases;
    // 14 product-and-mean cases of the int32 data; 2 dtypes x 5 shapes x 2
    // orders of -0.0; 2 dtypes x 6 lengths of integer means past 2**53.
    assert_eq!(common::cases(), 178 + 20 + 12);
}

#[test]
fn pairwise_beats_sequential_summation() {
    let a = Array1::<f32, 100_000>::full_boxed(0.1);
    let sequential = a.iter().fold(0.0f32, |s, &x| s + x);
    let exact = 10_000.0;
    assert!(
        (a.sum() - exact).abs() < (sequential - exact).abs() / 100.0,
        "{} vs {sequential}",
        a.sum()
    );
}
