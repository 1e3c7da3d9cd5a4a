//! LU factorisation with partial pivoting, the algorithm of LAPACK's
//! `getrf`/`getrs` that NumPy's `det`, `inv` and `solve` call: `P A = L U`
//! with `L` unit lower triangular and `U` upper triangular, the pivot of
//! each column the first entry of largest magnitude on or below the
//! diagonal. A matrix is singular, as LAPACK reports it, when a pivot is
//! exactly zero.

use super::Float;

/// `L` (below the diagonal, unit diagonal implied) and `U` (on and above)
/// in one row-major matrix, with the row swaps made.
pub(super) struct Lu<T, const N: usize, const C: usize> {
    lu: [[T; C]; N],
    /// `perm[i]`: the row of `A` that ended in row `i`.
    perm: [usize; N],
    /// Whether an odd number of rows were swapped (the sign of `det`).
    odd: bool,
    /// Whether some pivot is exactly zero.
    singular: bool,
}

/// `N` rows of `C` columns with `N == C` (the callers require `Square`):
/// an array's memory passes in and its inverse comes out without a copy.
impl<T: Float, const N: usize, const C: usize> Lu<T, N, C> {
    /// Factorises `a` (row-major), right-looking as LAPACK's unblocked
    /// `getf2`: at column `k`, pick the pivot, swap it up, scale the column
    /// below by it, update the trailing block.
    #[inline]
    pub(super) fn new(mut lu: [[T; C]; N]) -> Self {
        let mut perm = core::array::from_fn(|i| i);
        let mut odd = false;
        let mut singular = false;
        for k in 0..N {
            let mut p = k;
            let mut best = lu[k][k].abs();
            for (i, row) in lu.iter().enumerate().skip(k + 1) {
                let v = row[k].abs();
                if v > best {
                    best = v;
                    p = i;
                }
            }
            if p != k {
                lu.swap(p, k);
                perm.swap(p, k);
                odd = !odd;
            }
            let pivot = lu[k][k];
            if pivot == T::ZERO {
                // LAPACK records the first zero pivot and goes on; nothing
                // below can be divided by it.
                singular = true;
                continue;
            }
            let pivot_row = lu[k];
            for row in lu.iter_mut().skip(k + 1) {
                let factor = row[k] / pivot;
                row[k] = factor;
                for j in k + 1..C {
                    row[j] = row[j] - factor * pivot_row[j];
                }
            }
        }
        Lu {
            lu,
            perm,
            odd,
            singular,
        }
    }

    /// The determinant: the product of `U`'s diagonal, in order, with the
    /// sign of the permutation (NumPy's `det`).
    #[inline]
    pub(super) fn det(&self) -> T {
        let mut d = if self.odd { -T::ONE } else { T::ONE };
        for k in 0..N {
            d = d * self.lu[k][k];
        }
        d
    }

    /// Solves `A X = B` for `K` right-hand sides, `B` row-major (`N` rows
    /// of `K`); `None` when `A` is singular, where NumPy raises
    /// `LinAlgError`.
    #[inline]
    pub(super) fn solve<const K: usize>(&self, b: &[[T; K]; N]) -> Option<[[T; K]; N]> {
        if self.singular {
            return None;
        }
        let mut x: [[T; K]; N] = core::array::from_fn(|i| b[self.perm[i]]);
        // Forward: L y = P b, L with a unit diagonal; row i takes the
        // rows above it.
        for i in 1..N {
            let (done, rest) = x.split_at_mut(i);
            let xi = &mut rest[0];
            for (&l, xk) in self.lu[i][..i].iter().zip(done.iter()) {
                for (v, &w) in xi.iter_mut().zip(xk) {
                    *v = *v - l * w;
                }
            }
        }
        self.back_substitute(&mut x);
        Some(x)
    }

    /// `x = U⁻¹ x` in place, row by row from the last: row `i` takes the
    /// rows below it, then divides by the pivot (LAPACK's `trsm` divides
    /// too).
    #[inline(always)]
    fn back_substitute<const K: usize>(&self, x: &mut [[T; K]; N]) {
        for i in (0..N).rev() {
            let (head, below) = x.split_at_mut(i + 1);
            let xi = &mut head[i];
            for (&u, xk) in self.lu[i][i + 1..N].iter().zip(below.iter()) {
                for (v, &w) in xi.iter_mut().zip(xk) {
                    *v = *v - u * w;
                }
            }
            let d = self.lu[i][i];
            for v in xi.iter_mut() {
                *v = *v / d;
            }
        }
    }

    /// `A⁻¹`, by solving against the identity (LAPACK's `gesv` with
    /// `B = I`, as NumPy's `inv`); `None` when `A` is singular.
    ///
    /// The same operations as [`solve`](Self::solve) with `B = P⁻¹`, minus
    /// the ones on known zeros: `P A = L U` gives `A⁻¹ = U⁻¹ L⁻¹ P`, where
    /// `L⁻¹` is unit lower triangular, so its row `i` needs only the rows
    /// above it up to column `i`, and `P` only moves columns at the end.
    #[inline]
    pub(super) fn inverse(&self) -> Option<[[T; C]; N]> {
        if self.singular {
            return None;
        }
        // Y = L⁻¹, row by row: y_i = e_i - Σ_k<i l_ik y_k.
        let mut y = [[T::ZERO; C]; N];
        for i in 0..N {
            y[i][i] = T::ONE;
            let (done, rest) = y.split_at_mut(i);
            for (k, (&l, yk)) in self.lu[i][..i].iter().zip(done.iter()).enumerate() {
                for (v, &w) in rest[0][..k + 1].iter_mut().zip(&yk[..k + 1]) {
                    *v = *v - l * w;
                }
            }
        }
        // X = U⁻¹ Y, as in `solve`.
        self.back_substitute(&mut y);
        // A⁻¹ = X P: column i of X is column perm[i] of the inverse.
        let mut inverse = [[T::ZERO; C]; N];
        for (out, x) in inverse.iter_mut().zip(&y) {
            for (&v, &p) in x.iter().zip(&self.perm) {
                out[p] = v;
            }
        }
        Some(inverse)
    }
}
