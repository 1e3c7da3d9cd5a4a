//! NumPy's reductions of the `(n, *S)` array: over everything (`sum`,
//! `mean`, `min`, `max`, `argmin`, `argmax`) and along an axis
//! (`sum_axis::<0>()` ...), with NumPy's order of additions, so float
//! results are NumPy's bits:
//!
//! - over everything, the elements are one contiguous block, which NumPy
//!   sums pairwise: the kernel of `pairwise.rs`, as an array's `sum`;
//! - along axis 0 (the rows), NumPy's iterator adds whole rows, one after
//!   another, into an accumulator row that starts at 0 (each column summed
//!   left to right), except when a row holds one element: then the column
//!   is contiguous and NumPy sums it pairwise, as here;
//! - along an axis inside the rows, each row is reduced as the array it is.

use crate::array::Array;
use crate::element::Element;
use crate::number::Number;
use crate::number::private::Arith;
use crate::reduce::step;
use crate::shape::RowShape;

use super::{RowAxis, Rows};

impl<T: Element, S: RowShape> Rows<T, S> {
    /// `(C-order position, value)` of the maximum or minimum.
    #[track_caller]
    fn pick_all(&self, max: bool, what: &str) -> (usize, T) {
        let mut elements = self.as_slice().iter().copied().enumerate();
        let Some(first) = elements.next() else {
            empty(what, self.len());
        };
        elements.fold(first, |best, next| step(best, next, max))
    }

    /// The largest element, NumPy's `x.max()`; NaN if any is NaN. Panics
    /// when there is no element (NumPy raises).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let x = Rows::<i32, Shape1<2>>::from_fn(3, |[i, j]| (i as i32 - 1) * (j as i32 + 1));
    /// assert_eq!((x.max(), x.min()), (2, -2));
    /// assert_eq!((x.argmax(), x.argmin()), (5, 1)); // C-order positions
    /// ```
    #[track_caller]
    pub fn max(&self) -> T {
        self.pick_all(true, "max").1
    }

    /// The smallest element, NumPy's `x.min()`; NaN if any is NaN.
    #[track_caller]
    pub fn min(&self) -> T {
        self.pick_all(false, "min").1
    }

    /// The C-order position of the largest element, NumPy's `x.argmax()`:
    /// the first on ties, the first NaN if any.
    #[track_caller]
    pub fn argmax(&self) -> usize {
        self.pick_all(true, "argmax").0
    }

    /// The C-order position of the smallest element, NumPy's `x.argmin()`.
    #[track_caller]
    pub fn argmin(&self) -> usize {
        self.pick_all(false, "argmin").0
    }

    /// The maximum along `AXIS`, NumPy's `x.max(axis=AXIS)`: an
    /// [`Array`] of shape `S` along axis 0 (panics when there are no rows,
    /// as NumPy raises), one reduced row per row along a row's axis.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Rows, Shape1};
    /// let x = Rows::<f64, Shape1<2>>::from_flat(vec![1.0, 5.0, 3.0, -1.0, 2.0, 0.0])?;
    /// assert_eq!(x.max_axis::<0>(), Array1::from([3.0, 5.0]));
    /// assert_eq!(x.min_axis::<0>(), Array1::from([1.0, -1.0]));
    /// assert_eq!(x.argmax_axis::<0>(), Array1::from([1, 0]));
    /// assert_eq!(x.argmin_axis::<0>(), Array1::from([0, 1]));
    /// assert_eq!(x.max_axis::<1>(), vec![5.0, 3.0, 2.0]);
    /// # Ok::<(), shaped::LengthError>(())
    /// ```
    #[track_caller]
    pub fn max_axis<const AXIS: usize>(&self) -> <S as RowAxis<AXIS>>::Output<T>
    where
        S: RowAxis<AXIS>,
    {
        S::pick(self, true)
    }

    /// The minimum along `AXIS`, NumPy's `x.min(axis=AXIS)`.
    #[track_caller]
    pub fn min_axis<const AXIS: usize>(&self) -> <S as RowAxis<AXIS>>::Output<T>
    where
        S: RowAxis<AXIS>,
    {
        S::pick(self, false)
    }

    /// The position of the maximum along `AXIS`, NumPy's
    /// `x.argmax(axis=AXIS)`: the first on ties, the first NaN if any.
    #[track_caller]
    pub fn argmax_axis<const AXIS: usize>(&self) -> <S as RowAxis<AXIS>>::Output<usize>
    where
        S: RowAxis<AXIS>,
    {
        S::arg(self, true)
    }

    /// The position of the minimum along `AXIS`, NumPy's
    /// `x.argmin(axis=AXIS)`.
    #[track_caller]
    pub fn argmin_axis<const AXIS: usize>(&self) -> <S as RowAxis<AXIS>>::Output<usize>
    where
        S: RowAxis<AXIS>,
    {
        S::arg(self, false)
    }

