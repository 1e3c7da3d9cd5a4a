//! Medians and quantiles, NumPy's `median`, `quantile` and `percentile`
//! with its default method, `linear`, over the whole array or along one
//! axis.
//!
//! NumPy's steps, copied so that every rounding is NumPy's: the values are
//! partitioned around the positions needed (NaN last, as NumPy's
//! `partition`); the virtual index is `(n - 1) * q`; below `n - 1` the
//! neighbours are `floor` of it and the next, at or past it both are the
//! last value (and the weight is then the index plus one, as NumPy's
//! bookkeeping gives); `_lerp(a, b, t)` is `a + (b - a) * t`, or
//! `b - (b - a) * (1 - t)` when `t >= 0.5`, with `b - a` in the element
//! type (integers wrap, as NumPy's do) and `t` rounded to `f32` for an
//! `f32` array. A lane with a NaN gives NaN. `median` is NumPy's own: the
//! mean of the middle one or two values.

use core::cmp::Ordering;

use crate::array::Array;
use crate::const_fmt::Msg;
use crate::element::Element;
use crate::kinds::every_kind;
use crate::number::private::Arith;
use crate::raw::Strides;
use crate::shape::{RemoveAxis, Shape};
use crate::views::ArrayView;

use super::Statistical;
use super::plan::{CastSum, Summation};
use super::private::{FromValue, Real};

/// An array with elements, or lanes along `AXIS` that are not empty
/// (unless there are no lanes): NumPy's `quantile` of nothing fails.
pub(crate) struct HasQuantiles<S, const AXIS: usize>(core::marker::PhantomData<S>);

impl<S: Shape, const AXIS: usize> HasQuantiles<S, AXIS> {
    /// For the whole array (`AXIS` is ignored).
    pub(crate) const WHOLE: () = if S::SIZE == 0 {
        Msg::new()
            .str("an empty array (shape ")
            .shape(S::DIMS)
            .str(") has no quantiles")
            .raise()
    };
    /// For the lanes along `AXIS`.
    pub(crate) const LANES: () = {
        let mut lanes = 1;
        let mut k = 0;
        while k < S::NDIM {
            if k != AXIS {
                lanes *= S::DIMS[k];
            }
            k += 1;
        }
        if S::DIMS[AXIS] == 0 && lanes > 0 {
            Msg::new()
                .str("the lanes along axis ")
                .num(AXIS)
                .str(" of shape ")
                .shape(S::DIMS)
                .str(" are empty: they have no quantiles")
                .raise()
        }
    };
}

/// NumPy's sort order: numbers ascending, NaN after all of them.
fn nan_last<T: Element>(a: &T, b: &T) -> Ordering {
    #[allow(clippy::eq_op)]
    match (a != a, b != b) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Greater,
        (false, true) => Ordering::Less,
        (false, false) => a.numpy_cmp(*b).unwrap_or(Ordering::Equal),
    }
}

/// Panics unless `0 <= q <= top` (NaN is outside), naming the function.
#[track_caller]
fn check_range(name: &str, q: f64, top: f64) {
    if !(0.0..=top).contains(&q) {
        panic!("{name}: q = {q} is outside the range [0, {top}]");
    }
}

/// NumPy's `_lerp(a, b, t)` for the neighbours `a <= b` of an array of
/// `T`, with `t` a Python float (NumPy's weak scalar: rounded to `f32` for
/// an `f32` array).
fn lerp<T: Statistical>(a: T, b: T, t: f64) -> T::Float {
    let diff = T::Float::from_value(Arith::sub(b, a));
    if t >= 0.5 {
        T::Float::from_value(b) - diff * T::Float::from_f64(1.0 - t)
    } else {
        T::Float::from_value(a) + diff * T::Float::from_f64(t)
    }
}

/// The `k`-th and the `k + 1`-th smallest of `values` (the `k`-th twice
/// when it is the last), `values` partly reordered: NumPy's `partition`.
fn select_two<T: Element>(values: &mut [T], k: usize) -> (T, T) {
    let (_, &mut kth, right) = values.select_nth_unstable_by(k, nan_last);
    let next = right.iter().copied().min_by(nan_last).unwrap_or(kth);
    (kth, next)
}

/// A NaN among `values`, if any: NumPy's partition puts NaNs last, and a
/// lane whose last value is NaN gives that NaN.
#[allow(clippy::eq_op)]
fn any_nan<T: Element>(values: &[T]) -> Option<T> {
    values.iter().copied().find(|&v| v != v)
}

