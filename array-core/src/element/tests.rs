//! The dtype table against NumPy's facts, and the texts that list it.

use std::vec::Vec;

use super::{__DTYPES, Element};

/// `(np.dtype(t).name, .str, .kind, .itemsize)` for each NumPy scalar type
/// of the table, as NumPy 2 reports them on a little-endian 64-bit target.
const NUMPY: [(&str, &str, &str, char, usize); 13] = [
    ("bool", "bool", "|b1", 'b', 1),
    ("int8", "int8", "|i1", 'i', 1),
    ("int16", "int16", "<i2", 'i', 2),
    ("int32", "int32", "<i4", 'i', 4),
    ("int64", "int64", "<i8", 'i', 8),
    ("uint8", "uint8", "|u1", 'u', 1),
    ("uint16", "uint16", "<u2", 'u', 2),
    ("uint32", "uint32", "<u4", 'u', 4),
    ("uint64", "uint64", "<u8", 'u', 8),
    ("float32", "float32", "<f4", 'f', 4),
    ("float64", "float64", "<f8", 'f', 8),
    ("intp", "int64", "<i8", 'i', 8),
    ("uintp", "uint64", "<u8", 'u', 8),
];

#[test]
#[cfg(all(target_endian = "little", target_pointer_width = "64"))]
fn every_dtype_is_what_numpy_reports() {
    assert_eq!(
        __DTYPES.len(),
        NUMPY.len(),
        "a dtype without NumPy's facts here"
    );
    for (row, &(numpy, name, str, kind, itemsize)) in __DTYPES.iter().zip(&NUMPY) {
        assert_eq!(row.numpy, numpy, "{}", row.rust);
        let facts = (row.dtype.name(), row.dtype.str(), row.dtype.kind());
        assert_eq!(facts, (name, str, kind), "np.{numpy}");
        assert_eq!(row.dtype.itemsize(), itemsize, "np.{numpy}");
    }
}

/// On any target, `intp`/`uintp` are the integers of a pointer's width,
/// and each row's dtype is its Rust type's.
#[test]
fn the_rows_are_the_element_impls() {
    let of = |rust: &str| __DTYPES.iter().find(|row| row.rust == rust).unwrap().dtype;
    let (isize_, usize_) = (of("isize"), of("usize"));
    assert_eq!((isize_, usize_), (isize::DTYPE, usize::DTYPE));
    match core::mem::size_of::<usize>() {
        8 => assert_eq!((isize_, usize_), (i64::DTYPE, u64::DTYPE)),
        4 => assert_eq!((isize_, usize_), (i32::DTYPE, u32::DTYPE)),
        other => panic!("no NumPy intp of {other} bytes"),
    }
    for (rust, dtype) in [
        ("bool", bool::DTYPE),
        ("u8", u8::DTYPE),
        ("f32", f32::DTYPE),
    ] {
        assert_eq!(of(rust), dtype);
    }
    let names: Vec<&str> = __DTYPES.iter().map(|row| row.rust).collect();
    let mut unique = names.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), names.len(), "a type twice in {names:?}");
}

/// The fixed-size types come first: the first row of each dtype is the
/// type a file of that dtype is read as (`include_npy!`).
#[test]
fn the_first_row_of_each_dtype_has_a_fixed_size() {
    for row in __DTYPES {
        let first = __DTYPES.iter().find(|r| r.dtype == row.dtype).unwrap();
        assert!(
            !first.rust.ends_with("size"),
            "{} before its fixed-size twin",
            first.rust
        );
    }
}

/// The compiler's message for a type that is not an element lists the
/// table's types (a diagnostic attribute takes only a string literal, so
/// the list is written out in `mod.rs`; this keeps it the table's).
#[test]
fn the_not_an_element_label_lists_the_table() {
    let names: Vec<&str> = __DTYPES.iter().map(|row| row.rust).collect();
    let expected = std::format!("label = \"an array holds one of {}\"", names.join(", "));
    let source = include_str!("mod.rs");
    let labels: Vec<&str> = source
        .lines()
        .map(str::trim)
        .filter(|line| line.starts_with("label = "))
        .map(|line| line.trim_end_matches(','))
        .collect();
    assert_eq!(labels.len(), 2, "{labels:?}");
    for label in labels {
        assert_eq!(label, expected);
    }
}

#[test]
#[cfg(feature = "npy")]
fn numpy_names_of_type_strings() {
    for row in __DTYPES {
        let str = row.dtype.str();
        let other =
            std::string::String::from(if str.starts_with('<') { ">" } else { "<" }) + &str[1..];
        assert_eq!(super::DType::name_of(str), Some(row.dtype.name()));
        assert_eq!(super::DType::name_of(&other), Some(row.dtype.name()));
    }
    assert_eq!(super::DType::name_of("<c16"), Some("complex128"));
    assert_eq!(super::DType::name_of("<f2"), Some("float16"));
    assert_eq!(super::DType::name_of("<U8"), None);
    assert_eq!(super::DType::name_of("é8"), None);
}
