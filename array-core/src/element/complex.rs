//! NumPy's `complex64` and `complex128` as [`Complex<f32>`] and
//! [`Complex<f64>`] (aliases [`c32`], [`c64`]) from the `num-complex` crate
//! (feature `num-complex`).
//!
//! Arithmetic is NumPy's, to the bit: `+` and `-` part by part; `*` as
//! `(ar*br - ai*bi, ar*bi + ai*br)`, each product rounded (NumPy's
//! `CFLOAT_multiply` without SIMD: on CPUs with FMA NumPy's vector loop
//! fuses one product of each part, so its last bit can differ there when
//! the products are inexact); `/` by Smith's algorithm as NumPy's
//! `CFLOAT_divide` computes it (`num-complex`'s own `/` is the textbook
//! formula, which overflows for large divisors). Comparisons are NumPy's:
//! the real parts, then the imaginary parts; a NaN in either part makes
//! every comparison but `!=` false.

use core::cmp::Ordering;

pub use num_complex::Complex;

use super::{DType, Element, Scalar, Stored, sealed};
use crate::elementwise::CastTo;
use crate::number::Arithmetic;
use crate::number::private::Field;

/// NumPy's `complex64`: two `f32`s, the real part first.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array1, Complex, Element, c32};
/// let a = Array1::<c32, 2>::from([Complex::new(1.0, 2.0), Complex::new(0.5, -1.0)]);
/// assert_eq!((c32::DTYPE.name(), c32::DTYPE.str()), ("complex64", "<c8"));
/// assert_eq!(format!("{a:?}"), "array([1. +2.j, 0.5-1.j], dtype=complex64)");
/// ```
#[allow(non_camel_case_types)]
pub type c32 = Complex<f32>;

/// NumPy's `complex128`: two `f64`s, the real part first.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array1, Complex, c64};
/// let a = Array1::<c64, 2>::from([Complex::new(1.0, 2.0), Complex::new(3.0, -0.5)]);
/// let b = a / Complex::new(0.0, 2.0); // NumPy's a / 2j
/// assert_eq!(b.to_string(), "[ 1.  -0.5j -0.25-1.5j]");
/// ```
#[allow(non_camel_case_types)]
pub type c64 = Complex<f64>;

/// The parts of a complex number as NumPy's loops see them.
pub(crate) trait Part: Copy + PartialOrd + core::ops::Neg<Output = Self> {
    const ZERO: Self;
    const ONE: Self;
    fn plus(self, other: Self) -> Self;
    fn minus(self, other: Self) -> Self;
    fn times(self, other: Self) -> Self;
    fn over(self, other: Self) -> Self;
    fn magnitude(self) -> Self;
    fn nan(self) -> bool;
}

macro_rules! parts {
    ($($f:ident)*) => {$(
        impl Part for $f {
            const ZERO: Self = 0.0;
            const ONE: Self = 1.0;
            #[inline(always)]
            fn plus(self, other: Self) -> Self {
                self + other
            }
            #[inline(always)]
            fn minus(self, other: Self) -> Self {
                self - other
            }
            #[inline(always)]
            fn times(self, other: Self) -> Self {
                self * other
            }
            #[inline(always)]
            fn over(self, other: Self) -> Self {
                self / other
            }
            #[inline(always)]
            fn magnitude(self) -> Self {
                <$f>::abs(self)
            }
            #[inline(always)]
            fn nan(self) -> bool {
                self.is_nan()
            }
        }
    )*};
}

parts!(f32 f64);

/// NumPy's `a * b` (`CFLOAT_multiply`, `CDOUBLE_multiply`).
#[inline(always)]
pub(crate) fn multiply<F: Part>(a: Complex<F>, b: Complex<F>) -> Complex<F> {
    Complex::new(
        a.re.times(b.re).minus(a.im.times(b.im)),
        a.re.times(b.im).plus(a.im.times(b.re)),
    )
}

