//! NumPy's `var` and `std` of the `(n, *S)` array, with NumPy's algorithm
//! (`numpy/_core/_methods.py`, `_var`): the mean first (the sum divided
//! by the count), then the mean of the squared deviations from it, divided
//! by `n - ddof` (0 by default), and for `std` its square root. Floats are
//! computed in their own type, integers in `f64`, as NumPy does; the sums
//! are NumPy's (pairwise over the flat memory for everything, row after
//! row along axis 0), so the results are NumPy's bits. The results are
//! returned as `f64` (a `float32` result widened exactly), as `mean` is.

use alloc::vec::Vec;

use crate::array::Array;
use crate::linalg::Float;
use crate::linalg::private::FloatOps;
use crate::number::Number;
use crate::number::private::Accumulate;
use crate::pairwise::pairwise_sum;
use crate::shape::RowShape;

use super::Rows;

/// Public but unnameable outside the crate (as `number::private`), so its
/// methods never clash with a user's.
mod private {
    pub trait Sealed {}
}

/// The numeric element types whose variance is defined (every [`Number`]):
/// NumPy computes it in `W`, the type itself for floats and `f64` for
/// integers. Sealed.
pub trait Deviation: Number + private::Sealed {
    /// The type the deviations are computed in.
    #[doc(hidden)]
    type W: Float;
    /// The element in `W`.
    #[doc(hidden)]
    fn to_w(self) -> Self::W;
    /// NumPy's mean of `values` in `W` (`umr_sum` then `true_divide` by
    /// the count).
    #[doc(hidden)]
    fn mean_w(values: &[Self]) -> Self::W;
    /// `sum / n` as NumPy divides a sum of type `W` by an integer count:
    /// in `f64`, then rounded to `W`.
    #[doc(hidden)]
    fn divide(sum: Self::W, n: usize) -> Self::W;
    /// A sum of `W` into `f64`, exactly.
    #[doc(hidden)]
    fn widen_w(w: Self::W) -> f64;
    /// The column sums along axis 0 of `W`: the accumulator type's sums as `W`.
    #[doc(hidden)]
    fn acc_to_w(sum: Self::Accumulator) -> Self::W;
}

macro_rules! float_deviation {
    ($($t:ty),*) => {$(
        impl private::Sealed for $t {}
        impl Deviation for $t {
            type W = $t;
            #[inline(always)]
            fn to_w(self) -> $t {
                self
            }
            fn mean_w(values: &[$t]) -> $t {
                Self::divide(pairwise_sum(values), values.len())
            }
            #[inline(always)]
            fn divide(sum: $t, n: usize) -> $t {
                // NumPy divides by an `intp` count: the float64 loop, then
                // the cast back to the float type.
                (sum as f64 / n as f64) as $t
            }
            #[inline(always)]
            fn widen_w(w: $t) -> f64 {
                w as f64
            }
            #[inline(always)]
            fn acc_to_w(sum: $t) -> $t {
                sum
            }
        }
    )*};
}

macro_rules! integer_deviation {
    ($($t:ty),*) => {$(
        impl private::Sealed for $t {}
        impl Deviation for $t {
            type W = f64;
            #[inline(always)]
            fn to_w(self) -> f64 {
                self as f64
            }
            fn mean_w(values: &[$t]) -> f64 {
                // NumPy sums integers as float64; its partial sums are
                // exact integers below 2**53, as this exact sum is.
                let sum: i128 = values.iter().map(|&v| v as i128).sum();
                sum as f64 / values.len() as f64
            }
            #[inline(always)]
            fn divide(sum: f64, n: usize) -> f64 {
                sum / n as f64
            }
            #[inline(always)]
            fn widen_w(w: f64) -> f64 {
                w
            }
            #[inline(always)]
            fn acc_to_w(sum: <$t as Number>::Accumulator) -> f64 {
                sum as f64
            }
        }
    )*};
}

float_deviation!(f32, f64);
integer_deviation!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

impl<T: Deviation, S: RowShape> Rows<T, S> {
    /// The variance of all elements, NumPy's `x.var()`: the mean of the
    /// squared deviations from the mean. NaN when there is no element.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let x = Rows::<f64, Shape1<2>>::from_flat(vec![1.0, 2.0, 3.0, 4.0])?;
    /// assert_eq!(x.var(), 1.25);
    /// assert_eq!(x.std(), 1.25f64.sqrt());
    /// assert_eq!(x.var_ddof(1), 5.0 / 3.0);
    /// # Ok::<(), shaped::LengthError>(())
    /// ```
    pub fn var(&self) -> f64 {
        T::widen_w(self.var_w(0))
    }

    /// The variance with `ddof` delta degrees of freedom, NumPy's
    /// `x.var(ddof=ddof)`: the squared deviations' sum divided by
    /// `size - ddof` (by 0, giving infinity or NaN, when that is not
    /// positive, as NumPy gives with a warning).
    pub fn var_ddof(&self, ddof: usize) -> f64 {
        T::widen_w(self.var_w(ddof))
    }

