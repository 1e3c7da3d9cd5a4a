//! Sorting lanes long enough for the radix sort (256 elements and more, of
//! 32- and 64-bit integers and floats): NumPy's results
//! (`golden/numpy_sort_long.rs`, from `golden/numpy_sort_long.py`), and
//! properties against the standard library's comparison sort on random
//! values with NaNs of either sign, signed zeros, infinities, subnormals and
//! the integer extremes. Below 256 elements the comparison sort runs, which
//! `array_ops` and `properties` check.

use std::cmp::Ordering;

use proptest::prelude::*;
use shaped::{Array1, Array2, Axis, ColMajor, Element, RowMajor};

use crate::common;

/// A golden value: float bits, or an integer.
trait Golden: Element {
    fn from_golden(v: i128) -> Self;
    /// The value as the golden writes sorted values: zeros as `0.0`.
    fn golden(self) -> String;
    /// NumPy's order: numbers ascending, NaN last, `-0.0 == 0.0`.
    fn order(&self, other: &Self) -> Ordering;
}

macro_rules! golden_int {
    ($($t:ty),*) => {$(
        impl Golden for $t {
            fn from_golden(v: i128) -> Self {
                v as $t
            }
            fn golden(self) -> String {
                self.to_string()
            }
            fn order(&self, other: &Self) -> Ordering {
                self.cmp(other)
            }
        }
    )*};
}

golden_int!(i32, i64, u32, u64, usize, isize);

macro_rules! golden_float {
    ($($t:ty),*) => {$(
        impl Golden for $t {
            fn from_golden(v: i128) -> Self {
                <$t>::from_bits(v as _)
            }
            fn golden(self) -> String {
                let v = if self == 0.0 { 0.0 } else { self };
                format!("{:#x}", v.to_bits())
            }
            fn order(&self, other: &Self) -> Ordering {
                match (self.is_nan(), other.is_nan()) {
                    (true, true) => Ordering::Equal,
                    (true, false) => Ordering::Greater,
                    (false, true) => Ordering::Less,
                    (false, false) => self.partial_cmp(other).unwrap(),
                }
            }
        }
    )*};
}

golden_float!(f32, f64);

fn strings<T: Golden>(values: &[T]) -> Vec<String> {
    values.iter().map(|&v| v.golden()).collect()
}

macro_rules! case {
    ($t:ident, ($r:literal, $c:literal), $order:ident, $axis:literal, [$($x:literal),*], [$($s:literal),*], [$($p:literal),*]) => {{
        let what = concat!(stringify!($t), " ", stringify!($r), "x", stringify!($c), " ", stringify!($order));
        let values = [$(<$t as Golden>::from_golden($x)),*];
        let a = Array2::<$t, $r, $c, RowMajor>::try_from(&values[..]).unwrap().to_order::<$order>();
        let sorted = [$(<$t as Golden>::from_golden($s).golden()),*];
        let positions = [$($p as usize),*];
        let mut s = a;
        s.sort_axis(Axis::<$axis>);
        assert_eq!(strings(s.to_order::<RowMajor>().as_slice()), sorted, "sort {what}");
        let p = a.argsort_axis(Axis::<$axis>);
        assert_eq!(p.to_order::<RowMajor>().as_slice(), &positions, "argsort {what}");
        if $axis == 1 {
            // The last axis: the boxed twins and the output form, and a view.
            assert_eq!(strings(a.sorted_boxed().to_order::<RowMajor>().as_slice()), sorted, "sorted_boxed {what}");
            assert_eq!(*a.argsort_boxed(), p, "argsort_boxed {what}");
            let mut out = Array2::<usize, $r, $c, $order>::zeros();
            a.view().argsort_into(&mut out);
            assert_eq!(out, p, "argsort_into {what}");
            let mut v = a;
            v.view_mut().sort();
            assert_eq!(strings(v.as_slice()), strings(s.as_slice()), "sort of a view {what}");
        }
        common::count();
    }};
}

