//! The Householder QR kernel behind `qr` and `qr_complete`: LAPACK's
//! `geqr2` (with `larfg`'s reflections) and `org2r`, on rows of a matrix,
//! in the type it is given.
//! `qr` runs it in `f64` for `f32` input, as NumPy does (`np.linalg`
//! computes float32 in double and rounds the factors), so a float32 QR is
//! NumPy's to rounding.

use super::Float;

/// `sqrt(alpha² + Σ x²)` without overflow, underflow or lost bits (as
/// LAPACK's `lapy2` and `nrm2`): every value is scaled by the power of two
/// nearest the reciprocal of the largest magnitude (exact), squared and
/// summed, and the root scaled back. With no overflow or underflow to
/// avoid, the result is the plain formula's, to the bit.
fn norm<U: Float>(alpha: U, xs: impl Iterator<Item = U> + Clone) -> U {
    let big = xs
        .clone()
        .fold(alpha.abs(), |m, x| if x.abs() > m { x.abs() } else { m });
    if big == U::ZERO || big.is_inf() || big.is_nan() {
        // Zero, or an infinity or NaN: the plain formula says which.
        return (alpha * alpha + xs.fold(U::ZERO, |s, x| s + x * x)).root();
    }
    let s = big.pow2_recip();
    let ssq = xs.fold((alpha * s) * (alpha * s), |acc, x| acc + (x * s) * (x * s));
    ssq.root() / s
}

/// The reflections of LAPACK's `geqr2` on the `R`x`C` matrix `a`, one per
/// column up to `min(R, C)`: `a` comes back with `R` on and above the
/// diagonal and each reflection's vector `v` below it (`v[k] = 1` implied),
/// and the reflections' `tau` (0 for the identity). LAPACK's signs: a
/// reflection makes the diagonal entry `-sign(x₀)·‖x‖`, and a column
/// already zero below the diagonal is left as it is.
fn reflect<U: Float, const R: usize, const C: usize>(mut a: [[U; C]; R]) -> ([[U; C]; R], [U; C]) {
    let mut tau = [U::ZERO; C];
    for k in 0..R.min(C) {
        // The reflection H = I - tau v vᵀ (v[k] = 1) that maps column k
        // below the diagonal onto its first entry (LAPACK's `larfg`).
        let alpha = a[k][k];
        if a.iter().skip(k + 1).all(|row| row[k] == U::ZERO) {
            continue; // H = I: tau = 0, the column is left as it is.
        }
        let norm = norm(alpha, a.iter().skip(k + 1).map(|row| row[k]));
        let beta = if alpha >= U::ZERO { -norm } else { norm };
        tau[k] = (beta - alpha) / beta;
        let scale = U::ONE / (alpha - beta);
        for row in a.iter_mut().skip(k + 1) {
            row[k] = row[k] * scale;
        }
        a[k][k] = beta;
        // Apply H to the columns right of k: a -= tau v (vᵀ a).
        for j in k + 1..C {
            let mut w = a[k][j];
            for row in a.iter().skip(k + 1) {
                w = w + row[k] * row[j];
            }
            w = w * tau[k];
            a[k][j] = a[k][j] - w;
            for row in a.iter_mut().skip(k + 1) {
                row[j] = row[j] - row[k] * w;
            }
        }
    }
    (a, tau)
}

/// The first `K` columns of `Q = H_0 H_1 ... H_{n-1}` (LAPACK's `orgqr`):
/// the reflections applied to the first `K` columns of the identity, last
/// reflection first. `K = C` gives the reduced `Q`, `K = R` the complete
/// one.
fn q_columns<U: Float, const R: usize, const C: usize, const K: usize>(
    v: &[[U; C]; R],
    tau: &[U; C],
) -> [[U; K]; R] {
    let mut q = [[U::ZERO; K]; R];
    for (i, row) in q.iter_mut().enumerate().take(K) {
        row[i] = U::ONE;
    }
    for k in (0..R.min(C)).rev() {
        if tau[k] == U::ZERO {
            continue;
        }
        for j in k..K {
            let mut w = q[k][j];
            for (row, v) in q.iter().zip(v).skip(k + 1) {
                w = w + v[k] * row[j];
            }
            w = w * tau[k];
            q[k][j] = q[k][j] - w;
            for (row, v) in q.iter_mut().zip(v).skip(k + 1) {
                row[j] = row[j] - v[k] * w;
            }
        }
    }
    q
}

