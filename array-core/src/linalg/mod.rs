//! Linear algebra for fixed sizes, NumPy's `np.linalg` and friends, with the
//! shapes checked by the type system: `matmul` and `dot` (the inner
//! dimension must agree), `det`, `inv`, `solve` (square matrices only, the
//! right-hand side's length checked), norms, `trace`, `diagonal`, `cross`,
//! `outer`, `matrix_power`, and the small decompositions `cholesky`, `qr`
//! and `eigh`.
//!
//! Every size is a constant, so each loop nest has known bounds: a 3x3
//! `det` compiles to straight-line code, and a 4x4 `inv` to a few dozen
//! multiplies and one division.
//!
//! - `det` and `inv` use closed forms up to 4x4 (cofactors and the
//!   adjugate, as `glam` does) and LU factorisation with partial pivoting
//!   beyond, the algorithm of LAPACK's `getrf` that NumPy calls. `solve`
//!   always factorises (LAPACK's `gesv`).
//! - Float results agree with NumPy's to rounding, not to the bit: LAPACK's
//!   operation order depends on the library build and the CPU. The tests
//!   bound the difference by the condition number (see `tests/it/linalg.rs`).
//! - Functions NumPy computes only in floating point (`det`, `inv`, `solve`,
//!   norms, decompositions) take `f32` and `f64` arrays ([`Float`]); an
//!   integer array does not compile, with a note to `cast::<f64>()` first.
//!   `trace`, `diagonal`, `cross`, `outer` and `matrix_power` work on every
//!   number type, as NumPy's do.

use core::ops::{Add, Div, Mul, Neg, Sub};

use crate::number::Signed;

#[cfg(any(feature = "std", feature = "libm"))]
mod decompose;
#[cfg(any(feature = "std", feature = "libm"))]
mod eigh;
#[cfg(any(feature = "std", feature = "libm"))]
mod householder;
mod lu;
mod norms;
mod packed;
mod product;
mod rows;
mod small;
mod square;
mod vectors;
mod views;

/// The element types linear algebra computes in: `f32` and `f64`, NumPy's
/// floating dtypes. Methods that need it (`det`, `inv`, `solve`, norms,
/// decompositions) name it in a `where` clause, so an integer array gets a
/// message that says to convert:
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Array2;
/// let a = Array2::<i32, 2, 2>::from([[4, 7], [2, 6]]);
/// // a.det() does not compile: i32 is not a float.
/// assert_eq!(a.cast::<f64>().det(), 10.0); // NumPy: 10.000000000000002 (by LU)
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a float type: this linear-algebra method needs `f32` or `f64` elements",
    label = "called on an array of `{Self}`",
    note = "convert the array first with `.cast::<f64>()` (NumPy's `np.linalg` converts integers to float64 the same way)"
)]
pub trait Float:
    Signed
    + crate::number::Number<Accumulator = Self>
    + PartialOrd
    + Add<Output = Self>
    + Sub<Output = Self>
    + Mul<Output = Self>
    + Div<Output = Self>
    + Neg<Output = Self>
    + private::FloatOps
{
}

pub use crate::shape::Square;
pub(crate) use product::matmul_rows;
pub use product::{DotOperand, MatmulRhs};
pub use square::SolveRhs;

/// The float operations the algorithms need beyond `+ - * /`, on a trait
/// users cannot name (so the methods never clash with theirs).
pub(crate) mod private {
    pub trait FloatOps: Copy {
        /// The gap between 1 and the next float.
        const EPSILON: Self;
        /// Neither zero, subnormal, infinite nor NaN.
        fn is_normal_float(self) -> bool;
        /// The square root (feature `std` or `libm`).
        #[cfg(any(feature = "std", feature = "libm"))]
        fn root(self) -> Self;
        /// `x` converted from a small count.
        fn from_count(n: usize) -> Self;
        /// The type NumPy runs LAPACK in for this one: `f64` for both
        /// (`np.linalg` computes float32 input in double, `_commonType`,
        /// and rounds the results).
        type Wide: super::Float;
        /// `self` in the wide type, exactly.
        fn to_wide(self) -> Self::Wide;
        /// `wide` rounded to this type.
        fn from_wide(wide: Self::Wide) -> Self;
        /// A power of two `s` with `|self| s` in `[1, 2)` for a normal
        /// `self` (kept between the smallest and largest normal powers):
        /// scaling by it is exact, so norms scaled by it neither overflow
        /// nor underflow and lose nothing (as LAPACK's `nrm2`).
        fn pow2_recip(self) -> Self;
        /// The adjugate of a 4x4 matrix and its determinant (see
        /// `small::adjugate4`; SSE registers for `f32` on x86-64).
        fn adjugate4(m: &[[Self; 4]; 4]) -> ([[Self; 4]; 4], Self);
    }
}

/// `value` in the integer type of `_like` (a float's bits).
#[inline(always)]
fn bits_like<B: From<u16>>(_like: B, value: u16) -> B {
    B::from(value)
}

macro_rules! floats {
    ($($t:ident: $adjugate4:path),*) => {$(
        impl private::FloatOps for $t {
            const EPSILON: Self = $t::EPSILON;
            type Wide = f64;
            #[inline(always)]
            fn to_wide(self) -> f64 {
                f64::from(self)
            }
            #[inline(always)]
            fn from_wide(wide: f64) -> Self {
                wide as $t
            }
            #[inline(always)]
            fn pow2_recip(self) -> Self {
                let bits = <$t>::MANTISSA_DIGITS - 1;
                let bias = <$t>::MAX_EXP - 1;
                let biased = (self.to_bits() >> bits) as i32 & (2 * bias + 1);
                let exponent = (biased - bias).clamp(1 - bias, bias - 1);
                <$t>::from_bits(bits_like(self.to_bits(), (bias - exponent) as u16) << bits)
            }
            #[inline(always)]
            fn is_normal_float(self) -> bool {
                <$t>::is_normal(self)
            }
            #[cfg(any(feature = "std", feature = "libm"))]
            #[inline(always)]
            fn root(self) -> Self {
                crate::math::Float::sqrt(self)
            }
            #[inline(always)]
            fn from_count(n: usize) -> Self {
                n as $t
            }
            #[inline(always)]
            fn adjugate4(m: &[[Self; 4]; 4]) -> ([[Self; 4]; 4], Self) {
                $adjugate4(m)
            }
        }
    )*};
}

// Written out, not in the macro: the compiler lists these lines when an
// integer array calls a float-only method.
impl Float for f32 {}
impl Float for f64 {}

#[cfg(all(target_arch = "x86_64", target_feature = "sse"))]
floats!(f32: crate::raw::adjugate4_f32, f64: small::adjugate4);
#[cfg(not(all(target_arch = "x86_64", target_feature = "sse")))]
floats!(f32: small::adjugate4, f64: small::adjugate4);
