//! The layouts a view can have, as types: how far each axis steps in
//! memory, and in which order a copy of the view lays its elements out.
//!
//! A view is a pointer plus a layout type `L: Strides`; every index `i` of
//! its shape reaches `ptr + Σ i[k] * L::STEPS[k]`. The unsafe code of
//! [`strided`](super::strided) trusts these constants, so the trait is
//! sealed: only the layouts here and `Sliced` (whose steps the slice
//! checks of `shape::slicing` compute) implement it.
//!
//! `L::Order` is the order of the array a view copies to (`to_array`), and
//! so of every array an operation on the view returns: NumPy's order 'K'
//! for the layouts there are — a view of a `ColMajor` array, or the
//! transpose of a `RowMajor` one, copies to a `ColMajor` array, so a view
//! gives what the array it would copy to gives, bit for bit.

use core::marker::PhantomData;

use crate::order::{Order, RowMajor};
use crate::shape::{AxisOrder, MAX_RANK, Shape, SliceEntries, Sliced, Slicing, contiguous_steps};

/// Seals [`Strides`]: the unsafe view code trusts its constants.
pub trait SealedSteps {}

/// Steps in memory, in elements, along each axis of an array or a view,
/// and the order its copies take.
#[doc(hidden)]
pub trait Strides: SealedSteps {
    /// The order of the array a view with these steps copies to.
    type Order: Order;
    /// The step of each axis, then 0 up to [`MAX_RANK`].
    const STEPS: [isize; MAX_RANK];
}

/// The steps of the contiguous array of shape `S` in order `O`.
#[doc(hidden)]
pub struct Contiguous<S, O>(PhantomData<(S, O)>);

impl<S, O> SealedSteps for Contiguous<S, O> {}

impl<S: Shape, O: Order> Strides for Contiguous<S, O> {
    type Order = O;
    const STEPS: [isize; MAX_RANK] = contiguous_steps(S::DIMS, O::IS_ROW_MAJOR);
}

/// The steps `L` of a view of shape `S`, in reverse order: its transpose,
/// which copies in the other order (NumPy's `a.T` of a C array is F).
#[doc(hidden)]
pub struct Transposed<L, S>(PhantomData<(L, S)>);

impl<L, S> SealedSteps for Transposed<L, S> {}

impl<L: Strides, S: Shape> Strides for Transposed<L, S> {
    type Order = <L::Order as Order>::Transposed;
    const STEPS: [isize; MAX_RANK] = {
        let mut out = [0; MAX_RANK];
        let mut k = 0;
        while k < S::NDIM {
            out[k] = L::STEPS[S::NDIM - 1 - k];
            k += 1;
        }
        out
    };
}

/// The steps `L` without axis `K`: a subview at one position along `K`.
#[doc(hidden)]
pub struct Removed<L, const K: usize>(PhantomData<L>);

impl<L, const K: usize> SealedSteps for Removed<L, K> {}

impl<L: Strides, const K: usize> Strides for Removed<L, K> {
    type Order = L::Order;
    const STEPS: [isize; MAX_RANK] = {
        let mut out = [0; MAX_RANK];
        let mut j = 0;
        while j + 1 < MAX_RANK {
            out[j] = L::STEPS[if j < K { j } else { j + 1 }];
            j += 1;
        }
        out
    };
}

/// The step of axis `K` of `L` alone: a lane along `K`.
#[doc(hidden)]
pub struct Only<L, const K: usize>(PhantomData<L>);

impl<L, const K: usize> SealedSteps for Only<L, K> {}

impl<L: Strides, const K: usize> Strides for Only<L, K> {
    type Order = RowMajor;
    const STEPS: [isize; MAX_RANK] = {
        let mut out = [0; MAX_RANK];
        out[0] = L::STEPS[K];
        out
    };
}

/// The steps `L` with axis `K` walked backwards: a flipped view.
#[doc(hidden)]
pub struct Flipped<L, const K: usize>(PhantomData<L>);