/// The upper triangle (`j >= i`) of the first `N` rows of `a`, zeros
/// below it.
fn upper<U: Float, const R: usize, const C: usize, const N: usize>(a: &[[U; C]; R]) -> [[U; C]; N] {
    core::array::from_fn(|i| core::array::from_fn(|j| if j >= i { a[i][j] } else { U::ZERO }))
}

/// The reduced factors of the `R`x`C` matrix `a` (`R >= C`): `Q` (`R`x`C`,
/// its columns orthonormal) and `R` (`C`x`C`, upper triangular), with
/// LAPACK's signs (see [`reflect`]).
pub(super) fn householder_qr<U: Float, const R: usize, const C: usize>(
    a: [[U; C]; R],
) -> ([[U; C]; R], [[U; C]; C]) {
    let (v, tau) = reflect(a);
    (q_columns::<U, R, C, C>(&v, &tau), upper(&v))
}

/// The complete factors of the `R`x`C` matrix `a` (any shape): `Q`
/// (`R`x`R`, orthogonal) and `R` (`R`x`C`, upper triangular), NumPy's
/// `mode='complete'`, with LAPACK's signs (see [`reflect`]).
pub(super) fn householder_qr_complete<U: Float, const R: usize, const C: usize>(
    a: [[U; C]; R],
) -> ([[U; R]; R], [[U; C]; R]) {
    let (v, tau) = reflect(a);
    (q_columns::<U, R, C, R>(&v, &tau), upper(&v))
}

#[cfg(test)]
mod tests {
    use super::{householder_qr, norm};

    /// The scaled norm is the plain formula's where that does not overflow,
    /// and finite where the squares would overflow or underflow.
    #[test]
    fn norm_neither_overflows_nor_loses_bits() {
        let xs = [4.0f64, 12.0];
        assert_eq!(norm(3.0, xs.iter().copied()), 13.0);
        let near = |x: f64, y: f64| ((x - y) / y).abs() < 4e-16;
        // The squares overflow (underflow) here; 3e200 is not exact, so
        // the result is 5e200 to rounding.
        assert!(near(norm(3e200, [4e200f64].into_iter()), 5e200));
        assert!(near(norm(3e-200, [4e-200f64].into_iter()), 5e-200));
        assert!(((norm(3e30f32, [4e30f32].into_iter()) - 5e30) / 5e30).abs() < 2e-7);
        assert_eq!(norm(f64::MAX, [0.0].into_iter()), f64::MAX);
        let tiny = f64::from_bits(3); // a subnormal
        assert_eq!(norm(tiny, [0.0f64].into_iter()), tiny);
        for (alpha, x) in [(0.1f64, 0.7f64), (1.5, -2.25), (-3.1, 1e-3)] {
            let plain = (alpha * alpha + x * x).sqrt();
            assert_eq!(norm(alpha, [x].into_iter()).to_bits(), plain.to_bits());
        }
        assert!(norm(f64::NAN, [1.0f64].into_iter()).is_nan());
        assert_eq!(norm(1.0, [f64::INFINITY].into_iter()), f64::INFINITY);
    }

    /// Huge and tiny columns factor without overflow: before the scaled
    /// norm, `a² + b²` overflowed to infinity (and underflowed to 0).
    #[test]
    fn extreme_columns_factor() {
        for s in [1e300f64, 1e-300] {
            let a = [[3.0 * s, 1.0], [4.0 * s, 2.0], [0.0, 5.0]];
            let (q, r) = householder_qr(a);
            assert!(((r[0][0] + 5.0 * s) / s).abs() < 1e-15, "{}", r[0][0]);
            assert!((q[0][0] + 0.6).abs() < 1e-15 && (q[1][0] + 0.8).abs() < 1e-15);
        }
    }
}
