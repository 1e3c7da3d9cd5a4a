//! Offsets and walks: where the element at an index is, for every kind of
//! array, and every index visited once. Written once here, since the unsafe
//! code of [`walks`](super::walks) rests on it; the steps of a contiguous
//! shape come from `shape::contiguous_steps`.
//!
//! An array or view of shape `S` reaches index `i` at offset `Σ i[k] *
//! steps[k]` (in elements) from its first element. A contiguous array in
//! `RowMajor` order steps 1 along its last axis and the product of the
//! later lengths along the others (NumPy's C order); in `ColMajor` order the
//! first axis steps 1 (order 'F'). For a 2x3 array:
//!
//! ```text
//! RowMajor: steps [3, 1]   memory: a00 a01 a02 a10 a11 a12
//! ColMajor: steps [1, 2]   memory: a00 a10 a01 a11 a02 a12
//! ```
//!
//! NumPy's `strides` are these steps times the item size, in bytes.
//!
//! Facts this file guarantees (the unsafe code cites them):
//! - [`offset_of`] returns an offset only for an index with one position per
//!   axis, each inside its axis's length;
//! - [`walk`] and [`walk_in`] call their closure once for each index of the
//!   shape, with its offset, and never for an index outside it.

use crate::order::Order;
#[cfg(test)]
use crate::shape::contiguous_steps;
use crate::shape::{MAX_RANK, Shape};

/// The offset of `index` for `steps`, or `None` when it does not have one
/// position per axis of `S` or an axis is out of range.
#[inline]
pub(crate) fn offset_of<S: Shape>(index: &[usize], steps: &[isize; MAX_RANK]) -> Option<isize> {
    if index.len() != S::NDIM {
        return None;
    }
    let mut offset = 0;
    for (axis, (&i, &len)) in index.iter().zip(S::DIMS).enumerate() {
        if i >= len {
            return None;
        }
        offset += i as isize * steps[axis];
    }
    Some(offset)
}

/// The index of C-order position `flat` of shape `S` (NumPy's
/// `np.unravel_index`); `flat` must be below `S::SIZE`.
pub(crate) fn unravel<S: Shape>(mut flat: usize) -> S::Index {
    let mut index = S::Index::default();
    for (i, &d) in index.as_mut().iter_mut().zip(S::DIMS).rev() {
        *i = flat % d;
        flat /= d;
    }
    index
}

/// The index of position `flat` in the memory order of `O` of shape `S`:
/// [`unravel`] for `RowMajor`, the first axis fastest for `ColMajor`.
#[inline]
pub(crate) fn unravel_in<S: Shape, O: Order>(mut flat: usize) -> S::Index {
    if O::IS_ROW_MAJOR {
        return unravel::<S>(flat);
    }
    let mut index = S::Index::default();
    for (i, &d) in index.as_mut().iter_mut().zip(S::DIMS) {
        *i = flat % d;
        flat /= d;
    }
    index
}

/// Advances `index` (one position per axis of `S`) to the next index in
/// the memory order of `O`: the last axis fastest for `RowMajor`, the first
/// for `ColMajor`. After the last index it wraps to all zeros.
#[inline]
pub(crate) fn next_index<S: Shape, O: Order>(index: &mut [usize]) {
    for k in 0..S::NDIM {
        let axis = if O::IS_ROW_MAJOR { S::NDIM - 1 - k } else { k };
        index[axis] += 1;
        if index[axis] < S::DIMS[axis] {
            return;
        }
        index[axis] = 0;
    }
}

