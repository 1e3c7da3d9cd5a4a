//! Rearranging the axes of a shape: the output shapes of the axis views
//! (`permuted::<2, 0, 1>()`, `swapaxes::<A, B>()`, `moveaxis::<FROM,
//! TO>()`, `expand_dims::<K>()`, `squeeze::<K>()`), and the arrangements
//! themselves as types ([`AxisOrder`]), which the `Permuted` layout steps
//! through.
//!
//! Stable Rust cannot compute `Shape3<C, A, B>` from `Shape3<A, B, C>` and
//! the numbers `2, 0, 1` with arithmetic, so each relation is a trait with
//! one impl per rank and axis, generated from the one table of ranks:
//! [`AxisAt`] (the length of axis `K`, as `Shape1<D>`), [`InsertAxis`] (a
//! new axis at `K`), [`SwapAxes`] and [`MoveAxis`] (each output written
//! out), and
//! for a whole permutation a walk over the shape as a list of dimensions
//! ([`Permute`]).

use core::marker::PhantomData;

use super::{
    DCons, DNil, DimList, MAX_RANK, Shape, Shape1, Shape2, Shape3, Shape4, Shape5, Shape6, Shape7,
    Shape8, ToShape, for_each_rank,
};
use crate::const_fmt::Msg;

/// Shapes with an axis `K`, and its length as the shape `Shape1<D>` of one
/// lane along it.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{AxisAt, Shape, Shape3};
/// assert_eq!(<<Shape3<2, 3, 4> as AxisAt<2>>::Lane as Shape>::SHAPE, [4]);
/// ```
#[diagnostic::on_unimplemented(
    message = "axis {K} is out of range for an array of shape `{Self}`",
    label = "no axis {K} here",
    note = "axes count from 0, so an array of rank N has axes 0 to N - 1"
)]
pub trait AxisAt<const K: usize>: Shape {
    /// `Shape1<D>` for an axis of length `D`.
    type Lane: Shape;
}

/// Shapes that take a new axis at position `K` (0 to the rank), of the
/// length of `Lane` (a `Shape1<D>`): the shape one rank up.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{InsertAxis, Shape, Shape1, Shape2};
/// type Column = <Shape2<2, 3> as InsertAxis<2, Shape1<1>>>::Output;
/// assert_eq!(Column::SHAPE, [2, 3, 1]);
/// ```
#[diagnostic::on_unimplemented(
    message = "cannot insert an axis at position {K} into an array of shape `{Self}`",
    label = "no position {K} here",
    note = "a new axis goes at 0 to N in an array of rank N, and an array has at most 8 axes"
)]
pub trait InsertAxis<const K: usize, Lane>: Shape {
    /// The shape with the new axis at `K`.
    type Output: Shape;
}

/// For each rank: `AxisAt<k>` for every axis `k`,
/// and `InsertAxis<k, _>` into the rank below for every position `k`.
macro_rules! axis_relations {
    ($($n:literal $shape:ident $alias:ident $dims:tt $ex:tt $nested:tt;)*) => {
        $(axis_relations!(@axis $shape $dims [] $dims 0);)*
        axis_relations!(@pairs $($shape $dims)*);
    };
    // `[$b...]` are the axes ahead of `$cur`, which is axis `$k`; `Z` is a
    // name no rank uses for its axes.
    (@axis $shape:ident [$($d:ident),+] [$($b:ident),*] [$cur:ident $(, $a:ident)*] $k:expr) => {
        #[diagnostic::do_not_recommend]
        impl<$(const $d: usize),+> AxisAt<{ $k }> for $shape<$($d),+> {
            type Lane = Shape1<$cur>;
        }
        axis_relations!(@axis $shape [$($d),+] [$($b,)* $cur] [$($a),*] $k + 1);
    };
    (@axis $shape:ident $dims:tt $before:tt [] $k:expr) => {};
    (@pairs $lower:ident $lower_dims:tt $shape:ident [$($d:ident),+] $($rest:tt)*) => {
        axis_relations!(@insert $shape [$($d),+] $lower [] [$($d),+] 0);
        axis_relations!(@pairs $shape [$($d),+] $($rest)*);
    };
    (@pairs $last:ident $last_dims:tt) => {};
    // Position `$k` of the rank below takes `$cur`, axis `$k` of `$shape`.
    (@insert $shape:ident [$($d:ident),+] $lower:ident [$($b:ident),*] [$cur:ident $(, $a:ident)*] $k:expr) => {
        #[diagnostic::do_not_recommend]
        impl<$(const $d: usize),+> InsertAxis<{ $k }, Shape1<$cur>> for $lower<$($b,)* $($a),*> {
            type Output = $shape<$($d),+>;
        }
        axis_relations!(@insert $shape [$($d),+] $lower [$($b,)* $cur] [$($a),*] $k + 1);
    };
    (@insert $shape:ident $dims:tt $lower:ident $before:tt [] $k:expr) => {};
}