    /// `(row, value)` of the best of each column, whole rows at a time:
    /// NumPy's `maximum.reduce` along axis 0 (the last of equal values,
    /// the first NaN; the first row of them for the position).
    #[track_caller]
    fn best_rows(&self, max: bool, what: &str) -> (Array<usize, S>, Array<T, S>) {
        let Some(first) = self.first() else {
            empty(what, 0);
        };
        let mut values = Array::<T, S>::from_flat_fn(|j| first.as_slice()[j]);
        let mut positions = Array::<usize, S>::zeros();
        for (i, row) in self.iter().enumerate().skip(1) {
            let best = values.as_mut_slice().iter_mut();
            let at = positions.as_mut_slice().iter_mut();
            for ((value, position), &next) in best.zip(at).zip(row.as_slice()) {
                (*position, *value) = step((*position, *value), (i, next), max);
            }
        }
        (positions, values)
    }

    #[track_caller]
    pub(super) fn pick_rows(&self, max: bool) -> Array<T, S> {
        self.best_rows(max, if max { "max" } else { "min" }).1
    }

    #[track_caller]
    pub(super) fn arg_rows(&self, max: bool) -> Array<usize, S> {
        self.best_rows(max, if max { "argmax" } else { "argmin" }).0
    }
}

impl<T: Number, S: RowShape> Rows<T, S> {
    /// The sum of all elements, NumPy's `x.sum()`: pairwise over the flat
    /// memory for floats (NumPy's bits), in `i64`/`u64` for integers.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let x = Rows::<f64, Shape1<10>>::full(1, 0.1);
    /// assert_eq!(x.sum(), 1.0); // pairwise, as NumPy: np.full((1, 10), 0.1).sum()
    /// assert_eq!(Rows::<u8, Shape1<2>>::full(3, 200).sum(), 1200u64);
    /// ```
    pub fn sum(&self) -> T::Accumulator {
        T::sum_of(self.as_slice())
    }

    /// The mean of all elements, NumPy's `x.mean()`, as `f64` (a `float32`
    /// mean is computed in `f32`, as NumPy's, then widened). NaN when
    /// there is no element.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// assert_eq!(Rows::<i32, Shape1<2>>::from_fn(2, |[i, j]| (i * 2 + j) as i32).mean(), 1.5);
    /// ```
    pub fn mean(&self) -> f64 {
        T::mean_of(self.as_slice())
    }

    /// The sum along `AXIS`, NumPy's `x.sum(axis=AXIS)`: along axis 0 one
    /// row of column sums, in NumPy's order (row after row into the
    /// accumulator, so NumPy's bits); along a row's axis, each row summed
    /// as the array it is.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Rows, Shape1};
    /// let x = Rows::<f64, Shape1<2>>::from_flat(vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0])?;
    /// assert_eq!(x.sum_axis::<0>(), Array1::from([9.0, 12.0]));
    /// assert_eq!(x.sum_axis::<1>(), vec![3.0, 7.0, 11.0]);
    /// # Ok::<(), shaped::LengthError>(())
    /// ```
    pub fn sum_axis<const AXIS: usize>(&self) -> <S as RowAxis<AXIS>>::Output<T::Accumulator>
    where
        S: RowAxis<AXIS>,
    {
        S::sum(self)
    }

    /// The mean along `AXIS`, NumPy's `x.mean(axis=AXIS)`: the sums of
    /// [`sum_axis`](Self::sum_axis) divided by the count, as `f64` (NaN
    /// along axis 0 when there are no rows, as NumPy gives).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Rows, Shape1};
    /// let x = Rows::<i32, Shape1<2>>::from_flat(vec![1, 2, 3, 4, 5, 6])?;
    /// assert_eq!(x.mean_axis::<0>(), Array1::from([3.0, 4.0]));
    /// assert_eq!(x.mean_axis::<1>(), vec![1.5, 3.5, 5.5]);
    /// # Ok::<(), shaped::LengthError>(())
    /// ```
    pub fn mean_axis<const AXIS: usize>(&self) -> <S as RowAxis<AXIS>>::Output<f64>
    where
        S: RowAxis<AXIS>,
    {
        S::mean(self)
    }

    /// Column sums along axis 0, in NumPy's order.
    pub(super) fn sum_rows(&self) -> Array<T::Accumulator, S> {
        if S::SIZE == 1 {
            // One element a row: the column is contiguous, summed pairwise.
            let sum = T::sum_of(self.as_slice());
            return Array::from_flat_fn(|_| sum);
        }
        let mut sums = Array::<T::Accumulator, S>::zeros();
        for row in self.iter() {
            for (sum, &x) in sums.as_mut_slice().iter_mut().zip(row.as_slice()) {
                *sum = sum.add(x.widen());
            }
        }
        sums
    }

    /// Column means along axis 0.
    pub(super) fn mean_rows(&self) -> Array<f64, S> {
        let sums = self.sum_rows();
        let n = self.len();
        Array::from_flat_fn(|j| T::Accumulator::mean_of_sum(sums.as_slice()[j], n))
    }
}

#[cold]
#[track_caller]
fn empty(what: &str, len: usize) -> ! {
    panic!("{what} of {len} rows: there is no element to pick (NumPy raises on an empty array)")
}
