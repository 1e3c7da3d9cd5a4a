//! Variance and standard deviation, NumPy's `var` and `std`, over the whole
//! array or along one axis, with NumPy's `ddof`.

use crate::array::Array;
use crate::kinds::every_kind;
use crate::raw::Strides;
use crate::shape::{RemoveAxis, Shape};
use crate::views::ArrayView;

use super::Statistical;
use super::plan::{CastSum, Plan, Sum, Summation};
use super::private::{FromValue, Real};
#[cfg(any(feature = "std", feature = "libm"))]
use crate::linalg::private::FloatOps;

/// Every axis of a shape, as a mask.
pub(crate) const fn all_axes(ndim: usize) -> u32 {
    (1 << ndim) - 1
}

/// `x - mean`, squared, NumPy's `square(subtract(arr, arrmean))`.
#[inline(always)]
fn squared_deviation<T: Statistical>(x: T, mean: T::Float) -> T::Float {
    let d = T::Float::from_value(x) - mean;
    d * d
}

impl<'a, T: Statistical, S: Shape, L: Strides> ArrayView<'a, T, S, L> {
    /// NumPy's `_var` over the axes `plan` sums, for the output element
    /// whose kept positions are `kept`: the mean, then the sum of the
    /// squared deviations from it, over `max(n - ddof, 0)`.
    pub(super) fn var_over(&self, plan: &Plan, kept: &[usize], ddof: usize) -> T::Float {
        let n = plan.count();
        if plan.covers_memory()
            && let Some(elements) = self.contiguous()
        {
            // One run, the memory itself: the same sums, on the slice.
            let mean = T::Float::sum_cast(n, |i| T::Float::from_value(elements[i])).per(n);
            let squares = Sum::<T::Float>::run(n, |i| squared_deviation(elements[i], mean));
            return squares.per(n.saturating_sub(ddof));
        }
        let at = |index: &[usize]| *self.at(index).expect("an index of the shape");
        let mean = plan.sum::<CastSum<T>>(kept, at).per(n);
        let squares = plan.sum::<Sum<T::Float>>(kept, |index| squared_deviation(at(index), mean));
        squares.per(n.saturating_sub(ddof))
    }

    /// [`var_over`](Self::var_over) along `AXIS`, for every lane.
    pub(super) fn var_lanes<const AXIS: usize>(
        &self,
        ddof: usize,
    ) -> Array<T::Float, <S as RemoveAxis<AXIS>>::Output, L::Order>
    where
        S: RemoveAxis<AXIS>,
    {
        let plan = Plan::new::<S, L::Order>(1 << AXIS);
        Array::from_fn(|kept: <<S as RemoveAxis<AXIS>>::Output as Shape>::Index| {
            self.var_over(&plan, kept.as_ref(), ddof)
        })
    }
}

