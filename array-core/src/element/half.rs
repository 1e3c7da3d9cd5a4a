//! NumPy's `float16` as [`f16`], and [`bf16`] for storage, from the `half`
//! crate (feature `half`).
//!
//! `f16` is a number like `f32`: every operation computes in `f32` and
//! rounds the result to `f16` once, as NumPy's `float16` loops do (`half`'s
//! operators do exactly that). `sum` adds NumPy's pairwise way in `f32` and
//! rounds once at the end (NumPy's `HALF_pairwise_sum` accumulates in
//! `float`); `mean` adds in `f32` as NumPy's `mean` does for `float16`
//! (`dtype='f4'`), in runs of NumPy's buffer size, 8192 elements. Along an
//! axis, `sum_axis` is NumPy's too (pairwise and rounded once along the
//! axis contiguous in memory, rounded at each step along the others, so the
//! memory order changes the bits, as in NumPy); `mean_axis` divides those
//! `float16` sums, where NumPy's `mean(axis=...)` adds in `float32`, so its
//! last bit can differ from NumPy's.
//!
//! `bf16` (Google's brain float) has no NumPy dtype. It is an element an
//! array holds, prints and casts, with the dtype the `ml_dtypes` package
//! reports (`bfloat16`, `<V2`), but it is not a number here (no
//! arithmetic: cast to `f32` first) and `.npy` files refuse it at compile
//! time: NumPy reads `ml_dtypes`' files of it back as raw `|V2` bytes, so
//! such a file would not round-trip through NumPy.

pub use half::{bf16, f16};

use super::{DType, Element, Scalar, Stored, sealed};
use crate::elementwise::CastTo;
use crate::number::private::{self, Accumulate, Arith, Negate};
use crate::number::{Number, Signed};

impl sealed::Sealed for f16 {}
impl Stored for f16 {}
impl sealed::Sealed for bf16 {}
impl Stored for bf16 {}

impl Element for f16 {
    const DTYPE: DType = DType::numpy('f', 2);
    const ZERO: Self = f16::ZERO;
    const ONE: Self = f16::ONE;

    #[inline]
    fn to_scalar(self) -> Scalar {
        Scalar::F16(self.to_bits())
    }

    #[inline(always)]
    fn numpy_cmp(self, other: Self) -> Option<core::cmp::Ordering> {
        PartialOrd::partial_cmp(&self, &other)
    }
}

impl Element for bf16 {
    const DTYPE: DType = DType::BFLOAT16;
    const ZERO: Self = bf16::ZERO;
    const ONE: Self = bf16::ONE;

    #[inline]
    fn to_scalar(self) -> Scalar {
        Scalar::BF16(self.to_bits())
    }

    #[inline(always)]
    fn numpy_cmp(self, other: Self) -> Option<core::cmp::Ordering> {
        PartialOrd::partial_cmp(&self, &other)
    }
}

/// NumPy's buffer size: a cast reduction (`float16` summed as `float32`)
/// adds one buffer of this many elements at a time, each pairwise.
const BUFFER: usize = 8192;

impl private::Sealed for f16 {}
impl Number for f16 {
    type Accumulator = f16;
}

impl Accumulate<f16> for f16 {
    #[inline(always)]
    fn widen(self) -> f16 {
        self
    }
    fn sum_of(values: &[Self]) -> f16 {
        Self::sum_by(values.len(), |i| values[i])
    }
    fn sum_by(len: usize, at: impl Fn(usize) -> Self) -> f16 {
        // NumPy's `HALF_add` reduction: the pairwise sum in `float`, added
        // to the identity and rounded to `float16` once.
        let sum = crate::pairwise::pairwise_by(0, len, &|i| at(i).to_f32());
        f16::from_f32(0.0 + sum)
    }
    #[cfg(feature = "rayon")]
    fn par_sum_of(values: &[Self]) -> f16 {
        use rayon::prelude::*;
        let wide: std::vec::Vec<f32> = values.par_iter().map(|v| v.to_f32()).collect();
        f16::from_f32(0.0 + crate::pairwise::par_pairwise_sum(&wide))
    }
}

