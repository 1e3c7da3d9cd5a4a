//! `include_npy!`: files NumPy wrote, embedded while compiling, equal what
//! `load_npy` reads from them at run time; and an embedded file is a
//! source of the crate that embeds it, so editing it rebuilds the crate.

use shaped::{Array1, Array2, Array3, ColMajor, include_npy};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/golden/npy/");

static TABLE: Array2<f64, 3, 4> = include_npy!("golden/npy/float64_3x4_C.npy");
const FLAGS: Array2<bool, 3, 4> = include_npy!("golden/npy/bool_3x4_C.npy");

#[test]
fn embedded_arrays_equal_loaded_ones() {
    assert_eq!(
        TABLE,
        Array2::<f64, 3, 4>::load_npy(format!("{DIR}float64_3x4_C.npy")).unwrap()
    );
    assert_eq!(
        FLAGS,
        Array2::<bool, 3, 4>::load_npy(format!("{DIR}bool_3x4_C.npy")).unwrap()
    );
    // A Fortran-order file is a ColMajor array, its memory as in the file.
    let f: Array3<i16, 2, 3, 4, ColMajor> = include_npy!("golden/npy/int16_2x3x4_F.npy");
    assert_eq!(
        f,
        Array3::<i16, 2, 3, 4, ColMajor>::load_npy(format!("{DIR}int16_2x3x4_F.npy")).unwrap()
    );
    // Big-endian data and a version 2.0 header.
    let be = include_npy!("golden/npy/uint32_3x4_C_be.npy");
    assert_eq!(
        be,
        Array2::<u32, 3, 4>::load_npy(format!("{DIR}uint32_3x4_C_be.npy")).unwrap()
    );
    let v2 = include_npy!("golden/npy/float64_2x3_F_v2.npy");
    assert_eq!(
        v2,
        Array2::<f64, 2, 3, ColMajor>::load_npy(format!("{DIR}float64_2x3_F_v2.npy")).unwrap()
    );
    let empty: Array2<u64, 3, 0> = include_npy!("golden/npy/uint64_3x0_C.npy");
    assert_eq!(empty.size(), 0);
    let small: Array1<i8, 5> = include_npy!("golden/npy/int8_5_C.npy");
    assert_eq!(small.as_slice(), &[-125, -88, -51, -14, 23]);
}

/// A crate that embeds a file is rebuilt when the file changes: the
/// expansion goes through `include_bytes!`, so the compiler lists each
/// embedded file among this test binary's sources, in the dep-info file
/// beside the binary (`<binary>.d`) from which Cargo decides what to
/// rebuild. (A macro that read the file itself would leave it out.)
#[test]
#[cfg_attr(miri, ignore = "reads the test binary's dep-info file")]
fn embedded_files_are_sources_cargo_tracks() {
    let binary = std::env::current_exe().unwrap();
    let dep_info = std::fs::read_to_string(binary.with_extension("d"))
        .unwrap_or_else(|e| panic!("{}.d: {e}", binary.display()));
    let sources: Vec<&str> = dep_info
        .lines()
        .filter_map(|line| line.strip_suffix(':'))
        .collect();
    for file in [
        "float64_3x4_C.npy",
        "bool_3x4_C.npy",
        "int16_2x3x4_F.npy",
        "uint32_3x4_C_be.npy",
        "float64_2x3_F_v2.npy",
        "uint64_3x0_C.npy",
        "int8_5_C.npy",
    ] {
        let path = format!("golden/npy/{file}");
        assert!(
            sources.iter().any(|source| source.ends_with(&path)),
            "{path} is not among the sources of {}:\n{dep_info}",
            binary.display()
        );
    }
    // And a file that is only read at run time is not.
    assert!(!sources.iter().any(|s| s.ends_with("float32_2x3x4_F.npy")));
}
