//! The dtypes: which Rust types an array may hold, and their NumPy names.
//! The list itself is [`table`]'s `for_each_dtype!`; every per-dtype impl
//! comes from it.

#[cfg(feature = "num-complex")]
mod complex;
mod dtype;
#[cfg(feature = "half")]
mod half;
#[cfg(all(feature = "half", any(feature = "std", feature = "libm")))]
mod half_math;
mod table;

use core::fmt;

use crate::raw::{ElementBytes, ZeroValid};

#[cfg(feature = "num-complex")]
pub use complex::{Complex, c32, c64};
pub use dtype::DType;
#[cfg(feature = "half")]
pub use half::{bf16, f16};
pub(crate) use table::for_each_dtype;
pub use table::{__DTYPES, __FEATURE_DTYPES, DTypeRow};

mod sealed {
    pub trait Sealed {}
}

/// What an [`Array`](crate::Array) can hold: the [`Element`] types, plus
/// `MaybeUninit` of one (the not-yet-written array of
/// [`uninit`](crate::Array::uninit)). Sealed: the set is closed, so
/// `Array<String, ...>` does not compile.
///
/// ```compile_fail
/// # use shaped_core as shaped;
/// use shaped::Array1;
/// // error: `String` is not an array element type ... there is no object dtype
/// let a: Array1<String, 2> = Array1::from([String::new(), String::new()]);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an array element type",
    label = "an array holds one of bool, i8, i16, i32, i64, u8, u16, u32, u64, f32, f64, isize, usize",
    note = "there is no object dtype: convert the values to one numeric type first"
)]
pub trait Stored: Sized + sealed::Sealed {}

impl<T: Stored> sealed::Sealed for core::mem::MaybeUninit<T> {}
impl<T: Stored> Stored for core::mem::MaybeUninit<T> {}

/// A type an array can hold: one of NumPy's fixed-size numeric dtypes.
///
/// Implemented for `bool`, `i8`, `i16`, `i32`, `i64`, `u8`, `u16`, `u32`,
/// `u64`, `f32` and `f64`, and for `isize` and `usize`, NumPy's `intp` and
/// `uintp` (the dtype of `argsort`'s indices): NumPy reports them as the
/// integers of a pointer's width, `int64`/`uint64` on 64-bit targets
/// (`int32`/`uint32` on 32-bit ones), and so does [`DTYPE`](Self::DTYPE);
/// they are read and written as `.npy` files of that dtype. With feature
/// `half`, also `f16` (NumPy's `float16`) and `bf16` (`ml_dtypes`'
/// `bfloat16`, for storage: no arithmetic, no `.npy`); with feature
/// `num-complex`, `Complex<f32>` and `Complex<f64>` (NumPy's `complex64`
/// and `complex128`). Sealed: there
/// is no "object" dtype, so an array holds one plain type or does not
/// compile. Every element type is `Copy`, and its all-zero bit pattern is
/// its zero (`false`, `0`, `0.0`), which the crate's `raw` module proves
/// once per type.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Element;
/// assert_eq!(i32::ONE + i32::ONE, 2);
/// assert_eq!(f32::DTYPE.name(), "float32");
/// # #[cfg(target_pointer_width = "64")]
/// assert_eq!((isize::DTYPE.name(), isize::DTYPE.str()), ("int64", "<i8")); // np.intp
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an array element type",
    label = "an array holds one of bool, i8, i16, i32, i64, u8, u16, u32, u64, f32, f64, isize, usize",
    note = "there is no object dtype: convert the values to one numeric type first",
    note = "an array from `uninit()` has `MaybeUninit` elements until `a.assume_init()`, called once every element is written"
)]
pub trait Element:
    Copy
    + PartialEq
    + Default
    + fmt::Debug
    + fmt::Display
    + Send
    + Sync
    + 'static
    + Stored
    + ZeroValid
    + ElementBytes
{
    /// NumPy's description of this type.
    const DTYPE: DType;
    /// The value `np.zeros` fills with; its bit pattern is all zeros.
    const ZERO: Self;
    /// The value `np.ones` fills with (`true` for `bool`).
    const ONE: Self;

    /// The value as one of the kinds NumPy prints differently.
    #[doc(hidden)]
    fn to_scalar(self) -> Scalar;

    /// NumPy's `<`, `>` ... between two values: `partial_cmp` for the
    /// real types (`None` when one is NaN); for complex numbers the real
    /// parts, then the imaginary parts (`None` when a part is NaN).
    #[doc(hidden)]
    fn numpy_cmp(self, other: Self) -> Option<core::cmp::Ordering>;
}

