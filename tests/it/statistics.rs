//! Statistics against NumPy, to the bit: `golden/numpy_statistics.rs` holds
//! NumPy's `var`, `std`, `ptp`, `median`, `quantile`, `percentile` (whole
//! and along each axis) and `mean`/`sum`/`var`/`std`/`median` over pairs
//! of axes, of arrays in both orders and of views (see `golden/numpy_statistics.py` for the
//! data, rebuilt here exactly). Floats compare as bit patterns, so a NaN
//! must be NaN and a `-0.0` must be `-0.0`.

use crate::common;

use shaped::{Array, Array1, Array2, ArrayView, ColMajor, Element, Order, RowMajor, Shape};

fn hash(i: usize) -> u64 {
    (i as u64).wrapping_mul(2654435761) % (1 << 32)
}

/// The element types of the goldens: their generated data, and their
/// values as the golden file writes them (floats as bit patterns).
trait Golden: Element {
    fn hashed(i: usize) -> Self;
    /// The weights of the `average` goldens: k % 5 (over 4 for floats).
    fn weight(i: usize) -> Self;
    /// The data of the `cov` goldens: k % 17 - 8 (over 4 for floats).
    fn small(i: usize) -> Self;
    fn from_golden(value: i128) -> Self;
    fn golden(self) -> i128;
}

impl Golden for f64 {
    fn weight(i: usize) -> Self {
        (hash(i) % 5) as f64 / 4.0
    }
    fn small(i: usize) -> Self {
        ((hash(i) % 17) as f64 - 8.0) / 4.0
    }
    fn hashed(i: usize) -> Self {
        let k = hash(i);
        (k as f64 / 4294967296.0 - 0.5) * 2f64.powi((k % 40) as i32)
    }
    fn from_golden(value: i128) -> Self {
        f64::from_bits(value as u64)
    }
    fn golden(self) -> i128 {
        i128::from(self.to_bits())
    }
}

impl Golden for f32 {
    fn weight(i: usize) -> Self {
        (hash(i) % 5) as f32 / 4.0
    }
    fn small(i: usize) -> Self {
        ((hash(i) % 17) as f32 - 8.0) / 4.0
    }
    fn hashed(i: usize) -> Self {
        let k = hash(i);
        ((k % (1 << 24)) as f32 / 16777216.0 - 0.5) * 2f32.powi((k % 20) as i32)
    }
    fn from_golden(value: i128) -> Self {
        f32::from_bits(value as u32)
    }
    fn golden(self) -> i128 {
        i128::from(self.to_bits())
    }
}

macro_rules! golden_ints {
    ($($t:ty: $hashed:expr),*) => {$(
        impl Golden for $t {
            fn hashed(i: usize) -> Self {
                $hashed(hash(i))
            }
            fn weight(i: usize) -> Self {
                (hash(i) % 5) as $t
            }
            fn small(i: usize) -> Self {
                ((hash(i) % 17) as i64 - 8) as $t
            }
            fn from_golden(value: i128) -> Self {
                value as $t
            }
            fn golden(self) -> i128 {
                i128::from(self)
            }
        }
    )*};
}

golden_ints!(
    i32: |k: u64| (k % 2001) as i32 - 1000,
    u8: |k: u64| (k % 256) as u8,
    i8: |_| unreachable!("the int8 goldens list their data"),
    i64: |k: u64| ((k as i64) << 29) + (k % 1001) as i64 - (1 << 60),
    u64: |_| unreachable!("sums only")
);

/// The array of shape `S` whose C-order position `i` holds `value(i)`.
fn build<T: Element, S: Shape, O: Order>(value: impl Fn(usize) -> T) -> Array<T, S, O> {
    Array::from_fn(|index: S::Index| {
        let flat = index
            .as_ref()
            .iter()
            .zip(S::DIMS)
            .fold(0, |flat, (&i, &d)| flat * d + i);
        value(flat)
    })
}

/// The values of an array in C order, as the golden file writes them.
fn goldens<T: Golden, S: Shape, O: Order>(a: Array<T, S, O>) -> Vec<i128> {
    a.to_order::<RowMajor>()
        .as_slice()
        .iter()
        .map(|&x| x.golden())
        .collect()
}

macro_rules! shape {
    ($a:literal, $b:literal) => { shaped::Shape2<$a, $b> };
    ($a:literal, $b:literal, $c:literal) => { shaped::Shape3<$a, $b, $c> };
}

