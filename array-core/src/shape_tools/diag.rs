//! `diag` (NumPy's `np.diag`): a vector into the square matrix with it on
//! the diagonal, or a square matrix's diagonal as a view; and the
//! triangles `tril`/`triu` (NumPy's `np.tril`, `np.triu`, with the offset
//! `k` as `tril_k(k)`/`triu_k(k)`).

#[cfg(feature = "alloc")]
use alloc::boxed::Box;

use crate::array::Array;
use crate::element::{Element, Stored};
use crate::kinds::every_kind_of_shape;
use crate::order::Order;
use crate::raw::{Contiguous, Diagonal, Strides};
use crate::shape::{Shape1, Shape2, Square};
use crate::stack_limit::{DiagBoxed, FitsOnStackOr};
use crate::views::{ArrayView, ArrayViewMut};

/// The square matrix with `v` on its diagonal, by index.
fn on_diagonal<'a, T: Element, L: Strides + 'a, const N: usize>(
    v: ArrayView<'a, T, Shape1<N>, L>,
) -> impl FnMut([usize; 2]) -> T + 'a {
    move |[i, j]: [usize; 2]| if i == j { v[[i]] } else { T::ZERO }
}

/// `m` where `keep(j - i)` holds, zero elsewhere, by index.
fn triangle<'a, T: Element, L: Strides + 'a, const R: usize, const C: usize>(
    m: ArrayView<'a, T, Shape2<R, C>, L>,
    keep: impl Fn(isize) -> bool + 'a,
) -> impl FnMut([usize; 2]) -> T + 'a {
    move |[i, j]: [usize; 2]| {
        if keep((j as isize) - (i as isize)) {
            m[[i, j]]
        } else {
            T::ZERO
        }
    }
}

every_kind_of_shape! { <const N> Shape1<N>, [Element]
    /// The square matrix with this vector on its diagonal and zeros
    /// elsewhere, NumPy's `np.diag(v)` of a 1-D array. (Of a square
    /// matrix, `diag` is its diagonal, as in NumPy.)
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2};
    /// let v = Array1::<i32, 3>::from([1, 2, 3]);
    /// assert_eq!(v.diag(), Array2::from([[1, 0, 0], [0, 2, 0], [0, 0, 3]]));
    /// ```
    pub fn diag(&self) -> Array<T, Shape2<N, N>, O> {
        // Checked here so that a result too big for the stack is reported
        // at the caller's line.
        let () = FitsOnStackOr::<T, Shape2<N, N>, DiagBoxed>::OK;
        Array::from_fn_by_value(on_diagonal(self.view()))
    }

    /// [`diag`](Self::diag) into a new heap allocation, for matrices too
    /// big for the stack (feature `alloc`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let v = Array1::<f64, 2000>::full(2.0);
    /// let m = v.diag_boxed(); // 32 MB
    /// assert_eq!((m[[1999, 1999]], m[[0, 1999]]), (2.0, 0.0));
    /// ```
    #[cfg(feature = "alloc")]
    pub fn diag_boxed(&self) -> Box<Array<T, Shape2<N, N>, O>> {
        Array::from_fn_boxed(on_diagonal(self.view()))
    }
}

