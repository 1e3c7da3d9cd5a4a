//! Reshape and transpose: the same bytes under another type.
//!
//! NumPy changes an array's header to reshape or transpose it; here the
//! header is the type, so both are free: the returned reference points at
//! the same memory, and no element moves.
//!
//! ```text
//!  a: Array2<i32, 2, 3>           memory: 0 1 2 3 4 5
//!  a.reshape::<Shape2<3, 2>>()    rows [0 1] [2 3] [4 5]    (same memory)
//!  a.t(): Array2<i32, 3, 2, ColMajor>                        (same memory)
//!        [[0, 3],
//!         [1, 4],     element [i, j] of a.t() is a[[j, i]]
//!         [2, 5]]
//! ```

#[cfg(feature = "alloc")]
use alloc::boxed::Box;

use crate::array::Array;
use crate::element::Stored;
use crate::order::Order;
use crate::shape::{SameSize, Shape};

impl<T: Stored, S: Shape, O: Order> Array<T, S, O> {
    /// The same elements under shape `S2`, borrowed: NumPy's `a.reshape(...)`
    /// without a copy. The element count must match; a different count is a
    /// compile error naming both shapes ("cannot reshape 9 elements (3, 3)
    /// into 8 elements (4, 2)"). The new shape is read in the array's own
    /// order: row by row for `RowMajor`, column by column for `ColMajor`
    /// (NumPy's `order='F'`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2, Shape1};
    /// let a = Array2::<i32, 2, 3>::from([[0, 1, 2], [3, 4, 5]]);
    /// let b: &Array2<i32, 3, 2> = a.reshape();
    /// assert_eq!(b[[2, 0]], 4);
    /// let flat = a.reshape::<Shape1<6>>(); // a.reshape(-1)
    /// assert_eq!(flat[5], 5);
    /// assert_eq!(flat.as_slice().as_ptr(), a.as_slice().as_ptr()); // no copy
    /// ```
    pub const fn reshape<S2: Shape>(&self) -> &Array<T, S2, O> {
        // Checked here so that a mismatch is reported at the caller's line.
        let () = SameSize::<S, S2>::OK;
        self.recast()
    }

    /// Mutable twin of [`reshape`](Self::reshape): writes go to this array.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, Shape1};
    /// let mut a = Array2::<u8, 2, 2>::zeros();
    /// a.reshape_mut::<Shape1<4>>()[3] = 9;
    /// assert_eq!(a[[1, 1]], 9);
    /// ```
    pub const fn reshape_mut<S2: Shape>(&mut self) -> &mut Array<T, S2, O> {
        // Checked here so that a mismatch is reported at the caller's line.
        let () = SameSize::<S, S2>::OK;
        self.recast_mut()
    }

    /// Owned twin of [`reshape`](Self::reshape).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array3};
    /// let v: Array1<u16, 24> = Array1::arange_step(0, 1);
    /// let cube: Array3<u16, 2, 3, 4> = v.into_shape();
    /// assert_eq!(cube[[1, 2, 3]], 23);
    /// ```
    pub const fn into_shape<S2: Shape>(self) -> Array<T, S2, O> {
        // Checked here so that a mismatch is reported at the caller's line.
        let () = SameSize::<S, S2>::OK;
        self.into_recast()
    }

    /// NumPy's `a.T`: the shape reversed and the order flipped, so element
    /// `[i, j, ...]` of the result is `[..., j, i]` of this array; free. A
    /// row-major `(A, B)` array becomes a column-major `(B, A)` one.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, ColMajor};
    /// let a = Array2::<i32, 2, 3>::from([[0, 1, 2], [3, 4, 5]]);
    /// let t: &Array2<i32, 3, 2, ColMajor> = a.t();
    /// assert_eq!(t[[2, 1]], a[[1, 2]]);
    /// assert_eq!(t.t(), &a);
    /// ```
    pub const fn t(&self) -> &Array<T, S::Reversed, O::Transposed> {
        self.recast()
    }

    /// Mutable twin of [`t`](Self::t).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let mut a = Array2::<i32, 2, 3>::zeros();
    /// a.t_mut()[[2, 0]] = 7;
    /// assert_eq!(a[[0, 2]], 7);
    /// ```
    pub const fn t_mut(&mut self) -> &mut Array<T, S::Reversed, O::Transposed> {
        self.recast_mut()
    }

    /// Owned twin of [`t`](Self::t).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array3, ColMajor};
    /// let a = Array3::<u8, 1, 2, 3>::from_fn(|[_, j, k]| (10 * j + k) as u8);
    /// let t: Array3<u8, 3, 2, 1, ColMajor> = a.into_t();
    /// assert_eq!(t[[2, 1, 0]], 12);
    /// ```
    pub const fn into_t(self) -> Array<T, S::Reversed, O::Transposed> {
        self.into_recast()
    }

    /// [`into_shape`](Self::into_shape) for a boxed array: keeps the heap
    /// allocation, copies nothing.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array3};
    /// let canvas = Array3::<u8, 1080, 1920, 3>::zeros_boxed();
    /// let flat: Box<Array1<u8, 6_220_800>> = canvas.into_shape_boxed();
    /// assert_eq!(flat.size(), 6_220_800);
    /// ```
    #[cfg(feature = "alloc")]
    pub fn into_shape_boxed<S2: Shape>(self: Box<Self>) -> Box<Array<T, S2, O>> {
        // Checked here so that a mismatch is reported at the caller's line.
        let () = SameSize::<S, S2>::OK;
        self.boxed_recast()
    }
}
