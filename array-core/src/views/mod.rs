//! Views: the same elements seen under another type, without copying.
//!
//! - `reshape`: another shape with the same element count, and the
//!   transpose (`t`), owned or borrowed; the bytes stay put, only the type
//!   changes.
//! - `broadcast`: [`BroadcastView`], an array seen as a bigger shape with
//!   stride-0 axes (NumPy's `np.broadcast_to`).
//! - `slice`: [`ArrayView`] and [`ArrayViewMut`], NumPy's basic indexing
//!   (`a[1:3, ::2]`) with `s![...]`, their shape and steps in their type
//!   (the pointer arithmetic is in `raw::strided`);
//! - `walk`: the loop over every index of a strided view;
//! - `axes`: the axes rearranged (`permuted`, `swapaxes`, `moveaxis`,
//!   `expand_dims`, `squeeze`), views of the whole array;
//! - `axis_iter`: walking along an axis (`outer_iter`, `axis_iter`,
//!   `lanes`).

mod axes;
mod axis_iter;
mod broadcast;
mod reshape;
mod slice;

pub use crate::raw::{ArrayView, ArrayViewMut, Iter, IterMut};
pub use axis_iter::{AxisIter, Lanes, RowsMut};
pub use broadcast::BroadcastView;
pub use slice::AsView;
