//! Broadcasting: which shapes combine elementwise, and which stretch to
//! which (NumPy's rules, with the shapes as types).

use core::marker::PhantomData;

use crate::const_fmt::Msg;

use super::{Shape, Shape1, Shape2, Shape3, Shape4, Shape5, Shape6, Shape7, Shape8, for_each_rank};

/// Shapes that combine elementwise with `Rhs`: the same shape, or `Rhs`
/// equal to the trailing axes of `Self` (NumPy broadcasting of a
/// lower-rank array).
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array1, Array2};
/// let m = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
/// let row = Array1::<i32, 3>::from([10, 20, 30]);
/// assert_eq!(m + row, Array2::from([[11, 22, 33], [14, 25, 36]]));
/// ```
#[diagnostic::on_unimplemented(
    message = "the shapes `{Self}` and `{Rhs}` do not combine elementwise",
    label = "shapes `{Self}` and `{Rhs}` differ",
    note = "elementwise operations need equal shapes, or a right-hand shape equal to the trailing axes of the left one (NumPy broadcasting); to stretch size-1 axes, use `.broadcast_to::<S>()`"
)]
pub trait Broadcast<Rhs: Shape>: Shape {}

/// One impl for every pair, so that a failure is reported as `Broadcast`
/// (the sentence above), not as the inner trait with the list of its impls.
#[diagnostic::do_not_recommend]
impl<L: Shape, R: Shape> Broadcast<R> for L where L: private::Trailing<R> {}

/// Which pairs combine: public but unnameable (it appears in the bound of
/// the public impl above).
pub(crate) mod private {
    pub trait Trailing<Rhs> {}
}

impl<S: Shape> private::Trailing<S> for S {}

/// For each rank, `Trailing` with every shorter run of its trailing axes.
macro_rules! trailing {
    ($($n:literal $shape:ident $alias:ident $dims:tt $ex:tt $nested:tt;)*) => {
        trailing!(@ranks [] $($shape $dims)*);
    };
    // `[$lower...]`: the shape types of the lower ranks, highest first.
    (@ranks [$($lower:ident),*] $shape:ident [$($d:ident),+] $($rest:tt)*) => {
        trailing!(@suffixes $shape [$($d),+] [$($lower),*] [$($d),+]);
        trailing!(@ranks [$shape $(, $lower)*] $($rest)*);
    };
    (@ranks $lower:tt) => {};
    // Drops the first axis of the run and pairs the rest with the next
    // lower rank's type.
    (@suffixes $shape:ident [$($d:ident),+] [$sub:ident $(, $subs:ident)*] [$first:ident, $($tail:ident),+]) => {
        impl<$(const $d: usize),+> private::Trailing<$sub<$($tail),+>> for $shape<$($d),+> {}
        trailing!(@suffixes $shape [$($d),+] [$($subs),*] [$($tail),+]);
    };
    (@suffixes $shape:ident $dims:tt [] [$last:ident]) => {};
}

for_each_rank!(trailing);

/// Whether shape `From` stretches to `To` (NumPy's `np.broadcast_to`):
/// lined up at their last axes, each axis of `From` equals `To`'s or is 1,
/// and `To` may have more axes in front. Fails the build in words.
pub(crate) struct BroadcastsTo<From, To>(PhantomData<(From, To)>);

impl<From: Shape, To: Shape> BroadcastsTo<From, To> {
    pub(crate) const OK: () = {
        if From::NDIM > To::NDIM {
            Msg::new()
                .str("cannot broadcast shape ")
                .shape(From::DIMS)
                .str(" to ")
                .shape(To::DIMS)
                .str(": broadcasting adds axes in front but never removes them (rank ")
                .num(From::NDIM)
                .str(" to rank ")
                .num(To::NDIM)
                .str(")")
                .raise()
        }
        let lead = To::NDIM - From::NDIM;
        let mut k = 0;
        while k < From::NDIM {
            let (from, to) = (From::DIMS[k], To::DIMS[lead + k]);
            if from != to && from != 1 {
                Msg::new()
                    .str("cannot broadcast shape ")
                    .shape(From::DIMS)
                    .str(" to ")
                    .shape(To::DIMS)
                    .str(": axis ")
                    .num(k)
                    .str(" has length ")
                    .num(from)
                    .str(", which is neither ")
                    .num(to)
                    .str(" nor 1")
                    .raise()
            }
            k += 1;
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn broadcasts<S: Broadcast<S2>, S2: Shape>() {}

    #[test]
    fn every_trailing_run_broadcasts() {
        broadcasts::<Shape2<2, 3>, Shape1<3>>();
        broadcasts::<Shape4<1, 2, 3, 4>, Shape3<2, 3, 4>>();
        broadcasts::<Shape4<1, 2, 3, 4>, Shape2<3, 4>>();
        broadcasts::<Shape4<1, 2, 3, 4>, Shape1<4>>();
        broadcasts::<Shape8<1, 2, 3, 4, 5, 6, 7, 8>, Shape1<8>>();
        broadcasts::<Shape8<1, 2, 3, 4, 5, 6, 7, 8>, Shape7<2, 3, 4, 5, 6, 7, 8>>();
        broadcasts::<Shape6<1, 2, 3, 4, 5, 6>, Shape6<1, 2, 3, 4, 5, 6>>();
        broadcasts::<Shape5<1, 2, 3, 4, 5>, Shape3<3, 4, 5>>();
    }
}