impl<L, const K: usize> SealedSteps for Flipped<L, K> {}

impl<L: Strides, const K: usize> Strides for Flipped<L, K> {
    type Order = L::Order;
    const STEPS: [isize; MAX_RANK] = {
        let mut out = L::STEPS;
        out[K] = -out[K];
        out
    };
}

/// The steps `L` with the axes rearranged by `P`: axis `k` steps as axis
/// `P::AXES[k]` of `L` (NumPy's `np.transpose(a, axes)`, `swapaxes`,
/// `moveaxis`). A copy keeps the parent's order: only a reversal of every
/// axis turns a C array into an F one, and that is [`Transposed`].
#[doc(hidden)]
pub struct Permuted<L, P>(PhantomData<(L, P)>);

impl<L, P> SealedSteps for Permuted<L, P> {}

impl<L: Strides, P: AxisOrder> Strides for Permuted<L, P> {
    type Order = L::Order;
    const STEPS: [isize; MAX_RANK] = {
        let mut out = [0; MAX_RANK];
        let mut k = 0;
        while k < MAX_RANK {
            out[k] = L::STEPS[P::AXES[k]];
            k += 1;
        }
        out
    };
}

/// The steps `L` with a new axis of length 1 at `K` (NumPy's
/// `np.expand_dims(a, K)`): it never steps, so its step is 0.
#[doc(hidden)]
pub struct Inserted<L, const K: usize>(PhantomData<L>);

impl<L, const K: usize> SealedSteps for Inserted<L, K> {}

impl<L: Strides, const K: usize> Strides for Inserted<L, K> {
    type Order = L::Order;
    const STEPS: [isize; MAX_RANK] = {
        let mut out = [0; MAX_RANK];
        let mut j = 0;
        while j < MAX_RANK {
            if j < K {
                out[j] = L::STEPS[j];
            } else if j > K {
                out[j] = L::STEPS[j - 1];
            }
            j += 1;
        }
        out
    };
}

/// The main diagonal of a square view with steps `L`: one axis that steps
/// down a row and across a column at once.
#[doc(hidden)]
pub struct Diagonal<L>(PhantomData<L>);

impl<L> SealedSteps for Diagonal<L> {}

impl<L: Strides> Strides for Diagonal<L> {
    type Order = RowMajor;
    const STEPS: [isize; MAX_RANK] = {
        let mut out = [0; MAX_RANK];
        out[0] = L::STEPS[0] + L::STEPS[1];
        out
    };
}

/// The steps `L` of a view of shape `From` seen as shape `To` (NumPy's
/// `np.broadcast_to`): `L`'s steps on `From`'s own (trailing) axes, 0 on
/// the leading axes and on every axis of length 1 that `To` stretches.
/// An empty source has all steps 0, as NumPy reports for any empty array.
/// Whether `From` broadcasts to `To` is checked by `shape::BroadcastsTo`
/// where such a view is made.
#[doc(hidden)]
pub struct Broadcasted<L, From, To>(PhantomData<(L, From, To)>);

impl<L, From, To> SealedSteps for Broadcasted<L, From, To> {}

impl<L: Strides, From: Shape, To: Shape> Strides for Broadcasted<L, From, To> {
    type Order = L::Order;
    const STEPS: [isize; MAX_RANK] = {
        let lead = To::NDIM - From::NDIM;
        let mut steps = [0; MAX_RANK];
        let mut k = 0;
        while k < From::NDIM && From::SIZE > 0 {
            if From::DIMS[k] != 1 {
                steps[lead + k] = L::STEPS[k];
            }
            k += 1;
        }
        steps
    };
}

impl<P, PL, Sp> SealedSteps for Sliced<P, PL, Sp> {}

