//! Which float matrix products go to a packing GEMM (feature
//! `matrixmultiply`, `raw/gemm.rs`) and which stay with the row-by-row
//! kernels of `product.rs`.
//!
//! A packing GEMM copies panels of both operands into cache-sized blocks
//! and runs a register-blocked micro-kernel over them: for big matrices
//! it is several times faster than any loop over rows, whose reads of `b`
//! leave the caches. For small ones the copies cost more than they save
//! (the crossover was measured, see [`F64_FROM`]). Integer products are
//! never handed over: they stay exact, wrapping as NumPy's do.

/// The multiply-adds (`m * k * n`) from which `f64` products go to the
/// GEMM. Measured (`matmul_into`, square, x86-64): at 64x64 the GEMM and
/// the AVX-512 row kernel are even (12.0 against 11.5 us), and the GEMM
/// twice as fast as the AVX2 one (12.0 against 24.9 us); at 96x96 it wins
/// on both (38 against 62 us).
#[cfg(feature = "matrixmultiply")]
pub(crate) const F64_FROM: usize = 64 * 64 * 64;

/// The same for `f32`, whose row kernels fill wider registers: at 64x64
/// they still win (5.9 us AVX-512, 5.4 us AVX2, against 6.5 us), at 96x96
/// the GEMM does (20 against 29 us).
#[cfg(feature = "matrixmultiply")]
pub(crate) const F32_FROM: usize = 80 * 80 * 80;

/// `c = a b` through the GEMM when the feature is on, `T` is `f32` or
/// `f64` and the product is big enough; `false` (and `c` untouched)
/// otherwise. Each operand is one contiguous block, row-major when its
/// flag says so.
#[inline(always)]
pub(crate) fn product<T: 'static>(
    [m, k, n]: [usize; 3],
    (a, a_row_major): (&[T], bool),
    (b, b_row_major): (&[T], bool),
    (c, c_row_major): (&mut [T], bool),
) -> bool {
    // Only `f32` and `f64` go on (checked in `gemm`), told apart by size.
    #[cfg(feature = "matrixmultiply")]
    if m.saturating_mul(k).saturating_mul(n)
        >= if size_of::<T>() == 4 {
            F32_FROM
        } else {
            F64_FROM
        }
    {
        use crate::raw::gemm::{Block, gemm};
        let a = Block {
            data: a,
            row_major: a_row_major,
        };
        let b = Block {
            data: b,
            row_major: b_row_major,
        };
        return gemm([m, k, n], a, b, c, c_row_major);
    }
    #[cfg(not(feature = "matrixmultiply"))]
    let _ = ([m, k, n], a, a_row_major, b, b_row_major, c, c_row_major);
    false
}
