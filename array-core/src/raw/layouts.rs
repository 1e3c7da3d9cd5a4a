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

use super::steps::{MAX_RANK, contiguous_steps};
use crate::order::{Order, RowMajor};
use crate::shape::Shape;

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