/// NumPy's `linear` quantile `q` (in `[0, 1]`) of the `n > 0` `values`.
fn quantile_of<T: Statistical>(values: &mut [T], q: f64) -> T::Float {
    if let Some(nan) = any_nan(values) {
        return T::Float::from_value(nan);
    }
    let n = values.len();
    let virtual_index = (n - 1) as f64 * q;
    // `q >= 0`, so the floor is the integer part.
    let (before, floor) = if virtual_index >= (n - 1) as f64 {
        (n - 1, -1.0)
    } else {
        let floor = virtual_index as usize;
        (floor, floor as f64)
    };
    // Past the end, both neighbours are the last value.
    let (a, b) = select_two(values, before);
    let b = if before == n - 1 { a } else { b };
    lerp(a, b, virtual_index - floor)
}

/// NumPy's `median` of `values`: the mean of the middle one or two; NaN
/// when there are none.
pub(super) fn median_of<T: Statistical>(values: &mut [T]) -> T::Float {
    let n = values.len();
    if n == 0 {
        return T::Float::from_f64(f64::NAN);
    }
    if let Some(nan) = any_nan(values) {
        return T::Float::from_value(nan);
    }
    let (first, count) = if n % 2 == 1 {
        (n / 2, 1)
    } else {
        (n / 2 - 1, 2)
    };
    let (a, b) = select_two(values, first);
    CastSum::<T>::run(count, |i| if i == 0 { a } else { b }).per(count)
}

impl<'a, T: Statistical, S: Shape, L: Strides> ArrayView<'a, T, S, L> {
    /// `f` of a copy of all the values (on the heap with feature `alloc`).
    pub(super) fn with_copy<R>(&self, f: impl FnOnce(&mut [T]) -> R) -> R {
        #[cfg(feature = "alloc")]
        let mut copy = self.to_array_boxed();
        #[cfg(not(feature = "alloc"))]
        let mut copy = self.to_array();
        f(copy.as_mut_slice())
    }

    /// `f` of a copy of each lane along `AXIS` (on the stack, one lane at
    /// a time).
    fn map_lanes<const AXIS: usize>(
        &self,
        f: impl Fn(&mut [T]) -> T::Float,
    ) -> Array<T::Float, <S as RemoveAxis<AXIS>>::Output, L::Order>
    where
        S: RemoveAxis<AXIS>,
    {
        Array::from_fn(|kept: <<S as RemoveAxis<AXIS>>::Output as Shape>::Index| {
            let kept = kept.as_ref();
            let mut lane = Array::<T, <S as RemoveAxis<AXIS>>::Lane>::from_flat_fn(|k| {
                let mut index = S::Index::default();
                let full = index.as_mut();
                full[..AXIS].copy_from_slice(&kept[..AXIS]);
                full[AXIS] = k;
                full[AXIS + 1..].copy_from_slice(&kept[AXIS..]);
                *self.at(index.as_ref()).expect("an index of the shape")
            });
            f(lane.as_mut_slice())
        })
    }
}

