//! What arithmetic means for each element type, as NumPy defines it.
//!
//! - Integer `+`, `-`, `*` wrap around on overflow, as NumPy's do, in debug
//!   and release builds alike.
//! - Integer `/` and `%` truncate toward zero, as Rust's do (NumPy's `//` and
//!   `%` floor instead); dividing by zero gives 0, as NumPy gives, instead
//!   of panicking.
//! - Float operations are IEEE 754, as everywhere; float `%` is Rust's
//!   (the sign of the dividend), not NumPy's `np.remainder`.
//! - `sum` and `prod` accumulate as NumPy's do: signed integers in `i64`,
//!   unsigned ones in `u64`, floats in their own type.

use crate::element::{Element, for_each_dtype};

/// The plumbing of the numeric traits: what `+`, `sum` ... mean for each
/// element type. These traits are public but unnameable outside the crate
/// (ndarray's `private.rs` pattern), so their methods never clash with
/// `core::ops` names in a user's scope: with `use shaped::Number;` and
/// `use std::ops::Add;` both in scope, `1i32.add(2)` still means `Add::add`.
pub(crate) mod private {
    /// Seals the numeric traits.
    pub trait Sealed {}

    /// Element arithmetic as NumPy defines it (see the module docs).
    pub trait Arith: Copy {
        fn add(self, other: Self) -> Self;
        fn sub(self, other: Self) -> Self;
        fn mul(self, other: Self) -> Self;
        fn div(self, other: Self) -> Self;
        fn rem(self, other: Self) -> Self;
        /// The step `arange_at` takes for a sequence of `len` values (for
        /// floats NumPy's `(start + step) - start`), after checking that
        /// every value fits the type: integers panic naming the first
        /// that does not.
        fn arange_delta(len: usize, start: Self, step: Self) -> Self;
        /// NumPy's length of `np.arange(start, stop, step)`:
        /// `ceil((stop - start) / step)`, at least 0, exact for integers,
        /// in the type's own precision for floats (with NumPy's rule for a
        /// quotient that underflows to zero); `None` for a zero step, a NaN
        /// or a length beyond `isize::MAX`.
        fn arange_len(start: Self, stop: Self, step: Self) -> Option<usize>;
        /// Element `i` of `arange`, by a formula a loop vectorises.
        fn arange_at(start: Self, delta: Self, i: usize) -> Self;
        /// Sets the elements NumPy computes apart from the formula (a
        /// float sequence's second value is `start + step`).
        fn arange_head(out: &mut [Self], start: Self, step: Self);
        /// The mean of `values` as NumPy computes it, widened to `f64`.
        fn mean_of(values: &[Self]) -> f64;
        /// `sum / len` for a sum in this (accumulator) type, as `f64`:
        /// divided in `f64` for integers, in the float type for floats.
        fn mean_of_sum(sum: Self, len: usize) -> f64;
        /// [`mean_of`](Self::mean_of) of the `len` values `at(0)` ...
        /// `at(len - 1)`.
        fn mean_by(len: usize, at: impl Fn(usize) -> Self) -> f64;
    }

    /// Sums and products in the accumulator type `A`.
    pub trait Accumulate<A> {
        fn widen(self) -> A;
        /// The sum of `values` as NumPy computes it (pairwise for floats).
        fn sum_of(values: &[Self]) -> A
        where
            Self: Sized;
        /// [`sum_of`](Self::sum_of) on all threads, to the same result.
        #[cfg(feature = "rayon")]
        fn par_sum_of(values: &[Self]) -> A
        where
            Self: Sized;
        /// [`sum_of`](Self::sum_of) of the `len` values `at(0)` ...
        /// `at(len - 1)`, in the same order, so to the same bits.
        fn sum_by(len: usize, at: impl Fn(usize) -> Self) -> A
        where
            Self: Sized;
    }

    /// `+ - * /`: what [`Arithmetic`](super::Arithmetic) types share.
    pub trait Field: Copy {
        fn add(self, other: Self) -> Self;
        fn sub(self, other: Self) -> Self;
        fn mul(self, other: Self) -> Self;
        fn div(self, other: Self) -> Self;
    }

