//! Between arrays and the row-major `[[T; C]; R]` the algorithms work on:
//! for a row-major array its memory itself (no copy), for a column-major
//! one a transposing copy.

use crate::array::Array;
use crate::element::Stored;
use crate::order::Order;
use crate::shape::Shape2;

/// The rows of `a`, whatever its order.
#[inline(always)]
pub(super) fn rows<T: Stored + Copy, O: Order, const R: usize, const C: usize>(
    a: &Array<T, Shape2<R, C>, O>,
) -> [[T; C]; R] {
    if O::IS_ROW_MAJOR {
        a.data
    } else {
        core::array::from_fn(|i| core::array::from_fn(|j| a[[i, j]]))
    }
}

/// The array of order `O` whose rows are `m` (for the decompositions,
/// which need square roots).
#[cfg(any(feature = "std", feature = "libm"))]
#[inline(always)]
pub(super) fn from_rows<T: Stored + Copy, O: Order, const R: usize, const C: usize>(
    m: [[T; C]; R],
) -> Array<T, Shape2<R, C>, O> {
    if O::IS_ROW_MAJOR {
        with_memory(m)
    } else {
        let mut out = with_memory(m);
        for (i, row) in m.iter().enumerate() {
            for (j, &v) in row.iter().enumerate() {
                out[[i, j]] = v;
            }
        }
        out
    }
}

/// The array of order `O` whose memory is `data` (for a column-major
/// array, the memory of its transpose).
#[inline(always)]
pub(super) fn with_memory<T: Stored, O: Order, const R: usize, const C: usize>(
    data: [[T; C]; R],
) -> Array<T, Shape2<R, C>, O> {
    Array {
        data,
        order: core::marker::PhantomData,
    }
}
