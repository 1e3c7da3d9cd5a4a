//! Cholesky and QR, NumPy's `np.linalg.cholesky` and `np.linalg.qr`, with
//! LAPACK's algorithms (`potrf`, `geqrf` + `orgqr`) and conventions, so the
//! factors are NumPy's to rounding, signs included. Feature `std` or
//! `libm` (square roots).

use super::rows::{from_rows, rows};
use super::{Float, Square};
use crate::array::Array;
use crate::const_fmt::Msg;
use crate::order::Order;
use crate::shape::Shape2;

/// Fails the build when a QR of an `R`x`C` matrix has no reduced form of
/// the shapes `qr` returns.
struct Tall<const R: usize, const C: usize>;

impl<const R: usize, const C: usize> Tall<R, C> {
    const OK: () = if R < C {
        Msg::new()
            .str("qr needs at least as many rows as columns, and this matrix is ")
            .shape(&[R, C])
            .str(": factor its transpose, `a.t().qr()`, for the LQ form")
            .raise()
    };
}

impl<T: Float, O: Order, const R: usize, const C: usize> Array<T, Shape2<R, C>, O> {
    /// The Cholesky factor, NumPy's `np.linalg.cholesky(a)`: the lower
    /// triangular `L` with a positive diagonal such that `a = L Lᵀ`, or
    /// `None` when `a` is not positive definite (where NumPy raises
    /// `LinAlgError`). Only the lower triangle of `a` is read, as NumPy
    /// (LAPACK's `potrf` with `UPLO='L'`); the upper triangle of `L` is 0.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<f64, 2, 2>::from([[4.0, 2.0], [2.0, 5.0]]);
    /// assert_eq!(a.cholesky().unwrap(), Array2::from([[2.0, 0.0], [1.0, 2.0]]));
    /// assert_eq!(Array2::<f64, 2, 2>::from([[1.0, 2.0], [2.0, 1.0]]).cholesky(), None);
    /// ```
    pub fn cholesky(&self) -> Option<Self>
    where
        Shape2<R, C>: Square<R, C>,
    {
        // Right-looking, in place on the lower triangle: take column j's
        // pivot, scale the column by its reciprocal (as LAPACK's `potf2`),
        // and subtract its outer product from the trailing block. Each
        // entry is
        // `a[i][k] - l[i][0] l[k][0] - l[i][1] l[k][1] - ...` in that
        // order, as in the dot-product form.
        let mut l = rows(self);
        for j in 0..R {
            let d = l[j][j];
            // A NaN must fail too, as in LAPACK: not `d <= 0`.
            if d.partial_cmp(&T::ZERO) != Some(core::cmp::Ordering::Greater) {
                return None;
            }
            let d = d.root();
            let r = T::ONE / d;
            l[j][j] = d;
            for row in l.iter_mut().skip(j + 1) {
                row[j] = row[j] * r;
            }
            // Index loops: each step reads two rows of `l` and writes one.
            #[allow(clippy::needless_range_loop)]
            for i in j + 1..R {
                let f = l[i][j];
                for k in j + 1..i + 1 {
                    l[i][k] = l[i][k] - f * l[k][j];
                }
            }
        }
        for (i, row) in l.iter_mut().enumerate() {
            for v in &mut row[i + 1..] {
                *v = T::ZERO;
            }
        }
        Some(from_rows(l))
    }

    /// The reduced QR decomposition, NumPy's `np.linalg.qr(a)` (`mode =
    /// 'reduced'`) for a matrix with at least as many rows as columns:
    /// `Q` (`R`x`C`) with orthonormal columns and `R` (`C`x`C`) upper
    /// triangular, `a = Q R`. Householder reflections as LAPACK's
    /// `geqrf`, with its signs: a reflection makes the diagonal entry
    /// `-sign(x₀)·‖x‖`, and a column already zero below the diagonal is
    /// left as it is. A wide matrix does not compile.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<f64, 3, 2>::from([[3.0, 1.0], [4.0, 2.0], [0.0, 5.0]]);
    /// let (q, r) = a.qr();
    /// assert_eq!(r[[0, 0]], -5.0);
    /// assert!((q.matmul(&r) - a).abs().max() < 1e-14);
    /// ```
    #[allow(clippy::type_complexity)]
    pub fn qr(&self) -> (Array<T, Shape2<R, C>, O>, Array<T, Shape2<C, C>, O>) {
        let () = Tall::<R, C>::OK;
        let mut a = rows(self);
        let mut tau = [T::ZERO; C];
        for k in 0..C {
            // The reflection H = I - tau v vᵀ (v[k] = 1) that maps column k
            // below the diagonal onto its first entry (LAPACK's `larfg`).
            let alpha = a[k][k];
            let mut tail = T::ZERO;
            for row in a.iter().skip(k + 1) {
                tail = tail + row[k] * row[k];
            }
            if tail == T::ZERO {
                continue; // H = I: tau = 0, the column is left as it is.
            }
            let norm = (alpha * alpha + tail).root();
            let beta = if alpha >= T::ZERO { -norm } else { norm };
            tau[k] = (beta - alpha) / beta;
            let scale = T::ONE / (alpha - beta);
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
        let r = Array::from_fn(|[i, j]: [usize; 2]| if j >= i { a[i][j] } else { T::ZERO });
        // Q = H_0 H_1 ... H_{C-1} applied to the first C columns of the
        // identity, last reflection first (LAPACK's `orgqr`).
        let mut q = [[T::ZERO; C]; R];
        for (i, row) in q.iter_mut().enumerate().take(C) {
            row[i] = T::ONE;
        }
        for k in (0..C).rev() {
            if tau[k] == T::ZERO {
                continue;
            }
            for j in k..C {
                let mut w = q[k][j];
                for (row, v) in q.iter().zip(&a).skip(k + 1) {
                    w = w + v[k] * row[j];
                }
                w = w * tau[k];
                q[k][j] = q[k][j] - w;
                for (row, v) in q.iter_mut().zip(&a).skip(k + 1) {
                    row[j] = row[j] - v[k] * w;
                }
            }
        }
        (Array::from_fn(|[i, j]: [usize; 2]| q[i][j]), r)
    }
}