    /// Every number's `+ - * /` are its [`Arith`] ones.
    impl<T: Arith> Field for T {
        #[inline(always)]
        fn add(self, other: Self) -> Self {
            Arith::add(self, other)
        }
        #[inline(always)]
        fn sub(self, other: Self) -> Self {
            Arith::sub(self, other)
        }
        #[inline(always)]
        fn mul(self, other: Self) -> Self {
            Arith::mul(self, other)
        }
        #[inline(always)]
        fn div(self, other: Self) -> Self {
            Arith::div(self, other)
        }
    }

    /// Negation and absolute value (wrapping for integers; for floats
    /// they flip or clear the sign bit, NaN and zero included, as NumPy's
    /// `negative` and `absolute` do).
    pub trait Negate {
        fn neg(self) -> Self;
        fn abs(self) -> Self;
    }

    /// Bitwise operations (logical for `bool`).
    pub trait BitOps {
        fn and(self, other: Self) -> Self;
        fn or(self, other: Self) -> Self;
        fn xor(self, other: Self) -> Self;
        fn not(self) -> Self;
    }
}

use private::{Accumulate, Arith, BitOps, Negate};

/// The numeric element types: the integers and the floats (not `bool`),
/// NumPy's `np.number`.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array1, Number};
/// fn ramp<T: Number, const N: usize>(step: T) -> Array1<T, N> {
///     Array1::arange_step(T::ZERO, step)
/// }
/// assert_eq!(ramp::<u8, 4>(5).as_slice(), &[0, 5, 10, 15]);
/// ```
pub trait Number:
    Element
    + private::Sealed
    + Arith
    + Accumulate<<Self as Number>::Accumulator>
    + crate::ufuncs::scalar::private::Ufunc
{
    /// The type `sum` and `prod` return, as NumPy promotes: `i64` for the
    /// signed integers, `u64` for the unsigned ones, the type itself for
    /// floats.
    type Accumulator: Number;
}

/// The element types with `+ - * /` (elementwise and with one value): the
/// [`Number`]s and, with feature `num-complex`, `Complex<f32>` and
/// `Complex<f64>`, whose division is NumPy's (Smith's algorithm).
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array1, Arithmetic};
/// fn halves<T: Arithmetic, const N: usize>(a: Array1<T, N>, two: T) -> Array1<T, N> {
///     a / two
/// }
/// assert_eq!(halves(Array1::from([2.0, 5.0]), 2.0).as_slice(), &[1.0, 2.5]);
/// ```
pub trait Arithmetic: Element + private::Field {}

impl<T: Number> Arithmetic for T {}

/// Element types with a sign to flip: the signed integers and the floats.
pub trait Signed: Number + Negate {}

/// Element types with bitwise `&`, `|`, `^`, `!`: the integers and `bool`.
pub trait Bits: Element + BitOps {}

#[cold]
#[track_caller]
fn arange_overflow(index: usize, value: i128, dtype: &str) -> ! {
    panic!("arange: element {index} would be {value}, which does not fit in {dtype}")
}

