//! Cholesky and QR, NumPy's `np.linalg.cholesky` and `np.linalg.qr` (modes
//! `reduced` and `complete`), with LAPACK's algorithms (`potrf`, `geqrf` +
//! `orgqr`) and conventions, so the factors are NumPy's to rounding, signs
//! included. Feature `std` or `libm` (square roots).

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
    /// left as it is; norms are scaled as LAPACK's, so huge or tiny
    /// columns neither overflow nor underflow. `f32` matrices are factored
    /// in `f64` and the factors rounded, as NumPy does (so to NumPy's
    /// accuracy, not `f32` arithmetic's). A wide matrix does not compile.
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
        // In `f64` for `f32` input, as NumPy (which rounds the factors).
        let a = rows(self).map(|row| row.map(T::to_wide));
        let (q, r) = super::householder::householder_qr(a);
        (
            Array::from_fn(|[i, j]: [usize; 2]| T::from_wide(q[i][j])),
            Array::from_fn(|[i, j]: [usize; 2]| T::from_wide(r[i][j])),
        )
    }

    /// The complete QR decomposition, NumPy's
    /// `np.linalg.qr(a, mode='complete')`, for a matrix of any shape:
    /// `Q` (`R`x`R`, orthogonal) and `R` (`R`x`C`, upper triangular),
    /// `a = Q R`. The same reflections as [`qr`](Self::qr) (so the first
    /// `C` columns of `Q` and the first rows of `R` are `qr`'s for a tall
    /// matrix); the other columns of `Q` complete an orthonormal basis, as
    /// LAPACK's `orgqr` builds them. `f32` is factored in `f64`, as NumPy.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<f64, 3, 2>::from([[3.0, 1.0], [4.0, 2.0], [0.0, 5.0]]);
    /// let (q, r) = a.qr_complete();
    /// assert_eq!(q.shape(), [3, 3]);
    /// assert_eq!((r[[0, 0]], r[[2, 1]]), (-5.0, 0.0));
    /// assert!((q.matmul(&r) - a).abs().max() < 1e-14);
    /// let qtq = q.t().matmul(&q); // the identity, to rounding
    /// assert!(qtq.indexed_iter().all(|([i, j], &x)| (x - f64::from(i == j)).abs() < 1e-15));
    /// // A wide matrix too, as NumPy's.
    /// let (q, r) = a.t().to_array().qr_complete();
    /// assert_eq!((q.shape(), r.shape()), ([2, 2], [2, 3]));
    /// ```
    #[allow(clippy::type_complexity)]
    pub fn qr_complete(&self) -> (Array<T, Shape2<R, R>, O>, Array<T, Shape2<R, C>, O>) {
        // In `f64` for `f32` input, as NumPy (which rounds the factors).
        let a = rows(self).map(|row| row.map(T::to_wide));
        let (q, r) = super::householder::householder_qr_complete(a);
        (
            Array::from_fn(|[i, j]: [usize; 2]| T::from_wide(q[i][j])),
            Array::from_fn(|[i, j]: [usize; 2]| T::from_wide(r[i][j])),
        )
    }
}