macro_rules! order {
    (C) => {
        RowMajor
    };
    (F) => {
        ColMajor
    };
}

macro_rules! data {
    ($t:ident, hashed) => {
        <$t as Golden>::hashed
    };
    ($t:ident, [$($v:literal),*]) => {{
        let values: &[i128] = &[$($v),*];
        move |i: usize| <$t as Golden>::from_golden(values[i])
    }};
}

/// `$body` with `$v` the kind of array named: the array, its transposed
/// view, or the view of every other element along the last axis.
macro_rules! with_kind {
    (array, $t:ty, $a:ident, [$($d:literal),+], $v:ident, $body:block) => {{
        let $v = &$a;
        $body
    }};
    (t, $t:ty, $a:ident, [$($d:literal),+], $v:ident, $body:block) => {{
        let $v = $a.view().t();
        $body
    }};
    (sliced, $t:ty, $a:ident, [$d0:literal, $d1:literal], $v:ident, $body:block) => {{
        let $v: ArrayView<'_, $t, shaped::Shape2<$d0, { $d1 / 2 }>, _> =
            $a.slice(shaped::s![.., 1..;2]);
        $body
    }};
    (sliced, $t:ty, $a:ident, [$d0:literal, $d1:literal, $d2:literal], $v:ident, $body:block) => {{
        let $v: ArrayView<'_, $t, shaped::Shape3<$d0, $d1, { $d2 / 2 }>, _> =
            $a.slice(shaped::s![.., .., 1..;2]);
        $body
    }};
}

macro_rules! checks {
    ($v:ident, $name:expr,) => {};
    ($v:ident, $name:expr, whole [$($w:literal),*] [$($q:literal),*] [$($p:literal),*]; $($rest:tt)*) => {{
        let expected: &[i128] = &[$($w),*];
        let found = [
            $v.var().golden(),
            $v.var_ddof(1).golden(),
            $v.std().golden(),
            $v.std_ddof(1).golden(),
            $v.ptp().golden(),
            $v.median().golden(),
        ];
        assert_eq!(found, expected, "{}: var, var ddof 1, std, std ddof 1, ptp, median", $name);
        let expected: &[i128] = &[$($q),*];
        for (&q, &e) in QS.iter().zip(expected) {
            assert_eq!($v.quantile(q).golden(), e, "{}: quantile {q}", $name);
        }
        let expected: &[i128] = &[$($p),*];
        for (&p, &e) in PS.iter().zip(expected) {
            assert_eq!($v.percentile(p).golden(), e, "{}: percentile {p}", $name);
        }
        checks!($v, $name, $($rest)*);
    }};
    ($v:ident, $name:expr, axis $k:literal [$($var:literal),*] [$($std1:literal),*] [$($ptp:literal),*]
        [$($median:literal),*] [$($q:literal),*] [$($p:literal),*]; $($rest:tt)*) => {{
        let expected: [&[i128]; 6] = [&[$($var),*], &[$($std1),*], &[$($ptp),*], &[$($median),*], &[$($q),*], &[$($p),*]];
        let what = ["var", "std ddof 1", "ptp", "median", "quantile", "percentile"];
        let found = [
            goldens($v.var_axis::<$k>()),
            goldens($v.std_axis_ddof::<$k>(1)),
            goldens($v.ptp_axis::<$k>()),
            goldens($v.median_axis::<$k>()),
            goldens($v.quantile_axis::<$k>(QS[3])),
            goldens($v.percentile_axis::<$k>(PS[4])),
        ];
        for ((found, expected), what) in found.iter().zip(expected).zip(what) {
            assert_eq!(found.as_slice(), expected, "{}: {what} along axis {}", $name, $k);
        }
        checks!($v, $name, $($rest)*);
    }};
    ($v:ident, $name:expr, axes $a:literal $b:literal [$($mean:literal),*] [$($sum:literal),*]
        [$($var:literal),*] [$($std1:literal),*] [$($median:literal),*]; $($rest:tt)*) => {{
        let expected: &[i128] = &[$($mean),*];
        assert_eq!(goldens($v.mean_axes::<$a, $b>()), expected, "{}: mean over axes {} and {}", $name, $a, $b);
        let expected: &[i128] = &[$($sum),*];
        assert_eq!(goldens($v.sum_axes::<$a, $b>()), expected, "{}: sum over axes {} and {}", $name, $a, $b);
        let expected: &[i128] = &[$($var),*];
        assert_eq!(goldens($v.var_axes::<$a, $b>()), expected, "{}: var over axes {} and {}", $name, $a, $b);
        let expected: &[i128] = &[$($std1),*];
        assert_eq!(
            goldens($v.std_axes_ddof::<$a, $b>(1)),
            expected,
            "{}: std ddof 1 over axes {} and {}",
            $name,
            $a,
            $b
        );
        let expected: &[i128] = &[$($median),*];
        assert_eq!(goldens($v.median_axes::<$a, $b>()), expected, "{}: median over axes {} and {}", $name, $a, $b);
        checks!($v, $name, $($rest)*);
    }};
}

