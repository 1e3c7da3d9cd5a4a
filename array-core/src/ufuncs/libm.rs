//! The float functions behind `tanh`, `arcsin`, `hypot` ..., from the
//! platform's math library with `std` and from the `libm` crate (musl's
//! functions in Rust) with feature `libm` and without `std`, as
//! `crate::math` does for `sqrt`, `exp` ...
//!
//! `trunc` is exact either way; the others are faithfully rounded by both
//! libraries and can differ from each other, and from NumPy's SIMD loops,
//! in the last bit or two (`tests/it/ufuncs.rs` holds each to a bound).
//!
//! `asinh`, `acosh` and `atanh` are musl's formulas (as the `libm` crate
//! has them) over the library's `log`, `log1p` and `sqrt`, with `std` too:
//! Rust's own `f64::acosh` loses 50 ulps near 1, where NumPy's is exact to
//! an ulp. The `f32` ones are the `f64` ones rounded.

/// `f32` and `f64`: the functions the ufunc methods apply.
pub(crate) trait MoreFloat: Copy {
    fn tanh(self) -> Self;
    fn sinh(self) -> Self;
    fn cosh(self) -> Self;
    fn asin(self) -> Self;
    fn acos(self) -> Self;
    fn atan(self) -> Self;
    fn exp2(self) -> Self;
    fn ln(self) -> Self;
    fn sqrt(self) -> Self;
    fn exp_m1(self) -> Self;
    fn ln_1p(self) -> Self;
    fn trunc(self) -> Self;
    fn hypot(self, other: Self) -> Self;
    fn atan2(self, other: Self) -> Self;
    fn powf(self, other: Self) -> Self;
}