    /// The standard deviation of all elements, NumPy's `x.std()`: the
    /// square root of [`var`](Self::var), in the element's float type.
    pub fn std(&self) -> f64 {
        T::widen_w(self.var_w(0).root())
    }

    /// The standard deviation with `ddof` delta degrees of freedom,
    /// NumPy's `x.std(ddof=ddof)`.
    pub fn std_ddof(&self, ddof: usize) -> f64 {
        T::widen_w(self.var_w(ddof).root())
    }

    fn var_w(&self, ddof: usize) -> T::W {
        let values = self.as_slice();
        let mean = T::mean_w(values);
        let squares: Vec<T::W> = values
            .iter()
            .map(|&x| {
                let d = x.to_w() - mean;
                d * d
            })
            .collect();
        T::divide(T::W::sum_of(&squares), values.len().saturating_sub(ddof))
    }

    /// The variance along `AXIS`, NumPy's `x.var(axis=AXIS)`; axis 0 (the
    /// rows) for now: the variance of each column, an [`Array`] of shape
    /// `S` (NaN for no rows). Another axis does not compile.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Rows, Shape1};
    /// let x = Rows::<f64, Shape1<2>>::from_flat(vec![1.0, 10.0, 3.0, 10.0])?;
    /// assert_eq!(x.var_axis::<0>(), Array1::from([1.0, 0.0]));
    /// assert_eq!(x.std_axis::<0>(), Array1::from([1.0, 0.0]));
    /// // NumPy's x - x.mean(axis=0), divided by x.std(axis=0):
    /// let z = (&x - &x.mean_axis::<0>()) / &x.std_axis::<0>();
    /// assert_eq!(z[[0, 0]], -1.0);
    /// # Ok::<(), shaped::LengthError>(())
    /// ```
    pub fn var_axis<const AXIS: usize>(&self) -> Array<f64, S> {
        let () = AxisZero::<AXIS>::OK;
        let var = self.var_rows(0);
        Array::from_flat_fn(|j| T::widen_w(var.as_slice()[j]))
    }

    /// The standard deviation along `AXIS` (axis 0 for now), NumPy's
    /// `x.std(axis=AXIS)`.
    pub fn std_axis<const AXIS: usize>(&self) -> Array<f64, S> {
        let () = AxisZero::<AXIS>::OK;
        let var = self.var_rows(0);
        Array::from_flat_fn(|j| T::widen_w(var.as_slice()[j].root()))
    }

    /// [`var_axis`](Self::var_axis) with `ddof` delta degrees of freedom.
    pub fn var_axis_ddof<const AXIS: usize>(&self, ddof: usize) -> Array<f64, S> {
        let () = AxisZero::<AXIS>::OK;
        let var = self.var_rows(ddof);
        Array::from_flat_fn(|j| T::widen_w(var.as_slice()[j]))
    }

    /// [`std_axis`](Self::std_axis) with `ddof` delta degrees of freedom.
    pub fn std_axis_ddof<const AXIS: usize>(&self, ddof: usize) -> Array<f64, S> {
        let () = AxisZero::<AXIS>::OK;
        let var = self.var_rows(ddof);
        Array::from_flat_fn(|j| T::widen_w(var.as_slice()[j].root()))
    }

    /// The variance of each column, in `W`: the column means (the sums
    /// of `sum_axis::<0>()` divided as NumPy divides), then the squared
    /// deviations added row after row (pairwise when a row is one
    /// element, as NumPy sums a contiguous column).
    fn var_rows(&self, ddof: usize) -> Array<T::W, S> {
        let n = self.len();
        let sums = self.sum_rows();
        let means = Array::<T::W, S>::from_flat_fn(|j| {
            if S::SIZE == 1 {
                // NumPy's mean of the contiguous column, as over everything.
                T::mean_w(self.as_slice())
            } else {
                T::divide(T::acc_to_w(sums.as_slice()[j]), n)
            }
        });
        let divisor = n.saturating_sub(ddof);
        if S::SIZE == 1 {
            let mean = means.as_slice()[0];
            let squares: Vec<T::W> = self
                .as_slice()
                .iter()
                .map(|&x| {
                    let d = x.to_w() - mean;
                    d * d
                })
                .collect();
            let var = T::divide(T::W::sum_of(&squares), divisor);
            return Array::from_flat_fn(|_| var);
        }
        let mut acc = Array::<T::W, S>::zeros();
        for row in self.iter() {
            let lanes = acc.as_mut_slice().iter_mut().zip(means.as_slice());
            for ((acc, &mean), &x) in lanes.zip(row.as_slice()) {
                let d = x.to_w() - mean;
                *acc = *acc + d * d;
            }
        }
        Array::from_flat_fn(|j| T::divide(acc.as_slice()[j], divisor))
    }
}

/// Only axis 0 (the rows) so far.
struct AxisZero<const AXIS: usize>;

impl<const AXIS: usize> AxisZero<AXIS> {
    const OK: () = assert!(
        AXIS == 0,
        "var_axis and std_axis of Rows reduce along axis 0 (the rows); reduce each row (`x.iter().map(|row| ...)`) for another axis"
    );
}
