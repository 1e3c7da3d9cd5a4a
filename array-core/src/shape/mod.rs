//! Static shapes: the dimensions of an array, as types.
//!
//! `Shape3<1080, 1920, 3>` is the shape NumPy would print as
//! `(1080, 1920, 3)`. Users rarely name these types: the aliases
//! [`Array1`](crate::Array1) ... [`Array8`](crate::Array8) spell them.
//!
//! Every count is checked while compiling: a shape whose element count or
//! byte size does not fit the target is a compile error with the numbers in
//! it, never a wrapped number.
//!
//! This folder holds everything about shapes as types:
//!
//! - here: the [`Shape`] trait, the types `Shape1` ... `Shape8`, the
//!   NumPy's strides (the `Array1` ... `Array8` aliases are in `array.rs`);
//! - `rank`: the one table of ranks every per-rank list is generated from;
//! - relations between shapes: `broadcast` (elementwise operands and
//!   `broadcast_to`), `remove_axis` (axis reductions, row indexing, lanes),
//!   `slicing` (the views `s![...]` makes), `join` (concatenate, stack,
//!   split) and `dims` (shapes as type-level lists); `axis` names an axis;
//! - `guards`: compile-time checks that need arithmetic on dimensions
//!   (sizes that fit, equal sizes, non-empty), raised with the numbers;
//! - `tuple`: [`ShapeTuple`], a shape printed as NumPy prints it.

mod axis;
mod broadcast;
mod dims;
mod guards;
mod join;
mod rank;
mod remove_axis;
mod rows;
mod slicing;
mod square;
mod tuple;

pub use axis::{Axis, HasAxis, OneAxis};
pub use broadcast::Broadcast;
pub(crate) use broadcast::BroadcastsTo;
pub use dims::{DCons, DNil, DimList, ToShape};
pub(crate) use guards::{InBounds, NonEmpty, NonEmptyLanes, SameSize, checked_nbytes};
pub(crate) use join::{Concat, Stack};
use rank::reversed;
pub(crate) use rank::{MAX_RANK, for_each_rank, nested};
pub use remove_axis::RemoveAxis;
pub use rows::RowShape;
pub use slicing::{Full, Index, OPEN, Range, SCons, SNil, SliceArg, Sliced};
pub(crate) use slicing::{SliceEntries, Slicing};
pub use square::Square;
pub use tuple::ShapeTuple;
#[cfg(any(feature = "npy", feature = "numpy"))]
pub(crate) use tuple::write_shape;

use core::fmt;
use core::hash::Hash;
use core::marker::PhantomData;

use crate::order::Order;

pub(crate) mod sealed {
    pub trait Sealed {}
}

/// A static shape of rank 1 to 8: [`Shape1`] ... [`Shape8`]. Sealed.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Shape, Shape3};
/// type Canvas = Shape3<1080, 1920, 3>;
/// assert_eq!(Canvas::NDIM, 3);
/// assert_eq!(Canvas::SHAPE, [1080, 1920, 3]);
/// assert_eq!(Canvas::SIZE, 6_220_800);
/// ```
pub trait Shape:
    Copy + Default + fmt::Debug + Eq + Hash + Send + Sync + 'static + sealed::Sealed
{
    /// A full index into the shape: `[usize; NDIM]`.
    type Index: Copy
        + Eq
        + Hash
        + fmt::Debug
        + Default
        + AsRef<[usize]>
        + AsMut<[usize]>
        + Send
        + Sync
        + 'static;
    /// The shape with its axes in reverse order, for a transpose:
    /// `Shape3<C, B, A>` for `Shape3<A, B, C>`.
    type Reversed: Shape<Index = Self::Index, Reversed = Self>;
    /// The nested Rust array with this shape: `[[T; B]; A]` for `Shape2<A, B>`.
    /// It holds `SIZE` values of `T` back to back, with no padding.
    type Raw<T>;
    #[doc(hidden)]
    type Layout<T, O: Order>: Layout<Index = Self::Index>;
    /// The dimensions as a type-level list; internal.
    #[doc(hidden)]
    type Dims: ToShape<Shape = Self>;
    /// Signed steps along each axis, `[isize; NDIM]`: the strides of a view,
    /// which are negative where it walks an axis backwards.
    type Strides: Copy
        + Eq
        + Hash
        + fmt::Debug
        + Default
        + AsRef<[isize]>
        + AsMut<[isize]>
        + Send
        + Sync
        + 'static;
    /// Number of dimensions, NumPy's `ndim`.
    const NDIM: usize;
    /// The dimensions, NumPy's `shape`.
    const SHAPE: Self::Index;
    /// The dimensions as a slice, for code generic over the rank.
    const DIMS: &'static [usize];
    /// Number of elements, NumPy's `size`: the product of the dimensions.
    const SIZE: usize;
}

