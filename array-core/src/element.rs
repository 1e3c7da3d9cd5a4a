//! The dtypes: which Rust types an array may hold, and their NumPy names.

use core::fmt;

use crate::raw::{ElementBytes, ZeroValid};

mod sealed {
    pub trait Sealed {}
}

/// A NumPy data type description: what `a.dtype` reports.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array3, Element};
///
/// let dtype = Array3::<u8, 1080, 1920, 3>::DTYPE;
/// assert_eq!(dtype.name(), "uint8"); // np.dtype(np.uint8).name
/// assert_eq!(dtype.str(), "|u1"); //    np.dtype(np.uint8).str
/// assert_eq!(f64::DTYPE.str(), "<f8"); // on a little-endian machine
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DType {
    name: &'static str,
    str: &'static str,
    kind: char,
    itemsize: usize,
}

impl DType {
    /// NumPy's `dtype.name`: `"bool"`, `"int32"`, `"float64"`, ...
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Element;
    /// assert_eq!(i16::DTYPE.name(), "int16");
    /// ```
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// NumPy's `dtype.str`: byte order, kind and item size, e.g. `"<i4"`.
    /// One-byte types use `|` (byte order does not apply); the others use
    /// the byte order of the target, `<` for little-endian and `>` for big.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Element;
    /// assert_eq!(bool::DTYPE.str(), "|b1");
    /// # #[cfg(target_endian = "little")]
    /// assert_eq!(f32::DTYPE.str(), "<f4");
    /// ```
    pub const fn str(&self) -> &'static str {
        self.str
    }

    /// NumPy's `dtype.kind`: `'b'` boolean, `'i'` signed, `'u'` unsigned,
    /// `'f'` floating point.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Element;
    /// assert_eq!(u64::DTYPE.kind(), 'u');
    /// ```
    pub const fn kind(&self) -> char {
        self.kind
    }

    /// NumPy's `dtype.itemsize`: bytes per element.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Element;
    /// assert_eq!(f64::DTYPE.itemsize(), 8);
    /// ```
    pub const fn itemsize(&self) -> usize {
        self.itemsize
    }
}

/// Prints the dtype as NumPy's `str(dtype)` does: its name.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Element;
/// assert_eq!(format!("{}", u8::DTYPE), "uint8");
/// ```
impl fmt::Display for DType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

/// What an [`Array`](crate::Array) can hold: the [`Element`] types, plus
/// `MaybeUninit` of one (the not-yet-written array of
/// [`uninit`](crate::Array::uninit)) and `usize` (the positions that
/// [`argmax_axis`](crate::Array::argmax_axis) returns). Sealed: the set is
/// closed, so `Array<String, ...>` does not compile.
///
/// ```compile_fail
/// # use shaped_core as shaped;
/// use shaped::Array1;
/// // error: `String` is not an array element type ... there is no object dtype
/// let a: Array1<String, 2> = Array1::from([String::new(), String::new()]);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an array element type",
    label = "an array holds one of bool, i8, i16, i32, i64, u8, u16, u32, u64, f32, f64",
    note = "there is no object dtype: convert the values to one numeric type first"
)]
pub trait Stored: Sized + sealed::Sealed {}

impl<T: Stored> sealed::Sealed for core::mem::MaybeUninit<T> {}
impl<T: Stored> Stored for core::mem::MaybeUninit<T> {}
impl sealed::Sealed for usize {}
impl Stored for usize {}

/// A type an array can hold: one of NumPy's fixed-size numeric dtypes.
///
/// Implemented for `bool`, `i8`, `i16`, `i32`, `i64`, `u8`, `u16`, `u32`,
/// `u64`, `f32` and `f64`, and sealed: there is no "object" dtype, so an
/// array holds one plain type or does not compile. Every element type is
/// `Copy`, and its all-zero bit pattern is its zero (`false`, `0`, `0.0`),
/// which the crate's `raw` module proves once per type.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Element;
/// assert_eq!(i32::ONE + i32::ONE, 2);
/// assert_eq!(f32::DTYPE.name(), "float32");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an array element type",
    label = "an array holds one of bool, i8, i16, i32, i64, u8, u16, u32, u64, f32, f64",
    note = "there is no object dtype: convert the values to one numeric type first",
    note = "an array from `uninit()` has `MaybeUninit` elements until `a.assume_init()`, called once every element is written"
)]
pub trait Element:
    Copy
    + PartialEq
    + PartialOrd
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
}

/// An element as the printing code sees it; internal.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub enum Scalar {
    Bool(bool),
    Int(i128),
    F32(f32),
    F64(f64),
}

const fn byte_order(little: &'static str, big: &'static str) -> &'static str {
    if cfg!(target_endian = "little") {
        little
    } else {
        big
    }
}

macro_rules! elements {
    ($($t:ty => $name:literal, $kind:literal, $le:literal, $be:literal, $zero:expr, $one:expr, $scalar:expr;)*) => {$(
        impl sealed::Sealed for $t {}
        impl Stored for $t {}
        impl Element for $t {
            const DTYPE: DType = DType {
                name: $name,
                str: byte_order($le, $be),
                kind: $kind,
                itemsize: core::mem::size_of::<$t>(),
            };
            const ZERO: Self = $zero;
            const ONE: Self = $one;

            fn to_scalar(self) -> Scalar {
                let to_scalar: fn($t) -> Scalar = $scalar;
                to_scalar(self)
            }
        }
    )*};
}

elements! {
    bool => "bool", 'b', "|b1", "|b1", false, true, Scalar::Bool;
    i8 => "int8", 'i', "|i1", "|i1", 0, 1, |v| Scalar::Int(v.into());
    i16 => "int16", 'i', "<i2", ">i2", 0, 1, |v| Scalar::Int(v.into());
    i32 => "int32", 'i', "<i4", ">i4", 0, 1, |v| Scalar::Int(v.into());
    i64 => "int64", 'i', "<i8", ">i8", 0, 1, |v| Scalar::Int(v.into());
    u8 => "uint8", 'u', "|u1", "|u1", 0, 1, |v| Scalar::Int(v.into());
    u16 => "uint16", 'u', "<u2", ">u2", 0, 1, |v| Scalar::Int(v.into());
    u32 => "uint32", 'u', "<u4", ">u4", 0, 1, |v| Scalar::Int(v.into());
    u64 => "uint64", 'u', "<u8", ">u8", 0, 1, |v| Scalar::Int(v.into());
    f32 => "float32", 'f', "<f4", ">f4", 0.0, 1.0, Scalar::F32;
    f64 => "float64", 'f', "<f8", ">f8", 0.0, 1.0, Scalar::F64;
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