impl Arith for f16 {
    #[inline(always)]
    fn add(self, other: Self) -> Self {
        self + other
    }
    #[inline(always)]
    fn sub(self, other: Self) -> Self {
        self - other
    }
    #[inline(always)]
    fn mul(self, other: Self) -> Self {
        self * other
    }
    #[inline(always)]
    fn div(self, other: Self) -> Self {
        self / other
    }
    #[inline(always)]
    fn rem(self, other: Self) -> Self {
        self % other
    }
    fn arange_delta(_: usize, start: Self, step: Self) -> Self {
        // NumPy's `HALF_fill`: the second value minus the first, in `float`.
        f16::from_f32((start + step).to_f32() - start.to_f32())
    }
    fn arange_len(start: Self, stop: Self, step: Self) -> Option<usize> {
        f32::arange_len(start.to_f32(), stop.to_f32(), step.to_f32())
    }
    #[inline(always)]
    fn arange_at(start: Self, delta: Self, i: usize) -> Self {
        f16::from_f32(start.to_f32() + i as f32 * delta.to_f32())
    }
    fn arange_head(out: &mut [Self], start: Self, step: Self) {
        if let Some(first) = out.first_mut() {
            *first = start;
        }
        if let Some(second) = out.get_mut(1) {
            *second = start + step;
        }
    }
    fn mean_of(values: &[Self]) -> f64 {
        Self::mean_by(values.len(), |i| values[i])
    }
    fn mean_of_sum(sum: Self, len: usize) -> f64 {
        f64::from(f16::from_f32(sum.to_f32() / len as f32))
    }
    fn mean_by(len: usize, at: impl Fn(usize) -> Self) -> f64 {
        // NumPy's `mean` of `float16`: summed as `float32` (a cast, so one
        // buffer at a time, each pairwise), divided in `float32`, rounded.
        let mut sum = 0.0f32;
        let mut start = 0;
        while start < len {
            let run = BUFFER.min(len - start);
            sum += crate::pairwise::pairwise_by(start, run, &|i| at(i).to_f32());
            start += run;
        }
        f64::from(f16::from_f32(sum / len as f32))
    }
}

impl Signed for f16 {}
impl Negate for f16 {
    #[inline(always)]
    fn neg(self) -> Self {
        -self
    }
    #[inline(always)]
    fn abs(self) -> Self {
        f16::from_bits(self.to_bits() & 0x7fff)
    }
}

/// Rounding from `f64` once, to nearest, ties to even, as NumPy's
/// `npy_double_to_half` does. (`half`'s `from_f64` goes through `f32` on
/// CPUs with F16C, rounding twice.) Rounded to odd in `f32` first, which
/// keeps enough bits (24 against 11 or 8, plus two) for the second
/// rounding to be the correct one.
trait FromF64: Sized {
    fn from_f32(v: f32) -> Self;
    fn from_f64_once(v: f64) -> Self {
        let mut narrow = v as f32;
        if narrow.is_finite() && f64::from(narrow) != v {
            let mut bits = narrow.to_bits();
            // The same sign: one step toward zero is one less in magnitude.
            if f64::from(narrow).abs() > v.abs() {
                bits -= 1;
            }
            narrow = f32::from_bits(bits | 1);
        }
        Self::from_f32(narrow)
    }
}

impl FromF64 for f16 {
    fn from_f32(v: f32) -> Self {
        f16::from_f32(v)
    }
}

impl FromF64 for bf16 {
    fn from_f32(v: f32) -> Self {
        bf16::from_f32(v)
    }
}

/// `CastTo` between the half types and every type of the dtype table, and
/// between the two: through `f64`, which holds every value of every type
/// but the 64-bit integers exactly, rounded once to the half type (to a
/// 64-bit integer, the half value is exact in `f64` and `as` truncates).
macro_rules! half_casts {
    ($($t:ident $kind:tt $numpy:tt;)*) => {
        $(half_casts!(@pair f16 $t $kind); half_casts!(@pair bf16 $t $kind);)*
    };
    (@pair $h:ident $t:ident 'b') => {
        impl crate::elementwise::sealed::Sealed<$h> for $t {}
        impl CastTo<$h> for $t {
            #[inline(always)]
            fn cast(self) -> $h {
                if self { $h::ONE } else { $h::ZERO }
            }
        }
        impl crate::elementwise::sealed::Sealed<$t> for $h {}
        impl CastTo<$t> for $h {
            #[inline(always)]
            fn cast(self) -> $t {
                self.to_f32() != 0.0
            }
        }
    };
    (@pair $h:ident $t:ident $kind:tt) => {
        impl crate::elementwise::sealed::Sealed<$h> for $t {}
        impl CastTo<$h> for $t {
            #[inline(always)]
            fn cast(self) -> $h {
                <$h as FromF64>::from_f64_once(self as f64)
            }
        }
        impl crate::elementwise::sealed::Sealed<$t> for $h {}
        impl CastTo<$t> for $h {
            #[inline(always)]
            fn cast(self) -> $t {
                self.to_f64() as $t
            }
        }
    };
}

crate::element::for_each_dtype!(half_casts);

/// The casts among the half types themselves.
macro_rules! between_halves {
    ($($from:ident => $to:ident: $f:expr;)*) => {$(
        impl crate::elementwise::sealed::Sealed<$to> for $from {}
        impl CastTo<$to> for $from {
            #[inline(always)]
            fn cast(self) -> $to {
                $f(self)
            }
        }
    )*};
}

between_halves! {
    f16 => f16: |v| v;
    bf16 => bf16: |v| v;
    f16 => bf16: |v: f16| bf16::from_f32(v.to_f32());
    bf16 => f16: |v: bf16| f16::from_f32(v.to_f32());
}
