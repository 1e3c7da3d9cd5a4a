//! Reductions: `sum`, `prod`, `mean`, `min`, `max`, `argmin`, `argmax`,
//! `any`, `all`, over the whole array or along one axis chosen at compile
//! time (`sum_axis::<1>()`), whose output type has that axis removed: on
//! arrays and views alike (written once, over the view).
//!
//! Float sums use NumPy's pairwise summation over each contiguous run, so
//! they match NumPy bit for bit: the whole array, or a lane along the axis
//! that is contiguous in memory (the last axis of a `RowMajor` array, the
//! first of a `ColMajor` one). Along any other axis NumPy adds the lanes
//! one after another, and so does this. A view adds in the order of the
//! array it copies to (`to_array`), so it gives that array's bits. (NumPy
//! itself adds the elements of a non-contiguous view in an order its
//! iterator picks; where that differs from the copy's, a float sum can
//! differ from NumPy's in the last bits, as NumPy's own `v.sum()` and
//! `v.copy().sum()` can.)

use crate::array::Array;
use crate::element::{Element, Stored};
use crate::order::Order;
use crate::shape::Shape;

mod extremes;
mod sums;

/// Is `a` a better pick than `b` for the maximum (`max`) or the minimum?
/// NaN beats everything, as in NumPy, where NaN propagates.
#[inline]
pub(crate) fn better<T: Element>(a: T, b: T, max: bool) -> bool {
    #[allow(clippy::eq_op)]
    let (a_nan, b_nan) = (a != a, b != b);
    if a_nan || b_nan {
        return a_nan && !b_nan;
    }
    if max {
        crate::element::gt(a, b)
    } else {
        crate::element::lt(a, b)
    }
}

/// One step of a maximum (`max`) or minimum reduction over `(position,
/// value)` pairs: a better value takes over with its position. An equal one
/// (only `0.0` and `-0.0` are equal and differ) keeps the first position but
/// takes the new value: NumPy's `max` of `[0.0, -0.0]` is `-0.0` and of
/// `[-0.0, 0.0]` is `0.0`, while `argmax` gives the first of equals.
#[inline]
pub(crate) fn step<T: Element>(best: (usize, T), next: (usize, T), max: bool) -> (usize, T) {
    if better(next.1, best.1, max) {
        next
    } else if next.1 == best.1 {
        (best.0, next.1)
    } else {
        best
    }
}

/// Whether the lanes along `AXIS` are contiguous runs in the memory of an
/// array of shape `S` in order `O`: every axis that moves faster has length
/// 1 (the last axis of a `RowMajor` array, or the first of shape `(n, 1)`).
/// NumPy sums such lanes pairwise, and lanes along any other axis one
/// element after another.
fn is_inner_axis<S: Shape, O: Order>(axis: usize) -> bool {
    let faster = if O::IS_ROW_MAJOR {
        &S::DIMS[axis + 1..]
    } else {
        &S::DIMS[..axis]
    };
    faster.iter().all(|&d| d == 1)
}

/// The output index `out` of a reduction along `AXIS`, with position `k`
/// inserted at `AXIS`: an index of the input.
fn lane_index<S: Shape, const AXIS: usize>(out: &[usize], k: usize) -> S::Index {
    let mut index = S::Index::default();
    let full = index.as_mut();
    full[..AXIS].copy_from_slice(&out[..AXIS]);
    full[AXIS] = k;
    full[AXIS + 1..].copy_from_slice(&out[AXIS..]);
    index
}

/// The memory of a contiguous array of shape `S` in order `O` around
/// `AXIS`, as `(outer, len, inner)`: element `k` of the lane through output
/// `(o, j)` is at `(o * len + k) * inner + j`, and that output, in an array
/// of the same order with `AXIS` removed, at `o * inner + j`. So lane
/// position `k` of the outputs `o * inner..(o + 1) * inner` is one run of
/// `inner` elements: a reduction along a slow axis adds whole rows, as
/// NumPy's does.
pub(crate) fn axis_blocks<S: Shape, O: Order>(axis: usize) -> (usize, usize, usize) {
    let before: usize = S::DIMS[..axis].iter().product();
    let after: usize = S::DIMS[axis + 1..].iter().product();
    if O::IS_ROW_MAJOR {
        (before, S::DIMS[axis], after)
    } else {
        (after, S::DIMS[axis], before)
    }
}

/// Folds the lanes along a slow axis row by row, in lane order: for each
/// block `o` of [`axis_blocks`] with `len >= 1`, `first(o, out_row, row_0)`
/// then `next(o, k, out_row, row_k)` for `k = 1..len`, where `out_row` is
/// the block's `inner` outputs. Memory is read once, in order. Inlined
/// into its caller's vector copy (`dispatch::widest`), where the row loops
/// take the wide registers.
#[inline(always)]
fn fold_rows<T, A>(
    memory: &[T],
    out: &mut [A],
    (len, inner): (usize, usize),
    mut first: impl FnMut(usize, &mut [A], &[T]),
    mut next: impl FnMut(usize, usize, &mut [A], &[T]),
) {
    if inner == 0 || len == 0 {
        return;
    }
    for (o, (out_row, block)) in out
        .chunks_exact_mut(inner)
        .zip(memory.chunks_exact(len * inner))
        .enumerate()
    {
        let (row_0, rest) = block.split_at(inner);
        first(o, out_row, row_0);
        for (k, row) in rest.chunks_exact(inner).enumerate() {
            next(o, k + 1, out_row, row);
        }
    }
}

/// Each output the fold of its lane along a slow axis, row by row:
/// `first(lane[0])`, then `next(acc, lane[k])` in lane order. Inlined into
/// the vector copy `dispatch::widest` compiles, where the row loops take
/// the wide registers.
#[inline(always)]
fn fold_into<T: Copy, A: Stored + Copy, S2: Shape, O: Order>(
    memory: &[T],
    (len, inner): (usize, usize),
    fill: A,
    first: impl Fn(T) -> A,
    next: impl Fn(A, T) -> A,
) -> Array<A, S2, O> {
    let mut out = Array::from_flat_fn(|_| fill);
    fold_rows(
        memory,
        out.as_mut_slice(),
        (len, inner),
        |_, out, row| {
            for (a, &x) in out.iter_mut().zip(row) {
                *a = first(x);
            }
        },
        |_, _, out, row| {
            for (a, &x) in out.iter_mut().zip(row) {
                *a = next(*a, x);
            }
        },
    );
    out
}
