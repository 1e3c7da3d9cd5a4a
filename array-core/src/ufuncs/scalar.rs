//! What each ufunc does to one element, per dtype, as NumPy's loops do it:
//! the integer rules (wrapping, division by zero gives 0) and the float
//! rules (NaN propagation, signed zeros, `np.remainder`'s sign of the
//! divisor). No function here needs `std` or `libm`.

use crate::element::for_each_dtype;

/// The plumbing trait, public but unnameable outside the crate (as
/// `number::private`), so its method names never clash with a user's.
pub(crate) mod private {
    /// The element-level ufuncs of one numeric dtype.
    pub trait Ufunc: Copy {
        /// NumPy's `isnan` (never for integers).
        fn is_nan(self) -> bool;
        /// NumPy's `isinf` (never for integers).
        fn is_inf(self) -> bool;
        /// NumPy's `signbit`: the sign bit, NaN's and `-0.0`'s included.
        fn signbit(self) -> bool;
        /// NumPy's `maximum`: a NaN on either side propagates (the left
        /// one first); of equal values the right one.
        fn maximum(self, other: Self) -> Self;
        /// NumPy's `minimum`, as `maximum`.
        fn minimum(self, other: Self) -> Self;
        /// NumPy's `fmax`: a NaN loses to a number.
        fn fmax(self, other: Self) -> Self;
        /// NumPy's `fmin`, as `fmax`.
        fn fmin(self, other: Self) -> Self;
        /// NumPy's `square`: `x * x`, wrapping for integers.
        fn square(self) -> Self;
        /// NumPy's `reciprocal`: `1 / x`; for integers NumPy's `1.0 / x`
        /// converted back to the integer type as C does on x86-64.
        fn reciprocal(self) -> Self;
        /// NumPy's `sign`: -1, 0 or 1; NaN stays NaN, `-0.0` gives `0.0`.
        fn sign(self) -> Self;
        /// NumPy's `remainder` (`np.mod`, Python's `%`): the sign of the
        /// divisor; integer division by zero gives 0.
        fn remainder(self, other: Self) -> Self;
        /// NumPy's `fmod` (C's `fmod`): the sign of the dividend; integer
        /// division by zero gives 0.
        fn fmod(self, other: Self) -> Self;
        /// NumPy's `floor_divide` (Python's `//`): the quotient rounded
        /// toward minus infinity; integer division by zero gives 0 and
        /// `MIN // -1` gives `MIN`, as NumPy's.
        fn floor_divide(self, other: Self) -> Self;
        /// `np.add.reduce` of `at(0)` ... `at(len - 1)` in this type: the
        /// pairwise order of NumPy's float sums, to the bit; wrapping for
        /// integers.
        fn add_reduce_by(len: usize, at: impl Fn(usize) -> Self) -> Self;
    }
}

use private::Ufunc;

