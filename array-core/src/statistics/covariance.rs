//! Covariance and correlation matrices, NumPy's `cov(m)` and
//! `corrcoef(m)`: each row of an `(R, C)` array is a variable, each column
//! an observation, and the result is `(R, R)`, in `f64` (NumPy computes
//! `cov` in `float64` whatever the input).
//!
//! NumPy's steps: each row's mean (its `mean(axis=1)`), the deviations,
//! `dot(X, X.T)`, times `1 / (C - 1)` (NumPy's default `bias=False`; the
//! factor is `1 / 0`, infinite, for one observation). NumPy's `dot` adds in
//! the order of the BLAS kernel the CPU picks; here the products are added
//! in order, so where those sums round the results agree with NumPy's to
//! rounding, and where they are exact (small integers, dyadic fractions)
//! to the bit. `corrcoef` divides by the standard deviations, row then
//! column, and clips to `[-1, 1]` as NumPy does.

use crate::array::{Array, Array2};
use crate::kinds::every_kind_of_shape;
use crate::raw::Strides;
use crate::shape::Shape2;
use crate::views::ArrayView;

use super::Statistical;
use super::plan::{Plan, Sum};
use super::private::{FromValue, Real};

impl<'a, T: Statistical, const R: usize, const C: usize, L: Strides>
    ArrayView<'a, T, Shape2<R, C>, L>
{
    /// NumPy's `cov`, in the order `L::Order` of the view's copy.
    fn covariance(&self) -> Array2<f64, R, R, L::Order> {
        // X = array(m, dtype=float64), in the copy's order (NumPy's 'K').
        let x = |i: usize, k: usize| -> f64 {
            let value = *self.at(&[i, k]).expect("an index of the shape");
            T::Float::from_value(value).to_f64()
        };
        let plan = Plan::new::<Shape2<R, C>, L::Order>(1 << 1);
        let means: [f64; R] = core::array::from_fn(|i| {
            plan.sum::<Sum<f64>>(&[i], |index| x(index[0], index[1]))
                .per(C)
        });
        let factor = 1.0 / C.saturating_sub(1) as f64;
        Array::from_fn(|[i, j]: [usize; 2]| {
            let dot = (0..C).fold(0.0, |sum, k| {
                sum + (x(i, k) - means[i]) * (x(j, k) - means[j])
            });
            dot * factor
        })
    }
}

every_kind_of_shape! { <const R, const C> Shape2<R, C>, [Statistical]
    /// The covariance matrix, NumPy's `cov(m)`: row `i` is variable `i`,
    /// column `k` its `k`-th observation; entry `(i, j)` is the covariance
    /// of rows `i` and `j`, normalised by `C - 1` (NumPy's default
    /// `bias=False`), in `f64`. NumPy squeezes a `(1, 1)` result to a
    /// scalar; here it stays `(1, 1)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let m = Array2::<i32, 2, 4>::from([[0, 1, 2, 3], [6, 4, 2, 0]]);
    /// let c = m.cov();
    /// // np.cov(m): the sums times 1 / 3, as NumPy scales (not 5.0 / 3.0).
    /// assert_eq!(c.as_slice(), &[1.6666666666666665, -3.333333333333333,
    ///                            -3.333333333333333, 6.666666666666666]);
    /// assert_eq!(m.t().t().cov(), c); // views too
    /// ```
    pub fn cov(&self) -> Array2<f64, R, R, O> {
        self.view().covariance()
    }
}

#[cfg(any(feature = "std", feature = "libm"))]
every_kind_of_shape! { <const R, const C> Shape2<R, C>, [Statistical]
    /// The correlation matrix, NumPy's `corrcoef(m)`: [`cov`](Self::cov)
    /// divided by the standard deviations of row `i` and of row `j`, and
    /// clipped to `[-1, 1]`; NaN where a row is constant. Needs feature
    /// `std` or `libm`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let m = Array2::<f64, 2, 4>::from([[0.0, 1.0, 2.0, 3.0], [6.0, 4.0, 2.0, 0.0]]);
    /// assert_eq!(m.corrcoef().as_slice(), &[1.0, -1.0, -1.0, 1.0]);
    /// ```
    pub fn corrcoef(&self) -> Array2<f64, R, R, O> {
        let c = self.view().covariance();
        if R == 1 {
            // NumPy: a scalar covariance gives `c / c` (1, or NaN).
            #[allow(clippy::eq_op)]
            return c.map(|v| v / v);
        }
        let std: [f64; R] = core::array::from_fn(|i| {
            crate::math::Float::sqrt(*c.view().at(&[i, i]).expect("a diagonal index"))
        });
        Array::from_fn(|[i, j]: [usize; 2]| {
            let v = *c.view().at(&[i, j]).expect("an index of the shape") / std[i] / std[j];
            // np.clip(c, -1, 1): NaN stays NaN, as `clamp` keeps it.
            v.clamp(-1.0, 1.0)
        })
    }
}
