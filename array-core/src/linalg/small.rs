//! Closed forms for matrices up to 4x4: the determinant by cofactors and
//! the inverse as the adjugate over the determinant. Straight-line code:
//! no loop, no call, and one test of the determinant, last. The 4x4 forms
//! group the cofactors in lanes of four (the arrangement of GLM and
//! `glam`), which the compiler turns into packed SIMD arithmetic.
//!
//! All functions take an array's memory as row-major rows, `[[T; C]; R]`
//! with `R == C` (the callers require `Square`), and return the inverse in
//! the same type, so no copy is made on the way in or out. A column-major
//! array passes its memory, which is the transpose: `det(Aᵀ) = det(A)` and
//! `inv(Aᵀ) = inv(A)ᵀ`, so the same memory comes back right either way.

use super::Float;

/// Four lanes, added, subtracted and multiplied lane by lane.
type Lanes<T> = [T; 4];

#[inline(always)]
fn mul<T: Float>(a: Lanes<T>, b: Lanes<T>) -> Lanes<T> {
    [a[0] * b[0], a[1] * b[1], a[2] * b[2], a[3] * b[3]]
}

#[inline(always)]
fn sub<T: Float>(a: Lanes<T>, b: Lanes<T>) -> Lanes<T> {
    [a[0] - b[0], a[1] - b[1], a[2] - b[2], a[3] - b[3]]
}

#[inline(always)]
fn add<T: Float>(a: Lanes<T>, b: Lanes<T>) -> Lanes<T> {
    [a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]]
}

/// `(a0 + a1) + (a2 + a3)`.
#[inline(always)]
fn sum4<T: Float>(a: Lanes<T>) -> T {
    (a[0] + a[1]) + (a[2] + a[3])
}

/// `m` as a 4x4 matrix, for code written for that size inside a function
/// generic over the size (the branch for another size is never taken).
#[inline(always)]
fn rows4<T: Float, const R: usize, const C: usize>(m: &[[T; C]; R]) -> [Lanes<T>; 4] {
    core::array::from_fn(|i| core::array::from_fn(|j| m[i][j]))
}

/// The first column of the 4x4 cofactor matrix, signs applied: `det` is
/// its dot product with row 0.
#[inline(always)]
fn cofactors4<T: Float>(m: &[Lanes<T>; 4]) -> Lanes<T> {
    // 2x2 minors of rows 2 and 3.
    let f00 = m[2][2] * m[3][3] - m[3][2] * m[2][3];
    let f01 = m[2][1] * m[3][3] - m[3][1] * m[2][3];
    let f02 = m[2][1] * m[3][2] - m[3][1] * m[2][2];
    let f03 = m[2][0] * m[3][3] - m[3][0] * m[2][3];
    let f04 = m[2][0] * m[3][2] - m[3][0] * m[2][2];
    let f05 = m[2][0] * m[3][1] - m[3][0] * m[2][1];
    let r = m[1];
    let c = add(
        sub(
            mul([r[1], r[0], r[0], r[0]], [f00, f00, f01, f02]),
            mul([r[2], r[2], r[1], r[1]], [f01, f03, f03, f04]),
        ),
        mul([r[3], r[3], r[3], r[2]], [f02, f04, f05, f05]),
    );
    [c[0], -c[1], c[2], -c[3]]
}

/// The determinant for sizes up to 4; `None` for larger ones.
#[inline(always)]
pub(super) fn det<T: Float, const R: usize, const C: usize>(m: &[[T; C]; R]) -> Option<T> {
    let x = |i: usize, j: usize| m[i][j];
    Some(match R {
        0 => T::ONE,
        1 => x(0, 0),
        2 => x(0, 0) * x(1, 1) - x(0, 1) * x(1, 0),
        3 => {
            x(0, 0) * (x(1, 1) * x(2, 2) - x(1, 2) * x(2, 1))
                - x(0, 1) * (x(1, 0) * x(2, 2) - x(1, 2) * x(2, 0))
                + x(0, 2) * (x(1, 0) * x(2, 1) - x(1, 1) * x(2, 0))
        }
        4 => {
            let m = rows4(m);
            sum4(mul(m[0], cofactors4(&m)))
        }
        _ => return None,
    })
}