for_each_rank!(axis_relations);

/// Shapes whose axes `A` and `B` can trade places: NumPy's
/// `np.swapaxes(a, A, B)`.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Shape, Shape3, SwapAxes};
/// assert_eq!(<<Shape3<2, 3, 4> as SwapAxes<0, 2>>::Output as Shape>::SHAPE, [4, 3, 2]);
/// ```
#[diagnostic::on_unimplemented(
    message = "cannot swap axes {A} and {B} of an array of shape `{Self}`",
    label = "no axis {A} or no axis {B} here",
    note = "axes count from 0, so an array of rank N has axes 0 to N - 1"
)]
pub trait SwapAxes<const A: usize, const B: usize>: Shape {
    /// The shape with the lengths of axes `A` and `B` traded.
    type Output: Shape;
}

/// Shapes whose axis `FROM` can move to position `TO`, the others keeping
/// their order: NumPy's `np.moveaxis(a, FROM, TO)`.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{MoveAxis, Shape, Shape3};
/// assert_eq!(<<Shape3<2, 3, 4> as MoveAxis<0, 2>>::Output as Shape>::SHAPE, [3, 4, 2]);
/// ```
#[diagnostic::on_unimplemented(
    message = "cannot move axis {FROM} to position {TO} in an array of shape `{Self}`",
    label = "no axis {FROM} or no position {TO} here",
    note = "axes count from 0, so an array of rank N has axes 0 to N - 1 (and a rank-1 array has nowhere to move its axis)"
)]
pub trait MoveAxis<const FROM: usize, const TO: usize>: Shape {
    /// The shape with axis `FROM` at position `TO`.
    type Output: Shape;
}

