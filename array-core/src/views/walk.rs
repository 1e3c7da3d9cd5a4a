//! Walking every index of a shape in logical (C) order, as memory offsets:
//! the loop behind everything a strided view does. The innermost axis is a
//! plain counted loop with a constant step, so the compiler sees the loop a
//! person would write over strided data.

use crate::shape::{MAX_RANK, Shape};

/// Calls `f` with `K` offsets (in elements) for every index of shape `S`, in
/// C order: offset `k` is the sum over the axes of index times
/// `steps[k][axis]`.
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
            for (offset, step) in offsets.iter_mut().zip(inner_steps) {
                *offset += step;
            }
        }
        // The next index of the outer axes, the fastest (n - 2) first.
        let mut axis = n - 1;
        while axis > 0 {
            axis -= 1;
            index[axis] += 1;
            for (b, axes) in base.iter_mut().zip(&steps) {
                *b += axes[axis];
            }
            if index[axis] < S::DIMS[axis] {
                break;
            }
            for (b, axes) in base.iter_mut().zip(&steps) {
                *b -= axes[axis] * S::DIMS[axis] as isize;
            }
            index[axis] = 0;
        }
    }
}

/// The offset of `index` for `steps`, or `None` when an axis is out of
/// range for shape `S`.
#[inline]
pub(crate) fn offset_of<S: Shape>(index: &[usize], steps: &[isize; MAX_RANK]) -> Option<isize> {
    let mut offset = 0;
    for (axis, (&i, &len)) in index.iter().zip(S::DIMS).enumerate() {
        if i >= len {
            return None;
        }
        offset += i as isize * steps[axis];
    }
    Some(offset)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shape::{Shape1, Shape3};
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
}
