//! [`Rows<T, S>`](Rows): `n` rows of shape `S`, `n` known at run time.
//!
//! Every dataset, batch, point cloud, time series and video has one axis
//! whose length is data. `Rows` keeps that one axis at run time and the
//! rest in the type: its memory is NumPy's C-order `(n, *S)` array, and a
//! row is an [`Array<T, S>`](crate::Array) with everything that array
//! knows while compiling.
//!
//! One concept per file:
//!
//! - here: the type and its basic trait impls;
//! - `build`: constructors and growth (`zeros`, `from_fn`, `push`,
//!   `from_flat` ...);
//! - `look`: length, shape, strides, indexing, iteration, slices;
//! - `batches`: `chunks_exact::<K>()`, typed arrays of `K` rows;
//! - `axis`: which axes a reduction removes, numbered as NumPy numbers
//!   them (axis 0 is the rows);
//! - `reduce`: `sum`, `mean`, `min`, `max`, `argmin`, `argmax`, over
//!   everything and along an axis;
//! - `stats`: `var` and `std`;
//! - `ops`: elementwise operators (a row broadcast, a scalar, other rows);
//! - `select`: masks, indices, sorting by a column, joining and splitting;
//! - `column`: a strided view of one column;
//! - `product`: `matmul` by a matrix;
//! - `convert`: `cast`, `map`;
//! - `npy`, `format`: files and printing.
//!
//! The pointer casts (the flat slice, `Vec<T>` to rows) are in
//! `raw/rows.rs`.

mod axis;
mod batches;
mod build;
mod column;
mod convert;
mod format;
mod interop;
mod look;
#[cfg(feature = "npy")]
mod npy;
mod ops;
mod product;
mod reduce;
mod select;
#[cfg(any(feature = "std", feature = "libm"))]
mod stats;

use alloc::vec::Vec;
use core::hash::{Hash, Hasher};

use crate::array::Array;
use crate::element::Element;
use crate::shape::RowShape;

pub use axis::RowAxis;
pub use batches::{ChunksExact, ChunksExactMut};
pub use column::{Column, ColumnIter};
#[cfg(feature = "npy")]
pub use npy::NpyChunks;
pub use ops::RowsLengthError;
#[cfg(any(feature = "std", feature = "libm"))]
pub use stats::Deviation;

/// `n` rows of shape `S`, `n` known at run time: NumPy's C-order array of
/// shape `(n, *S)`.
///
/// Each row is an [`Array<T, S>`](Array) (`S` of rank 1 to 7), and the
/// rows lie back to back in one heap block, so the elements are NumPy's
/// `(n, *S)` array in C order: [`as_slice`](Self::as_slice) is its flat
/// memory and [`as_rows`](Self::as_rows) the same memory as arrays. A
/// `Rows<f64, Shape1<8>>` is a table of 8 columns, a
/// `Rows<f32, Shape1<3>>` a point cloud, a
/// `Rows<u8, Shape3<1080, 1920, 3>>` the frames of a video. It uses
/// `n × S::SIZE × size_of::<T>()` bytes on the heap plus a `Vec` header,
/// grows as a `Vec` does, and needs only `alloc`.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array1, Rows, Shape1};
///
/// let mut table = Rows::<f64, Shape1<3>>::new();
/// table.push(Array1::from([1.0, 2.0, 3.0]));
/// table.push(Array1::from([4.0, 5.0, 6.0]));
/// assert_eq!(table.shape(), [2, 3]); // np.shape: the rows first
/// assert_eq!(table.strides(), [24, 8]);
/// assert_eq!(table[1][2], 6.0); // a row is an Array1<f64, 3>
/// assert_eq!(table.mean_axis::<0>(), Array1::from([2.5, 3.5, 4.5]));
/// ```
pub struct Rows<T: Element, S: RowShape> {
    rows: Vec<Array<T, S>>,
}

impl<T: Element, S: RowShape> Clone for Rows<T, S> {
    fn clone(&self) -> Self {
        Self::from_elements(self.as_slice().to_vec(), self.len())
    }
}

/// Equal when both have the same number of rows and equal elements (NaN
/// is not equal to itself, as for arrays).
impl<T: Element, S: RowShape> PartialEq for Rows<T, S> {
    fn eq(&self, other: &Self) -> bool {
        self.as_slice() == other.as_slice() && self.len() == other.len()
    }
}

impl<T: Element + Eq, S: RowShape> Eq for Rows<T, S> {}

impl<T: Element + Hash, S: RowShape> Hash for Rows<T, S> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.len().hash(state);
        self.as_slice().hash(state);
    }
}

/// No rows, as [`Rows::new`].
impl<T: Element, S: RowShape> Default for Rows<T, S> {
    fn default() -> Self {
        Self::new()
    }
}