macro_rules! integer_numbers {
    ($($t:ty => $acc:ty),*) => {$(
        impl private::Sealed for $t {}
        impl Number for $t {
            type Accumulator = $acc;
        }
        impl Accumulate<$acc> for $t {
            #[inline(always)]
            fn widen(self) -> $acc {
                self as $acc
            }
            fn sum_of(values: &[Self]) -> $acc {
                values.iter().fold(0, |sum: $acc, &v| sum.wrapping_add(v as $acc))
            }
            fn sum_by(len: usize, at: impl Fn(usize) -> Self) -> $acc {
                (0..len).fold(0, |sum: $acc, i| sum.wrapping_add(at(i) as $acc))
            }
            #[cfg(feature = "rayon")]
            fn par_sum_of(values: &[Self]) -> $acc {
                // Wrapping integer addition is exact in any order.
                use rayon::prelude::*;
                values.par_chunks(1 << 16).map(Self::sum_of).reduce(|| 0, <$acc>::wrapping_add)
            }
        }
        impl Arith for $t {
            fn arange_delta(len: usize, start: Self, step: Self) -> Self {
                // Exact: i128 holds any i64/u64 start plus usize times step.
                let exact = |i: usize| start as i128 + i as i128 * step as i128;
                // The values run in a straight line from `start`: when the
                // last fits, all do, and wrapping arithmetic in the element
                // type gives them exactly (it is exact modulo 2^bits).
                if <$t>::try_from(exact(len.saturating_sub(1))).is_err() {
                    let (i, value) = (0..len).map(|i| (i, exact(i)))
                        .find(|&(_, value)| <$t>::try_from(value).is_err())
                        .expect("the last value does not fit, so one does not");
                    arange_overflow(i, value, <$t as Element>::DTYPE.name());
                }
                step
            }
            fn arange_len(start: Self, stop: Self, step: Self) -> Option<usize> {
                if step == 0 {
                    return None;
                }
                let (span, step) = (stop as i128 - start as i128, step as i128);
                let len = span / step + i128::from(span % step != 0 && (span < 0) == (step < 0));
                usize::try_from(len.max(0)).ok().filter(|&n| n <= isize::MAX as usize)
            }
            #[inline(always)]
            fn arange_at(start: Self, delta: Self, i: usize) -> Self {
                start.wrapping_add((i as $t).wrapping_mul(delta))
            }
            #[inline(always)]
            fn arange_head(_: &mut [Self], _: Self, _: Self) {}
            #[inline(always)]
            fn add(self, other: Self) -> Self {
                self.wrapping_add(other)
            }
            #[inline(always)]
            fn sub(self, other: Self) -> Self {
                self.wrapping_sub(other)
            }
            #[inline(always)]
            fn mul(self, other: Self) -> Self {
                self.wrapping_mul(other)
            }
            #[inline(always)]
            fn div(self, other: Self) -> Self {
                if other == 0 { 0 } else { self.wrapping_div(other) }
            }
            #[inline(always)]
            fn rem(self, other: Self) -> Self {
                if other == 0 { 0 } else { self.wrapping_rem(other) }
            }
            fn mean_of(values: &[Self]) -> f64 {
                Self::mean_by(values.len(), |i| values[i])
            }
            fn mean_of_sum(sum: Self, len: usize) -> f64 {
                sum as f64 / len as f64
            }
            fn mean_by(len: usize, at: impl Fn(usize) -> Self) -> f64 {
                // NumPy sums integers with `dtype=float64`: each value cast,
                // in buffers of 8192 summed pairwise (past 2**53 the partial
                // sums round, as NumPy's do).
                crate::pairwise::buffered_pairwise(len, &|i| at(i) as f64) / len as f64
            }
        }
    )*};
}

macro_rules! signed_integers {
    ($($t:ty)*) => {$(
        impl Signed for $t {}
        impl Negate for $t {
            #[inline(always)]
            fn neg(self) -> Self {
                self.wrapping_neg()
            }
            #[inline(always)]
            fn abs(self) -> Self {
                self.wrapping_abs()
            }
        }
    )*};
}

macro_rules! bits {
    ($($t:ty)*) => {$(
        impl Bits for $t {}
        impl BitOps for $t {
            #[inline(always)]
            fn and(self, other: Self) -> Self {
                self & other
            }
            #[inline(always)]
            fn or(self, other: Self) -> Self {
                self | other
            }
            #[inline(always)]
            fn xor(self, other: Self) -> Self {
                self ^ other
            }
            #[inline(always)]
            fn not(self) -> Self {
                !self
            }
        }
    )*};
}

