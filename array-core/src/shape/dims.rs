//! Shapes as type-level lists of dimensions, so that a relation can walk a
//! shape axis by axis: `Shape3<A, B, C>` is `DCons<A, DCons<B, DCons<C,
//! DNil>>>`. Slicing uses it to build the shape of a view from the entries
//! of `s![...]`.

use core::marker::PhantomData;

use super::{Shape, Shape1, Shape2, Shape3, Shape4, Shape5, Shape6, Shape7, Shape8, for_each_rank};

/// The end of a list of dimensions.
#[doc(hidden)]
pub struct DNil;

/// Dimension `D` followed by the dimensions `Rest`.
#[doc(hidden)]
pub struct DCons<const D: usize, Rest>(PhantomData<Rest>);

/// A type-level list of dimensions; internal.
#[doc(hidden)]
pub trait DimList {
    /// How many dimensions.
    const LEN: usize;
}

impl DimList for DNil {
    const LEN: usize = 0;
}

impl<const D: usize, Rest: DimList> DimList for DCons<D, Rest> {
    const LEN: usize = 1 + Rest::LEN;
}

/// The shape type of a list of 1 to 8 dimensions; a list that is empty or
/// longer has none.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "this selects a single element, not a view",
    label = "an integer on every axis leaves no axis",
    note = "index the element with `a[[i, j, ...]]`, or keep an axis with a range such as `i..i + 1`"
)]
pub trait ToShape: DimList {
    /// `Shape2<A, B>` for `DCons<A, DCons<B, DNil>>`.
    type Shape: Shape;
}

/// The list `DCons<A, DCons<B, ... DNil>>` of axes `A, B, ...`.
macro_rules! dim_list {
    () => { $crate::shape::DNil };
    ($first:ident $(, $rest:ident)*) => {
        $crate::shape::DCons<$first, $crate::shape::dims::dim_list!($($rest),*)>
    };
}
pub(crate) use dim_list;

macro_rules! to_shape {
    ($($n:literal $shape:ident $alias:ident [$($d:ident),+] $ex:tt $nested:tt;)*) => {$(
        impl<$(const $d: usize),+> ToShape for dim_list!($($d),+) {
            type Shape = $shape<$($d),+>;
        }
    )*};
}

for_each_rank!(to_shape);
