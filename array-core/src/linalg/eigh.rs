//! The symmetric eigen-decomposition, NumPy's `np.linalg.eigh`, by cyclic
//! Jacobi rotations: slower than LAPACK's `syevd` for large matrices, but
//! for the sizes this library is for (2x2 to 8x8) a few sweeps of
//! straight-line code, and accurate to a few ulps of the largest
//! eigenvalue. Feature `std` or `libm` (square roots).

use super::{Float, Square};
use crate::array::Array;
use crate::order::Order;
use crate::shape::{Shape1, Shape2};

/// Rotations stop after this many sweeps even if an off-diagonal entry is
/// still above rounding level (Jacobi converges quadratically: 8x8 `f64`
/// matrices take 6 to 8).
const MAX_SWEEPS: usize = 64;

/// Eigenvalues (ascending) and eigenvectors (columns) of the symmetric
/// matrix whose lower triangle is that of `a`.
fn jacobi<T: Float, const N: usize>(a: [[T; N]; N]) -> ([T; N], [[T; N]; N]) {
    // NumPy reads the lower triangle only (`UPLO='L'`).
    let mut s: [[T; N]; N] =
        core::array::from_fn(|i| core::array::from_fn(|j| if j <= i { a[i][j] } else { a[j][i] }));
    let mut v: [[T; N]; N] =
        core::array::from_fn(|i| core::array::from_fn(|j| if i == j { T::ONE } else { T::ZERO }));
    let hundred = T::from_count(100);
    for _ in 0..MAX_SWEEPS {
        let mut rotated = false;
        for p in 0..N {
            for q in p + 1..N {
                let apq = s[p][q];
                if apq == T::ZERO {
                    continue;
                }
                let (app, aqq) = (s[p][p], s[q][q]);
                // Below rounding level beside both diagonal entries: zero.
                let g = hundred * apq.abs();
                if app.abs() + g == app.abs() && aqq.abs() + g == aqq.abs() {
                    s[p][q] = T::ZERO;
                    s[q][p] = T::ZERO;
                    continue;
                }
                rotated = true;
                // The rotation that zeroes s[p][q] (Rutishauser's form):
                // t = tan(angle), the smaller root of t² + 2θt - 1 = 0.
                let h = aqq - app;
                let t = if h.abs() + g == h.abs() {
                    apq / h
                } else {
                    let theta = h / (T::from_count(2) * apq);
                    let t = T::ONE / (theta.abs() + (theta * theta + T::ONE).root());
                    if theta < T::ZERO { -t } else { t }
                };
                let c = T::ONE / (t * t + T::ONE).root();
                let sn = t * c;
                for row in s.iter_mut() {
                    let (x, y) = (row[p], row[q]);
                    row[p] = c * x - sn * y;
                    row[q] = sn * x + c * y;
                }
                let (sp, sq) = (s[p], s[q]);
                for k in 0..N {
                    s[p][k] = c * sp[k] - sn * sq[k];
                    s[q][k] = sn * sp[k] + c * sq[k];
                }
                s[p][q] = T::ZERO;
                s[q][p] = T::ZERO;
                for row in v.iter_mut() {
                    let (x, y) = (row[p], row[q]);
                    row[p] = c * x - sn * y;
                    row[q] = sn * x + c * y;
                }
            }
        }
        if !rotated {
            break;
        }
    }
    // Ascending, ties in their diagonal order (a stable insertion sort;
    // NaN, which compares false, stays where it is).
    let mut order: [usize; N] = core::array::from_fn(|i| i);
    for i in 1..N {
        let mut j = i;
        while j > 0 && s[order[j]][order[j]] < s[order[j - 1]][order[j - 1]] {
            order.swap(j, j - 1);
            j -= 1;
        }
    }
    let values = core::array::from_fn(|k| s[order[k]][order[k]]);
    let mut vectors: [[T; N]; N] =
        core::array::from_fn(|i| core::array::from_fn(|k| v[i][order[k]]));
    // The sign rule: in each eigenvector, the first entry whose magnitude
    // is at least half the largest is positive.
    for k in 0..N {
        let mut largest = T::ZERO;
        for row in &vectors {
            if row[k].abs() > largest {
                largest = row[k].abs();
            }
        }
        let half = largest / T::from_count(2);
        if let Some(row) = vectors.iter().find(|row| row[k].abs() >= half)
            && row[k] < T::ZERO
        {
            for row in vectors.iter_mut() {
                row[k] = -row[k];
            }
        }
    }
    (values, vectors)
}

impl<T: Float, O: Order, const R: usize, const C: usize> Array<T, Shape2<R, C>, O> {
    /// Eigenvalues and eigenvectors of a symmetric matrix, NumPy's
    /// `np.linalg.eigh(a)`: the eigenvalues in ascending order, and a
    /// matrix whose column `k` is the unit eigenvector of eigenvalue `k`,
    /// so that `a · V = V · diag(w)`. Only the lower triangle of `a` is
    /// read, as NumPy's (`UPLO='L'`).
    ///
    /// An eigenvector is only defined up to its sign, and LAPACK's choice
    /// is not specified; here each eigenvector's first entry of magnitude
    /// at least half its largest is positive, so results are reproducible
    /// (normalise NumPy's the same way to compare). Eigenvectors of a
    /// repeated eigenvalue are any orthonormal basis of its space.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<f64, 2, 2>::from([[2.0, 1.0], [1.0, 2.0]]);
    /// let (w, v) = a.eigh();
    /// assert!((w[0] - 1.0).abs() < 1e-15 && (w[1] - 3.0).abs() < 1e-15);
    /// let h = 0.5f64.sqrt();
    /// assert!((v - Array2::from([[h, h], [-h, h]])).abs().max() < 1e-15);
    /// ```
    #[allow(clippy::type_complexity)]
    pub fn eigh(&self) -> (Array<T, Shape1<R>, O>, Array<T, Shape2<R, C>, O>)
    where
        Shape2<R, C>: Square<R, C>,
    {
        let a: [[T; R]; R] = core::array::from_fn(|i| core::array::from_fn(|j| self[[i, j]]));
        let (values, vectors) = jacobi(a);
        (
            Array::from_fn(|[k]: [usize; 1]| values[k]),
            Array::from_fn(|[i, j]: [usize; 2]| vectors[i][j]),
        )
    }
}
