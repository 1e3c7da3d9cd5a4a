//! 4x4 `f32` kernels in SSE registers (x86-64 only):
//! - the adjugate, GLM's and `glam`'s arrangement of the cofactors as
//!   four-lane shuffles: what the portable form in `linalg/small.rs`
//!   computes, in about half the time (the compiler's own vectorisation of
//!   it spills registers);
//! - the matrix product, each row of `a` loaded whole and its lanes
//!   broadcast by shuffles (the compiler's version loads each element
//!   with an unaligned vector load that overlaps the next row, which
//!   stalls when the caller has just stored the matrix).
//!
//! The one fact it rests on: SSE is part of the x86-64 baseline, so every
//! x86-64 CPU runs `#[target_feature(enable = "sse")]` code (checked at
//! compile time below: this file exists only when the target has SSE).

use core::arch::x86_64::{__m128, _mm_add_ps, _mm_mul_ps, _mm_set_ps, _mm_shuffle_ps, _mm_sub_ps};

/// An SSE register holding `r`'s four lanes.
#[cfg(not(target_feature = "avx"))]
#[inline(always)]
fn vector(r: [f32; 4]) -> __m128 {
    // SAFETY: `[f32; 4]` and `__m128` are both 16 bytes, and every bit
    // pattern is a valid value of either.
    unsafe { core::mem::transmute::<[f32; 4], __m128>(r) }
}

/// Lanes `[a, b, c, d]` of an SSE register, as an array.
#[inline(always)]
fn lanes(v: __m128) -> [f32; 4] {
    // SAFETY: `__m128` and `[f32; 4]` are both 16 bytes, and every bit
    // pattern is a valid value of either.
    unsafe { core::mem::transmute::<__m128, [f32; 4]>(v) }
}

/// The adjugate of `m` (its rows, row-major) and its determinant, as
/// `linalg::small::adjugate4` defines them, to the same bits: the same
/// products and sums in the same order.
#[inline(always)]
pub(crate) fn adjugate4_f32(m: &[[f32; 4]; 4]) -> ([[f32; 4]; 4], f32) {
    // SAFETY: SSE is statically enabled on this target (the `cfg` on this
    // module), so the CPU running this code has it.
    unsafe { adjugate4(m) }
}

/// `_mm_shuffle_ps` with four lane indices: lanes 0 and 1 from `a`, 2 and
/// 3 from `b`.
macro_rules! shuffle {
    ($a:expr, $b:expr, [$i0:literal, $i1:literal, $i2:literal, $i3:literal]) => {
        _mm_shuffle_ps::<{ $i0 | ($i1 << 2) | ($i2 << 4) | ($i3 << 6) }>($a, $b)
    };
}

#[inline]
#[target_feature(enable = "sse")]
fn adjugate4(m: &[[f32; 4]; 4]) -> ([[f32; 4]; 4], f32) {
    let row = |r: &[f32; 4]| _mm_set_ps(r[3], r[2], r[1], r[0]);
    let (x, y, z, w) = (row(&m[0]), row(&m[1]), row(&m[2]), row(&m[3]));
    // The 2x2 minors over columns (i, j) of rows (2, 3), (2, 3), (1, 3)
    // and (1, 2).
    macro_rules! fac {
        ($i:literal, $j:literal) => {{
            let wz_j = shuffle!(w, z, [$j, $j, $j, $j]);
            let wz_i = shuffle!(w, z, [$i, $i, $i, $i]);
            let zy_i = shuffle!(z, y, [$i, $i, $i, $i]);
            let zy_j = shuffle!(z, y, [$j, $j, $j, $j]);
            _mm_sub_ps(
                _mm_mul_ps(zy_i, shuffle!(wz_j, wz_j, [0, 0, 0, 2])),
                _mm_mul_ps(shuffle!(wz_i, wz_i, [0, 0, 0, 2]), zy_j),
            )
        }};
    }
    let (fac0, fac1, fac2) = (fac!(2, 3), fac!(1, 3), fac!(1, 2));
    let (fac3, fac4, fac5) = (fac!(0, 3), fac!(0, 2), fac!(0, 1));
    // [y_j, x_j, x_j, x_j]
    macro_rules! vec {
        ($j:literal) => {{
            let t = shuffle!(y, x, [$j, $j, $j, $j]);
            shuffle!(t, t, [0, 2, 2, 2])
        }};
    }
    let (v0, v1, v2, v3) = (vec![0], vec![1], vec![2], vec![3]);
    let combine = |a: __m128, fa: __m128, b: __m128, fb: __m128, c: __m128, fc: __m128| {
        _mm_add_ps(
            _mm_sub_ps(_mm_mul_ps(a, fa), _mm_mul_ps(b, fb)),
            _mm_mul_ps(c, fc),
        )
    };
    let sign_a = _mm_set_ps(-1.0, 1.0, -1.0, 1.0);
    let sign_b = _mm_set_ps(1.0, -1.0, 1.0, -1.0);
    let i0 = _mm_mul_ps(combine(v1, fac0, v2, fac1, v3, fac2), sign_a);
    let i1 = _mm_mul_ps(combine(v0, fac0, v2, fac3, v3, fac4), sign_b);
    let i2 = _mm_mul_ps(combine(v0, fac1, v1, fac3, v3, fac5), sign_a);
    let i3 = _mm_mul_ps(combine(v0, fac2, v1, fac4, v2, fac5), sign_b);
    // det = row 0 · column 0 of the adjugate, summed (d0 + d1) + (d2 + d3).
    let t0 = shuffle!(i0, i1, [0, 0, 0, 0]);
    let t1 = shuffle!(i2, i3, [0, 0, 0, 0]);
    let d = lanes(_mm_mul_ps(x, shuffle!(t0, t1, [0, 2, 0, 2])));
    let det = (d[0] + d[1]) + (d[2] + d[3]);
    ([lanes(i0), lanes(i1), lanes(i2), lanes(i3)], det)
}

/// `c = a b` for row-major 4x4 matrices, as `linalg::product::matmul_rows`
/// defines it, to the same bits: row `i` of `c` is `a[i][0] * b[0]`, then
/// `+ a[i][1] * b[1]`, and so on, in that order (per lane, the same
/// multiplies and adds).
// Builds for AVX CPUs use the portable loop (see `matmul_rows`).
#[cfg(not(target_feature = "avx"))]
#[inline(always)]
pub(crate) fn matmul4_f32(a: &[[f32; 4]; 4], b: &[[f32; 4]; 4], c: &mut [[f32; 4]; 4]) {
    // SAFETY: SSE is statically enabled on this target (the `cfg` on this
    // module), so the CPU running this code has it.
    unsafe { matmul4(a, b, c) }
}

#[cfg(not(target_feature = "avx"))]
#[inline]
#[target_feature(enable = "sse")]
fn matmul4(a: &[[f32; 4]; 4], b: &[[f32; 4]; 4], c: &mut [[f32; 4]; 4]) {
    let b = b.map(vector);
    for (out, row) in c.iter_mut().zip(a) {
        let r = vector(*row);
        let mut acc = _mm_mul_ps(shuffle!(r, r, [0, 0, 0, 0]), b[0]);
        acc = _mm_add_ps(acc, _mm_mul_ps(shuffle!(r, r, [1, 1, 1, 1]), b[1]));
        acc = _mm_add_ps(acc, _mm_mul_ps(shuffle!(r, r, [2, 2, 2, 2]), b[2]));
        acc = _mm_add_ps(acc, _mm_mul_ps(shuffle!(r, r, [3, 3, 3, 3]), b[3]));
        *out = lanes(acc);
    }
}