#[test]
fn long_lanes_sort_as_numpy() {
    include!("../golden/numpy_sort_long.rs");
    assert_eq!(common::cases(), 18, "a truncated golden file must fail");
    let _ = ColMajor;
}

/// Sorts `values` (one lane) and checks the result against the standard
/// library's stable sort by NumPy's order: the same values in the same
/// order, `-0.0` before `0.0`, NaNs as the one quiet NaN; and the argsort
/// exactly.
fn check_lane<T: Golden, const N: usize>(values: &[T]) -> Result<(), TestCaseError> {
    let a = Array1::<T, N>::try_from(values).unwrap();
    let mut positions: Vec<usize> = (0..N).collect();
    positions.sort_by(|&i, &j| values[i].order(&values[j]));
    let order = a.argsort();
    prop_assert_eq!(order.as_slice(), &positions[..]);
    let mut sorted = a;
    sorted.sort();
    // NaNs of any sign and payload come out as NumPy's quiet NaN.
    let quiet_nan = T::from_golden(if size_of::<T>() == 8 {
        0x7ff8 << 48
    } else {
        0x7fc0 << 16
    });
    #[allow(clippy::eq_op)]
    let model: Vec<T> = positions
        .iter()
        .map(|&i| {
            if values[i] != values[i] {
                quiet_nan
            } else {
                values[i]
            }
        })
        .collect();
    prop_assert_eq!(strings(sorted.as_slice()), strings(&model));
    // Zeros of either sign: all -0.0 first.
    let shown: Vec<String> = sorted.as_slice().iter().map(|v| format!("{v:?}")).collect();
    let zeros: Vec<&String> = shown
        .iter()
        .filter(|b| *b == "0.0" || *b == "-0.0")
        .collect();
    prop_assert!(zeros.windows(2).all(|w| !(w[0] == "0.0" && w[1] == "-0.0")));
    Ok(())
}

fn float() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => -1e3..1e3f64,
        2 => (-20..20i32).prop_map(f64::from),
        1 => any::<u64>().prop_map(f64::from_bits),
        1 => prop::sample::select(vec![
            0.0, -0.0, f64::NAN, -f64::NAN, f64::from_bits(0x7ff0_0000_0000_0001),
            f64::from_bits(0xfff8_0000_0000_0123), f64::INFINITY, f64::NEG_INFINITY,
            f64::MIN_POSITIVE / 4.0, -f64::MIN_POSITIVE / 4.0, f64::MAX, f64::MIN,
        ]),
    ]
}

fn float32() -> impl Strategy<Value = f32> {
    prop_oneof![
        6 => float().prop_map(|v| v as f32),
        1 => any::<u32>().prop_map(f32::from_bits),
        1 => prop::sample::select(vec![-f32::NAN, f32::from_bits(0x7f80_0001), -0.0, 1e-40]),
    ]
}

fn int64() -> impl Strategy<Value = i64> {
    prop_oneof![
        3 => any::<i64>(),
        3 => -20..20i64,
        1 => prop::sample::select(vec![i64::MIN, i64::MAX, 0, -1, 1]),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn f64_lanes(x in prop::collection::vec(float(), 700)) {
        check_lane::<f64, 700>(&x)?;
    }

    #[test]
    fn f32_lanes(x in prop::collection::vec(float32(), 300)) {
        check_lane::<f32, 300>(&x)?;
    }

    #[test]
    fn integer_lanes(x in prop::collection::vec(int64(), 256)) {
        check_lane::<i64, 256>(&x)?;
        check_lane::<u64, 256>(&x.iter().map(|&v| v as u64).collect::<Vec<_>>())?;
        check_lane::<i32, 256>(&x.iter().map(|&v| v as i32).collect::<Vec<_>>())?;
        check_lane::<u32, 256>(&x.iter().map(|&v| (v >> 32) as u32).collect::<Vec<_>>())?;
        check_lane::<isize, 256>(&x.iter().map(|&v| v as isize).collect::<Vec<_>>())?;
        check_lane::<usize, 256>(&x.iter().map(|&v| v as usize).collect::<Vec<_>>())?;
    }
}
