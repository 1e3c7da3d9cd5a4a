//! Statistics as NumPy computes them, to the bit: `var`/`std` (with
//! `ddof`), `ptp`, means and sums over several axes at once
//! (`mean_axes::<0, 1>()`), and `var`/`std`/`median` over several axes
//! (`var_axes::<0, 1>()`), `median`, `quantile`/`percentile`: on arrays
//! and views alike (written once, over the view).
//!
//! Each follows NumPy's own steps, so each rounding is NumPy's:
//!
//! - `var` is NumPy's `_var`: the mean (a pairwise sum divided by the
//!   count), the deviations `x - mean`, their squares, the pairwise sum of
//!   those, divided by `n - ddof` (infinite or NaN when `ddof >= n`, as
//!   NumPy gives with its warning); `std` is its square root.
//! - Integers compute in `f64`, as NumPy's do (their float type is `f64`,
//!   [`Statistical::Float`]); `f32` computes in `f32`, `f64` in `f64`.
//! - Sums run in NumPy's order: pairwise over a contiguous run of memory
//!   (the whole array, or a lane along the axis that is fastest in memory),
//!   one after another across runs. A view sums in the memory order of the
//!   array it copies to, as NumPy sums the temporary arrays (`x - mean`)
//!   it builds in that order.

mod average;
mod axes;
mod axes_spread;
mod covariance;
mod histogram;
mod plan;
mod quantile;
mod spread;
#[cfg(feature = "alloc")]
mod unique;
mod variance;

pub use axes::WithoutAxes;
#[cfg(feature = "alloc")]
pub use unique::Countable;

/// The numbers statistics take, each with the float type its statistics
/// come in: `f64` for the integers (NumPy's `var`, `std`, `quantile` of an
/// integer array are `float64`), the type itself for `f32` and `f64`.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array1, Statistical};
/// fn spread<T: Statistical, const N: usize>(a: &Array1<T, N>) -> T::Float {
///     a.var()
/// }
/// assert_eq!(spread(&Array1::<u8, 4>::from([1, 2, 3, 4])), 1.25f64);
/// assert_eq!(spread(&Array1::<f32, 2>::from([0.0, 1.0])), 0.25f32);
/// ```
pub trait Statistical: crate::number::Number {
    /// The float type the statistics of this type are computed in and
    /// returned as.
    type Float: private::FromValue<Self>;
}

/// What the statistics need of their float types, on traits users cannot
/// name (so the methods never clash with theirs).
pub(crate) mod private {
    /// `f32` and `f64`.
    pub trait Real: crate::linalg::Float {
        /// `self / count` as NumPy divides a float by an item count (an
        /// `intp`): in `f64`, rounded to the type once more (for `f32`
        /// that is the correctly rounded `f32` quotient).
        fn per(self, count: usize) -> Self;
        /// Exactly, or rounded to the nearest for `f32`.
        fn from_f64(x: f64) -> Self;
        /// Exactly.
        fn to_f64(self) -> f64;
        /// Whether this is NaN.
        fn nan(self) -> bool;
    }

    /// A value of type `T` as the float `Self`, and NumPy's sum of many.
    pub trait FromValue<T>: Real {
        /// `value` as NumPy casts it (`astype`).
        fn from_value(value: T) -> Self;
        /// NumPy's sum of a run of values of type `T` cast to this type,
        /// `at(0)` ... `at(len - 1)` (already cast): pairwise for floats;
        /// for integers in buffers of 8192 (NumPy's buffer size for a sum
        /// that casts), each summed pairwise, the buffers' sums added in
        /// turn.
        fn sum_cast(len: usize, at: impl Fn(usize) -> Self) -> Self;
    }
}

use private::{FromValue, Real};

macro_rules! reals {
    ($($t:ty: $per:expr),*) => {$(
        impl Real for $t {
            #[inline(always)]
            fn per(self, count: usize) -> Self {
                $per(self, count)
            }
            #[inline(always)]
            fn from_f64(x: f64) -> Self {
                x as $t
            }
            #[inline(always)]
            fn to_f64(self) -> f64 {
                self as f64
            }
            #[inline(always)]
            #[allow(clippy::eq_op)]
            fn nan(self) -> bool {
                self != self
            }
        }
        impl Statistical for $t {
            type Float = $t;
        }
        impl FromValue<$t> for $t {
            #[inline(always)]
            fn from_value(value: $t) -> Self {
                value
            }
            fn sum_cast(len: usize, at: impl Fn(usize) -> Self) -> Self {
                crate::pairwise::pairwise_by(0, len, &at)
            }
        }
    )*};
}

reals!(
    f32: |x: f32, n: usize| (x as f64 / n as f64) as f32,
    f64: |x: f64, n: usize| x / n as f64
);

macro_rules! integers {
    ($($t:ty)*) => {$(
        impl Statistical for $t {
            type Float = f64;
        }
        impl FromValue<$t> for f64 {
            #[inline(always)]
            fn from_value(value: $t) -> Self {
                value as f64
            }
            fn sum_cast(len: usize, at: impl Fn(usize) -> Self) -> Self {
                crate::pairwise::buffered_pairwise(len, &at)
            }
        }
    )*};
}

integers!(i8 i16 i32 i64 isize u8 u16 u32 u64 usize);
