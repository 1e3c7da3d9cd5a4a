//! The shapes a row of a [`Rows`](crate::Rows) may have (ranks 1 to 7, so
//! that the whole `(n, *S)` array has at most [`MAX_RANK`](super::MAX_RANK)
//! axes), and what a run-time first axis adds to them: the full index
//! `[usize; R + 1]` and a shape with a typed axis put in front (a batch of
//! `K` rows).

use core::fmt;
use core::hash::Hash;

use super::{Shape, Shape1, Shape2, Shape3, Shape4, Shape5, Shape6, Shape7, Shape8};

/// The shape of one row of a [`Rows`](crate::Rows): [`Shape1`] ...
/// [`Shape7`]. Sealed (every shape of rank 1 to 7 has it).
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{RowShape, Shape, Shape1};
/// type Batch = <Shape1<8> as RowShape>::Prepend<64>;
/// assert_eq!(Batch::SHAPE, [64, 8]);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the shape of a row",
    label = "a row has 1 to 7 axes",
    note = "`Rows<T, S>` adds the row axis in front of `S`, and an array has at most 8 axes"
)]
pub trait RowShape: Shape {
    /// An index into the rows, row first: `[usize; NDIM + 1]`.
    type Outer: Copy
        + Eq
        + Hash
        + fmt::Debug
        + Default
        + AsRef<[usize]>
        + AsMut<[usize]>
        + Send
        + Sync
        + 'static;
    /// This shape with an axis of length `K` in front: `Shape2<K, A>` for
    /// `Shape1<A>`, the shape of `K` rows as one array.
    type Prepend<const K: usize>: Shape;
}

macro_rules! row_shapes {
    ($($n:literal $shape:ident $next:ident [$($d:ident),+];)*) => {$(
        impl<$(const $d: usize),+> RowShape for $shape<$($d),+> {
            type Outer = [usize; $n + 1];
            type Prepend<const K: usize> = $next<K, $($d),+>;
        }
    )*};
}

row_shapes! {
    1 Shape1 Shape2 [A];
    2 Shape2 Shape3 [A, B];
    3 Shape3 Shape4 [A, B, C];
    4 Shape4 Shape5 [A, B, C, D];
    5 Shape5 Shape6 [A, B, C, D, E];
    6 Shape6 Shape7 [A, B, C, D, E, F];
    7 Shape7 Shape8 [A, B, C, D, E, F, G];
}