/// The 4x4 adjugate (GLM's arrangement of the cofactors) and the
/// determinant. `f32` on x86-64 computes the same in SSE registers
/// (`raw/sse.rs`), to the same bits.
#[inline(always)]
pub(super) fn adjugate4<T: Float>(m: &[Lanes<T>; 4]) -> ([Lanes<T>; 4], T) {
    // The 2x2 minors over columns (i, j) of rows (2, 3), (2, 3), (1, 3)
    // and (1, 2), four at a time.
    let fac = |i: usize, j: usize| {
        sub(
            mul(
                [m[2][i], m[2][i], m[1][i], m[1][i]],
                [m[3][j], m[3][j], m[3][j], m[2][j]],
            ),
            mul(
                [m[3][i], m[3][i], m[3][i], m[2][i]],
                [m[2][j], m[2][j], m[1][j], m[1][j]],
            ),
        )
    };
    let (fac0, fac1, fac2) = (fac(2, 3), fac(1, 3), fac(1, 2));
    let (fac3, fac4, fac5) = (fac(0, 3), fac(0, 2), fac(0, 1));
    let v = |j: usize| [m[1][j], m[0][j], m[0][j], m[0][j]];
    let (v0, v1, v2, v3) = (v(0), v(1), v(2), v(3));
    let i0 = add(sub(mul(v1, fac0), mul(v2, fac1)), mul(v3, fac2));
    let i1 = add(sub(mul(v0, fac0), mul(v2, fac3)), mul(v3, fac4));
    let i2 = add(sub(mul(v0, fac1), mul(v1, fac3)), mul(v3, fac5));
    let i3 = add(sub(mul(v0, fac2), mul(v1, fac4)), mul(v2, fac5));
    let (p, n) = (T::ONE, -T::ONE);
    let adjugate = [
        mul(i0, [p, n, p, n]),
        mul(i1, [n, p, n, p]),
        mul(i2, [p, n, p, n]),
        mul(i3, [n, p, n, p]),
    ];
    let column0 = [
        adjugate[0][0],
        adjugate[1][0],
        adjugate[2][0],
        adjugate[3][0],
    ];
    (adjugate, sum4(mul(m[0], column0)))
}

/// The inverse for sizes up to 4 when the determinant is a normal float
/// (not zero, subnormal, infinite or NaN); `None` otherwise, and the
/// caller falls back to LU, which decides exact singularity as LAPACK does.
#[inline(always)]
pub(super) fn inv<T: Float, const R: usize, const C: usize>(
    m: &[[T; C]; R],
) -> Option<[[T; C]; R]> {
    let x = |i: usize, j: usize| m[i][j];
    let mut out = [[T::ZERO; C]; R];
    // Each size computes everything and tests the determinant last:
    // straight-line code the compiler schedules as one block.
    let d = match R {
        0 => T::ONE,
        1 => {
            let d = x(0, 0);
            out[0][0] = T::ONE / d;
            d
        }
        2 => {
            let d = x(0, 0) * x(1, 1) - x(0, 1) * x(1, 0);
            let r = T::ONE / d;
            out[0][0] = x(1, 1) * r;
            out[0][1] = -x(0, 1) * r;
            out[1][0] = -x(1, 0) * r;
            out[1][1] = x(0, 0) * r;
            d
        }
        3 => {
            // The cross products of two rows are the columns of the
            // adjugate: m · (r1 × r2) = (det, 0, 0).
            let cross = |a: usize, b: usize| {
                [
                    x(a, 1) * x(b, 2) - x(a, 2) * x(b, 1),
                    x(a, 2) * x(b, 0) - x(a, 0) * x(b, 2),
                    x(a, 0) * x(b, 1) - x(a, 1) * x(b, 0),
                ]
            };
            let (c0, c1, c2) = (cross(1, 2), cross(2, 0), cross(0, 1));
            let d = x(2, 0) * c2[0] + x(2, 1) * c2[1] + x(2, 2) * c2[2];
            let r = T::ONE / d;
            for j in 0..3 {
                out[j][0] = c0[j] * r;
                out[j][1] = c1[j] * r;
                out[j][2] = c2[j] * r;
            }
            d
        }
        4 => {
            let (adjugate, d) = T::adjugate4(&rows4(m));
            let r = T::ONE / d;
            for (row, lanes) in out.iter_mut().zip(&adjugate) {
                row[..4].copy_from_slice(&mul(*lanes, [r; 4]));
            }
            d
        }
        _ => return None,
    };
    if R > 0 && !d.is_normal_float() {
        return None;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::adjugate4;
    use crate::linalg::private::FloatOps;

    /// The SSE form (on x86-64) and the portable one agree to the bit.
    #[test]
    fn f32_adjugate_is_the_portable_one() {
        let mut seed = 0x2545_f491_u32;
        for _ in 0..200 {
            let m: [[f32; 4]; 4] = core::array::from_fn(|_| {
                core::array::from_fn(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 17;
                    seed ^= seed << 5;
                    (seed % 2001) as f32 / 100.0 - 10.0
                })
            });
            let (fast, det_fast) = f32::adjugate4(&m);
            let (portable, det) = adjugate4(&m);
            assert_eq!(det_fast.to_bits(), det.to_bits());
            for (a, b) in fast.iter().flatten().zip(portable.iter().flatten()) {
                assert_eq!(a.to_bits(), b.to_bits());
            }
        }
    }
}