every_kind! { [Statistical]
    /// The variance, NumPy's `var()`: the mean of the squared deviations
    /// from the mean, computed as NumPy computes it, so to NumPy's bits.
    /// Integers give `f64`, floats their own type ([`Statistical::Float`]);
    /// NaN if any element is NaN (or infinite), NaN for an empty array.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    /// assert_eq!(a.var(), 35.0 / 12.0); // np.var: 2.9166666666666665
    /// assert_eq!(a.t().var(), a.var()); // a view gives the same
    /// ```
    pub fn var(&self) -> T::Float {
        self.var_ddof(0)
    }

    /// The variance with `ddof` "delta degrees of freedom", NumPy's
    /// `var(ddof=ddof)`: the sum of squared deviations divided by
    /// `n - ddof` (`ddof = 1` is the unbiased sample variance). When `ddof`
    /// is `n` or more, the divisor is 0, as NumPy's (which warns "Degrees
    /// of freedom <= 0"): infinite, or NaN when every element is equal.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<f64, 4>::from([1.0, 2.0, 3.0, 4.0]);
    /// assert_eq!(a.var_ddof(1), 5.0 / 3.0);
    /// assert_eq!(a.var_ddof(4), f64::INFINITY);
    /// assert!(Array1::<f64, 2>::full(7.0).var_ddof(2).is_nan());
    /// ```
    pub fn var_ddof(&self, ddof: usize) -> T::Float {
        let plan = Plan::new::<S, O>(all_axes(S::NDIM));
        self.view().var_over(&plan, &[], ddof)
    }

    /// The variance of each lane along `AXIS`, NumPy's `var(axis=AXIS)`:
    /// the result has that axis removed from its type.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2};
    /// let a = Array2::<u8, 2, 3>::from([[1, 2, 3], [2, 4, 9]]);
    /// assert_eq!(a.var_axis::<0>(), Array1::from([0.25, 1.0, 9.0]));
    /// assert_eq!(a.var_axis::<1>(), Array1::from([2.0 / 3.0, 26.0 / 3.0]));
    /// ```
    pub fn var_axis<const AXIS: usize>(&self) -> Array<T::Float, <S as RemoveAxis<AXIS>>::Output, O>
    where
        S: RemoveAxis<AXIS>,
    {
        self.view().var_lanes::<AXIS>(0)
    }

    /// The variance of each lane along `AXIS` with `ddof`, NumPy's
    /// `var(axis=AXIS, ddof=ddof)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2};
    /// let a = Array2::<f32, 2, 2>::from([[1.0, 2.0], [3.0, 6.0]]);
    /// assert_eq!(a.var_axis_ddof::<0>(1), Array1::from([2.0f32, 8.0]));
    /// ```
    pub fn var_axis_ddof<const AXIS: usize>(
        &self,
        ddof: usize,
    ) -> Array<T::Float, <S as RemoveAxis<AXIS>>::Output, O>
    where
        S: RemoveAxis<AXIS>,
    {
        self.view().var_lanes::<AXIS>(ddof)
    }
}

#[cfg(any(feature = "std", feature = "libm"))]
every_kind! { [Statistical]
    /// The standard deviation, NumPy's `std()`: the square root of
    /// [`var`](Self::var), to NumPy's bits. Needs feature `std` or `libm`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// assert_eq!(Array1::<i64, 4>::from([2, 4, 4, 6]).std(), 2f64.sqrt());
    /// ```
    pub fn std(&self) -> T::Float {
        FloatOps::root(self.var())
    }

    /// The standard deviation with `ddof`, NumPy's `std(ddof=ddof)`: the
    /// square root of [`var_ddof`](Self::var_ddof).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<f64, 3>::from([1.0, 2.0, 3.0]);
    /// assert_eq!(a.std_ddof(1), 1.0);
    /// ```
    pub fn std_ddof(&self, ddof: usize) -> T::Float {
        FloatOps::root(self.var_ddof(ddof))
    }

    /// The standard deviation of each lane along `AXIS`, NumPy's
    /// `std(axis=AXIS)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2};
    /// let a = Array2::<i32, 2, 2>::from([[1, 5], [3, 5]]);
    /// assert_eq!(a.std_axis::<0>(), Array1::from([1.0, 0.0]));
    /// ```
    pub fn std_axis<const AXIS: usize>(&self) -> Array<T::Float, <S as RemoveAxis<AXIS>>::Output, O>
    where
        S: RemoveAxis<AXIS>,
    {
        self.std_axis_ddof::<AXIS>(0)
    }

    /// The standard deviation of each lane along `AXIS` with `ddof`,
    /// NumPy's `std(axis=AXIS, ddof=ddof)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2};
    /// let a = Array2::<f64, 2, 3>::from([[1.0, 2.0, 3.0], [4.0, 4.0, 4.0]]);
    /// assert_eq!(a.std_axis_ddof::<1>(1), Array1::from([1.0, 0.0]));
    /// ```
    pub fn std_axis_ddof<const AXIS: usize>(
        &self,
        ddof: usize,
    ) -> Array<T::Float, <S as RemoveAxis<AXIS>>::Output, O>
    where
        S: RemoveAxis<AXIS>,
    {
        let var = self.view().var_lanes::<AXIS>(ddof);
        Array::from_flat_fn(|i| FloatOps::root(var.as_slice()[i]))
    }
}
