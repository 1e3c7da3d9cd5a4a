//! Square-matrix functions: `det`, `inv`, `solve`, `matrix_power`, and
//! `trace` (any matrix, as NumPy's).

use super::lu::Lu;
use super::product::matmul_rows;
use super::rows::{rows, with_memory};
use super::{Float, Square, small};
use crate::array::Array;
use crate::number::Number;
use crate::order::{Order, RowMajor};
use crate::shape::{Shape1, Shape2};

/// The memory of a square array as row-major rows: the matrix itself for
/// `RowMajor`, its transpose for `ColMajor` (for which `det` and `inv`
/// give the same memory back; see `small`).
#[inline(always)]
fn memory<T: Number, O: Order, const R: usize, const C: usize>(
    a: &Array<T, Shape2<R, C>, O>,
) -> [[T; R]; R] {
    // R == C (the callers require `Square`), so every index is in range.
    core::array::from_fn(|i| core::array::from_fn(|j| a.data[i][j]))
}

/// An array of shape `(R, C)` (R == C) holding `m` as its memory.
#[inline(always)]
fn from_memory<T: Number, O: Order, const R: usize, const C: usize>(
    m: &[[T; R]; R],
) -> Array<T, Shape2<R, C>, O> {
    // R == C (the callers require `Square`), so every index is in range.
    Array {
        data: core::array::from_fn(|i| core::array::from_fn(|j| m[i][j])),
        order: core::marker::PhantomData,
    }
}

/// The inverse by LU, out of line: the closed forms' rare fallback.
#[cold]
#[inline(never)]
fn lu_inverse<T: Float, const R: usize, const C: usize>(m: [[T; C]; R]) -> Option<[[T; C]; R]> {
    Lu::new(m).inverse()
}

/// The square array of order `O` whose logical rows are `m`.
#[inline(always)]
fn from_square_rows<T: Number, O: Order, const R: usize, const C: usize>(
    m: &[[T; R]; R],
) -> Array<T, Shape2<R, C>, O> {
    if O::IS_ROW_MAJOR {
        from_memory(m)
    } else {
        from_memory(&core::array::from_fn(|i| core::array::from_fn(|j| m[j][i])))
    }
}

mod sealed {
    pub trait Sealed {}
}

/// What [`solve`](Array::solve) accepts on the right of an `N`x`N` matrix
/// of order `O`: an `Array1<T, N>` (one system, NumPy's `solve(a, b)` with
/// `b.ndim == 1`) or an `Array2<T, N, K, O>` (`K` systems, one per column;
/// in the matrix's order, so that `Array2::from(..)` needs no annotation).
/// Another length does not compile.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array1, Array2};
/// let a = Array2::<f64, 2, 2>::from([[2.0, 0.0], [0.0, 4.0]]);
/// assert_eq!(a.solve(&Array1::from([2.0, 4.0])).unwrap().as_slice(), &[1.0, 1.0]);
/// let b = Array2::<f64, 2, 3>::from([[2.0, 4.0, 6.0], [4.0, 8.0, 12.0]]);
/// assert_eq!(a.solve(&b).unwrap(), Array2::from([[1.0, 2.0, 3.0], [1.0, 2.0, 3.0]]));
/// ```
#[diagnostic::on_unimplemented(
    message = "`solve` of a {N}x{N} system needs a right-hand side with {N} rows, not `{Self}`",
    label = "expected {N} rows of the same element type",
    note = "the right-hand side of a {N}x{N} system is an `Array1<T, {N}>` or an `Array2<T, {N}, K>` of the matrix's element type"
)]
pub trait SolveRhs<T, const N: usize, O: Order>: Sized + sealed::Sealed {
    /// Solves `a x = self` for `a`'s row-major rows; `None` if singular.
    #[doc(hidden)]
    fn solve_rows<const C: usize>(a: [[T; C]; N], b: &Self) -> Option<Self>;
}

impl<T: Number, const N: usize> sealed::Sealed for Array<T, Shape1<N>, RowMajor> {}

#[diagnostic::do_not_recommend]
impl<T: Float, O: Order, const N: usize> SolveRhs<T, N, O> for Array<T, Shape1<N>, RowMajor> {
    #[inline]
    fn solve_rows<const C: usize>(a: [[T; C]; N], b: &Self) -> Option<Self> {
        let column: [[T; 1]; N] = core::array::from_fn(|i| [b.data[i]]);
        let x = Lu::new(a).solve(&column)?;
        let mut out = Self::zeros();
        for (dst, src) in out.data.iter_mut().zip(&x) {
            *dst = src[0];
        }
        Some(out)
    }
}

impl<T: Number, O: Order, const N: usize, const K: usize> sealed::Sealed
    for Array<T, Shape2<N, K>, O>
{
}

#[diagnostic::do_not_recommend]
impl<T: Float, O: Order, const N: usize, const K: usize> SolveRhs<T, N, O>
    for Array<T, Shape2<N, K>, O>
{
    #[inline]
    fn solve_rows<const C: usize>(a: [[T; C]; N], b: &Self) -> Option<Self> {
        let rhs: [[T; K]; N] = core::array::from_fn(|i| core::array::from_fn(|j| b[[i, j]]));
        let x = Lu::new(a).solve(&rhs)?;
        Some(Array::from_fn(|[i, j]: [usize; 2]| x[i][j]))
    }
}