macro_rules! integer_ufuncs {
    ($t:ident, $signed:literal) => {
        #[allow(unused_comparisons, clippy::absurd_extreme_comparisons)]
        impl Ufunc for $t {
            #[inline(always)]
            fn is_nan(self) -> bool {
                false
            }
            #[inline(always)]
            fn is_inf(self) -> bool {
                false
            }
            #[inline(always)]
            fn signbit(self) -> bool {
                self < 0
            }
            #[inline(always)]
            fn maximum(self, other: Self) -> Self {
                Ord::max(self, other)
            }
            #[inline(always)]
            fn minimum(self, other: Self) -> Self {
                Ord::min(self, other)
            }
            #[inline(always)]
            fn fmax(self, other: Self) -> Self {
                Ord::max(self, other)
            }
            #[inline(always)]
            fn fmin(self, other: Self) -> Self {
                Ord::min(self, other)
            }
            #[inline(always)]
            fn square(self) -> Self {
                self.wrapping_mul(self)
            }
            #[inline(always)]
            fn reciprocal(self) -> Self {
                // NumPy computes `1.0 / x` in double and converts it with
                // C's cast: 1 and -1 stay, other numbers truncate to 0, and
                // 1/0 = inf becomes what x86-64's conversion makes of inf:
                // the most negative value for 32- and 64-bit signed types
                // (`cvttsd2si`), 0 for the narrower and the unsigned ones.
                #[allow(clippy::manual_range_patterns)]
                match self as i128 {
                    1 | -1 => self,
                    0 if $signed && <$t>::BITS >= 32 => <$t>::MIN,
                    _ => 0,
                }
            }
            #[inline(always)]
            fn sign(self) -> Self {
                if self > 0 {
                    1
                } else if self == 0 {
                    0
                } else {
                    (0 as $t).wrapping_sub(1)
                }
            }
            #[inline(always)]
            fn remainder(self, other: Self) -> Self {
                if other == 0 {
                    return 0;
                }
                let r = self.wrapping_rem(other);
                if r != 0 && ((r < 0) != (other < 0)) {
                    r.wrapping_add(other)
                } else {
                    r
                }
            }
            #[inline(always)]
            fn fmod(self, other: Self) -> Self {
                if other == 0 {
                    0
                } else {
                    self.wrapping_rem(other)
                }
            }
            #[inline]
            fn add_reduce_by(len: usize, at: impl Fn(usize) -> Self) -> Self {
                (0..len).fold(0, |sum, i| sum.wrapping_add(at(i)))
            }
            #[inline(always)]
            fn floor_divide(self, other: Self) -> Self {
                if other == 0 {
                    return 0;
                }
                // `wrapping_div` gives `MIN / -1 = MIN`, NumPy's result.
                let q = self.wrapping_div(other);
                let r = self.wrapping_rem(other);
                if r != 0 && ((r < 0) != (other < 0)) {
                    q.wrapping_sub(1)
                } else {
                    q
                }
            }
        }
    };
}

/// `floor(x)` in core arithmetic (no `std` or `libm`): exact for every
/// finite float, `x` itself for NaN, infinities and whole numbers.
macro_rules! core_floor {
    ($t:ident, $i:ident, $mantissa:literal) => {
        #[inline(always)]
        fn floor(x: $t) -> $t {
            // From 2^mantissa on every float is a whole number.
            if x.is_nan() || x.abs() >= (1u64 << $mantissa) as $t {
                return x;
            }
            let whole = (x as $i) as $t;
            let down = if whole > x { whole - 1.0 } else { whole };
            // Keep the sign of a zero result: floor(-0.0) = -0.0.
            if down == 0.0 {
                <$t>::copysign(0.0, x)
            } else {
                down
            }
        }
    };
}

macro_rules! float_ufuncs {
    ($t:ident, $i:ident, $mantissa:literal) => {
        const _: () = {
            core_floor!($t, $i, $mantissa);

            impl Ufunc for $t {
                #[inline(always)]
                fn is_nan(self) -> bool {
                    <$t>::is_nan(self)
                }
                #[inline(always)]
                fn is_inf(self) -> bool {
                    <$t>::is_infinite(self)
                }
                #[inline(always)]
                fn signbit(self) -> bool {
                    self.is_sign_negative()
                }
                #[inline(always)]
                fn maximum(self, other: Self) -> Self {
                    if self.is_nan() || self > other {
                        self
                    } else {
                        other
                    }
                }
                #[inline(always)]
                fn minimum(self, other: Self) -> Self {
                    if self.is_nan() || self < other {
                        self
                    } else {
                        other
                    }
                }
                #[inline(always)]
                fn fmax(self, other: Self) -> Self {
                    if other.is_nan() || self > other {
                        self
                    } else {
                        other
                    }
                }
                #[inline(always)]
                fn fmin(self, other: Self) -> Self {
                    if other.is_nan() || self < other {
                        self
                    } else {
                        other
                    }
                }
                #[inline(always)]
                fn square(self) -> Self {
                    self * self
                }
                #[inline(always)]
                fn reciprocal(self) -> Self {
                    1.0 / self
                }
                #[inline(always)]
                fn sign(self) -> Self {
                    if self > 0.0 {
                        1.0
                    } else if self < 0.0 {
                        -1.0
                    } else if self == 0.0 {
                        0.0
                    } else {
                        self
                    }
                }
                #[inline(always)]
                fn remainder(self, other: Self) -> Self {
                    if other == 0.0 {
                        self % other
                    } else {
                        divmod(self, other).1
                    }
                }
                #[inline(always)]
                fn fmod(self, other: Self) -> Self {
                    // Rust's float `%` is C's `fmod`, exact.
                    self % other
                }
                #[inline]
                fn add_reduce_by(len: usize, at: impl Fn(usize) -> Self) -> Self {
                    crate::pairwise::pairwise_by(0, len, &at)
                }
                #[inline(always)]
                fn floor_divide(self, other: Self) -> Self {
                    if other == 0.0 {
                        self / other
                    } else {
                        divmod(self, other).0
                    }
                }
            }

            /// NumPy's `npy_divmod` for a non-zero divisor: the floored
            /// quotient and the remainder with the divisor's sign, built on
            /// the exact `fmod` as NumPy builds them.
            #[inline(always)]
            fn divmod(a: $t, b: $t) -> ($t, $t) {
                let mut m = a % b;
                // `a - m` is very nearly a whole multiple of `b`.
                let mut div = (a - m) / b;
                if m != 0.0 {
                    if (b < 0.0) != (m < 0.0) {
                        m += b;
                        div -= 1.0;
                    }
                } else {
                    m = <$t>::copysign(0.0, b);
                }
                let floordiv = if div != 0.0 {
                    let f = floor(div);
                    if div - f > 0.5 { f + 1.0 } else { f }
                } else {
                    <$t>::copysign(0.0, a / b)
                };
                (floordiv, m)
            }
        };
    };
}

