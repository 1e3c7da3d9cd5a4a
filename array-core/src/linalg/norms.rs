//! Norms, NumPy's `np.linalg.norm` for the `ord`s a typed API can state:
//!
//! | NumPy | vector (`Array1`) | matrix (`Array2`) |
//! |---|---|---|
//! | `norm(a)` (`ord=None`, `'fro'`, vector `2`) | `a.norm()`: `sqrt(Σ x²)` | `a.norm()`: Frobenius (any rank: all elements) |
//! | `norm(a, 1)` | `a.norm_l1()`: `Σ \|x\|` | `a.norm_l1()`: largest column sum of `\|a\|` |
//! | `norm(a, np.inf)` | `a.norm_inf()`: `max \|x\|` | `a.norm_inf()`: largest row sum of `\|a\|` |
//! | `norm(a, -np.inf)`, `0`, other `p` | `a.abs().min()`, `a.count_nonzero()`; another `p` by hand with `map`, `sum` and `powf` | not provided |
//! | matrix `2`, `'nuc'`, `-2`, `-1` | | not provided (they need the SVD) |
//!
//! `norm_l1` and `norm_inf` sum in NumPy's order, so their results are
//! NumPy's to the bit; `norm` squares and adds with eight partial sums, as
//! NumPy's `dot` does through BLAS, to rounding.

use super::Float;
use crate::array::Array;
use crate::order::Order;
use crate::shape::{Shape, Shape1, Shape2};

impl<T: Float, S: Shape, O: Order> Array<T, S, O> {
    /// The 2-norm of all elements, NumPy's `np.linalg.norm(a)`: the
    /// Euclidean length of a vector, the Frobenius norm of a matrix
    /// (feature `std` or `libm`, for the square root).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2};
    /// assert_eq!(Array1::<f64, 2>::from([3.0, 4.0]).norm(), 5.0);
    /// assert_eq!(Array2::<f32, 2, 2>::from([[1.0, 1.0], [1.0, 1.0]]).norm(), 2.0);
    /// ```
    #[cfg(any(feature = "std", feature = "libm"))]
    pub fn norm(&self) -> T {
        dot_flat(self.as_slice()).root()
    }
}

/// `Σ x²` with eight partial sums, as `dot`.
#[cfg(any(feature = "std", feature = "libm"))]
fn dot_flat<T: Float>(a: &[T]) -> T {
    let mut partial = [T::ZERO; 8];
    let chunks = a.chunks_exact(8);
    let rest = chunks.remainder();
    for x in chunks {
        for k in 0..8 {
            partial[k] = partial[k] + x[k] * x[k];
        }
    }
    let mut sum = ((partial[0] + partial[1]) + (partial[2] + partial[3]))
        + ((partial[4] + partial[5]) + (partial[6] + partial[7]));
    for &x in rest {
        sum = sum + x * x;
    }
    sum
}

impl<T: Float, O: Order, const N: usize> Array<T, Shape1<N>, O> {
    /// `Σ |x|`, NumPy's `np.linalg.norm(v, 1)`, to the bit.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// assert_eq!(Array1::<f64, 3>::from([1.0, -2.0, 3.0]).norm_l1(), 6.0);
    /// ```
    pub fn norm_l1(&self) -> T {
        let data = self.as_slice();
        T::sum_by(N, |i| data[i].abs())
    }

    /// `max |x|`, NumPy's `np.linalg.norm(v, np.inf)`: NaN if any element
    /// is NaN.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// assert_eq!(Array1::<f64, 3>::from([1.0, -5.0, 3.0]).norm_inf(), 5.0);
    /// ```
    pub fn norm_inf(&self) -> T {
        self.abs().max()
    }
}

impl<T: Float, O: Order, const R: usize, const C: usize> Array<T, Shape2<R, C>, O> {
    /// The largest column sum of `|a|`, NumPy's `np.linalg.norm(m, 1)`, to
    /// the bit.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let m = Array2::<f64, 2, 2>::from([[1.0, -2.0], [3.0, 4.0]]);
    /// assert_eq!(m.norm_l1(), 6.0);
    /// ```
    pub fn norm_l1(&self) -> T {
        self.abs().sum_axis::<0>().max()
    }

    /// The largest row sum of `|a|`, NumPy's `np.linalg.norm(m, np.inf)`,
    /// to the bit.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let m = Array2::<f64, 2, 2>::from([[1.0, -2.0], [3.0, 4.0]]);
    /// assert_eq!(m.norm_inf(), 7.0);
    /// ```
    pub fn norm_inf(&self) -> T {
        self.abs().sum_axis::<1>().max()
    }
}
