//! The float ufuncs on every kind of float array (feature `std` or
//! `libm`): hyperbolic and inverse trigonometric functions, `exp2`,
//! `expm1`, `log1p`, `deg2rad`/`rad2deg`, `trunc`, and the two-operand
//! `hypot`, `arctan2` and `powf`.

use super::libm::{InverseHyperbolic, MoreFloat};
use crate::array::Array;
use crate::kinds::every_kind;
use crate::operand::{Operand, zip_sides};

/// The one-operand float ufuncs for one float type. Each example's answer
/// is exact, so it holds for the platform's math library and `libm` alike.
macro_rules! unary_float {
    ($t:ident: $($name:ident = $f:expr, $numpy:literal $x:literal => $y:literal;)*) => {
        every_kind! { type $t;
            $(
                #[doc = concat!("NumPy's `", $numpy, "` of each element (feature `std` or `libm`); NaN gives NaN.")]
                ///
                /// ```
                /// # use shaped_core as shaped;
                /// use shaped::Array1;
                #[doc = concat!("let a = Array1::<", stringify!($t), ", 2>::from([", stringify!($x), ", ", stringify!($t), "::NAN]);")]
                #[doc = concat!("assert_eq!(a.", stringify!($name), "()[0], ", stringify!($y), ");")]
                #[doc = concat!("assert!(a.", stringify!($name), "()[1].is_nan());")]
                /// ```
                pub fn $name(&self) -> Array<$t, S, O> {
                    self.map($f)
                }
            )*
        }
    };
}

/// The two-operand float ufuncs for one float type.
macro_rules! binary_float {
    ($t:ident: $($name:ident = $f:ident, $numpy:literal $what:literal $x:literal, $y:literal => $z:literal;)*) => {
        every_kind! { type $t;
            $(
                #[doc = concat!("NumPy's `", $numpy, "` (feature `std` or `libm`): ", $what, " `other` is an array of the same shape (or its trailing axes), a view, or one number.")]
                ///
                /// ```
                /// # use shaped_core as shaped;
                /// use shaped::Array1;
                #[doc = concat!("let a = Array1::<", stringify!($t), ", 2>::from([", stringify!($x), ", ", stringify!($t), "::NAN]);")]
                #[doc = concat!("let b = Array1::<", stringify!($t), ", 2>::from([", stringify!($y), ", 1.0]);")]
                #[doc = concat!("assert_eq!(a.", stringify!($name), "(&b)[0], ", stringify!($z), ");")]
                #[doc = concat!("assert!(a.", stringify!($name), "(&b)[1].is_nan());")]
                #[doc = concat!("assert_eq!(a.", stringify!($name), "(", stringify!($y), ")[0], ", stringify!($z), "); // one number")]
                /// ```
                pub fn $name(&self, other: impl Operand<$t, S, O>) -> Array<$t, S, O> {
                    zip_sides(&self.view(), &other, MoreFloat::$f)
                }
            )*
        }
    };
}

macro_rules! float_ufuncs {
    ($t:ident) => {
        unary_float! { $t:
            tanh = MoreFloat::tanh, "np.tanh" 0.0 => 0.0;
            sinh = MoreFloat::sinh, "np.sinh" 0.0 => 0.0;
            cosh = MoreFloat::cosh, "np.cosh" 0.0 => 1.0;
            arcsin = MoreFloat::asin, "np.arcsin" 0.0 => 0.0;
            arccos = MoreFloat::acos, "np.arccos" 1.0 => 0.0;
            arctan = MoreFloat::atan, "np.arctan" 0.0 => 0.0;
            arcsinh = InverseHyperbolic::asinh, "np.arcsinh" 0.0 => 0.0;
            arccosh = InverseHyperbolic::acosh, "np.arccosh" 1.0 => 0.0;
            arctanh = InverseHyperbolic::atanh, "np.arctanh" 0.0 => 0.0;
            exp2 = MoreFloat::exp2, "np.exp2" 3.0 => 8.0;
            expm1 = MoreFloat::exp_m1, "np.expm1" 0.0 => 0.0;
            log1p = MoreFloat::ln_1p, "np.log1p" 0.0 => 0.0;
            trunc = MoreFloat::trunc, "np.trunc (toward zero)" -2.5 => -2.0;
            deg2rad = |x: $t| x * (core::f64::consts::PI as $t / 180.0),
                "np.deg2rad (np.radians): `x * (pi / 180)`, the constant computed in the array's type as NumPy's," 0.0 => 0.0;
            rad2deg = |x: $t| x * (180.0 / core::f64::consts::PI as $t),
                "np.rad2deg (np.degrees): `x * (180 / pi)`, the constant computed in the array's type as NumPy's," 0.0 => 0.0;
        }

        binary_float! { $t:
            hypot = hypot, "np.hypot(a, b)" "`sqrt(a² + b²)` without overflow or underflow in the squares."
                3.0, 4.0 => 5.0;
            arctan2 = atan2, "np.arctan2(y, x)" "the angle of the point `(x, y)` = `(other, self)`, in `[-pi, pi]`, with the quadrant from both signs."
                0.0, 1.0 => 0.0;
            powf = powf, "np.power(a, b)" "each element to the power of `other`'s, in floats (integer arrays have `power`)."
                2.0, 10.0 => 1024.0;
        }
    };
}

float_ufuncs!(f32);
float_ufuncs!(f64);
