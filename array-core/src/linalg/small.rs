//! Closed forms for matrices up to 4x4: the determinant by cofactors and
//! the inverse as the adjugate over the determinant (the method of `glam`
//! and of Eberly's "The Laplace Expansion Theorem"). Straight-line code:
//! no loop, no call, no branch but the caller's test of the determinant.
//!
//! All functions take row-major `[[T; N]; N]`; a column-major array passes
//! its memory, which is the transpose: `det(Aᵀ) = det(A)` and
//! `inv(Aᵀ) = inv(A)ᵀ`, so the same memory comes back right either way.

use super::Float;

/// `m[i][j]`, for code written for one size inside a function generic over
/// `N` (the branch for another size is never taken).
#[inline(always)]
fn e<T: Copy, const N: usize>(m: &[[T; N]; N], i: usize, j: usize) -> T {
    m[i][j]
}

/// The 2x2 minors of a 4x4 matrix: `s` from rows 0 and 1, `c` from rows 2
/// and 3, columns (0,1) (0,2) (0,3) (1,2) (1,3) (2,3).
#[inline(always)]
fn minors4<T: Float, const N: usize>(m: &[[T; N]; N]) -> ([T; 6], [T; 6]) {
    let pair = |r0: usize, r1: usize| {
        let d = |a: usize, b: usize| e(m, r0, a) * e(m, r1, b) - e(m, r1, a) * e(m, r0, b);
        [d(0, 1), d(0, 2), d(0, 3), d(1, 2), d(1, 3), d(2, 3)]
    };
    (pair(0, 1), pair(2, 3))
}

/// The determinant for `N <= 4`; `None` for larger sizes.
#[inline(always)]
pub(super) fn det<T: Float, const N: usize>(m: &[[T; N]; N]) -> Option<T> {
    let x = |i, j| e(m, i, j);
    Some(match N {
        0 => T::ONE,
        1 => x(0, 0),
        2 => x(0, 0) * x(1, 1) - x(0, 1) * x(1, 0),
        3 => {
            x(0, 0) * (x(1, 1) * x(2, 2) - x(1, 2) * x(2, 1))
                - x(0, 1) * (x(1, 0) * x(2, 2) - x(1, 2) * x(2, 0))
                + x(0, 2) * (x(1, 0) * x(2, 1) - x(1, 1) * x(2, 0))
        }
        4 => {
            let (s, c) = minors4(m);
            s[0] * c[5] - s[1] * c[4] + s[2] * c[3] + s[3] * c[2] - s[4] * c[1] + s[5] * c[0]
        }
        _ => return None,
    })
}

/// The inverse for `N <= 4` when the determinant is a normal float (not
/// zero, subnormal, infinite or NaN); `None` otherwise, and the caller
/// falls back to LU, which decides exact singularity as LAPACK does.
#[inline(always)]
pub(super) fn inv<T: Float, const N: usize>(m: &[[T; N]; N]) -> Option<[[T; N]; N]> {
    let x = |i, j| e(m, i, j);
    let mut out = [[T::ZERO; N]; N];
    let mut set = |i: usize, j: usize, v: T| out[i][j] = v;
    match N {
        0 => {}
        1 => {
            let d = x(0, 0);
            if !d.is_normal_float() {
                return None;
            }
            set(0, 0, T::ONE / d);
        }
        2 => {
            let d = x(0, 0) * x(1, 1) - x(0, 1) * x(1, 0);
            if !d.is_normal_float() {
                return None;
            }
            let r = T::ONE / d;
            set(0, 0, x(1, 1) * r);
            set(0, 1, -x(0, 1) * r);
            set(1, 0, -x(1, 0) * r);
            set(1, 1, x(0, 0) * r);
        }
        3 => {
            // The cofactors of the first row give the determinant.
            let c00 = x(1, 1) * x(2, 2) - x(1, 2) * x(2, 1);
            let c01 = x(1, 2) * x(2, 0) - x(1, 0) * x(2, 2);
            let c02 = x(1, 0) * x(2, 1) - x(1, 1) * x(2, 0);
            let d = x(0, 0) * c00 + x(0, 1) * c01 + x(0, 2) * c02;
            if !d.is_normal_float() {
                return None;
            }
            let r = T::ONE / d;
            set(0, 0, c00 * r);
            set(1, 0, c01 * r);
            set(2, 0, c02 * r);
            set(0, 1, (x(0, 2) * x(2, 1) - x(0, 1) * x(2, 2)) * r);
            set(1, 1, (x(0, 0) * x(2, 2) - x(0, 2) * x(2, 0)) * r);
            set(2, 1, (x(0, 1) * x(2, 0) - x(0, 0) * x(2, 1)) * r);
            set(0, 2, (x(0, 1) * x(1, 2) - x(0, 2) * x(1, 1)) * r);
            set(1, 2, (x(0, 2) * x(1, 0) - x(0, 0) * x(1, 2)) * r);
            set(2, 2, (x(0, 0) * x(1, 1) - x(0, 1) * x(1, 0)) * r);
        }
        4 => {
            let (s, c) = minors4(m);
            let d =
                s[0] * c[5] - s[1] * c[4] + s[2] * c[3] + s[3] * c[2] - s[4] * c[1] + s[5] * c[0];
            if !d.is_normal_float() {
                return None;
            }
            let r = T::ONE / d;
            set(0, 0, (x(1, 1) * c[5] - x(1, 2) * c[4] + x(1, 3) * c[3]) * r);
            set(
                0,
                1,
                (-x(0, 1) * c[5] + x(0, 2) * c[4] - x(0, 3) * c[3]) * r,
            );
            set(0, 2, (x(3, 1) * s[5] - x(3, 2) * s[4] + x(3, 3) * s[3]) * r);
            set(
                0,
                3,
                (-x(2, 1) * s[5] + x(2, 2) * s[4] - x(2, 3) * s[3]) * r,
            );
            set(
                1,
                0,
                (-x(1, 0) * c[5] + x(1, 2) * c[2] - x(1, 3) * c[1]) * r,
            );
            set(1, 1, (x(0, 0) * c[5] - x(0, 2) * c[2] + x(0, 3) * c[1]) * r);
            set(
                1,
                2,
                (-x(3, 0) * s[5] + x(3, 2) * s[2] - x(3, 3) * s[1]) * r,
            );
            set(1, 3, (x(2, 0) * s[5] - x(2, 2) * s[2] + x(2, 3) * s[1]) * r);
            set(2, 0, (x(1, 0) * c[4] - x(1, 1) * c[2] + x(1, 3) * c[0]) * r);
            set(
                2,
                1,
                (-x(0, 0) * c[4] + x(0, 1) * c[2] - x(0, 3) * c[0]) * r,
            );
            set(2, 2, (x(3, 0) * s[4] - x(3, 1) * s[2] + x(3, 3) * s[0]) * r);
            set(
                2,
                3,
                (-x(2, 0) * s[4] + x(2, 1) * s[2] - x(2, 3) * s[0]) * r,
            );
            set(
                3,
                0,
                (-x(1, 0) * c[3] + x(1, 1) * c[1] - x(1, 2) * c[0]) * r,
            );
            set(3, 1, (x(0, 0) * c[3] - x(0, 1) * c[1] + x(0, 2) * c[0]) * r);
            set(
                3,
                2,
                (-x(3, 0) * s[3] + x(3, 1) * s[1] - x(3, 2) * s[0]) * r,
            );
            set(3, 3, (x(2, 0) * s[3] - x(2, 1) * s[1] + x(2, 2) * s[0]) * r);
        }
        _ => return None,
    }
    Some(out)
}
