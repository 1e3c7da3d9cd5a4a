//! Walking arrays and views along an axis: `for row in a.outer_iter()` is
//! NumPy's `for row in a:`, `axis_iter(Axis::<K>)` walks the positions of
//! any axis, and `lanes(Axis::<K>)` the 1-D lanes along one.
//!
//! Iterating `&a` itself walks the *elements* (in memory order), as Rust's
//! arrays do; NumPy's `for x in a:` walks the first axis. To get NumPy's
//! behaviour, write `a.outer_iter()`.

use core::iter::FusedIterator;

use crate::array::Array;
use crate::element::Stored;
use crate::index::IndexCounter;
use crate::order::{ColMajor, Order, RowMajor};
use crate::raw::{Contiguous, Only, Removed, Strides};
use crate::shape::{Axis, RemoveAxis, Shape};
use crate::views::ArrayView;

/// Iterator over the positions along axis `AXIS` of a view: views of rank
/// one less, from [`ArrayView::axis_iter`] or [`Array::axis_iter`].
pub struct AxisIter<'a, T: Stored, S: Shape, L: Strides, const AXIS: usize> {
    view: ArrayView<'a, T, S, L>,
    front: usize,
    back: usize,
}

#[allow(clippy::type_complexity)]
impl<'a, T: Stored, S: RemoveAxis<AXIS>, L: Strides, const AXIS: usize> Iterator
    for AxisIter<'a, T, S, L, AXIS>
{
    type Item = ArrayView<'a, T, <S as RemoveAxis<AXIS>>::Output, Removed<L, AXIS>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.front == self.back {
            return None;
        }
        self.front += 1;
        self.view.subview::<AXIS>(self.front - 1)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        (n, Some(n))
    }
}

impl<T: Stored, S: RemoveAxis<AXIS>, L: Strides, const AXIS: usize> DoubleEndedIterator
    for AxisIter<'_, T, S, L, AXIS>
{
    fn next_back(&mut self) -> Option<Self::Item> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        self.view.subview::<AXIS>(self.back)
    }
}

impl<T: Stored, S: RemoveAxis<AXIS>, L: Strides, const AXIS: usize> ExactSizeIterator
    for AxisIter<'_, T, S, L, AXIS>
{
}

impl<T: Stored, S: RemoveAxis<AXIS>, L: Strides, const AXIS: usize> FusedIterator
    for AxisIter<'_, T, S, L, AXIS>
{
}

/// Iterator over the 1-D lanes along axis `AXIS`, in C order of the other
/// axes: from [`ArrayView::lanes`] or [`Array::lanes`].
pub struct Lanes<'a, T: Stored, S: RemoveAxis<AXIS>, L: Strides, const AXIS: usize> {
    view: ArrayView<'a, T, S, L>,
    counter: IndexCounter<<S as RemoveAxis<AXIS>>::Output, RowMajor>,
    remaining: usize,
}

#[allow(clippy::type_complexity)]
impl<'a, T: Stored, S: RemoveAxis<AXIS>, L: Strides, const AXIS: usize> Iterator
    for Lanes<'a, T, S, L, AXIS>
{
    type Item = ArrayView<'a, T, <S as RemoveAxis<AXIS>>::Lane, Only<L, AXIS>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.remaining == 0 {
            return None;
        }
        self.remaining -= 1;
        self.view.lane::<AXIS>(self.counter.next_index().as_ref())
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl<T: Stored, S: RemoveAxis<AXIS>, L: Strides, const AXIS: usize> ExactSizeIterator
    for Lanes<'_, T, S, L, AXIS>
{
}