/// For each rank, `SwapAxes<a, b>` and (from rank 2) `MoveAxis<a, b>` for
/// every pair of axes, each output shape written out: for axes `i < j` the
/// shape reads `[before] x_i [between] x_j [after]`, and
/// - `SwapAxes<i, j>` and `SwapAxes<j, i>` give `[before] x_j [between] x_i [after]`,
/// - `MoveAxis<i, j>` gives `[before] [between] x_j x_i [after]`,
/// - `MoveAxis<j, i>` gives `[before] x_j x_i [between] [after]`.
///
/// (Written as projections through per-axis relations these impls
/// cost the compiler several seconds of well-formedness checks.)
macro_rules! pairs {
    ($($n:literal $shape:ident $alias:ident $dims:tt $ex:tt $nested:tt;)*) => {
        $(pairs!(@first $shape $dims [] $dims 0);)*
    };
    // Axis `$i` is `$x`, ahead of it `$b...`.
    (@first $shape:ident [$($d:ident),+] [$($b:ident),*] [$x:ident $(, $rest:ident)*] $i:expr) => {
        #[diagnostic::do_not_recommend]
        impl<$(const $d: usize),+> SwapAxes<{ $i }, { $i }> for $shape<$($d),+> {
            type Output = Self;
        }
        pairs!(@same $shape [$($d),+] $i);
        pairs!(@second $shape [$($d),+] [$($b),*] $x ($i) [] [$($rest),*] $i + 1);
        pairs!(@first $shape [$($d),+] [$($b,)* $x] [$($rest),*] $i + 1);
    };
    (@first $shape:ident $dims:tt $before:tt [] $i:expr) => {};
    // An array of one axis has no other place to move it to.
    (@same Shape1 $dims:tt $i:expr) => {};
    (@same $shape:ident [$($d:ident),+] $i:expr) => {
        #[diagnostic::do_not_recommend]
        impl<$(const $d: usize),+> MoveAxis<{ $i }, { $i }> for $shape<$($d),+> {
            type Output = Self;
        }
    };
    // Axis `$j` is `$y`, between `$x` (axis `$i`) and it `$m...`.
    (@second $shape:ident [$($d:ident),+] [$($b:ident),*] $x:ident ($i:expr)
        [$($m:ident),*] [$y:ident $(, $a:ident)*] $j:expr) => {
        #[diagnostic::do_not_recommend]
        impl<$(const $d: usize),+> SwapAxes<{ $i }, { $j }> for $shape<$($d),+> {
            type Output = $shape<$($b,)* $y, $($m,)* $x $(, $a)*>;
        }
        #[diagnostic::do_not_recommend]
        impl<$(const $d: usize),+> SwapAxes<{ $j }, { $i }> for $shape<$($d),+> {
            type Output = $shape<$($b,)* $y, $($m,)* $x $(, $a)*>;
        }
        #[diagnostic::do_not_recommend]
        impl<$(const $d: usize),+> MoveAxis<{ $i }, { $j }> for $shape<$($d),+> {
            type Output = $shape<$($b,)* $($m,)* $y, $x $(, $a)*>;
        }
        #[diagnostic::do_not_recommend]
        impl<$(const $d: usize),+> MoveAxis<{ $j }, { $i }> for $shape<$($d),+> {
            type Output = $shape<$($b,)* $y, $x, $($m,)* $($a),*>;
        }
        pairs!(@second $shape [$($d),+] [$($b),*] $x ($i) [$($m,)* $y] [$($a),*] $j + 1);
    };
    (@second $shape:ident $dims:tt $before:tt $x:ident $i:tt $between:tt [] $j:expr) => {};
}

for_each_rank!(pairs);

/// A list of dimensions whose element `P` can be put in front of another
/// list: `Prepend<Tail>` is `DCons<D, Tail>` for the `P`-th dimension `D`.
/// Past the end of the list it is a placeholder 0, so that a permutation
/// keeps its length and the one error a user sees is the `AxisAt` bound
/// the methods also carry ("axis 3 is out of range ...").
#[doc(hidden)]
pub trait Pick<const P: usize> {
    /// `DCons<D, Tail>`.
    type Prepend<Tail>;
}

impl<const P: usize> Pick<P> for DNil {
    type Prepend<Tail> = DCons<0, Tail>;
}

impl<const D: usize, Rest> Pick<0> for DCons<D, Rest> {
    type Prepend<Tail> = DCons<D, Tail>;
}

/// `Pick<k>` of a list is `Pick<k - 1>` of its tail, for each `k` after 0.
macro_rules! pick {
    ($($k:literal $below:literal),*) => {$(
        impl<const D: usize, Rest: Pick<$below>> Pick<$k> for DCons<D, Rest> {
            type Prepend<Tail> = <Rest as Pick<$below>>::Prepend<Tail>;
        }
    )*};
}

pick!(1 0, 2 1, 3 2, 4 3, 5 4, 6 5, 7 6);

/// A list of axis numbers that picks, from the list of dimensions `Dims`,
/// the list `Picked` of their lengths in its order.
#[doc(hidden)]
pub trait PickAll<Dims> {
    /// The lengths of the listed axes.
    type Picked;
}

impl<Dims> PickAll<Dims> for DNil {
    type Picked = DNil;
}

impl<Dims: Pick<P>, const P: usize, Rest: PickAll<Dims>> PickAll<Dims> for DCons<P, Rest> {
    type Picked = <Dims as Pick<P>>::Prepend<<Rest as PickAll<Dims>>::Picked>;
}

/// Shapes whose axes can be taken in the order listed by `Axes` (a list of
/// axis numbers, `axes!(2, 0, 1)`): NumPy's `np.transpose(a, (2, 0, 1))`.
/// That the list is a permutation is checked where a view is made.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "these axes are not a permutation of the axes of an array of shape `{Self}`",
    note = "axes count from 0, so an array of rank N has axes 0 to N - 1"
)]
pub trait Permute<Axes>: Shape {
    /// The shape with its axes in the listed order.
    type Output: Shape;
}

