//! Large `f32`/`f64` matrix products through the packing GEMM of the
//! `matrixmultiply` crate (the one `ndarray` uses).
//!
//! The invariant: a matrix handed over as `(data, rows, cols, order)`
//! occupies exactly `rows * cols` elements of `data`, so every
//! `(i, j)` with `i < rows`, `j < cols` reaches `data[i * cols + j]`
//! (row-major) or `data[j * rows + i]` (column-major): in bounds, and
//! distinct for distinct `(i, j)`, so the written matrix has no two
//! positions on one element. The slice lengths are checked here, before
//! any pointer leaves for the crate.
//!
//! With `std` the crate picks its AVX2+FMA kernel at run time (its AVX-512
//! kernels are not compiled in: its `avx512` feature is off, so the GEMM
//! takes the same path on AVX2 and AVX-512 machines and under
//! `SHAPED_SIMD`); without `std`, the kernel the build targets.

use core::any::TypeId;

/// A matrix in one contiguous block: its elements and whether it is
/// stored row by row (NumPy's order 'C') or column by column ('F').
#[derive(Clone, Copy)]
pub(crate) struct Block<'a, T> {
    /// The `rows * cols` elements.
    pub data: &'a [T],
    /// Row-major (`true`) or column-major (`false`).
    pub row_major: bool,
}

/// The element steps `(to the next row, to the next column)` of a
/// `rows x cols` block in the given order.
fn steps(rows: usize, cols: usize, row_major: bool) -> (isize, isize) {
    // The lengths were checked against slices, which hold at most
    // `isize::MAX` bytes: both fit.
    if row_major {
        (cols as isize, 1)
    } else {
        (1, rows as isize)
    }
}

/// `c = a b` for an `m x k` matrix `a` and a `k x n` matrix `b`, into the
/// `m x n` block `c` (stored row-major when `c_row_major`), when `T` is
/// `f32` or `f64`; returns `false` and touches nothing for any other `T`.
///
/// Each element of `c` is a sum of `k` products in the GEMM's order (in
/// blocks of the packed panels, fused multiply-adds where the CPU has
/// them): equal to the row-by-row loop's within rounding, and exact when
/// every product and partial sum is (small integers in floats).
///
/// # Panics
/// If a slice's length is not its matrix's element count.
pub(crate) fn gemm<T: 'static>(
    [m, k, n]: [usize; 3],
    a: Block<'_, T>,
    b: Block<'_, T>,
    c: &mut [T],
    c_row_major: bool,
) -> bool {
    assert_eq!(a.data.len(), m * k, "gemm: `a` is not {m}x{k}");
    assert_eq!(b.data.len(), k * n, "gemm: `b` is not {k}x{n}");
    assert_eq!(c.len(), m * n, "gemm: `c` is not {m}x{n}");
    let (rsa, csa) = steps(m, k, a.row_major);
    let (rsb, csb) = steps(k, n, b.row_major);
    let (rsc, csc) = steps(m, n, c_row_major);
    let (pa, pb, pc) = (a.data.as_ptr(), b.data.as_ptr(), c.as_mut_ptr());
    if TypeId::of::<T>() == TypeId::of::<f32>() {
        let (pa, pb, pc) = (pa.cast::<f32>(), pb.cast::<f32>(), pc.cast::<f32>());
        // SAFETY: `T` is `f32` (same `TypeId`), so the casts keep the
        // element type. By the lengths checked above and the steps of
        // each order (this file's invariant), every position the GEMM
        // reads lies in `a` or `b` and every position it writes lies in
        // `c`, each once; `c` is borrowed mutably, so it overlaps neither
        // input. `beta = 0` means `c` is only written, never read.
        unsafe {
            matrixmultiply::sgemm(m, k, n, 1.0, pa, rsa, csa, pb, rsb, csb, 0.0, pc, rsc, csc);
        }
        return true;
    }
    if TypeId::of::<T>() == TypeId::of::<f64>() {
        let (pa, pb, pc) = (pa.cast::<f64>(), pb.cast::<f64>(), pc.cast::<f64>());
        // SAFETY: as for `f32` above, with `T` = `f64`.
        unsafe {
            matrixmultiply::dgemm(m, k, n, 1.0, pa, rsa, csa, pb, rsb, csb, 0.0, pc, rsc, csc);
        }
        return true;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::{Block, gemm};

    #[test]
    fn every_order_gives_the_same_exact_product() {
        // 2x3 @ 3x2 in integers small enough that every sum is exact.
        let a_rows = [1.0f64, 2.0, 3.0, 4.0, 5.0, 6.0];
        let a_cols = [1.0f64, 4.0, 2.0, 5.0, 3.0, 6.0];
        let b_rows = [7.0f64, 8.0, 9.0, 10.0, 11.0, 12.0];
        let b_cols = [7.0f64, 9.0, 11.0, 8.0, 10.0, 12.0];
        for (a, a_row_major) in [(&a_rows, true), (&a_cols, false)] {
            for (b, b_row_major) in [(&b_rows, true), (&b_cols, false)] {
                let (a, b) = (
                    Block {
                        data: &a[..],
                        row_major: a_row_major,
                    },
                    Block {
                        data: &b[..],
                        row_major: b_row_major,
                    },
                );
                let mut c = [f64::NAN; 4];
                assert!(gemm([2, 3, 2], a, b, &mut c, true));
                assert_eq!(c, [58.0, 64.0, 139.0, 154.0]);
                assert!(gemm([2, 3, 2], a, b, &mut c, false));
                assert_eq!(c, [58.0, 139.0, 64.0, 154.0]);
            }
        }
    }

    #[test]
    fn integers_are_left_alone() {
        let (a, b) = ([1i32; 4], [2i32; 4]);
        let mut c = [7i32; 4];
        let block = |data| Block {
            data,
            row_major: true,
        };
        assert!(!gemm([2, 2, 2], block(&a[..]), block(&b[..]), &mut c, true));
        assert_eq!(c, [7; 4]);
    }

    #[test]
    #[should_panic(expected = "`b` is not 3x2")]
    fn a_short_slice_panics() {
        let (a, b) = ([1.0f32; 6], [1.0f32; 5]);
        let mut c = [0.0f32; 4];
        let block = |data| Block {
            data,
            row_major: true,
        };
        gemm([2, 3, 2], block(&a[..]), block(&b[..]), &mut c, true);
    }
}