/// Calls `f` with `K` offsets (in elements) for every index of shape `S`, in
/// C order: offset `k` is the sum over the axes of index times
/// `steps[k][axis]`. The innermost axis is a plain counted loop with a
/// constant step, so the compiler sees the loop a person would write over
/// strided data.
#[inline]
pub(crate) fn walk<S: Shape, const K: usize>(
    steps: [[isize; MAX_RANK]; K],
    mut f: impl FnMut([isize; K]),
) {
    if S::SIZE == 0 {
        return;
    }
    let n = S::NDIM;
    let inner = S::DIMS[n - 1];
    let mut inner_steps = [0; K];
    for (step, axes) in inner_steps.iter_mut().zip(&steps) {
        *step = axes[n - 1];
    }
    let mut index = [0usize; MAX_RANK];
    let mut base = [0isize; K];
    for _ in 0..S::SIZE / inner {
        let mut offsets = base;
        for _ in 0..inner {
            f(offsets);
            // Wrapping, as below: the offset past the last is never used.
            for (offset, step) in offsets.iter_mut().zip(inner_steps) {
                *offset = offset.wrapping_add(step);
            }
        }
        // The next index of the outer axes, the fastest (n - 2) first.
        let mut axis = n - 1;
        while axis > 0 {
            axis -= 1;
            index[axis] += 1;
            // Wrapping: the sum is only used (and then in range) while the
            // index is inside the shape; past the end of an axis of length
            // 1 a huge step (`s![..;isize::MAX]`) would overflow.
            for (b, axes) in base.iter_mut().zip(&steps) {
                *b = b.wrapping_add(axes[axis]);
            }
            if index[axis] < S::DIMS[axis] {
                break;
            }
            for (b, axes) in base.iter_mut().zip(&steps) {
                *b = b.wrapping_sub(axes[axis].wrapping_mul(S::DIMS[axis] as isize));
            }
            index[axis] = 0;
        }
    }
}

/// [`walk`] in the memory order of `O`: C order for `RowMajor`, F order
/// (the first axis fastest) for `ColMajor`. The `n`-th call is the `n`-th
/// element of a contiguous `Array<_, S, O>`.
#[inline]
pub(crate) fn walk_in<S: Shape, O: Order, const K: usize>(
    steps: [[isize; MAX_RANK]; K],
    f: impl FnMut([isize; K]),
) {
    if O::IS_ROW_MAJOR {
        walk::<S, K>(steps, f);
    } else {
        let mut reversed = [[0; MAX_RANK]; K];
        for (out, axes) in reversed.iter_mut().zip(&steps) {
            for k in 0..S::NDIM {
                out[k] = axes[S::NDIM - 1 - k];
            }
        }
        walk::<S::Reversed, K>(reversed, f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::order::{ColMajor, RowMajor};
    use crate::shape::{Shape1, Shape2, Shape3};
    use std::vec::Vec;

    #[test]
    fn c_order_offsets() {
        let mut seen = Vec::new();
        let mut steps = [[0; MAX_RANK]; 2];
        steps[0][..3].copy_from_slice(&[12, 4, 1]);
        steps[1][..3].copy_from_slice(&[1, 2, 6]);
        walk::<Shape3<2, 3, 4>, 2>(steps, |[a, b]| seen.push((a, b)));
        assert_eq!(seen.len(), 24);
        assert_eq!(
            seen.iter().map(|p| p.0).collect::<Vec<_>>(),
            (0..24).collect::<Vec<_>>()
        );
        assert_eq!(seen[5], (5, 2 + 6)); // index [0, 1, 1]
        let mut none = 0;
        walk::<Shape3<2, 0, 4>, 1>([[0; MAX_RANK]], |_| none += 1);
        assert_eq!(none, 0);
        let mut back = Vec::new();
        walk::<Shape1<3>, 1>([[-2, 0, 0, 0, 0, 0, 0, 0]], |[o]| back.push(o));
        assert_eq!(back, [0, -2, -4]);
    }

    #[test]
    fn memory_order_walks_follow_the_order() {
        let steps = contiguous_steps(&[2, 3], false);
        assert_eq!(&steps[..2], &[1, 2]);
        let mut seen = Vec::new();
        walk_in::<Shape2<2, 3>, ColMajor, 1>([steps], |[o]| seen.push(o));
        assert_eq!(seen, [0, 1, 2, 3, 4, 5]);
        seen.clear();
        walk_in::<Shape2<2, 3>, RowMajor, 1>([steps], |[o]| seen.push(o));
        assert_eq!(seen, [0, 2, 4, 1, 3, 5]);
    }

    #[test]
    fn offsets_need_one_position_per_axis() {
        let steps = contiguous_steps(&[2, 3], true);
        assert_eq!(offset_of::<Shape2<2, 3>>(&[1, 2], &steps), Some(5));
        assert_eq!(offset_of::<Shape2<2, 3>>(&[1], &steps), None);
        assert_eq!(offset_of::<Shape2<2, 3>>(&[1, 2, 0], &steps), None);
        assert_eq!(offset_of::<Shape2<2, 3>>(&[2, 0], &steps), None);
        assert_eq!(unravel::<Shape3<2, 3, 4>>(23), [1, 2, 3]);
    }
}
