//! `isclose`/`allclose`: floats equal within a tolerance, as NumPy decides
//! it, `|a - b| <= atol + rtol * |b|` in the arrays' own float type (so
//! not symmetric: `b` is the reference), with infinities equal only to
//! themselves and NaN equal to nothing unless asked.

use super::scalar::private::Ufunc;
use crate::array::Array;
use crate::kinds::every_kind;
use crate::operand::{Operand, Side, zip_sides};

/// NumPy's default relative tolerance, `rtol=1e-05`.
const RTOL: f64 = 1e-5;
/// NumPy's default absolute tolerance, `atol=1e-08`.
const ATOL: f64 = 1e-8;

/// NumPy's `isclose` of one pair: `abs(a - b) <= atol + rtol * abs(b)`
/// where `b` is finite, or `a == b`, or both NaN when `equal_nan`.
macro_rules! close_one {
    ($t:ident) => {
        #[inline(always)]
        fn close(a: $t, b: $t, rtol: $t, atol: $t, equal_nan: bool) -> bool {
            ((a - b).abs() <= atol + rtol * b.abs() && !b.is_inf() && !b.is_nan())
                || a == b
                || (equal_nan && a.is_nan() && b.is_nan())
        }
    };
}

macro_rules! closeness {
    ($t:ident) => {
        const _: () = {
            close_one!($t);

            every_kind! { type $t;
                /// Whether each element is close to `other`'s, NumPy's
                /// `np.isclose(a, b)` with its defaults: `|a - b| <= 1e-8 +
                /// 1e-5 * |b|` (computed in the arrays' float type, as
                /// NumPy's), an infinity close only to itself, a NaN to
                /// nothing. `other` is an array, a view or one number.
                ///
                /// ```
                /// # use shaped_core as shaped;
                /// use shaped::Array1;
                /// let a = Array1::<f64, 4>::from([1.0, 1e10, f64::INFINITY, f64::NAN]);
                /// let b = Array1::<f64, 4>::from([1.0 + 1e-9, 1.00001e10, f64::INFINITY, f64::NAN]);
                /// assert_eq!(a.isclose(&b).as_slice(), &[true, true, true, false]);
                /// assert_eq!(a.isclose(1.0).as_slice(), &[true, false, false, false]);
                /// ```
                pub fn isclose(&self, other: impl Operand<$t, S, O>) -> Array<bool, S, O> {
                    self.isclose_with(other, RTOL as $t, ATOL as $t, false)
                }

                /// [`isclose`](Self::isclose) with NumPy's keyword arguments:
                /// `np.isclose(a, b, rtol, atol, equal_nan)`; with
                /// `equal_nan`, two NaNs are close.
                ///
                /// ```
                /// # use shaped_core as shaped;
                /// use shaped::Array1;
                /// let a = Array1::<f32, 3>::from([1.0, 2.0, f32::NAN]);
                /// let b = Array1::<f32, 3>::from([1.05, 2.5, f32::NAN]);
                /// assert_eq!(a.isclose_with(&b, 0.1, 0.0, true).as_slice(), &[true, false, true]);
                /// ```
                pub fn isclose_with(
                    &self,
                    other: impl Operand<$t, S, O>,
                    rtol: $t,
                    atol: $t,
                    equal_nan: bool,
                ) -> Array<bool, S, O> {
                    zip_sides(&self.view(), &other, |a, b| close(a, b, rtol, atol, equal_nan))
                }

                /// Whether every element is close to `other`'s, NumPy's
                /// `np.allclose(a, b)`: [`isclose`](Self::isclose) of every
                /// pair, without building the `bool` array.
                ///
                /// ```
                /// # use shaped_core as shaped;
                /// use shaped::Array2;
                /// let a = Array2::<f64, 2, 2>::from([[1.0, 2.0], [3.0, 4.0]]);
                /// let b = &a + 1e-9;
                /// assert!(a.allclose(&b));
                /// assert!(a.t().allclose(b.t()));
                /// assert!(!a.allclose(&(&a + 1e-3)));
                /// ```
                pub fn allclose(&self, other: impl Operand<$t, S, O>) -> bool {
                    self.allclose_with(other, RTOL as $t, ATOL as $t, false)
                }

                /// [`allclose`](Self::allclose) with NumPy's keyword arguments:
                /// `np.allclose(a, b, rtol, atol, equal_nan)`.
                ///
                /// ```
                /// # use shaped_core as shaped;
                /// use shaped::Array1;
                /// let a = Array1::<f64, 2>::from([100.0, f64::NAN]);
                /// assert!(a.allclose_with(&Array1::from([101.0, f64::NAN]), 0.0, 1.0, true));
                /// assert!(!a.allclose_with(&Array1::from([101.0, f64::NAN]), 0.0, 1.0, false));
                /// ```
                pub fn allclose_with(
                    &self,
                    other: impl Operand<$t, S, O>,
                    rtol: $t,
                    atol: $t,
                    equal_nan: bool,
                ) -> bool {
                    let mut all = true;
                    let a = self.view();
                    match other.side() {
                        Side::Elements(b) => a.zip_for_each_c(&b, |&a, &b| {
                            all &= close(a, b, rtol, atol, equal_nan);
                        }),
                        Side::Scalar(b) => a.for_each(|&a| all &= close(a, b, rtol, atol, equal_nan)),
                    }
                    all
                }
            }
        };
    };
}

closeness!(f32);
closeness!(f64);
