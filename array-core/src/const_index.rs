//! Indexing checked while compiling: `a.at::<i, j>()`, for positions that
//! are constants, the way plain Rust rejects `x[3]` on a `[f64; 3]`.
//!
//! Which to use when: `a[[i, j]]` for positions computed at run time (it
//! panics with the index and the shape when one is out of range), `get` for
//! positions that may be out of range (`None`), and `at`/`at_mut` for
//! positions written in the code, such as the corners of a matrix or the
//! channels of a pixel: a wrong one fails `cargo build` with the numbers.
//! Like every check that needs arithmetic on shapes, `cargo check` does not
//! see it (it stops before evaluating constants).
//!
//! Written out for ranks 1 to 4 rather than by a macro: the compiler's
//! report of a failed check quotes the line that forced it, and that line
//! should be this plain code, not a macro's source.

use crate::array::Array;
use crate::element::Stored;
use crate::index::elem_offset;
use crate::order::Order;
use crate::shape::{InBounds, Shape1, Shape2, Shape3, Shape4};

impl<T: Stored, O: Order, const A: usize> Array<T, Shape1<A>, O> {
    /// The element at a position known while compiling; a position out of
    /// range does not build, with the index and the shape in the message.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<u8, 3>::from([7, 8, 9]);
    /// assert_eq!(*a.at::<2>(), 9);
    /// ```
    #[inline]
    pub fn at<const I: usize>(&self) -> &T {
        let () = InBounds::<Shape1<A>, Shape1<I>>::OK;
        &self.as_slice()[elem_offset::<Shape1<A>, O>(&[I])]
    }

    /// [`at`](Self::at) for writing.
    #[inline]
    pub fn at_mut<const I: usize>(&mut self) -> &mut T {
        let () = InBounds::<Shape1<A>, Shape1<I>>::OK;
        &mut self.as_mut_slice()[elem_offset::<Shape1<A>, O>(&[I])]
    }
}

impl<T: Stored, O: Order, const A: usize, const B: usize> Array<T, Shape2<A, B>, O> {
    /// The element at a position known while compiling; a position out of
    /// range does not build, with the index and the shape in the message.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<f64, 3, 3>::eye();
    /// assert_eq!(*a.at::<2, 2>(), 1.0);
    /// ```
    #[inline]
    pub fn at<const I: usize, const J: usize>(&self) -> &T {
        let () = InBounds::<Shape2<A, B>, Shape2<I, J>>::OK;
        &self.as_slice()[elem_offset::<Shape2<A, B>, O>(&[I, J])]
    }

    /// [`at`](Self::at) for writing.
    #[inline]
    pub fn at_mut<const I: usize, const J: usize>(&mut self) -> &mut T {
        let () = InBounds::<Shape2<A, B>, Shape2<I, J>>::OK;
        &mut self.as_mut_slice()[elem_offset::<Shape2<A, B>, O>(&[I, J])]
    }
}

impl<T: Stored, O: Order, const A: usize, const B: usize, const C: usize>
    Array<T, Shape3<A, B, C>, O>
{
    /// The element at a position known while compiling; a position out of
    /// range does not build, with the index and the shape in the message.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array3;
    /// let pixels = Array3::<u8, 4, 6, 3>::from_fn(|[_, _, c]| c as u8);
    /// assert_eq!(*pixels.at::<3, 5, 2>(), 2); // the last pixel's blue
    /// ```
    #[inline]
    pub fn at<const I: usize, const J: usize, const K: usize>(&self) -> &T {
        let () = InBounds::<Shape3<A, B, C>, Shape3<I, J, K>>::OK;
        &self.as_slice()[elem_offset::<Shape3<A, B, C>, O>(&[I, J, K])]
    }

    /// [`at`](Self::at) for writing.
    #[inline]
    pub fn at_mut<const I: usize, const J: usize, const K: usize>(&mut self) -> &mut T {
        let () = InBounds::<Shape3<A, B, C>, Shape3<I, J, K>>::OK;
        &mut self.as_mut_slice()[elem_offset::<Shape3<A, B, C>, O>(&[I, J, K])]
    }
}

impl<T: Stored, O: Order, const A: usize, const B: usize, const C: usize, const D: usize>
    Array<T, Shape4<A, B, C, D>, O>
{
    /// The element at a position known while compiling; a position out of
    /// range does not build, with the index and the shape in the message.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array4;
    /// let a = Array4::<i32, 2, 1, 3, 2>::ones();
    /// assert_eq!(*a.at::<1, 0, 2, 1>(), 1);
    /// ```
    #[inline]
    pub fn at<const I: usize, const J: usize, const K: usize, const L: usize>(&self) -> &T {
        let () = InBounds::<Shape4<A, B, C, D>, Shape4<I, J, K, L>>::OK;
        &self.as_slice()[elem_offset::<Shape4<A, B, C, D>, O>(&[I, J, K, L])]
    }

    /// [`at`](Self::at) for writing.
    #[inline]
    pub fn at_mut<const I: usize, const J: usize, const K: usize, const L: usize>(
        &mut self,
    ) -> &mut T {
        let () = InBounds::<Shape4<A, B, C, D>, Shape4<I, J, K, L>>::OK;
        &mut self.as_mut_slice()[elem_offset::<Shape4<A, B, C, D>, O>(&[I, J, K, L])]
    }
}
