//! Float32 normal deviates as NumPy's
//! `rng.standard_normal(dtype=np.float32)` draws them:
//! `random_standard_normal_f` in NumPy's `distributions.c`, the 256-layer
//! ziggurat on one 32-bit draw (8 bits pick the layer, 1 the sign, 23 the
//! position) with the float tables of `ziggurat_f32.rs`.
//!
//! NumPy mixes precisions here, and so does this: the layer's point and
//! the tail are `f32` arithmetic (`log1pf`), the wedge test compares an
//! `f32` with the `f64` `exp(-0.5 * x * x)`.

use super::Generator;
use super::ziggurat_f32::{FI_F32, KI_F32, NOR_INV_R_F32, NOR_R_F32, WI_F32};

impl Generator {
    /// A float32 standard normal deviate, NumPy's
    /// `rng.standard_normal(dtype=np.float32)`. It takes one 32-bit draw
    /// (half of a 64-bit one, the other half kept for the next 32-bit draw,
    /// as NumPy does) about 99.3% of the time, so `n` calls give NumPy's
    /// `rng.standard_normal(n, dtype=np.float32)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::random::Generator;
    /// let mut rng = Generator::new(42);
    /// // np.random.default_rng(42).standard_normal(3, dtype=np.float32)
    /// let draws = [(); 3].map(|()| rng.standard_normal_f32());
    /// assert_eq!(draws, [0.14190717, -1.6685079, -1.332108]);
    /// ```
    pub fn standard_normal_f32(&mut self) -> f32 {
        loop {
            let r = self.next_u32();
            let idx = (r & 0xff) as usize;
            let negative = (r >> 8) & 1 == 1;
            let rabs = (r >> 9) & 0x007f_ffff;
            // `rabs < 2^23`: exact in an f32.
            let mut x = rabs as f32 * WI_F32[idx];
            if negative {
                x = -x;
            }
            if rabs < KI_F32[idx] {
                return x;
            }
            if idx == 0 {
                // The tail beyond NOR_R_F32, by Marsaglia's method, in f32.
                loop {
                    let xx = -NOR_INV_R_F32 * log1pf(-self.random_f32());
                    let yy = -log1pf(-self.random_f32());
                    if yy + yy > xx * xx {
                        return if (rabs >> 8) & 1 == 1 {
                            -(NOR_R_F32 + xx)
                        } else {
                            NOR_R_F32 + xx
                        };
                    }
                }
            }
            let wedge = (FI_F32[idx - 1] - FI_F32[idx]) * self.random_f32() + FI_F32[idx];
            let x64 = f64::from(x);
            if f64::from(wedge) < exp(-0.5 * x64 * x64) {
                return x;
            }
        }
    }
}

/// `ln(1 + x)` in `f32`, from the platform's math library (NumPy's
/// `npy_log1pf`).
#[inline]
fn log1pf(x: f32) -> f32 {
    #[cfg(feature = "std")]
    return x.ln_1p();
    #[cfg(not(feature = "std"))]
    return libm::log1pf(x);
}

/// `e^x`, from the platform's math library, as NumPy's `exp`.
#[inline]
fn exp(x: f64) -> f64 {
    #[cfg(feature = "std")]
    return x.exp();
    #[cfg(not(feature = "std"))]
    return libm::exp(x);
}