/// Byte strides of a shape for one element type and order; internal.
#[doc(hidden)]
pub trait Layout {
    type Index;
    const STRIDES: Self::Index;
}

#[doc(hidden)]
pub struct LayoutOf<T, O, S>(PhantomData<T>, PhantomData<O>, PhantomData<S>);

/// The steps (in elements) of the contiguous array with lengths `dims` in
/// C order (`row_major`) or F order, then 0 up to [`MAX_RANK`].
pub(crate) const fn contiguous_steps(dims: &[usize], row_major: bool) -> [isize; MAX_RANK] {
    let mut out = [0; MAX_RANK];
    let mut step = 1isize;
    let mut k = 0;
    while k < dims.len() {
        let axis = if row_major { dims.len() - 1 - k } else { k };
        out[axis] = step;
        // Wrapping: only an array of more than `isize::MAX` elements would
        // wrap, and `Shape` rejects those while compiling.
        step = step.wrapping_mul(dims[axis] as isize);
        k += 1;
    }
    out
}

/// NumPy's strides in bytes. An array with a zero-length axis holds no
/// element to step to, and NumPy reports all its strides as 0
/// (`np.zeros((3, 0, 2)).strides == (0, 0, 0)`), so this does too.
const fn strides<const N: usize>(dims: [usize; N], itemsize: usize, row_major: bool) -> [usize; N] {
    let mut out = [0; N];
    if checked_nbytes(&dims, itemsize) == 0 {
        return out;
    }
    let steps = contiguous_steps(&dims, row_major);
    let mut k = 0;
    while k < N {
        out[k] = steps[k] as usize * itemsize;
        k += 1;
    }
    out
}

macro_rules! shapes {
    ($($n:literal $shape:ident $alias:ident [$($d:ident),+] ($($ex:literal),+) $nested:tt;)*) => {$(
        #[doc = concat!("The static shape of a rank-", stringify!($n), " array: ")]
        #[doc = concat!("`(", stringify!($($d),+), ")`.")]
        ///
        /// ```
        /// # use shaped_core as shaped;
        #[doc = concat!("use shaped::{Shape, ", stringify!($shape), "};")]
        #[doc = concat!("assert_eq!(<", stringify!($shape), "<", stringify!($($ex),+), ">>::NDIM, ", stringify!($n), ");")]
        /// ```
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub struct $shape<$(const $d: usize),+>;

        impl<$(const $d: usize),+> sealed::Sealed for $shape<$($d),+> {}

        impl<$(const $d: usize),+> Shape for $shape<$($d),+> {
            type Index = [usize; $n];
            type Reversed = reversed!($shape [] [$($d),+]);
            type Raw<T> = nested!(T; $($d),+);
            type Layout<T, O: Order> = LayoutOf<T, O, Self>;
            type Dims = dims::dim_list!($($d),+);
            type Strides = [isize; $n];
            const NDIM: usize = $n;
            const SHAPE: [usize; $n] = [$($d),+];
            const DIMS: &'static [usize] = &[$($d),+];
            const SIZE: usize = guards::checked_size(Self::DIMS);
        }

        impl<T, O: Order, $(const $d: usize),+> Layout for LayoutOf<T, O, $shape<$($d),+>> {
            type Index = [usize; $n];
            const STRIDES: [usize; $n] =
                strides([$($d),+], core::mem::size_of::<T>(), O::IS_ROW_MAJOR);
        }
    )*};
}

for_each_rank!(shapes);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strides_follow_numpy() {
        assert_eq!(strides([3, 3], 8, true), [24, 8]);
        assert_eq!(strides([3, 3], 8, false), [8, 24]);
        assert_eq!(strides([3, 0, 2], 8, true), [0, 0, 0]);
        assert_eq!(strides([3, 0, 2], 8, false), [0, 0, 0]);
    }
}
