//! The element types as the macros see them: `shaped-core`'s dtype table
//! (its `for_each_dtype!`, which every per-dtype impl of the library comes
//! from), read here as data. A dtype added to that table is one `array!`
//! accepts by name and suffix and `include_npy!` reads, with no list in
//! this crate.
//!
//! The table is read from the `shaped-core` this crate was built against,
//! for the machine that runs the compiler: its Rust names are the same on
//! every target, and so are the dtypes of the fixed-size types, which are
//! all `include_npy!` takes from it. The dtypes of `isize`/`usize` follow
//! the target and are not read here.

use shaped_core::{__DTYPES, __FEATURE_DTYPES, DTypeRow};

/// Is `name` the Rust name of an element type behind a feature (`f16`)?
/// The dtype form names it through the facade (`shaped::f16`), which has
/// it when the feature is on.
pub(crate) fn is_feature_dtype(name: &str) -> bool {
    __FEATURE_DTYPES.iter().any(|&(rust, ..)| rust == name)
}

/// The element type behind a feature of a `.npy` file's `descr` (`"<f2"`):
/// its Rust name, NumPy's name, the feature, and the item size.
pub(crate) fn feature_of_descr(
    descr: &str,
) -> Option<(&'static str, &'static str, &'static str, usize)> {
    let code = descr.strip_prefix(['<', '>'])?;
    let &(rust, numpy, feature, code) = __FEATURE_DTYPES
        .iter()
        .find(|&&(.., c)| !c.is_empty() && c == code)?;
    Some((rust, numpy, feature, code[1..].parse().ok()?))
}

/// Is `name` the Rust name of an element type (`u8`, `usize`)?
pub(crate) fn is_dtype(name: &str) -> bool {
    __DTYPES.iter().any(|row| row.rust == name)
}

/// The element types' Rust names, in the table's order, for messages:
/// `bool, i8, ..., usize`.
pub(crate) fn rust_names() -> String {
    let names: Vec<&str> = __DTYPES.iter().map(|row| row.rust).collect();
    names.join(", ")
}

/// The Rust type NumPy calls `name`, by its scalar type (`uint8`, `intp`)
/// or its dtype name (`float64`): the first of the table, so `int64` is
/// `i64`, not `isize`.
pub(crate) fn rust_of_numpy(name: &str) -> Option<&'static str> {
    __DTYPES
        .iter()
        .find(|row| row.numpy == name || row.dtype.name() == name)
        .map(|row| row.rust)
}

/// The element type of a `.npy` file's `descr` (`"<f8"`, `">i2"`,
/// `"|b1"`): the first type of the table of that kind and size, a
/// fixed-size one (`i64` for `"<i8"`, not `isize`). `None` for a dtype no
/// array holds, or a `descr` that is not a byte order, a kind and a size.
pub(crate) fn of_descr(descr: &str) -> Option<&'static DTypeRow> {
    let code = descr.strip_prefix(['<', '>', '|'])?;
    let mut chars = code.chars();
    let kind = chars.next()?;
    let itemsize: usize = chars.as_str().parse().ok()?;
    __DTYPES
        .iter()
        .find(|row| row.dtype.kind() == kind && row.dtype.itemsize() == itemsize)
}

/// The NumPy dtypes a file may hold, each once, in the table's order, for
/// messages: `bool, int8, ..., float32 or float64`.
pub(crate) fn numpy_names() -> String {
    let mut names: Vec<&str> = Vec::new();
    for row in __DTYPES {
        if !names.contains(&row.dtype.name()) {
            names.push(row.dtype.name());
        }
    }
    match names.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The macros' view of the table is the library's: every element type
    /// is a dtype name, every fixed-size one is what a file of its dtype
    /// reads as, and the pointer-sized ones are NumPy's `intp`/`uintp`.
    #[test]
    fn the_macros_read_the_librarys_table() {
        assert!(__DTYPES.len() >= 13);
        for row in __DTYPES {
            assert!(is_dtype(row.rust), "{}", row.rust);
            assert!(rust_names().split(", ").any(|name| name == row.rust));
            assert_eq!(rust_of_numpy(row.numpy), Some(row.rust));
            let read_as = of_descr(row.dtype.str()).unwrap();
            assert_eq!(read_as.dtype, row.dtype);
            if !matches!(row.rust, "isize" | "usize") {
                assert_eq!(read_as.rust, row.rust, "{}", row.dtype.str());
            }
        }
        assert_eq!(rust_of_numpy("intp"), Some("isize"));
        assert_eq!(rust_of_numpy("uintp"), Some("usize"));
        assert_eq!(rust_of_numpy("int64"), Some("i64"));
        assert_eq!(of_descr(">u8").map(|row| row.rust), Some("u64"));
        assert_eq!(of_descr("<c16"), None);
        assert_eq!(of_descr("é8"), None);
        assert_eq!(of_descr("<i99999999999999999999999"), None);
        assert!(!is_dtype("i128"));
        assert_eq!(
            numpy_names(),
            "bool, int8, int16, int32, int64, uint8, uint16, uint32, uint64, float32 or float64"
        );
    }
}
