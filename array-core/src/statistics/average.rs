//! Weighted means, NumPy's `average(a, weights=w)`, over the whole array or
//! along one axis with one weight per position along it.

use crate::array::Array;
use crate::kinds::every_kind;
use crate::raw::Strides;
use crate::shape::{RemoveAxis, Shape};
use crate::views::{ArrayView, AsView};

use super::Statistical;
use super::plan::{CastSum, Plan, Sum};
use super::private::FromValue;
use super::variance::all_axes;

/// NumPy's `scl == 0` check: it raises `ZeroDivisionError`.
#[track_caller]
fn check_weights<F: super::private::Real>(name: &str, sum: F) {
    if sum == F::ZERO {
        panic!("{name}: the weights sum to zero, so they cannot be normalized");
    }
}

/// NumPy's `multiply(a, w, dtype=result_dtype)`: both cast, then multiplied.
#[inline(always)]
fn product<T: Statistical>(a: T, w: T) -> T::Float {
    T::Float::from_value(a) * T::Float::from_value(w)
}

/// NumPy's sum of the weights, cast (`wgt.sum(dtype=result_dtype)`), in
/// the memory order of the array they copy to.
fn weight_sum<T: Statistical, S: Shape, L: Strides>(weights: &ArrayView<'_, T, S, L>) -> T::Float {
    Plan::new::<S, L::Order>(all_axes(S::NDIM)).sum::<CastSum<T>>(&[], |index| {
        *weights.at(index).expect("an index of the shape")
    })
}

every_kind! { [Statistical]
    /// The weighted mean, NumPy's `average(a, weights=w)`: the sum of
    /// `a * w` over the sum of `w`, each sum as NumPy computes it, in the
    /// float type of the elements (`f64` for integers). The weights have
    /// the array's element type and shape, and may be any kind of array.
    ///
    /// # Panics
    ///
    /// When the weights sum to zero (NumPy raises `ZeroDivisionError`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<i32, 4>::from([1, 2, 3, 4]);
    /// let w = Array1::<i32, 4>::from([4, 3, 2, 1]);
    /// assert_eq!(a.average(&w), 2.0);
    /// assert_eq!(a.average(&Array1::<i32, 4>::ones()), a.mean());
    /// ```
    #[track_caller]
    pub fn average(&self, weights: &impl AsView<T, S>) -> T::Float {
        let (view, weights) = (self.view(), weights.as_view());
        let total = weight_sum(&weights);
        check_weights("average", total);
        let plan = Plan::new::<S, O>(all_axes(S::NDIM));
        let sum = plan.sum::<Sum<T::Float>>(&[], |index| {
            let a = *view.at(index).expect("an index of the shape");
            product(a, *weights.at(index).expect("an index of the shape"))
        });
        sum / total
    }

    /// The weighted mean of each lane along `AXIS`, NumPy's
    /// `average(a, axis=AXIS, weights=w)` with one weight per position
    /// along the axis (a 1-D array as long as the axis): the result has
    /// that axis removed from its type.
    ///
    /// # Panics
    ///
    /// When the weights sum to zero.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2};
    /// let a = Array2::<f64, 2, 3>::from([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]);
    /// let w = Array1::<f64, 3>::from([0.0, 1.0, 3.0]);
    /// assert_eq!(a.average_axis::<1>(&w), Array1::from([2.75, 5.75]));
    /// let w = Array1::<f64, 2>::from([3.0, 1.0]);
    /// assert_eq!(a.average_axis::<0>(&w), Array1::from([1.75, 2.75, 3.75]));
    /// ```
    #[track_caller]
    pub fn average_axis<const AXIS: usize>(
        &self,
        weights: &impl AsView<T, <S as RemoveAxis<AXIS>>::Lane>,
    ) -> Array<T::Float, <S as RemoveAxis<AXIS>>::Output, O>
    where
        S: RemoveAxis<AXIS>,
    {
        let (view, weights) = (self.view(), weights.as_view());
        let total = weight_sum(&weights);
        check_weights("average_axis", total);
        let plan = Plan::new::<S, O>(1 << AXIS);
        Array::from_fn(|kept: <<S as RemoveAxis<AXIS>>::Output as Shape>::Index| {
            let sum = plan.sum::<Sum<T::Float>>(kept.as_ref(), |index| {
                let a = *view.at(index).expect("an index of the shape");
                product(a, *weights.at(&index[AXIS..=AXIS]).expect("a position along the axis"))
            });
            sum / total
        })
    }
}