/// Slice `Sp` of a parent of shape `P` with steps `PL`: each kept axis
/// steps as the parent's axis times the slice's step (`shape::Slicing`
/// checked every bound while compiling), and a copy keeps the parent's
/// order, as NumPy's `v.copy(order='K')` of a slice of an F-ordered array
/// is F-ordered.
impl<P: Shape, PL: Strides, Sp: SliceEntries> Strides for Sliced<P, PL, Sp> {
    type Order = PL::Order;
    const STEPS: [isize; MAX_RANK] = {
        let axes = Slicing::<P, Sp>::AXES;
        let mut out = [0; MAX_RANK];
        let (mut k, mut kept) = (0, 0);
        while k < P::NDIM {
            if axes[k].keep {
                out[kept] = axes[k].step * PL::STEPS[k];
                kept += 1;
            }
            k += 1;
        }
        out
    };
}

impl<P: Shape, PL: Strides, Sp: SliceEntries> Sliced<P, PL, Sp> {
    /// Where the slice starts, in elements from the parent's start.
    pub(crate) const OFFSET: isize = {
        let axes = Slicing::<P, Sp>::AXES;
        let mut offset = 0;
        let mut k = 0;
        while k < P::NDIM {
            offset += axes[k].first * PL::STEPS[k];
            k += 1;
        }
        offset
    };
}

/// Facts about the memory a view of shape `S` with steps `L` reaches.
pub(crate) struct Memory<S, L>(PhantomData<(S, L)>);

impl<S: Shape, L: Strides> Memory<S, L> {
    /// Whether the view's elements are exactly the `S::SIZE` consecutive
    /// elements of a contiguous array of shape `S` in C order: every axis
    /// longer than 1 steps as that array's does (an axis of length 1 never
    /// steps). An empty view is contiguous: it reaches nothing.
    pub(crate) const IN_C: bool = Self::same_steps(true);

    /// As [`IN_C`](Self::IN_C), for F order.
    pub(crate) const IN_F: bool = Self::same_steps(false);

    /// Whether the view is contiguous in order `O`.
    #[inline(always)]
    pub(crate) const fn contiguous_in<O: Order>() -> bool {
        if O::IS_ROW_MAJOR {
            Self::IN_C
        } else {
            Self::IN_F
        }
    }

    const fn same_steps(row_major: bool) -> bool {
        let own = contiguous_steps(S::DIMS, row_major);
        let mut same = true;
        let mut k = 0;
        while k < S::NDIM {
            if S::DIMS[k] > 1 && own[k] != L::STEPS[k] {
                same = false;
            }
            k += 1;
        }
        same || S::SIZE == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::order::ColMajor;
    use crate::shape::{Shape2, Shape3};

    #[test]
    fn contiguity_is_known_while_compiling() {
        type C = Contiguous<Shape2<2, 3>, RowMajor>;
        const { assert!(Memory::<Shape2<2, 3>, C>::IN_C && !Memory::<Shape2<2, 3>, C>::IN_F) };
        // The transpose of a C array is an F array.
        type T = Transposed<C, Shape2<2, 3>>;
        const { assert!(Memory::<Shape2<3, 2>, T>::IN_F && !Memory::<Shape2<3, 2>, T>::IN_C) };
        // An axis of length 1 never steps, whatever its step.
        type Row = Contiguous<Shape2<1, 3>, ColMajor>;
        const { assert!(Memory::<Shape2<1, 3>, Row>::IN_C) };
    }

    #[test]
    fn slices_step_as_numpys_views() {
        use crate::shape::{Full, Range, SCons, SNil};
        // a[1:3, ::2] of a (4, 6) C array: steps (6, 2), starting at 6.
        type Sp = SCons<Range<2, 1, 3, 1>, SCons<Range<3, 0, { crate::shape::OPEN }, 2>, SNil>>;
        type L = Sliced<Shape2<4, 6>, Contiguous<Shape2<4, 6>, RowMajor>, Sp>;
        assert_eq!(&L::STEPS[..2], &[6, 2]);
        assert_eq!(L::OFFSET, 6);
        let _ = (Full, Shape3::<1, 1, 1>);
    }
}