macro_rules! case {
    ($t:ident, [$($d:literal),+], $o:ident, $kind:ident, $data:tt, { $($checks:tt)* }) => {{
        let a = build::<$t, shape!($($d),+), order!($o)>(data!($t, $data));
        let name = stringify!($t [$($d),+] $o $kind);
        with_kind!($kind, $t, a, [$($d),+], v, {
            checks!(v, name, $($checks)*);
        });
        common::count();
    }};
}

/// The weights of an `average` case, as the same kind of array.
macro_rules! weights_of {
    (array, $w:ident) => {
        &$w
    };
    (t, $w:ident) => {
        &$w.view().t()
    };
}

/// `average` with weights of the same shape (the generated weights), and
/// along each axis with the weights (j % 4) + 1 at position j.
macro_rules! average {
    ($t:ident, [$($d:literal),+], $o:ident, $kind:ident, whole $w:literal $(, axis $k:literal [$($e:literal),*])*) => {{
        let a = build::<$t, shape!($($d),+), order!($o)>(<$t as Golden>::hashed);
        let w = build::<$t, shape!($($d),+), order!($o)>(<$t as Golden>::weight);
        let name = stringify!(average $t [$($d),+] $o $kind);
        with_kind!($kind, $t, a, [$($d),+], v, {
            assert_eq!(v.average(weights_of!($kind, w)).golden(), $w, "{name}: whole");
            $(
                let lane: Array1<$t, _> = Array1::from_fn(|[j]| <$t>::from((j % 4 + 1) as u8));
                let expected: &[i128] = &[$($e),*];
                assert_eq!(goldens(v.average_axis::<$k>(&lane)), expected, "{name}: axis {}", $k);
            )*
        });
        common::count();
    }};
}

/// `cov` and `corrcoef` of an `(R, C)` array, or of the transpose of a
/// `(C, R)` one (`t`), of the small data.
macro_rules! cov {
    ($t:ident, [$r:literal, $c:literal], $o:ident, array, $($rest:tt)*) => {{
        let m = build::<$t, shaped::Shape2<$r, $c>, order!($o)>(<$t as Golden>::small);
        cov!(@check m, stringify!(cov $t [$r, $c] $o array), $($rest)*);
    }};
    ($t:ident, [$r:literal, $c:literal], $o:ident, t, $($rest:tt)*) => {{
        let base = build::<$t, shaped::Shape2<$c, $r>, order!($o)>(<$t as Golden>::small);
        let m = base.view().t();
        cov!(@check m, stringify!(cov $t [$r, $c] $o t), $($rest)*);
    }};
    (@check $m:ident, $name:expr, [$($cov:literal),*], [$($corr:literal),*]) => {{
        let expected: &[i128] = &[$($cov),*];
        assert_eq!(goldens($m.cov()), expected, "{}: cov", $name);
        let expected: &[i128] = &[$($corr),*];
        assert_eq!(goldens($m.corrcoef()), expected, "{}: corrcoef", $name);
        common::count();
    }};
}

/// `histogram::<BINS, { BINS + 1 }>(lo, hi)`: counts and edges.
macro_rules! histogram {
    ($t:ident, [$($d:literal),+], $o:ident, $kind:ident, $data:tt, $bins:literal, $lo:literal, $hi:literal,
        [$($c:literal),*], [$($e:literal),*]) => {{
        let a = build::<$t, shape!($($d),+), order!($o)>(data!($t, $data));
        let (lo, hi) = (f64::from_bits($lo), f64::from_bits($hi));
        let name = stringify!(histogram $t [$($d),+] $o $kind $bins);
        with_kind!($kind, $t, a, [$($d),+], v, {
            let (counts, edges): (Array1<usize, $bins>, Array1<_, { $bins + 1 }>) = v.histogram(lo, hi);
            let expected: &[usize] = &[$($c),*];
            assert_eq!(counts.as_slice(), expected, "{name} in [{lo}, {hi}]: counts");
            let expected: &[i128] = &[$($e),*];
            assert_eq!(goldens(edges), expected, "{name} in [{lo}, {hi}]: edges");
        });
        common::count();
    }};
}

