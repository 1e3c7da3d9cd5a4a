//! NumPy's float functions on `f16` arrays (features `half`, and `std` or
//! `libm`): each value is widened to `f32`, the `f32` function applied,
//! and the result rounded to `f16` once, as NumPy's `float16` loops do.

use half::f16;

use crate::array::Array;
use crate::kinds::every_kind;
use crate::math::Float;

/// Applies the `f32` function `f` to `x` and rounds the result once.
#[inline]
fn through_f32(x: f16, f: fn(f32) -> f32) -> f16 {
    f16::from_f32(f(x.to_f32()))
}

macro_rules! half_math {
    ($($name:ident = $f:ident $numpy:literal $x:literal => $y:literal,)*) => {
        every_kind! { type f16;
            $(
                #[doc = concat!("NumPy's `", $numpy, "` of each `float16`, computed in `f32` and rounded once (features `half`, and `std` or `libm`).")]
                ///
                /// ```
                /// # use shaped_core as shaped;
                /// use shaped::{Array1, f16};
                #[doc = concat!("let a = Array1::<f16, 2>::from([f16::from_f32(", stringify!($x), "), f16::NAN]);")]
                #[doc = concat!("assert_eq!(a.", stringify!($name), "()[0], f16::from_f32(", stringify!($y), "));")]
                #[doc = concat!("assert!(a.", stringify!($name), "()[1].is_nan());")]
                /// ```
                pub fn $name(&self) -> Array<f16, S, O> {
                    self.map(|x| through_f32(x, Float::$f))
                }
            )*
        }
    };
}

half_math!(sqrt = sqrt "np.sqrt" 2.25 => 1.5, exp = exp "np.exp" 0.0 => 1.0,
    ln = ln "np.log" 1.0 => 0.0, log10 = log10 "np.log10" 1000.0 => 3.0,
    log2 = log2 "np.log2" 0.125 => -3.0, sin = sin "np.sin" 0.0 => 0.0,
    cos = cos "np.cos" 0.0 => 1.0, tan = tan "np.tan" 0.0 => 0.0,
    floor = floor "np.floor" -2.5 => -3.0, ceil = ceil "np.ceil" -2.5 => -2.0,
    round = round_ties_even "np.round (halves to even)" 2.5 => 2.0,);
