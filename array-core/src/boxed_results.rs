//! Results on the heap: the `_boxed` twins of the operations that return
//! a new array of the same shape (`map_boxed`, `cast_boxed`), built in
//! their final place in one allocation, so that a result of any size works
//! on any stack, in debug builds too.
//!
//! A by-value result lives in the caller's stack frame, and a debug build
//! may move it through temporaries on the way: the seed's 1080x1920x3
//! canvas cast to `f32` is 24,883,200 bytes, three times the 8 MiB main
//! thread's stack. The twins never hold the array by value.
//!
//! For every other operation the pattern is the same and needs no twin:
//! allocate the result once (`zeros_boxed`) and write into it with
//! `assign_map` / `assign_zip_map` (NumPy's `out=`), as the guide shows.

use alloc::boxed::Box;

use crate::array::Array;
use crate::element::{Element, Stored};
use crate::elementwise::CastTo;
use crate::kinds::every_kind;
use crate::raw::collect_map_boxed;

every_kind! { [Copy + Stored]
    /// [`map`](Self::map) into a new heap allocation: `f` of each element,
    /// never held on the stack (feature `alloc`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array3;
    /// let canvas = Array3::<u8, 1080, 1920, 3>::full_boxed(200);
    /// let dimmed = canvas.map_boxed(|v| v / 2); // 6 MB, on the heap
    /// assert_eq!(dimmed[[1079, 1919, 2]], 100);
    /// ```
    pub fn map_boxed<U: Stored>(&self, f: impl FnMut(T) -> U) -> Box<Array<U, S, O>> {
        collect_map_boxed(&self.view(), f)
    }

    /// [`cast`](Self::cast) into a new heap allocation, NumPy's
    /// `astype(U)` for arrays too big for the stack (feature `alloc`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array3;
    /// let canvas = Array3::<u8, 1080, 1920, 3>::zeros_boxed();
    /// let floats = canvas.cast_boxed::<f32>(); // 24,883,200 bytes
    /// assert_eq!(floats.nbytes(), 24_883_200);
    /// ```
    pub fn cast_boxed<U: Element>(&self) -> Box<Array<U, S, O>>
    where
        T: CastTo<U> + Element,
    {
        self.map_boxed(CastTo::cast)
    }
}