/// `unique`, `unique_counts`, `unique_inverse` and, for non-negative
/// integers, `bincount`.
macro_rules! unique {
    ($t:ident, [$($d:literal),+], $o:ident, $data:tt, [$($u:literal),*], [$($v:literal),*], [$($c:literal),*],
        [$($i:literal),*] $(, bincount [$($b:literal),*])?) => {{
        let a = build::<$t, shape!($($d),+), order!($o)>(data!($t, $data));
        let name = stringify!(unique $t [$($d),+] $o);
        let golden = |values: Vec<$t>| values.into_iter().map(Golden::golden).collect::<Vec<_>>();
        let expected: &[i128] = &[$($u),*];
        assert_eq!(golden(a.unique()), expected, "{name}: unique");
        let (values, counts) = a.unique_counts();
        let expected: (&[i128], &[usize]) = (&[$($v),*], &[$($c),*]);
        assert_eq!((golden(values).as_slice(), counts.as_slice()), expected, "{name}: unique_counts");
        let (values, inverse) = a.unique_inverse();
        let expected: (&[i128], &[usize]) = (&[$($v),*], &[$($i),*]);
        let inverse = inverse.to_order::<RowMajor>();
        assert_eq!((golden(values).as_slice(), inverse.as_slice()), expected, "{name}: unique_inverse");
        $(
            let expected: &[usize] = &[$($b),*];
            assert_eq!(a.bincount(), expected, "{name}: bincount");
        )?
        common::count();
    }};
}

#[test]
fn statistics_match_numpy_bit_for_bit() {
    include!("../golden/numpy_statistics.rs");
    // 38 cases of generated data (every kind of float array, integer
    // arrays), 1 of int64 data whose float64 sums round, 16 of listed data
    // with NaN, infinities, -0.0 and int8 wrap-around (4 of them 3-D, for
    // the reductions over two axes); 12 `average`, 36
    // `cov`, 38 `histogram` and 6 `unique` cases.
    assert_eq!(common::cases(), 147);
}

#[test]
fn ddof_past_the_count_gives_numpys_infinity_or_nan() {
    let a = Array1::<f64, 3>::from([1.0, 2.0, 4.0]);
    // NumPy: var(ddof=3) and var(ddof=5) are inf (a positive sum over 0).
    assert_eq!(a.var_ddof(3), f64::INFINITY);
    assert_eq!(a.var_ddof(5), f64::INFINITY);
    assert_eq!(a.std_ddof(3), f64::INFINITY);
    // Equal values: 0 / 0.
    assert!(Array1::<i32, 2>::from([4, 4]).var_ddof(2).is_nan());
    assert!(
        Array2::<f32, 2, 1>::from([[1.0], [2.0]])
            .var_axis_ddof::<1>(1)
            .iter()
            .all(|v| v.is_nan())
    );
}

#[test]
#[should_panic(expected = "average: the weights sum to zero, so they cannot be normalized")]
fn average_with_zero_weights_panics() {
    let a = Array1::<f32, 3>::from([1.0, 2.0, 3.0]);
    a.average(&Array1::<f32, 3>::from([1.0, -1.0, 0.0]));
}

#[test]
#[should_panic(expected = "bincount: the values must be non-negative, found -2 at position 3")]
fn bincount_of_a_negative_value_panics_naming_it() {
    Array2::<i64, 2, 2>::from([[0, 5], [1, -2]]).bincount();
}

#[test]
#[should_panic(expected = "histogram: the range's lower end 2 is above its upper end 1")]
fn histogram_of_a_reversed_range_panics() {
    let _: (Array1<usize, 2>, Array1<f64, 3>) = Array1::<f64, 2>::zeros().histogram(2.0, 1.0);
}

#[test]
#[should_panic(expected = "quantile: q = 1.5 is outside the range [0, 1]")]
fn quantile_out_of_range_panics_naming_q_and_the_range() {
    Array1::<f64, 3>::from([1.0, 2.0, 3.0]).quantile(1.5);
}

#[test]
#[should_panic(expected = "percentile_axis: q = NaN is outside the range [0, 100]")]
fn percentile_of_nan_panics() {
    Array2::<u8, 2, 2>::from([[1, 2], [3, 4]]).percentile_axis::<0>(f64::NAN);
}
