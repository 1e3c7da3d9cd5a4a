//! Normal deviates as NumPy's `rng.standard_normal` draws them: the
//! 256-layer ziggurat of `random_standard_normal` in NumPy's
//! `distributions.c`, with its tables (`ziggurat.rs`) and its tail. One
//! 64-bit draw picks the layer (8 bits), the sign (1 bit) and the position
//! (52 bits); about 99.3% of draws end there.

use super::Generator;
use super::ziggurat::{FI, KI, NOR_INV_R, NOR_R, WI};

impl Generator {
    /// A standard normal deviate, NumPy's `rng.standard_normal()`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::random::Generator;
    /// let mut rng = Generator::new(42);
    /// // np.random.default_rng(42).standard_normal(2)
    /// assert_eq!([rng.standard_normal(), rng.standard_normal()], [0.30471707975443135, -1.0399841062404955]);
    /// ```
    pub fn standard_normal(&mut self) -> f64 {
        loop {
            let r = self.next_u64();
            let idx = (r & 0xff) as usize;
            let r = r >> 8;
            let rabs = (r >> 1) & 0x000f_ffff_ffff_ffff;
            let mut x = rabs as f64 * WI[idx];
            if r & 1 == 1 {
                x = -x;
            }
            if rabs < KI[idx] {
                return x;
            }
            if idx == 0 {
                // The tail beyond NOR_R, by Marsaglia's method; `1 - u`
                // keeps `log(0)` out, as NumPy's (GH 13361).
                loop {
                    let xx = -NOR_INV_R * log1p(-self.random());
                    let yy = -log1p(-self.random());
                    if yy + yy > xx * xx {
                        return if (rabs >> 8) & 1 == 1 {
                            -(NOR_R + xx)
                        } else {
                            NOR_R + xx
                        };
                    }
                }
            }
            if (FI[idx - 1] - FI[idx]) * self.random() + FI[idx] < exp(-0.5 * x * x) {
                return x;
            }
        }
    }

    /// A normal deviate with mean `loc` and standard deviation `scale`,
    /// NumPy's `rng.normal(loc, scale)`: `loc + scale * standard_normal()`.
    ///
    /// # Panics
    ///
    /// When `scale` is negative, `-0.0` included (NumPy's `ValueError:
    /// scale < 0`, which tests the sign bit); nothing is drawn then. A NaN
    /// scale gives NaN, as NumPy's.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::random::Generator;
    /// let mut rng = Generator::new(42);
    /// // np.random.default_rng(42).normal(10, 2)
    /// assert_eq!(rng.normal(10.0, 2.0), 10.609434159508863);
    /// ```
    #[track_caller]
    pub fn normal(&mut self, loc: f64, scale: f64) -> f64 {
        check_scale(scale);
        loc + scale * self.standard_normal()
    }
}

/// NumPy's `CONS_NON_NEGATIVE` on `scale`.
#[inline]
#[track_caller]
pub(super) fn check_scale(scale: f64) {
    if !scale.is_nan() && scale.is_sign_negative() {
        panic!("normal(loc, scale) needs scale >= 0, found scale = {scale:?}")
    }
}

/// `ln(1 + x)`, from the platform's math library (NumPy's `npy_log1p`).
#[inline]
fn log1p(x: f64) -> f64 {
    #[cfg(feature = "std")]
    return x.ln_1p();
    #[cfg(not(feature = "std"))]
    return libm::log1p(x);
}

/// `e^x`, from the platform's math library, as NumPy's `exp`.
#[inline]
fn exp(x: f64) -> f64 {
    #[cfg(feature = "std")]
    return x.exp();
    #[cfg(not(feature = "std"))]
    return libm::exp(x);
}