macro_rules! ufuncs {
    ($($t:ident $kind:tt $numpy:tt;)*) => {$(ufuncs!(@ $kind $t);)*};
    (@ 'b' $t:ident) => {};
    (@ 'i' $t:ident) => { integer_ufuncs!($t, true); };
    (@ 'u' $t:ident) => { integer_ufuncs!($t, false); };
    (@ 'f' f32) => { float_ufuncs!(f32, i32, 23); };
    (@ 'f' f64) => { float_ufuncs!(f64, i64, 52); };
}

for_each_dtype!(ufuncs);

/// NumPy's `float16` loops compute in `float` and round once, as every
/// `f16` operation here does: each ufunc is `f32`'s, rounded to `f16`.
#[cfg(feature = "half")]
impl Ufunc for half::f16 {
    #[inline(always)]
    fn is_nan(self) -> bool {
        half::f16::is_nan(self)
    }
    #[inline(always)]
    fn is_inf(self) -> bool {
        half::f16::is_infinite(self)
    }
    #[inline(always)]
    fn signbit(self) -> bool {
        self.is_sign_negative()
    }
    #[inline(always)]
    fn maximum(self, other: Self) -> Self {
        if self.is_nan() || self > other {
            self
        } else {
            other
        }
    }
    #[inline(always)]
    fn minimum(self, other: Self) -> Self {
        if self.is_nan() || self < other {
            self
        } else {
            other
        }
    }
    #[inline(always)]
    fn fmax(self, other: Self) -> Self {
        if other.is_nan() || self > other {
            self
        } else {
            other
        }
    }
    #[inline(always)]
    fn fmin(self, other: Self) -> Self {
        if other.is_nan() || self < other {
            self
        } else {
            other
        }
    }
    #[inline(always)]
    fn square(self) -> Self {
        half::f16::from_f32(self.to_f32().square())
    }
    #[inline(always)]
    fn reciprocal(self) -> Self {
        half::f16::from_f32(self.to_f32().reciprocal())
    }
    #[inline(always)]
    fn sign(self) -> Self {
        half::f16::from_f32(self.to_f32().sign())
    }
    #[inline(always)]
    fn remainder(self, other: Self) -> Self {
        half::f16::from_f32(self.to_f32().remainder(other.to_f32()))
    }
    #[inline(always)]
    fn fmod(self, other: Self) -> Self {
        half::f16::from_f32(self.to_f32().fmod(other.to_f32()))
    }
    #[inline(always)]
    fn floor_divide(self, other: Self) -> Self {
        half::f16::from_f32(self.to_f32().floor_divide(other.to_f32()))
    }
    #[inline]
    fn add_reduce_by(len: usize, at: impl Fn(usize) -> Self) -> Self {
        // As `sum`: pairwise in `float`, rounded once.
        half::f16::from_f32(crate::pairwise::pairwise_by(0, len, &|i| at(i).to_f32()))
    }
}
