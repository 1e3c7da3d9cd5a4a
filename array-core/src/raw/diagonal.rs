//! The main diagonal of a square matrix as a strided view, NumPy's
//! `np.diagonal(a)` (a view there too, read-only since NumPy 1.9).
//!
//! It rests on the view invariant of [`strided`](super::strided): for
//! `i < N`, `[i, i]` is an index of the square view, so element `i` of the
//! diagonal, at `ptr + i * (STEPS[0] + STEPS[1])`, is a valid element; two
//! positions `i != j` are two distinct indices of the parent, hence
//! distinct elements of a mutable parent.

use core::marker::PhantomData;

use super::strided::{ArrayView, ArrayViewMut};
use crate::array::Array;
use crate::element::Stored;
use crate::order::Order;
use crate::raw::{Contiguous, Diagonal, Strides};
use crate::shape::{Shape1, Shape2, Square};

impl<'a, T: Stored, L: Strides, const R: usize, const C: usize> ArrayView<'a, T, Shape2<R, C>, L> {
    /// The main diagonal, a view: element `i` is `self[[i, i]]`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<i32, 3, 3>::from([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    /// assert_eq!(a.view().t().diagonal().to_array().as_slice(), &[1, 5, 9]);
    /// ```
    pub fn diagonal(&self) -> ArrayView<'a, T, Shape1<R>, Diagonal<L>>
    where
        Shape2<R, C>: Square<R, C>,
    {
        // Index `[i]` of the diagonal is index `[i, i]` of this square view
        // (R == C), at the same offset: the invariant carries over.
        ArrayView {
            ptr: self.ptr,
            life: PhantomData,
            layout: PhantomData,
        }
    }
}

impl<'a, T: Stored, L: Strides, const R: usize, const C: usize>
    ArrayViewMut<'a, T, Shape2<R, C>, L>
{
    /// The main diagonal as a mutable view, consuming this one.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let mut a = Array2::<i32, 2, 2>::zeros();
    /// a.view_mut().into_diagonal().fill(1);
    /// assert_eq!(a, Array2::from([[1, 0], [0, 1]]));
    /// ```
    pub fn into_diagonal(self) -> ArrayViewMut<'a, T, Shape1<R>, Diagonal<L>>
    where
        Shape2<R, C>: Square<R, C>,
    {
        // As for `ArrayView::diagonal`: the positions `[i, i]` are distinct
        // indices of this view, so distinct elements, still borrowed
        // uniquely for `'a`.
        ArrayViewMut {
            ptr: self.ptr,
            life: PhantomData,
            layout: PhantomData,
        }
    }
}

impl<T: Stored, O: Order, const R: usize, const C: usize> Array<T, Shape2<R, C>, O> {
    /// The main diagonal as a view, NumPy's `np.diagonal(a)` (or
    /// `a.diagonal()`) of a square matrix. For a non-square matrix, slice
    /// its square part first (`s![..2, ..2]`): the length of NumPy's
    /// diagonal, `min(M, N)`, is not a type stable Rust can compute.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<f64, 2, 2>::from([[1.0, 2.0], [3.0, 4.0]]);
    /// assert_eq!(a.diagonal().to_array().as_slice(), &[1.0, 4.0]);
    /// ```
    pub fn diagonal(&self) -> ArrayView<'_, T, Shape1<R>, Diagonal<Contiguous<Shape2<R, C>, O>>>
    where
        Shape2<R, C>: Square<R, C>,
    {
        self.view().diagonal()
    }

    /// The main diagonal as a mutable view: `a.diagonal_mut().fill(1.0)`
    /// is NumPy's `np.fill_diagonal(a, 1.0)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let mut a = Array2::<f64, 2, 2>::zeros();
    /// a.diagonal_mut().fill(1.0);
    /// assert_eq!(a, Array2::from([[1.0, 0.0], [0.0, 1.0]]));
    /// ```
    pub fn diagonal_mut(
        &mut self,
    ) -> ArrayViewMut<'_, T, Shape1<R>, Diagonal<Contiguous<Shape2<R, C>, O>>>
    where
        Shape2<R, C>: Square<R, C>,
    {
        self.view_mut().into_diagonal()
    }
}
