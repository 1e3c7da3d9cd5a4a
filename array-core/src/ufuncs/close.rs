//! `isclose`/`allclose`: floats equal within a tolerance, as NumPy decides
//! it, `|a - b| <= atol + rtol * |b|` in the arrays' own float type (so
//! not symmetric: `b` is the reference), with infinities equal only to
//! themselves and NaN equal to nothing unless asked. Integers compare as
//! NumPy compares them: both converted to `float64` (so two `int64`s past
//! 2^53 that round to the same `float64` are close), then the same test.

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

/// NumPy's `isclose` of one pair of integers: `b` converted to `float64`
/// (NumPy's `result_type(b, 1.0)`), `a` too when they meet, then the float
/// test (every integer is finite, none is NaN).
#[inline(always)]
fn close_f64(a: f64, b: f64, rtol: f64, atol: f64) -> bool {
    (a - b).abs() <= atol + rtol * b.abs() || a == b
}

macro_rules! integer_closeness {
    ($($t:ident)*) => {$(
        every_kind! { type $t;
            /// Whether each element is close to `other`'s, NumPy's
            /// `np.isclose(a, b)` with its defaults, for integers as NumPy
            /// computes it: both converted to `f64`, then
            /// `|a - b| <= 1e-8 + 1e-5 * |b|`. `other` is an array, a view
            /// or one number.
            ///
            /// ```
            /// # use shaped_core as shaped;
            /// use shaped::Array1;
            /// let a = Array1::<i64, 3>::from([100_000, 1_000_000, i64::MAX]);
            /// let b = Array1::<i64, 3>::from([100_001, 1_000_011, i64::MAX - 1]);
            /// // 1 <= 1e-5 * 100001; 11 > 1e-5 * 1000011; both round to 2^63
            /// assert_eq!(a.isclose(&b).as_slice(), &[true, false, true]);
            /// ```
            pub fn isclose(&self, other: impl Operand<$t, S, O>) -> Array<bool, S, O> {
                self.isclose_with(other, RTOL, ATOL, false)
            }

            /// [`isclose`](Self::isclose) with NumPy's keyword arguments:
            /// `np.isclose(a, b, rtol, atol, equal_nan)`, the tolerances
            /// as `f64` as NumPy's (an integer is never NaN, so `equal_nan`
            /// changes nothing).
            ///
            /// ```
            /// # use shaped_core as shaped;
            /// use shaped::Array1;
            /// let a = Array1::<u8, 3>::from([10, 20, 255]);
            /// let b = Array1::<u8, 3>::from([11, 25, 0]);
            /// assert_eq!(a.isclose_with(&b, 0.0, 1.0, false).as_slice(), &[true, false, false]);
            /// ```
            pub fn isclose_with(
                &self,
                other: impl Operand<$t, S, O>,
                rtol: f64,
                atol: f64,
                equal_nan: bool,
            ) -> Array<bool, S, O> {
                let _ = equal_nan;
                zip_sides(&self.view(), &other, |a, b| close_f64(a as f64, b as f64, rtol, atol))
            }

            /// Whether every element is close to `other`'s, NumPy's
            /// `np.allclose(a, b)` for integers: [`isclose`](Self::isclose)
            /// of every pair, without building the `bool` array.
            ///
            /// ```
            /// # use shaped_core as shaped;
            /// use shaped::Array2;
            /// let a = Array2::<i32, 2, 2>::from([[100_000, 2], [3, 4]]);
            /// assert!(a.allclose(&(&a + Array2::from([[1, 0], [0, 0]]))));
            /// assert!(!a.allclose(&(&a + 1)));
            /// ```
            pub fn allclose(&self, other: impl Operand<$t, S, O>) -> bool {
                self.allclose_with(other, RTOL, ATOL, false)
            }

            /// [`allclose`](Self::allclose) with NumPy's keyword arguments:
            /// `np.allclose(a, b, rtol, atol, equal_nan)`.
            ///
            /// ```
            /// # use shaped_core as shaped;
            /// use shaped::Array1;
            /// let a = Array1::<u64, 2>::from([u64::MAX, 1000]);
            /// assert!(a.allclose_with(&Array1::from([u64::MAX - 1, 1100]), 0.1, 0.0, false));
            /// assert!(!a.allclose_with(&Array1::from([u64::MAX - 1, 1200]), 0.1, 0.0, false));
            /// ```
            pub fn allclose_with(
                &self,
                other: impl Operand<$t, S, O>,
                rtol: f64,
                atol: f64,
                equal_nan: bool,
            ) -> bool {
                let _ = equal_nan;
                let mut all = true;
                let a = self.view();
                match other.side() {
                    Side::Elements(b) => a.zip_for_each_c(&b, |&a, &b| {
                        all &= close_f64(a as f64, b as f64, rtol, atol);
                    }),
                    Side::Scalar(b) => a.for_each(|&a| all &= close_f64(a as f64, b as f64, rtol, atol)),
                }
                all
            }
        }
    )*};
}

integer_closeness!(i8 i16 i32 i64 isize u8 u16 u32 u64 usize);