impl<T: Number, O: Order, const R: usize, const C: usize> Array<T, Shape2<R, C>, O> {
    /// The determinant, NumPy's `np.linalg.det(a)`: a closed form up to
    /// 4x4 (cofactor expansion; no loop, no call), LU with partial
    /// pivoting beyond (the product of the pivots, as LAPACK's `getrf`).
    /// Exactly singular matrices give 0, as NumPy's.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<f64, 2, 2>::from([[1.0, 2.0], [3.0, 4.0]]);
    /// assert_eq!(a.det(), -2.0);
    /// ```
    #[inline]
    pub fn det(&self) -> T
    where
        T: Float,
        Shape2<R, C>: Square<R, C>,
    {
        match small::det(&self.data) {
            Some(d) => d,
            None => Lu::new(self.data).det(),
        }
    }

    /// The inverse, NumPy's `np.linalg.inv(a)`, or `None` when `a` is
    /// exactly singular (where NumPy raises `LinAlgError`). Up to 4x4 the
    /// adjugate over the determinant; beyond, or when the determinant
    /// underflows or overflows, LU with partial pivoting solved against
    /// the identity (LAPACK's `gesv`), which is also what decides
    /// singularity: a zero pivot.
    ///
    /// As with NumPy, a matrix that is merely close to singular inverts
    /// without complaint and the result carries a relative error of about
    /// `cond(a) * EPSILON`: check the condition number (or the residual
    /// `a.matmul(&x)`) when that matters.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<f64, 2, 2>::from([[4.0, 7.0], [2.0, 6.0]]);
    /// let inv = a.inv().unwrap();
    /// assert!((inv[[0, 0]] - 0.6).abs() < 1e-15 && (inv[[1, 1]] - 0.4).abs() < 1e-15);
    /// assert_eq!(Array2::<f64, 2, 2>::from([[1.0, 2.0], [2.0, 4.0]]).inv(), None);
    /// ```
    #[inline]
    pub fn inv(&self) -> Option<Self>
    where
        T: Float,
        Shape2<R, C>: Square<R, C>,
    {
        if R <= 4 {
            if let Some(data) = small::inv(&self.data) {
                return Some(with_memory(data));
            }
            return lu_inverse(self.data).map(with_memory);
        }
        Lu::new(self.data).inverse().map(with_memory)
    }

    /// Solves `a x = b`, NumPy's `np.linalg.solve(a, b)`: `b` is an
    /// `Array1<T, N>` (one system) or an `Array2<T, N, K>` (one per
    /// column), and `x` has `b`'s type. `None` when `a` is exactly singular.
    /// LU with partial pivoting, then two triangular solves (LAPACK's
    /// `gesv`), which is more accurate than `a.inv()` times `b`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2};
    /// // 3x + y = 9, x + 2y = 8
    /// let a = Array2::<f64, 2, 2>::from([[3.0, 1.0], [1.0, 2.0]]);
    /// let x = a.solve(&Array1::from([9.0, 8.0])).unwrap();
    /// assert_eq!(x.as_slice(), &[2.0, 3.0]);
    /// ```
    #[inline]
    pub fn solve<B: SolveRhs<T, R, O>>(&self, b: &B) -> Option<B>
    where
        T: Float,
        Shape2<R, C>: Square<R, C>,
    {
        B::solve_rows(rows(self), b)
    }

    /// `a` multiplied by itself `n` times, NumPy's
    /// `np.linalg.matrix_power(a, n)` for `n >= 0`, by the same binary
    /// decomposition (so the same products, in the same order); `n = 0`
    /// gives the identity. Integers wrap on overflow, as NumPy's. For a
    /// negative power, invert first: `a.inv()?.matrix_power(k)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let fib = Array2::<i64, 2, 2>::from([[1, 1], [1, 0]]);
    /// assert_eq!(fib.matrix_power(10)[[0, 1]], 55);
    /// ```
    pub fn matrix_power(&self, n: u32) -> Self
    where
        Shape2<R, C>: Square<R, C>,
    {
        let product = |a: &[[T; R]; R], b: &[[T; R]; R]| {
            let mut c = [[T::ZERO; R]; R];
            matmul_rows(a, b, &mut c);
            c
        };
        let a = memory(self);
        let a = if O::IS_ROW_MAJOR {
            a
        } else {
            core::array::from_fn(|i| core::array::from_fn(|j| a[j][i]))
        };
        let result = match n {
            0 => core::array::from_fn(|i| {
                core::array::from_fn(|j| if i == j { T::ONE } else { T::ZERO })
            }),
            1 => a,
            2 => product(&a, &a),
            3 => product(&product(&a, &a), &a),
            _ => {
                // NumPy's loop: square `z` for each bit, multiplying it into
                // the result where the bit is set, lowest bit first.
                let mut z: Option<[[T; R]; R]> = None;
                let mut result: Option<[[T; R]; R]> = None;
                let mut n = n;
                while n > 0 {
                    let next = match &z {
                        None => a,
                        Some(z) => product(z, z),
                    };
                    if n % 2 == 1 {
                        result = Some(match &result {
                            None => next,
                            Some(r) => product(r, &next),
                        });
                    }
                    z = Some(next);
                    n /= 2;
                }
                result.unwrap_or(a)
            }
        };
        from_square_rows(&result)
    }

    /// The sum of the main diagonal, NumPy's `np.trace(a)`: the first
    /// `min(R, C)` entries `a[i, i]`, summed in NumPy's order and type
    /// (`i64` for signed integers, as `sum`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    /// assert_eq!(a.trace(), 6i64);
    /// ```
    pub fn trace(&self) -> T::Accumulator {
        T::sum_by(R.min(C), |i| self[[i, i]])
    }
}