every_kind_of_shape! { <const R, const C> Shape2<R, C>, [Element]
    /// The lower triangle: the elements on and below the diagonal, zeros
    /// above it, NumPy's `np.tril(m)`. For any matrix, square or not.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let m = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    /// assert_eq!(m.tril(), Array2::from([[1, 0, 0], [4, 5, 0]]));
    /// ```
    pub fn tril(&self) -> Array<T, Shape2<R, C>, O> {
        self.tril_k(0)
    }

    /// The elements on and below diagonal `k` (above the main one for
    /// `k > 0`, below it for `k < 0`), zeros elsewhere: NumPy's
    /// `np.tril(m, k)`. The offset is a run-time number, since it does not
    /// change the result's shape.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let m = Array2::<i32, 3, 3>::from([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    /// assert_eq!(m.tril_k(-1), Array2::from([[0, 0, 0], [4, 0, 0], [7, 8, 0]]));
    /// assert_eq!(m.tril_k(1), Array2::from([[1, 2, 0], [4, 5, 6], [7, 8, 9]]));
    /// ```
    pub fn tril_k(&self, k: isize) -> Array<T, Shape2<R, C>, O> {
        // Checked here so that a result too big for the stack is reported
        // at the caller's line.
        let () = FitsOnStackOr::<T, Shape2<R, C>, DiagBoxed>::OK;
        Array::from_fn_by_value(triangle(self.view(), move |d| d <= k))
    }

    /// [`tril`](Self::tril) into a new heap allocation, for matrices too
    /// big for the stack (feature `alloc`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let m = Array2::<f64, 1500, 1500>::full_boxed(1.0);
    /// let lower = m.tril_boxed(); // 18 MB
    /// assert_eq!((lower[[1499, 0]], lower[[0, 1499]]), (1.0, 0.0));
    /// ```
    #[cfg(feature = "alloc")]
    pub fn tril_boxed(&self) -> Box<Array<T, Shape2<R, C>, O>> {
        self.tril_k_boxed(0)
    }

    /// [`tril_k`](Self::tril_k) into a new heap allocation (feature
    /// `alloc`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let m = Array2::<i32, 2, 2>::from([[1, 2], [3, 4]]);
    /// assert_eq!(*m.tril_k_boxed(-1), Array2::from([[0, 0], [3, 0]]));
    /// ```
    #[cfg(feature = "alloc")]
    pub fn tril_k_boxed(&self, k: isize) -> Box<Array<T, Shape2<R, C>, O>> {
        Array::from_fn_boxed(triangle(self.view(), move |d| d <= k))
    }

    /// The upper triangle: the elements on and above the diagonal, zeros
    /// below it, NumPy's `np.triu(m)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let m = Array2::<f64, 2, 2>::from([[1.0, 2.0], [3.0, 4.0]]);
    /// assert_eq!(m.triu(), Array2::from([[1.0, 2.0], [0.0, 4.0]]));
    /// ```
    pub fn triu(&self) -> Array<T, Shape2<R, C>, O> {
        self.triu_k(0)
    }

    /// The elements on and above diagonal `k`, zeros elsewhere: NumPy's
    /// `np.triu(m, k)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let m = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    /// assert_eq!(m.triu_k(1), Array2::from([[0, 2, 3], [0, 0, 6]]));
    /// ```
    pub fn triu_k(&self, k: isize) -> Array<T, Shape2<R, C>, O> {
        // Checked here so that a result too big for the stack is reported
        // at the caller's line.
        let () = FitsOnStackOr::<T, Shape2<R, C>, DiagBoxed>::OK;
        Array::from_fn_by_value(triangle(self.view(), move |d| d >= k))
    }

    /// [`triu`](Self::triu) into a new heap allocation, for matrices too
    /// big for the stack (feature `alloc`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let m = Array2::<f64, 1500, 1500>::full_boxed(1.0);
    /// let upper = m.t().triu_boxed(); // of a view too
    /// assert_eq!((upper[[1499, 0]], upper[[0, 1499]]), (0.0, 1.0));
    /// ```
    #[cfg(feature = "alloc")]
    pub fn triu_boxed(&self) -> Box<Array<T, Shape2<R, C>, O>> {
        self.triu_k_boxed(0)
    }

    /// [`triu_k`](Self::triu_k) into a new heap allocation (feature
    /// `alloc`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let m = Array2::<i32, 2, 2>::from([[1, 2], [3, 4]]);
    /// assert_eq!(*m.triu_k_boxed(1), Array2::from([[0, 2], [0, 0]]));
    /// ```
    #[cfg(feature = "alloc")]
    pub fn triu_k_boxed(&self, k: isize) -> Box<Array<T, Shape2<R, C>, O>> {
        Array::from_fn_boxed(triangle(self.view(), move |d| d >= k))
    }
}

impl<T: Stored, O: Order, const R: usize, const C: usize> Array<T, Shape2<R, C>, O> {
    /// The main diagonal of a square matrix as a view, NumPy's `np.diag(m)`
    /// of a 2-D array: the same as [`diagonal`](Self::diagonal).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let m = Array2::<i32, 2, 2>::from([[1, 2], [3, 4]]);
    /// assert_eq!(m.diag().to_array().as_slice(), &[1, 4]);
    /// ```
    pub fn diag(&self) -> ArrayView<'_, T, Shape1<R>, Diagonal<Contiguous<Shape2<R, C>, O>>>
    where
        Shape2<R, C>: Square<R, C>,
    {
        self.diagonal()
    }
}

impl<'a, T: Stored, L: Strides, const R: usize, const C: usize> ArrayView<'a, T, Shape2<R, C>, L> {
    /// The main diagonal of a square view, as a view: NumPy's `np.diag(m)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let m = Array2::<i32, 2, 2>::from([[1, 2], [3, 4]]);
    /// assert_eq!(m.view().t().diag().to_array().as_slice(), &[1, 4]);
    /// ```
    pub fn diag(&self) -> ArrayView<'a, T, Shape1<R>, Diagonal<L>>
    where
        Shape2<R, C>: Square<R, C>,
    {
        self.diagonal()
    }
}

impl<T: Stored, L: Strides, const R: usize, const C: usize> ArrayViewMut<'_, T, Shape2<R, C>, L> {
    /// The main diagonal of a square mutable view, as a read-only view.
    pub fn diag(&self) -> ArrayView<'_, T, Shape1<R>, Diagonal<L>>
    where
        Shape2<R, C>: Square<R, C>,
    {
        self.view().diagonal()
    }
}
