//! A matrix transposed into fresh memory, each element written once: the
//! different-order case of `to_order`. In 8x8 tiles, each tile's rows
//! written contiguously in the destination (the reads are the strided
//! side), which keeps the writes whole and the eight source lines of a tile
//! in L1.
//!
//! The fact it rests on: the tiles cover every `(i, j)` with `i < rows`
//! and `j < cols` exactly once, and `(i, j) -> j * rows + i` is a bijection
//! onto `0..rows * cols`, so every slot of the destination is written
//! before `assume_init`.

use core::mem::MaybeUninit;

use crate::array::Array;
use crate::element::Stored;
use crate::order::Order;
use crate::shape::Shape;

const TILE: usize = 8;

/// Writes `dst[j * rows + i] = src[i * cols + j]` for every `i < rows`,
/// `j < cols`. Panics unless both hold `rows * cols` elements.
fn transpose_into<T: Copy>(src: &[T], dst: &mut [MaybeUninit<T>], rows: usize, cols: usize) {
    assert!(src.len() == rows * cols && dst.len() == rows * cols);
    for j0 in (0..cols).step_by(TILE) {
        for i0 in (0..rows).step_by(TILE) {
            for j in j0..(j0 + TILE).min(cols) {
                let out = &mut dst[j * rows..][..rows];
                for i in i0..(i0 + TILE).min(rows) {
                    out[i].write(src[i * cols + j]);
                }
            }
        }
    }
}

impl<T: Copy + Stored, S: Shape, O: Order> Array<T, S, O> {
    /// The array whose memory is `src`, a row-major `rows` x `cols`
    /// matrix, transposed. Panics unless `rows * cols == S::SIZE ==
    /// src.len()`.
    pub(crate) fn from_transposed(src: &[T], rows: usize, cols: usize) -> Self {
        assert_eq!(rows * cols, S::SIZE);
        let mut out = Self::uninit();
        transpose_into(src, out.as_mut_slice(), rows, cols);
        // SAFETY: `transpose_into` wrote every one of the `S::SIZE` slots
        // (the module's fact; it panics before writing if a length is off).
        unsafe { out.assume_init() }
    }

    /// [`from_transposed`](Self::from_transposed) on the heap.
    #[cfg(feature = "alloc")]
    pub(crate) fn boxed_from_transposed(
        src: &[T],
        rows: usize,
        cols: usize,
    ) -> alloc::boxed::Box<Self> {
        assert_eq!(rows * cols, S::SIZE);
        let mut out = Self::uninit_boxed();
        transpose_into(src, out.as_mut_slice(), rows, cols);
        // SAFETY: as in `from_transposed`: every slot was written.
        unsafe { out.assume_init_boxed() }
    }
}
