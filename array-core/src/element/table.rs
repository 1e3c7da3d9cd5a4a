//! The one dtype table. Every per-dtype impl in the crate (the [`Element`]
//! facts, arithmetic, bits, casts, scalar operands, the proofs of which
//! bit patterns are values) is generated from it, and the macro crate reads
//! it as data ([`__DTYPES`]) for `array!`'s dtype names and suffixes and
//! `include_npy!`'s dtypes. Adding a dtype is one line here (and, for a
//! kind of number the crate does not know yet, the arms of that kind in
//! the generators).
//!
//! [`Element`]: crate::Element

use super::DType;

/// Calls macro `$callback` with one line per element type:
///
/// `RustType 'kind' "NumPy scalar type";`
///
/// - the kind is NumPy's `dtype.kind`: `'b'` bool, `'i'` signed integer,
///   `'u'` unsigned integer, `'f'` float. It picks the impls a type gets
///   (arithmetic, a sign, bitwise operations, which bit patterns are
///   values); NumPy's `dtype.name` and `dtype.str` follow from the kind and
///   the type's size ([`DType::numpy`]);
/// - the NumPy scalar type is what NumPy calls it (`np.uint8`). `isize` and
///   `usize` are NumPy's `intp` and `uintp`, the integers of a pointer's
///   width, which NumPy reports as `int64`/`uint64` on 64-bit targets (and
///   `int32`/`uint32` on 32-bit ones), so their dtype is that one.
///
/// The fixed-size types come before the pointer-sized ones: the first type
/// of a dtype is the one `include_npy!` gives a file of it.
macro_rules! for_each_dtype {
    ($callback:ident) => {
        $callback! {
            bool 'b' "bool";
            i8 'i' "int8";
            i16 'i' "int16";
            i32 'i' "int32";
            i64 'i' "int64";
            u8 'u' "uint8";
            u16 'u' "uint16";
            u32 'u' "uint32";
            u64 'u' "uint64";
            f32 'f' "float32";
            f64 'f' "float64";
            isize 'i' "intp";
            usize 'u' "uintp";
        }
    };
}
pub(crate) use for_each_dtype;

/// One element type as data: its Rust name, NumPy's name for its scalar
/// type and its dtype. For the macro crate; not public API.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DTypeRow {
    /// The Rust type, as written: `"u8"`.
    pub rust: &'static str,
    /// NumPy's scalar type: `"uint8"`, `"uintp"`.
    pub numpy: &'static str,
    /// Its dtype on the target this crate was built for.
    pub dtype: DType,
}

macro_rules! rows {
    ($($t:ident $kind:tt $numpy:tt;)*) => {
        /// The dtype table as data, in the table's order; what the macro
        /// crate reads. Not public API.
        #[doc(hidden)]
        pub const __DTYPES: &[DTypeRow] = &[$(DTypeRow {
            rust: stringify!($t),
            numpy: $numpy,
            dtype: <$t as crate::Element>::DTYPE,
        }),*];
    };
}
for_each_dtype!(rows);

/// The element types behind a feature of their crate, as data: Rust name,
/// NumPy's name, feature, and the `.npy` type code without its byte order
/// (empty where NumPy has no such dtype). For the macro crate, which reads
/// the library built without them (`array!`'s dtype form `[[f16; 4]; 4]`
/// and `include_npy!` name them through the facade). Not public API.
#[doc(hidden)]
pub const __FEATURE_DTYPES: &[(&str, &str, &str, &str)] = &[
    ("f16", "float16", "half", "f2"),
    ("bf16", "bfloat16", "half", ""),
    ("c32", "complex64", "num-complex", "c8"),
    ("c64", "complex128", "num-complex", "c16"),
];