macro_rules! float_numbers {
    ($($t:ty),*) => {$(
        impl private::Sealed for $t {}
        impl Number for $t {
            type Accumulator = $t;
        }
        impl Accumulate<$t> for $t {
            #[inline(always)]
            fn widen(self) -> $t {
                self
            }
            fn sum_of(values: &[Self]) -> $t {
                // NumPy adds the pairwise sum of all elements to its identity,
                // 0 (checked against NumPy: starting from the first element
                // instead differs in float32 for some lengths), so a sum of
                // `-0.0`s is `0.0`.
                0.0 + crate::pairwise::pairwise_sum(values)
            }
            fn sum_by(len: usize, at: impl Fn(usize) -> Self) -> $t {
                0.0 + crate::pairwise::pairwise_by(0, len, &at)
            }
            #[cfg(feature = "rayon")]
            fn par_sum_of(values: &[Self]) -> $t {
                0.0 + crate::pairwise::par_pairwise_sum(values)
            }
        }
        impl Arith for $t {
            #[inline(always)]
            fn arange_delta(_: usize, start: Self, step: Self) -> Self {
                // NumPy's: the second value minus the first.
                (start + step) - start
            }
            fn arange_len(start: Self, stop: Self, step: Self) -> Option<usize> {
                if step == 0.0 {
                    return None;
                }
                let delta = stop - start;
                let quotient = delta / step;
                if quotient.is_nan() {
                    return None;
                }
                // Underflow, or a division by infinity: NumPy's rule.
                if quotient == 0.0 && delta != 0.0 {
                    return Some(usize::from(quotient.is_sign_positive()));
                }
                // `ceil` without `std`: truncate, then step up a fraction.
                let whole = quotient as i128 as $t;
                let ceil = if whole < quotient { whole + 1.0 } else { whole };
                if ceil.is_nan() || ceil > isize::MAX as $t {
                    return None;
                }
                Some(if ceil > 0.0 { ceil as usize } else { 0 })
            }
            #[inline(always)]
            fn arange_at(start: Self, delta: Self, i: usize) -> Self {
                // An index below 2^31 converts the same from i32, and i32
                // to float is a vector instruction on every x86 level, usize
                // to float is not (the branch folds away for a known length).
                let i = if i <= i32::MAX as usize { (i as i32) as $t } else { i as $t };
                start + i * delta
            }
            #[inline(always)]
            fn arange_head(out: &mut [Self], start: Self, step: Self) {
                // NumPy writes the first two values as `start` and
                // `start + step`, and the formula only from the third.
                if let Some(first) = out.first_mut() {
                    *first = start;
                }
                if let Some(second) = out.get_mut(1) {
                    *second = start + step;
                }
            }
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
            fn mean_of(values: &[Self]) -> f64 {
                // NumPy: the sum in the float type, divided in that type.
                Self::mean_of_sum(Self::sum_of(values), values.len())
            }
            fn mean_of_sum(sum: Self, len: usize) -> f64 {
                (sum / len as $t) as f64
            }
            fn mean_by(len: usize, at: impl Fn(usize) -> Self) -> f64 {
                Self::mean_of_sum(Self::sum_by(len, at), len)
            }
        }
        impl Signed for $t {}
        impl Negate for $t {
            #[inline(always)]
            fn neg(self) -> Self {
                -self
            }
            #[inline(always)]
            fn abs(self) -> Self {
                <$t>::abs(self)
            }
        }
    )*};
}

/// Sorts the types of the dtype table into the impls of their kind:
/// integers accumulate in `i64`/`u64` (NumPy's `sum` of any signed or
/// unsigned integer type), floats in their own type.
macro_rules! numbers {
    ($($t:ident $kind:tt $numpy:tt;)*) => {$(numbers!(@ $kind $t);)*};
    (@ 'b' $t:ident) => { bits!($t); };
    (@ 'i' $t:ident) => { integer_numbers!($t => i64); signed_integers!($t); bits!($t); };
    (@ 'u' $t:ident) => { integer_numbers!($t => u64); bits!($t); };
    (@ 'f' $t:ident) => { float_numbers!($t); };
}

for_each_dtype!(numbers);

#[cfg(test)]
mod tests {
    use super::private::Accumulate;
    use std::vec::Vec;

    /// Summing through an accessor adds in the same order as summing the
    /// slice, so views sum to the same bits as the array they would copy to.
    #[test]
    fn sums_by_accessor_equal_slice_sums_to_the_bit() {
        for n in [0, 1, 7, 8, 9, 127, 128, 129, 255, 1000, 4097] {
            let v64: Vec<f64> = (0..n)
                .map(|i| ((i * 2654435761u64 as usize) % 1000) as f64 * 1e-3 - 0.37)
                .collect();
            let v32: Vec<f32> = v64.iter().map(|&x| x as f32).collect();
            assert_eq!(
                f64::sum_by(n, |i| v64[i]).to_bits(),
                f64::sum_of(&v64).to_bits(),
                "f64 {n}"
            );
            assert_eq!(
                f32::sum_by(n, |i| v32[i]).to_bits(),
                f32::sum_of(&v32).to_bits(),
                "f32 {n}"
            );
            let ints: Vec<i32> = (0..n as i32).map(|i| i * 7919 - 40).collect();
            assert_eq!(i32::sum_by(n, |i| ints[i]), i32::sum_of(&ints));
        }
    }
}
