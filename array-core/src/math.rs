//! The float functions behind `sqrt`, `exp` ... and `logspace`/`geomspace`,
//! from the platform's math library with `std`, from the `libm` crate
//! (a pure-Rust port of musl's) with feature `libm` and without `std`.
//!
//! `sqrt`, `floor`, `ceil` and `round` are exact either way. The
//! transcendental functions (`exp`, `ln`, `log10`, `log2`, `sin`, `cos`,
//! `tan`, `pow`) are faithfully rounded by both but not always identical: a
//! result can differ in the last bit between glibc and musl, as NumPy's own
//! results differ between its SIMD and scalar paths.

/// `f32` and `f64`: the functions the array methods apply.
pub(crate) trait Float: Copy {
    fn sqrt(self) -> Self;
    fn exp(self) -> Self;
    fn ln(self) -> Self;
    fn log10(self) -> Self;
    fn log2(self) -> Self;
    fn sin(self) -> Self;
    fn cos(self) -> Self;
    fn tan(self) -> Self;
    fn floor(self) -> Self;
    fn ceil(self) -> Self;
    /// Halves to even, as NumPy's `round`.
    fn round_ties_even(self) -> Self;
    fn powf(self, exponent: Self) -> Self;
}

/// With `std`, the inherent methods (the platform's math library).
#[cfg(feature = "std")]
macro_rules! float_impl {
    ($t:ty, $($name:ident: $libm:ident),*) => {
        impl Float for $t {
            $(#[inline] fn $name(self) -> Self { <$t>::$name(self) })*
            #[inline]
            fn powf(self, exponent: Self) -> Self {
                <$t>::powf(self, exponent)
            }
        }
    };
}

/// Without `std`, the `libm` crate.
#[cfg(not(feature = "std"))]
macro_rules! float_impl {
    (f32, $($name:ident: $libm:ident),*) => {
        impl Float for f32 {
            $(#[inline] fn $name(self) -> Self { libm::$libm(self) })*
            #[inline]
            fn powf(self, exponent: Self) -> Self {
                libm::powf(self, exponent)
            }
        }
    };
    (f64, $($name:ident: $libm:ident),*) => {
        impl Float for f64 {
            $(#[inline] fn $name(self) -> Self { libm::$libm(self) })*
            #[inline]
            fn powf(self, exponent: Self) -> Self {
                libm::pow(self, exponent)
            }
        }
    };
}

float_impl!(f32, sqrt: sqrtf, exp: expf, ln: logf, log10: log10f, log2: log2f, sin: sinf,
    cos: cosf, tan: tanf, floor: floorf, ceil: ceilf, round_ties_even: roundevenf);
float_impl!(f64, sqrt: sqrt, exp: exp, ln: log, log10: log10, log2: log2, sin: sin,
    cos: cos, tan: tan, floor: floor, ceil: ceil, round_ties_even: roundeven);

#[cfg(test)]
mod tests {
    use super::Float;

    fn ulps64(a: f64, b: f64) -> u64 {
        (a.to_bits() as i64 - b.to_bits() as i64).unsigned_abs()
    }

    fn ulps32(a: f32, b: f32) -> u32 {
        (a.to_bits() as i32 - b.to_bits() as i32).unsigned_abs()
    }

    /// Whichever library is in use, it is exact where the answer is exact
    /// and within one ulp of the platform's elsewhere.
    #[test]
    fn agrees_with_the_platform() {
        assert_eq!(Float::sqrt(2.25f64), 1.5);
        assert_eq!(Float::floor(-2.5f64), -3.0);
        assert_eq!(Float::ceil(-2.5f64), -2.0);
        assert_eq!(Float::round_ties_even(2.5f64), 2.0);
        assert_eq!(Float::round_ties_even(3.5f64), 4.0);
        assert_eq!(Float::log2(1024.0f64), 10.0);
        assert_eq!(Float::round_ties_even(-0.5f32), 0.0);
        for i in 1..200 {
            let x = f64::from(i) * 0.37;
            assert!(ulps64(Float::exp(x), x.exp()) <= 1, "exp({x})");
            assert!(ulps64(Float::ln(x), x.ln()) <= 1, "ln({x})");
            assert!(ulps64(Float::log10(x), x.log10()) <= 1, "log10({x})");
            assert!(ulps64(Float::sin(x), x.sin()) <= 1, "sin({x})");
            assert!(ulps64(Float::cos(x), x.cos()) <= 1, "cos({x})");
            assert!(ulps64(Float::tan(x), x.tan()) <= 1, "tan({x})");
            assert!(
                ulps64(Float::powf(10.0, x / 10.0), 10f64.powf(x / 10.0)) <= 1,
                "pow({x})"
            );
            let y = x as f32;
            assert!(ulps32(Float::exp(y), y.exp()) <= 1, "expf({y})");
            assert!(ulps32(Float::ln(y), y.ln()) <= 1, "logf({y})");
            assert!(ulps32(Float::sin(y), y.sin()) <= 1, "sinf({y})");
        }
    }
}