impl<'a, T: Stored, S: Shape, L: Strides> ArrayView<'a, T, S, L> {
    /// The views at each position along `AXIS`, NumPy's
    /// `for x in np.moveaxis(v, K, 0)`; an axis past the rank does not
    /// build.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// # use shaped_macros::s;
    /// use shaped::{Array2, Axis};
    /// let a = Array2::<i32, 3, 4>::from_fn(|[i, j]| (10 * i + j) as i32);
    /// let sums: Vec<i64> = a.slice(s![1..3, ..]).axis_iter(Axis::<1>).map(|c| c.sum()).collect();
    /// assert_eq!(sums, [30, 32, 34, 36]);
    /// ```
    pub fn axis_iter<const AXIS: usize>(&self, axis: Axis<AXIS>) -> AxisIter<'a, T, S, L, AXIS>
    where
        S: RemoveAxis<AXIS>,
    {
        let _ = axis;
        AxisIter {
            view: *self,
            front: 0,
            back: S::DIMS[AXIS],
        }
    }

    /// The rows (positions along axis 0), NumPy's `for row in v:`.
    pub fn outer_iter(&self) -> AxisIter<'a, T, S, L, 0>
    where
        S: RemoveAxis<0>,
    {
        self.axis_iter(Axis::<0>)
    }

    /// The 1-D lanes along `AXIS` (for axis 1 of a matrix, its rows; for
    /// axis 0, its columns), in C order of the other axes.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, Axis};
    /// let a = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    /// let columns: Vec<Vec<i32>> = a.view().lanes(Axis::<0>).map(|c| c.iter().copied().collect()).collect();
    /// assert_eq!(columns, [[1, 4], [2, 5], [3, 6]]);
    /// ```
    pub fn lanes<const AXIS: usize>(&self, axis: Axis<AXIS>) -> Lanes<'a, T, S, L, AXIS>
    where
        S: RemoveAxis<AXIS>,
    {
        let _ = axis;
        Lanes {
            view: *self,
            counter: IndexCounter::new(),
            remaining: <<S as RemoveAxis<AXIS>>::Output as Shape>::SIZE,
        }
    }
}

impl<T: Stored, S: Shape, O: Order> Array<T, S, O> {
    /// The views at each position along `AXIS`: `a.axis_iter(Axis::<1>)`
    /// walks the columns of a matrix. An axis past the rank does not build.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array3, Axis};
    /// let a = Array3::<u8, 2, 3, 4>::ones();
    /// assert_eq!(a.axis_iter(Axis::<2>).len(), 4);
    /// assert!(a.axis_iter(Axis::<2>).all(|plane| plane.shape() == [2, 3]));
    /// ```
    pub fn axis_iter<const AXIS: usize>(
        &self,
        axis: Axis<AXIS>,
    ) -> AxisIter<'_, T, S, Contiguous<S, O>, AXIS>
    where
        S: RemoveAxis<AXIS>,
    {
        self.view().axis_iter(axis)
    }

    /// The 1-D lanes along `AXIS`, in C order of the other axes.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, Axis};
    /// let a = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    /// let maxima: Vec<i32> = a.lanes(Axis::<1>).map(|row| row.max()).collect();
    /// assert_eq!(maxima, [3, 6]);
    /// ```
    pub fn lanes<const AXIS: usize>(
        &self,
        axis: Axis<AXIS>,
    ) -> Lanes<'_, T, S, Contiguous<S, O>, AXIS>
    where
        S: RemoveAxis<AXIS>,
    {
        self.view().lanes(axis)
    }
}

impl<T: Stored, S: RemoveAxis<0>> Array<T, S, RowMajor> {
    /// The rows, NumPy's `for row in a:`: each a borrowed sub-array of rank
    /// one less (free, as `a[i]`). Iterating `&a` instead walks the
    /// elements, as Rust's arrays do.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    /// let mut sums = Vec::new();
    /// for row in a.outer_iter() {
    ///     sums.push(row.sum()); // row: &Array1<i32, 3>
    /// }
    /// assert_eq!(sums, [6, 15]);
    /// ```
    pub fn outer_iter(
        &self,
    ) -> impl ExactSizeIterator<Item = &Array<T, S::Output, RowMajor>> + DoubleEndedIterator {
        (0..S::DIMS[0]).map(move |i| self.outer_block(i).expect("a row index in range"))
    }