impl<S: Shape, Axes: PickAll<S::Dims>> Permute<Axes> for S
where
    <Axes as PickAll<S::Dims>>::Picked: ToShape,
{
    type Output = <<Axes as PickAll<S::Dims>>::Picked as ToShape>::Shape;
}

/// The list of axis numbers `axes!(2, 0, 1)`, `DCons<2, DCons<0, ...>>`.
macro_rules! axes {
    () => { $crate::shape::DNil };
    ($first:ident $(, $rest:ident)*) => {
        $crate::shape::DCons<$first, $crate::shape::axes!($($rest),*)>
    };
}
pub(crate) use axes;

/// Seals [`AxisOrder`]: the `Permuted` layout trusts its constant.
pub trait SealedOrder {}

/// An arrangement of axes, as a type: `AXES[k]` is the axis of the parent
/// that axis `k` of the rearranged view walks (the identity past the rank).
#[doc(hidden)]
pub trait AxisOrder: SealedOrder {
    /// The parent's axis behind each axis, then `k` itself up to [`MAX_RANK`].
    const AXES: [usize; MAX_RANK];
}

/// The identity arrangement.
const IDENTITY: [usize; MAX_RANK] = {
    let mut out = [0; MAX_RANK];
    let mut k = 0;
    while k < MAX_RANK {
        out[k] = k;
        k += 1;
    }
    out
};

impl SealedOrder for DNil {}
impl<const P: usize, Rest> SealedOrder for DCons<P, Rest> {}

impl AxisOrder for DNil {
    const AXES: [usize; MAX_RANK] = IDENTITY;
}

/// A listed permutation: `P` first, then the rest's, each of the rest's
/// positions one further on.
impl<const P: usize, Rest: AxisOrder + DimList> AxisOrder for DCons<P, Rest> {
    const AXES: [usize; MAX_RANK] = {
        let len = 1 + Rest::LEN;
        let mut out = IDENTITY;
        out[0] = P;
        let mut k = 1;
        while k < len && k < MAX_RANK {
            out[k] = Rest::AXES[k - 1];
            k += 1;
        }
        out
    };
}

/// Axes `A` and `B` traded (`swapaxes`).
#[doc(hidden)]
pub struct Swap<const A: usize, const B: usize>;

impl<const A: usize, const B: usize> SealedOrder for Swap<A, B> {}

impl<const A: usize, const B: usize> AxisOrder for Swap<A, B> {
    const AXES: [usize; MAX_RANK] = {
        let mut out = IDENTITY;
        out[A] = B;
        out[B] = A;
        out
    };
}

/// Axis `FROM` moved to position `TO` (`moveaxis`).
#[doc(hidden)]
pub struct Move<const FROM: usize, const TO: usize>;

impl<const FROM: usize, const TO: usize> SealedOrder for Move<FROM, TO> {}

impl<const FROM: usize, const TO: usize> AxisOrder for Move<FROM, TO> {
    const AXES: [usize; MAX_RANK] = {
        // The parent's axes without `FROM`, then `FROM` put in at `TO`.
        let mut out = [0; MAX_RANK];
        let (mut k, mut next) = (0, 0);
        while k < MAX_RANK {
            if k == TO {
                out[k] = FROM;
            } else {
                if next == FROM {
                    next += 1;
                }
                out[k] = next;
                next += 1;
            }
            k += 1;
        }
        out
    };
}

/// That the list `P` of axis numbers is a permutation of the axes of `S`
/// (each axis once): checked where a permuted view is made, since the
/// view's unsafe code relies on it.
pub(crate) struct IsPermutation<S, P>(PhantomData<(S, P)>);