every_kind! { [Statistical]
    /// The median, NumPy's `median()`: the middle value of the sorted
    /// values, or the mean of the middle two, as NumPy computes it; `f64`
    /// for integers, the element type for floats. NaN if any element is
    /// NaN, or the array is empty. Partitions a copy, as NumPy does (on the
    /// heap with feature `alloc`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// assert_eq!(Array2::<i32, 2, 2>::from([[7, 1], [4, 10]]).median(), 5.5);
    /// assert!(Array2::<f64, 1, 3>::from([[1.0, f64::NAN, 2.0]]).median().is_nan());
    /// ```
    pub fn median(&self) -> T::Float {
        self.view().with_copy(median_of)
    }

    /// The median of each lane along `AXIS`, NumPy's `median(axis=AXIS)`:
    /// the result has that axis removed from its type.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2};
    /// let a = Array2::<u8, 2, 3>::from([[3, 1, 2], [9, 9, 4]]);
    /// assert_eq!(a.median_axis::<1>(), Array1::from([2.0, 9.0]));
    /// assert_eq!(a.median_axis::<0>(), Array1::from([6.0, 5.0, 3.0]));
    /// ```
    pub fn median_axis<const AXIS: usize>(&self) -> Array<T::Float, <S as RemoveAxis<AXIS>>::Output, O>
    where
        S: RemoveAxis<AXIS>,
    {
        self.view().map_lanes::<AXIS>(median_of)
    }

    /// The `q`-th quantile, NumPy's `quantile(a, q)` with its default
    /// method `linear`: `q = 0.5` is the median, `0` the minimum, `1` the
    /// maximum; in between, NumPy's interpolation between the two nearest
    /// sorted values, to NumPy's bits. NaN if any element is NaN. An empty
    /// shape does not compile.
    ///
    /// # Panics
    ///
    /// When `q` is outside `[0, 1]` or NaN (NumPy raises `ValueError`),
    /// with a message naming `q` and the range.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<i32, 5>::from([10, 40, 20, 50, 30]);
    /// assert_eq!(a.quantile(0.25), 20.0);
    /// assert_eq!(a.quantile(0.1), 14.0);
    /// assert_eq!(a.quantile(1.0), 50.0);
    /// ```
    #[track_caller]
    pub fn quantile(&self, q: f64) -> T::Float {
        // Checked here so that an empty shape is reported at the caller's line.
        let () = HasQuantiles::<S, 0>::WHOLE;
        check_range("quantile", q, 1.0);
        self.view().with_copy(|values| quantile_of(values, q))
    }

    /// The `q`-th percentile, NumPy's `percentile(a, q)`: the quantile
    /// `q / 100` (divided as NumPy divides), for `q` in `[0, 100]`.
    ///
    /// # Panics
    ///
    /// When `q` is outside `[0, 100]` or NaN, naming `q` and the range.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<f64, 4>::from([1.0, 2.0, 3.0, 4.0]);
    /// assert_eq!(a.percentile(50.0), 2.5);
    /// assert_eq!(a.percentile(90.0), 3.7);
    /// ```
    #[track_caller]
    pub fn percentile(&self, q: f64) -> T::Float {
        // Checked here so that an empty shape is reported at the caller's line.
        let () = HasQuantiles::<S, 0>::WHOLE;
        check_range("percentile", q, 100.0);
        let q = q / 100.0;
        self.view().with_copy(|values| quantile_of(values, q))
    }

    /// The `q`-th quantile of each lane along `AXIS`, NumPy's
    /// `quantile(a, q, axis=AXIS)`.
    ///
    /// # Panics
    ///
    /// When `q` is outside `[0, 1]` or NaN, naming `q` and the range.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2};
    /// let a = Array2::<f64, 2, 3>::from([[1.0, 2.0, 4.0], [3.0, 3.0, 3.0]]);
    /// assert_eq!(a.quantile_axis::<1>(0.75), Array1::from([3.0, 3.0]));
    /// assert_eq!(a.quantile_axis::<0>(0.5), Array1::from([2.0, 2.5, 3.5]));
    /// ```
    #[track_caller]
    pub fn quantile_axis<const AXIS: usize>(
        &self,
        q: f64,
    ) -> Array<T::Float, <S as RemoveAxis<AXIS>>::Output, O>
    where
        S: RemoveAxis<AXIS>,
    {
        // Checked here so that empty lanes are reported at the caller's line.
        let () = HasQuantiles::<S, AXIS>::LANES;
        check_range("quantile_axis", q, 1.0);
        self.view().map_lanes::<AXIS>(|values| quantile_of(values, q))
    }

    /// The `q`-th percentile of each lane along `AXIS`, NumPy's
    /// `percentile(a, q, axis=AXIS)`.
    ///
    /// # Panics
    ///
    /// When `q` is outside `[0, 100]` or NaN, naming `q` and the range.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2};
    /// let a = Array2::<i32, 2, 3>::from([[1, 2, 4], [3, 3, 3]]);
    /// assert_eq!(a.percentile_axis::<0>(25.0), Array1::from([1.5, 2.25, 3.25]));
    /// ```
    #[track_caller]
    pub fn percentile_axis<const AXIS: usize>(
        &self,
        q: f64,
    ) -> Array<T::Float, <S as RemoveAxis<AXIS>>::Output, O>
    where
        S: RemoveAxis<AXIS>,
    {
        // Checked here so that empty lanes are reported at the caller's line.
        let () = HasQuantiles::<S, AXIS>::LANES;
        check_range("percentile_axis", q, 100.0);
        let q = q / 100.0;
        self.view().map_lanes::<AXIS>(|values| quantile_of(values, q))
    }
}