    /// The rows, mutably.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let mut a = Array2::<i32, 2, 3>::zeros();
    /// for (i, row) in a.outer_iter_mut().enumerate() {
    ///     row.fill(i as i32 + 1);
    /// }
    /// assert_eq!(a.as_slice(), &[1, 1, 1, 2, 2, 2]);
    /// ```
    pub fn outer_iter_mut(&mut self) -> RowsMut<'_, T, S::Output> {
        let rows = S::DIMS[0];
        let row = <S::Output as Shape>::SIZE;
        RowsMut {
            // Rows are consecutive blocks of `row` elements. Empty rows are
            // counted instead (a block length of 0 is not allowed).
            blocks: self.as_mut_slice().chunks_exact_mut(row.max(1)),
            empty: if row == 0 { rows } else { 0 },
            shape: core::marker::PhantomData,
        }
    }
}

/// Iterator over the rows of a row-major array, mutably, from
/// [`Array::outer_iter_mut`].
pub struct RowsMut<'a, T: Stored, Sub: Shape> {
    blocks: core::slice::ChunksExactMut<'a, T>,
    empty: usize,
    shape: core::marker::PhantomData<Sub>,
}

impl<'a, T: Stored, Sub: Shape> Iterator for RowsMut<'a, T, Sub> {
    type Item = &'a mut Array<T, Sub, RowMajor>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.empty > 0 {
            self.empty -= 1;
            return Array::mut_from_slice(<&mut [T]>::default());
        }
        Array::mut_from_slice(self.blocks.next()?)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.blocks.len() + self.empty;
        (n, Some(n))
    }
}

impl<T: Stored, Sub: Shape> DoubleEndedIterator for RowsMut<'_, T, Sub> {
    fn next_back(&mut self) -> Option<Self::Item> {
        if self.empty > 0 {
            self.empty -= 1;
            return Array::mut_from_slice(<&mut [T]>::default());
        }
        Array::mut_from_slice(self.blocks.next_back()?)
    }
}

impl<T: Stored, Sub: Shape> ExactSizeIterator for RowsMut<'_, T, Sub> {}

impl<T: Stored, S: RemoveAxis<0>> Array<T, S, ColMajor> {
    /// The rows of a column-major array, NumPy's `for row in a:`: views,
    /// since a row is not contiguous in this order.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, ColMajor};
    /// let a = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]).to_order::<ColMajor>();
    /// let rows: Vec<i64> = a.outer_iter().map(|row| row.sum()).collect();
    /// assert_eq!(rows, [6, 15]);
    /// ```
    pub fn outer_iter(&self) -> AxisIter<'_, T, S, Contiguous<S, ColMajor>, 0> {
        self.view().axis_iter(Axis::<0>)
    }
}

impl<T: Stored, S: Shape, O: Order> Array<T, S, O> {
    /// The array with axis `AXIS` walked backwards, NumPy's
    /// `np.flip(a, axis=K)`: a view, nothing is copied.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, Axis};
    /// let a = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    /// assert_eq!(a.flip(Axis::<0>).to_array().as_slice(), &[4, 5, 6, 1, 2, 3]);
    /// ```
    pub fn flip<const AXIS: usize>(
        &self,
        axis: Axis<AXIS>,
    ) -> ArrayView<'_, T, S, crate::raw::Flipped<Contiguous<S, O>, AXIS>>
    where
        S: crate::shape::HasAxis<AXIS>,
    {
        self.view().flip(axis)
    }

    /// The array with axis `AXIS` walked backwards, as a mutable view.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Axis};
    /// let mut a = Array1::<i32, 3>::from([1, 2, 3]);
    /// let b = a;
    /// a.flip_mut(Axis::<0>).assign(&b); // a[::-1] = b
    /// assert_eq!(a.as_slice(), &[3, 2, 1]);
    /// ```
    pub fn flip_mut<const AXIS: usize>(
        &mut self,
        axis: Axis<AXIS>,
    ) -> crate::views::ArrayViewMut<'_, T, S, crate::raw::Flipped<Contiguous<S, O>, AXIS>>
    where
        S: crate::shape::HasAxis<AXIS>,
    {
        self.view_mut().into_flip(axis)
    }
}