/// NumPy's `a / b` (`CFLOAT_divide`, `CDOUBLE_divide`): Smith's
/// algorithm, scaled by the larger part of the divisor; a zero divisor
/// divides each part by `|b.re|` and `|b.im|` (zeros), giving NumPy's
/// infinities and NaNs.
#[inline(always)]
pub(crate) fn divide<F: Part>(a: Complex<F>, b: Complex<F>) -> Complex<F> {
    let (re_abs, im_abs) = (b.re.magnitude(), b.im.magnitude());
    if re_abs >= im_abs {
        if re_abs == F::ZERO && im_abs == F::ZERO {
            Complex::new(a.re.over(re_abs), a.im.over(im_abs))
        } else {
            let rat = b.im.over(b.re);
            let scl = F::ONE.over(b.re.plus(b.im.times(rat)));
            Complex::new(
                a.re.plus(a.im.times(rat)).times(scl),
                a.im.minus(a.re.times(rat)).times(scl),
            )
        }
    } else {
        // Also when either part of `b` is NaN: NumPy's `else` branch.
        let rat = b.re.over(b.im);
        let scl = F::ONE.over(b.im.plus(b.re.times(rat)));
        Complex::new(
            a.re.times(rat).plus(a.im).times(scl),
            a.im.times(rat).minus(a.re).times(scl),
        )
    }
}

/// NumPy's ordering of complex numbers (its `CLT`, `CGT` ... for the
/// comparison ufuncs): the real parts, then the imaginary parts; unordered
/// when any part is NaN.
#[inline(always)]
pub(crate) fn compare<F: Part>(a: Complex<F>, b: Complex<F>) -> Option<Ordering> {
    if a.re.nan() || a.im.nan() || b.re.nan() || b.im.nan() {
        return None;
    }
    match a.re.partial_cmp(&b.re)? {
        Ordering::Equal => a.im.partial_cmp(&b.im),
        unequal => Some(unequal),
    }
}

macro_rules! complex_elements {
    ($($f:ident $itemsize:literal $scalar:ident;)*) => {$(
        impl sealed::Sealed for Complex<$f> {}
        impl Stored for Complex<$f> {}

        impl Element for Complex<$f> {
            const DTYPE: DType = DType::numpy('c', $itemsize);
            const ZERO: Self = Complex::new(0.0, 0.0);
            const ONE: Self = Complex::new(1.0, 0.0);

            #[inline]
            fn to_scalar(self) -> Scalar {
                Scalar::$scalar(self.re, self.im)
            }

            #[inline(always)]
            fn numpy_cmp(self, other: Self) -> Option<Ordering> {
                compare(self, other)
            }
        }

        impl Field for Complex<$f> {
            #[inline(always)]
            fn add(self, other: Self) -> Self {
                Complex::new(self.re + other.re, self.im + other.im)
            }
            #[inline(always)]
            fn sub(self, other: Self) -> Self {
                Complex::new(self.re - other.re, self.im - other.im)
            }
            #[inline(always)]
            fn mul(self, other: Self) -> Self {
                multiply(self, other)
            }
            #[inline(always)]
            fn div(self, other: Self) -> Self {
                divide(self, other)
            }
        }

        impl Arithmetic for Complex<$f> {}
    )*};
}

complex_elements! {
    f32 8 C32;
    f64 16 C64;
}

/// `CastTo` from every type of the dtype table to the complex types, as
/// NumPy's `astype(complex)`: the value rounded once to the part type, an
/// imaginary part of zero (`bool` gives `1+0j` or `0j`). (The other way,
/// NumPy drops the imaginary part with a warning: here there is no such
/// cast; take `re` first.)
macro_rules! to_complex {
    ($($t:ident $kind:tt $numpy:tt;)*) => {
        $(to_complex!(@pair $t $kind f32); to_complex!(@pair $t $kind f64);)*
    };
    (@pair $t:ident 'b' $f:ident) => {
        impl crate::elementwise::sealed::Sealed<Complex<$f>> for $t {}
        impl CastTo<Complex<$f>> for $t {
            #[inline(always)]
            fn cast(self) -> Complex<$f> {
                Complex::new(if self { 1.0 } else { 0.0 }, 0.0)
            }
        }
    };
    (@pair $t:ident $kind:tt $f:ident) => {
        impl crate::elementwise::sealed::Sealed<Complex<$f>> for $t {}
        impl CastTo<Complex<$f>> for $t {
            #[inline(always)]
            fn cast(self) -> Complex<$f> {
                Complex::new(self as $f, 0.0)
            }
        }
    };
}

crate::element::for_each_dtype!(to_complex);

/// The casts between the complex types: part by part.
macro_rules! between_complex {
    ($($from:ident => $to:ident;)*) => {$(
        impl crate::elementwise::sealed::Sealed<Complex<$to>> for Complex<$from> {}
        impl CastTo<Complex<$to>> for Complex<$from> {
            #[inline(always)]
            fn cast(self) -> Complex<$to> {
                Complex::new(self.re as $to, self.im as $to)
            }
        }
    )*};
}

between_complex! {
    f32 => f32;
    f32 => f64;
    f64 => f32;
    f64 => f64;
}
