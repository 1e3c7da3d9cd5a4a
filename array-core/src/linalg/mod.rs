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
mod lu;
mod norms;
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
        /// The adjugate of a 4x4 matrix and its determinant (see
        /// `small::adjugate4`; SSE registers for `f32` on x86-64).
        fn adjugate4(m: &[[Self; 4]; 4]) -> ([[Self; 4]; 4], Self);
    }
}

macro_rules! floats {
    ($($t:ident: $adjugate4:path),*) => {$(
        impl private::FloatOps for $t {
            const EPSILON: Self = $t::EPSILON;
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