/// With `std`, the inherent methods (the platform's math library).
#[cfg(feature = "std")]
macro_rules! more_float {
    ($t:ty, [$($name:ident: $libm:ident),*], [$($name2:ident: $libm2:ident),*]) => {
        impl MoreFloat for $t {
            $(#[inline] fn $name(self) -> Self { <$t>::$name(self) })*
            $(#[inline] fn $name2(self, other: Self) -> Self { <$t>::$name2(self, other) })*
        }
    };
}

/// Without `std`, the `libm` crate.
#[cfg(not(feature = "std"))]
macro_rules! more_float {
    ($t:ty, [$($name:ident: $libm:ident),*], [$($name2:ident: $libm2:ident),*]) => {
        impl MoreFloat for $t {
            $(#[inline] fn $name(self) -> Self { libm::$libm(self) })*
            $(#[inline] fn $name2(self, other: Self) -> Self { libm::$libm2(self, other) })*
        }
    };
}

more_float!(f32, [tanh: tanhf, sinh: sinhf, cosh: coshf, asin: asinf, acos: acosf, atan: atanf,
    exp2: exp2f, ln: logf, sqrt: sqrtf, exp_m1: expm1f, ln_1p: log1pf,
    trunc: truncf], [hypot: hypotf, atan2: atan2f, powf: powf]);
more_float!(f64, [tanh: tanh, sinh: sinh, cosh: cosh, asin: asin, acos: acos, atan: atan,
    exp2: exp2, ln: log, sqrt: sqrt, exp_m1: expm1, ln_1p: log1p,
    trunc: trunc], [hypot: hypot, atan2: atan2, powf: pow]);

/// The inverse hyperbolic functions: musl's, on the functions above.
pub(crate) trait InverseHyperbolic: MoreFloat {
    fn asinh(self) -> Self;
    fn acosh(self) -> Self;
    fn atanh(self) -> Self;
}

/// `ln(2)`, what `asinh` and `acosh` add for large arguments.
const LN_2: f64 = core::f64::consts::LN_2;

/// The library's `log`, `log1p` and `sqrt` (the inherent methods would
/// shadow the trait's with `std`).
fn log(x: f64) -> f64 {
    MoreFloat::ln(x)
}
fn log1p(x: f64) -> f64 {
    MoreFloat::ln_1p(x)
}
fn sqrt(x: f64) -> f64 {
    MoreFloat::sqrt(x)
}

impl InverseHyperbolic for f64 {
    fn asinh(self) -> f64 {
        let e = (self.to_bits() >> 52) & 0x7ff;
        let x = self.abs();
        let y = if e >= 0x3ff + 26 {
            // |x| >= 2^26, an infinity or NaN.
            log(x) + LN_2
        } else if e > 0x3ff {
            // |x| >= 2.
            log(2.0 * x + 1.0 / (sqrt(x * x + 1.0) + x))
        } else if e >= 0x3ff - 26 {
            // |x| >= 2^-26.
            log1p(x + x * x / (sqrt(x * x + 1.0) + 1.0))
        } else {
            x
        };
        y.copysign(self)
    }

    fn acosh(self) -> f64 {
        let x = self;
        let e = (x.to_bits() >> 52) & 0x7ff;
        if e <= 0x3ff {
            // |x| < 2 (NaN below 1).
            log1p(x - 1.0 + sqrt((x - 1.0) * (x - 1.0) + 2.0 * (x - 1.0)))
        } else if e < 0x3ff + 26 {
            // |x| < 2^26.
            log(2.0 * x - 1.0 / (x + sqrt(x * x - 1.0)))
        } else {
            // |x| >= 2^26, an infinity or NaN.
            log(x) + LN_2
        }
    }

    fn atanh(self) -> f64 {
        let e = (self.to_bits() >> 52) & 0x7ff;
        let y = self.abs();
        let y = if e < 0x3ff - 1 {
            if e < 0x3ff - 32 {
                // |x| < 2^-32: atanh(x) = x to the last bit.
                y
            } else {
                // |x| < 0.5.
                0.5 * log1p(2.0 * y + 2.0 * y * y / (1.0 - y))
            }
        } else {
            // Written to avoid overflow.
            0.5 * log1p(2.0 * (y / (1.0 - y)))
        };
        y.copysign(self)
    }
}

impl InverseHyperbolic for f32 {
    fn asinh(self) -> f32 {
        InverseHyperbolic::asinh(f64::from(self)) as f32
    }
    fn acosh(self) -> f32 {
        InverseHyperbolic::acosh(f64::from(self)) as f32
    }
    fn atanh(self) -> f32 {
        InverseHyperbolic::atanh(f64::from(self)) as f32
    }
}

#[cfg(test)]
mod tests {
    use super::{InverseHyperbolic, MoreFloat};

    fn ulps64(a: f64, b: f64) -> u64 {
        if a.is_nan() && b.is_nan() {
            return 0;
        }
        (a.to_bits() as i64 - b.to_bits() as i64).unsigned_abs()
    }

    fn ulps32(a: f32, b: f32) -> u32 {
        if a.is_nan() && b.is_nan() {
            return 0;
        }
        (a.to_bits() as i32 - b.to_bits() as i32).unsigned_abs()
    }

    fn arguments() -> impl Iterator<Item = f64> {
        (-400..400)
            .map(|i| f64::from(i) * 0.0173)
            .chain([1.0, -1.0, 1.0001, 0.9999, 1e-30, 3e8])
    }

    /// Whichever library is in use, each function is within two ulps of the
    /// platform's (musl's `tanh` is two from glibc's in places), and exact
    /// where the answer is.
    #[test]
    fn agrees_with_the_platform() {
        assert_eq!(MoreFloat::trunc(-2.7f64), -2.0);
        assert_eq!(MoreFloat::trunc(2.7f32), 2.0);
        assert_eq!(MoreFloat::hypot(3.0f64, 4.0), 5.0);
        assert_eq!(MoreFloat::exp2(10.0f64), 1024.0);
        for x in arguments() {
            let y = x as f32;
            for (name, ours, platform) in [
                ("tanh", MoreFloat::tanh(x), x.tanh()),
                ("sinh", MoreFloat::sinh(x), x.sinh()),
                ("cosh", MoreFloat::cosh(x), x.cosh()),
                ("asin", MoreFloat::asin(x), x.asin()),
                ("acos", MoreFloat::acos(x), x.acos()),
                ("atan", MoreFloat::atan(x), x.atan()),
                ("exp2", MoreFloat::exp2(x), x.exp2()),
                ("expm1", MoreFloat::exp_m1(x), x.exp_m1()),
                ("log1p", MoreFloat::ln_1p(x), x.ln_1p()),
                ("hypot", MoreFloat::hypot(x, 0.7), x.hypot(0.7)),
                ("atan2", MoreFloat::atan2(x, -0.7), x.atan2(-0.7)),
                ("pow", MoreFloat::powf(x.abs(), 1.3), x.abs().powf(1.3)),
            ] {
                // musl's `tanh` is 2 ulps from glibc's in places.
                assert!(
                    ulps64(ours, platform) <= 2,
                    "{name}({x}): {ours} vs {platform}"
                );
            }
            for (name, ours, platform) in [
                ("tanhf", MoreFloat::tanh(y), y.tanh()),
                ("sinhf", MoreFloat::sinh(y), y.sinh()),
                ("asinf", MoreFloat::asin(y), y.asin()),
                ("expm1f", MoreFloat::exp_m1(y), y.exp_m1()),
                ("log1pf", MoreFloat::ln_1p(y), y.ln_1p()),
                ("atan2f", MoreFloat::atan2(y, -0.7), y.atan2(-0.7)),
            ] {
                assert!(
                    ulps32(ours, platform) <= 2,
                    "{name}({y}): {ours} vs {platform}"
                );
            }
        }
    }

    /// The inverse hyperbolic functions undo the hyperbolic ones, to the
    /// last bits, over their whole domains (NaN outside).
    #[test]
    fn inverse_hyperbolics_invert() {
        for x in arguments() {
            let (s, c, t) = (MoreFloat::sinh(x), MoreFloat::cosh(x), MoreFloat::tanh(x));
            if s.is_finite() {
                assert!(
                    ulps64(InverseHyperbolic::asinh(s), x) <= 2,
                    "asinh(sinh({x}))"
                );
            }
            if x.abs() > 0.5 && c.is_finite() {
                // cosh is flat near 0, so acosh cannot give x back there.
                assert!(
                    ulps64(InverseHyperbolic::acosh(c), x.abs()) <= 4,
                    "acosh(cosh({x}))"
                );
            }
            if x.abs() < 1.0 {
                // tanh flattens beyond: atanh cannot give x back there.
                assert!(
                    ulps64(InverseHyperbolic::atanh(t), x) <= 4,
                    "atanh(tanh({x}))"
                );
            }
            let y = x as f32;
            if y.abs() < 80.0 {
                assert!(
                    ulps32(InverseHyperbolic::asinh(MoreFloat::sinh(y)), y) <= 2,
                    "asinhf({y})"
                );
            }
        }
        assert!(InverseHyperbolic::acosh(0.5f64).is_nan());
        assert!(InverseHyperbolic::atanh(1.5f32).is_nan());
        assert_eq!(InverseHyperbolic::atanh(1.0f64), f64::INFINITY);
        assert_eq!(
            InverseHyperbolic::asinh(-0.0f64).to_bits(),
            (-0.0f64).to_bits()
        );
    }
}