impl<S: Shape, P: AxisOrder> IsPermutation<S, P> {
    pub(crate) const OK: () = {
        let mut seen = [false; MAX_RANK];
        let mut k = 0;
        while k < S::NDIM {
            let axis = P::AXES[k];
            if axis >= S::NDIM || seen[axis] {
                let mut msg = Msg::new().str("the axes (");
                let mut j = 0;
                while j < S::NDIM {
                    if j > 0 {
                        msg = msg.str(", ");
                    }
                    msg = msg.num(P::AXES[j]);
                    j += 1;
                }
                msg = msg.str(") are not a permutation of the ").num(S::NDIM);
                msg = msg
                    .str(" axes of shape ")
                    .shape(S::DIMS)
                    .str(": axis ")
                    .num(axis);
                if axis >= S::NDIM {
                    msg.str(" is out of range").raise()
                } else {
                    msg.str(" appears twice").raise()
                }
            }
            seen[axis] = true;
            k += 1;
        }
    };
}

/// That axis `K` of `S` has length 1: what `squeeze::<K>()` removes.
pub(crate) struct LengthOne<S, const K: usize>(PhantomData<S>);

impl<S: Shape, const K: usize> LengthOne<S, K> {
    pub(crate) const OK: () = if S::DIMS[K] != 1 {
        Msg::new()
            .str("cannot squeeze axis ")
            .num(K)
            .str(" of shape ")
            .shape(S::DIMS)
            .str(": its length is ")
            .num(S::DIMS[K])
            .str(", not 1")
            .raise()
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dims<S: Shape>() -> &'static [usize] {
        S::DIMS
    }

    #[test]
    fn relations_move_the_lengths() {
        assert_eq!(
            dims::<<Shape1<5> as InsertAxis<0, Shape1<1>>>::Output>(),
            &[1, 5]
        );
        assert_eq!(
            dims::<<Shape1<5> as InsertAxis<1, Shape1<1>>>::Output>(),
            &[5, 1]
        );
        assert_eq!(
            dims::<<Shape7<1, 2, 3, 4, 5, 6, 7> as InsertAxis<7, Shape1<8>>>::Output>(),
            &[1, 2, 3, 4, 5, 6, 7, 8]
        );
        assert_eq!(dims::<<Shape2<2, 3> as SwapAxes<1, 1>>::Output>(), &[2, 3]);
        assert_eq!(
            dims::<<Shape4<1, 2, 3, 4> as MoveAxis<3, 0>>::Output>(),
            &[4, 1, 2, 3]
        );
    }

    /// The output shape of every `SwapAxes`/`MoveAxis` of a rank-5 and a
    /// rank-8 shape is the parent's lengths in the order its arrangement
    /// (`Swap`/`Move`, what the view walks) names.
    #[test]
    fn output_shapes_follow_the_arrangements() {
        fn agree<S: Shape, Out: Shape, P: AxisOrder>() {
            for k in 0..S::NDIM {
                assert_eq!(Out::DIMS[k], S::DIMS[P::AXES[k]], "axis {k}");
            }
        }
        macro_rules! every_pair {
            ($s:ty; $($a:literal)*) => {
                every_pair!(@outer $s; [$($a)*] $($a)*);
            };
            (@outer $s:ty; $all:tt $($a:literal)*) => {
                $(every_pair!(@inner $s; $a $all);)*
            };
            (@inner $s:ty; $a:literal [$($b:literal)*]) => {$(
                agree::<$s, <$s as SwapAxes<$a, $b>>::Output, Swap<$a, $b>>();
                agree::<$s, <$s as MoveAxis<$a, $b>>::Output, Move<$a, $b>>();
            )*};
        }
        every_pair!(Shape5<2, 3, 5, 7, 11>; 0 1 2 3 4);
        every_pair!(Shape8<2, 3, 5, 7, 11, 13, 17, 19>; 0 1 2 3 4 5 6 7);
    }

    #[test]
    fn arrangements_name_the_parent_axes() {
        assert_eq!(Swap::<0, 2>::AXES, [2, 1, 0, 3, 4, 5, 6, 7]);
        assert_eq!(Move::<0, 2>::AXES, [1, 2, 0, 3, 4, 5, 6, 7]);
        assert_eq!(Move::<3, 1>::AXES, [0, 3, 1, 2, 4, 5, 6, 7]);
        assert_eq!(Move::<1, 1>::AXES, IDENTITY);
        assert_eq!(
            <DCons<2, DCons<0, DCons<1, DNil>>>>::AXES,
            [2, 0, 1, 3, 4, 5, 6, 7]
        );
    }
}
