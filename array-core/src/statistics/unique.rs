//! The distinct values, NumPy 2's `unique_values` (`np.unique`),
//! `unique_counts` and `unique_inverse`, and `bincount`. Each returns
//! `Vec`s, whose lengths are known only when the data is (feature
//! `alloc`).
//!
//! Values sort as NumPy sorts them (NaN after every number). `unique`
//! collapses NaNs into one, as `np.unique` (`equal_nan=True`); NumPy 2's
//! `unique_counts` and `unique_inverse` keep each NaN as a value of its own
//! (`equal_nan=False`), and so do these. `-0.0` and `0.0` are one value:
//! the first in C order is kept (NumPy keeps the first its sort puts
//! first).

use alloc::vec::Vec;
use core::cmp::Ordering;

use crate::array::Array;
use crate::element::Element;
use crate::kinds::every_kind;
use crate::raw::Strides;
use crate::shape::Shape;
use crate::views::ArrayView;

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

/// The distinct values of `values` in ascending order (NaN last), how many
/// times each occurs, and for each of `values` the position of its value
/// among them. NaNs are one value when `equal_nan`, else each its own, in
/// the order they come (the sort is stable).
fn distinct<T: Element>(values: &[T], equal_nan: bool) -> (Vec<T>, Vec<usize>, Vec<usize>) {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&i, &j| nan_last(&values[i], &values[j]));
    let (mut unique, mut counts) = (Vec::<T>::new(), Vec::<usize>::new());
    let mut inverse = alloc::vec![0; values.len()];
    for i in order {
        let value = values[i];
        #[allow(clippy::eq_op)]
        let one = match unique.last() {
            Some(&last) => last == value || (equal_nan && last != last && value != value),
            None => false,
        };
        match counts.last_mut() {
            Some(count) if one => *count += 1,
            _ => {
                unique.push(value);
                counts.push(1);
            }
        }
        inverse[i] = unique.len() - 1;
    }
    (unique, counts, inverse)
}

/// The element types `bincount` counts: the integers and `bool`
/// (NumPy's `bincount` takes what casts safely to `intp`).
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array1, Countable};
/// fn most_common<T: Countable, const N: usize>(a: &Array1<T, N>) -> Option<usize> {
///     let counts = a.bincount();
///     (0..counts.len()).max_by_key(|&v| counts[v])
/// }
/// assert_eq!(most_common(&Array1::<u8, 5>::from([3, 1, 3, 0, 3])), Some(3));
/// assert_eq!(most_common(&Array1::<bool, 3>::from([true, false, false])), Some(0));
/// ```
pub trait Countable: Element + private::ToCount {}

pub(crate) mod private {
    /// A value as a bin number.
    pub trait ToCount: Copy {
        /// The bin, or `Err(value)` (as `i128`) when negative or too large.
        fn to_count(self) -> Result<usize, i128>;
    }
}

macro_rules! countable {
    ($($t:ty)*) => {$(
        impl Countable for $t {}
        impl private::ToCount for $t {
            #[inline]
            #[allow(irrefutable_let_patterns, clippy::unnecessary_fallible_conversions)]
            fn to_count(self) -> Result<usize, i128> {
                usize::try_from(self).map_err(|_| self as i128)
            }
        }
    )*};
}

countable!(i8 i16 i32 i64 isize u8 u16 u32 u64 usize);

impl Countable for bool {}
impl private::ToCount for bool {
    #[inline]
    fn to_count(self) -> Result<usize, i128> {
        Ok(usize::from(self))
    }
}

impl<'a, T: Element, S: Shape, L: Strides> ArrayView<'a, T, S, L> {
    /// [`distinct`] of the elements in C order.
    fn distinct_c(&self, equal_nan: bool) -> (Vec<T>, Vec<usize>, Vec<usize>) {
        let mut values = Vec::with_capacity(S::SIZE);
        self.for_each_c(|&v| values.push(v));
        distinct(&values, equal_nan)
    }
}

every_kind! { [Element]
    /// The distinct values in ascending order, NumPy's `unique(a)`: NaN
    /// last, all NaNs as one (`np.unique`'s `equal_nan=True`). Needs
    /// feature `alloc`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<f64, 2, 3>::from([[3.0, f64::NAN, 1.0], [3.0, 1.0, f64::NAN]]);
    /// let u = a.unique();
    /// assert_eq!(&u[..2], &[1.0, 3.0]);
    /// assert!(u[2].is_nan() && u.len() == 3);
    /// ```
    pub fn unique(&self) -> Vec<T> {
        self.view().distinct_c(true).0
    }

    /// The distinct values and how many times each occurs, NumPy 2's
    /// `unique_counts(a)`: as NumPy's, each NaN is a value of its own
    /// (counted once), unlike in [`unique`](Self::unique). Counts are
    /// `usize` (NumPy's are `intp`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let (values, counts) = Array1::<u8, 5>::from([7, 2, 7, 7, 0]).unique_counts();
    /// assert_eq!(values, [0, 2, 7]);
    /// assert_eq!(counts, [1, 1, 3]);
    /// ```
    pub fn unique_counts(&self) -> (Vec<T>, Vec<usize>) {
        let (values, counts, _) = self.view().distinct_c(false);
        (values, counts)
    }

    /// The distinct values, and for each element the position of its value
    /// among them, NumPy 2's `unique_inverse(a)`: `values[inverse[i]]` is
    /// element `i`. The positions have the array's shape, as NumPy 2's;
    /// each NaN is a value of its own, as in
    /// [`unique_counts`](Self::unique_counts).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<i32, 2, 2>::from([[5, -1], [5, 9]]);
    /// let (values, inverse) = a.unique_inverse();
    /// assert_eq!(values, [-1, 5, 9]);
    /// assert_eq!(inverse, Array2::from([[1, 0], [1, 2]]));
    /// ```
    pub fn unique_inverse(&self) -> (Vec<T>, Array<usize, S, O>) {
        let (values, _, inverse) = self.view().distinct_c(false);
        let positions = Array::from_fn(|index: S::Index| {
            let flat = index.as_ref().iter().zip(S::DIMS).fold(0, |flat, (&i, &d)| flat * d + i);
            inverse[flat]
        });
        (values, positions)
    }
}

every_kind! { [Countable]
    /// How many times each of `0, 1, ..., max` occurs, NumPy's
    /// `bincount(a)` (of the values in C order; NumPy takes only 1-D
    /// arrays). The result has `max + 1` counts (none for an empty array).
    /// Needs feature `alloc`.
    ///
    /// # Panics
    ///
    /// When a value is negative (NumPy raises `ValueError`), naming it and
    /// its position.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<u8, 6>::from([0, 1, 1, 3, 1, 0]);
    /// assert_eq!(a.bincount(), [2, 3, 0, 1]);
    /// ```
    #[track_caller]
    pub fn bincount(&self) -> Vec<usize> {
        let mut counts: Vec<usize> = Vec::new();
        let mut position = 0;
        let mut negative = None;
        self.view().for_each_c(|&value| {
            match private::ToCount::to_count(value) {
                Ok(bin) => {
                    if bin >= counts.len() {
                        counts.resize(bin + 1, 0);
                    }
                    counts[bin] += 1;
                }
                Err(found) => {
                    negative.get_or_insert((found, position));
                }
            }
            position += 1;
        });
        if let Some((value, position)) = negative {
            panic!("bincount: the values must be non-negative, found {value} at position {position}");
        }
        counts
    }
}