/// NumPy's `a < b` ([`Element::numpy_cmp`]).
#[inline(always)]
pub(crate) fn lt<T: Element>(a: T, b: T) -> bool {
    matches!(a.numpy_cmp(b), Some(core::cmp::Ordering::Less))
}

/// NumPy's `a <= b`.
#[inline(always)]
pub(crate) fn le<T: Element>(a: T, b: T) -> bool {
    matches!(
        a.numpy_cmp(b),
        Some(core::cmp::Ordering::Less | core::cmp::Ordering::Equal)
    )
}

/// NumPy's `a > b`.
#[inline(always)]
pub(crate) fn gt<T: Element>(a: T, b: T) -> bool {
    lt(b, a)
}

/// NumPy's `a >= b`.
#[inline(always)]
pub(crate) fn ge<T: Element>(a: T, b: T) -> bool {
    le(b, a)
}

/// NumPy's `a == b`.
#[inline(always)]
pub(crate) fn eq<T: Element>(a: T, b: T) -> bool {
    a == b
}

/// NumPy's `a != b`.
#[inline(always)]
pub(crate) fn ne<T: Element>(a: T, b: T) -> bool {
    a != b
}

/// An element as the printing code sees it; internal.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub enum Scalar {
    Bool(bool),
    Int(i128),
    F32(f32),
    F64(f64),
    /// An `f16`, by its bits.
    #[cfg(feature = "half")]
    F16(u16),
    /// A `bf16`, by its bits.
    #[cfg(feature = "half")]
    BF16(u16),
    /// A `Complex<f32>`: real and imaginary parts.
    #[cfg(feature = "num-complex")]
    C32(f32, f32),
    /// A `Complex<f64>`: real and imaginary parts.
    #[cfg(feature = "num-complex")]
    C64(f64, f64),
}

/// The [`Element`] impl of each type of the table; the kind picks the
/// zero, the one and how the value prints.
macro_rules! elements {
    ($($t:ident $kind:tt $numpy:tt;)*) => {$(
        impl sealed::Sealed for $t {}
        impl Stored for $t {}
        impl Element for $t {
            const DTYPE: DType = DType::numpy($kind, core::mem::size_of::<$t>());
            const ZERO: Self = elements!(@zero $kind);
            const ONE: Self = elements!(@one $kind);

            #[inline]
            fn to_scalar(self) -> Scalar {
                elements!(@scalar $kind self)
            }

            #[inline(always)]
            fn numpy_cmp(self, other: Self) -> Option<core::cmp::Ordering> {
                PartialOrd::partial_cmp(&self, &other)
            }
        }
    )*};
    (@zero 'b') => { false };
    (@zero 'f') => { 0.0 };
    (@zero 'i') => { 0 };
    (@zero 'u') => { 0 };
    (@one 'b') => { true };
    (@one 'f') => { 1.0 };
    (@one 'i') => { 1 };
    (@one 'u') => { 1 };
    (@scalar 'b' $v:ident) => { Scalar::Bool($v) };
    (@scalar 'f' $v:ident) => { Scalar::float($v as f64, core::mem::size_of_val(&$v)) };
    // Lossless: every integer element type has at most 64 bits.
    (@scalar 'i' $v:ident) => { Scalar::Int($v as i128) };
    (@scalar 'u' $v:ident) => { Scalar::Int($v as i128) };
}

for_each_dtype!(elements);

impl Scalar {
    /// A float of `itemsize` bytes, given exactly as `f64`: an `f32`
    /// prints with its own shortest digits, so it becomes `F32` again
    /// (`f32` to `f64` and back is exact).
    fn float(v: f64, itemsize: usize) -> Scalar {
        if itemsize == 4 {
            Scalar::F32(v as f32)
        } else {
            Scalar::F64(v)
        }
    }
}

/// An element type that owns heap memory, for the tests of the raw
/// module only: users cannot put such a type in an array.
#[cfg(test)]
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Owning(pub(crate) std::boxed::Box<u32>);

#[cfg(test)]
impl sealed::Sealed for Owning {}
#[cfg(test)]
impl Stored for Owning {}

#[cfg(test)]
mod tests;
