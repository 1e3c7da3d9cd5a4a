//! `include_npy!`: files NumPy wrote, embedded while compiling, equal what
//! `load_npy` reads from them at run time; and editing an embedded file
//! rebuilds the crate that embeds it.

use shaped::{Array1, Array2, Array3, ColMajor, include_npy};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/npy/");

static TABLE: Array2<f64, 3, 4> = include_npy!("tests/golden/npy/float64_3x4_C.npy");
const FLAGS: Array2<bool, 3, 4> = include_npy!("tests/golden/npy/bool_3x4_C.npy");

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
    let f: Array3<i16, 2, 3, 4, ColMajor> = include_npy!("tests/golden/npy/int16_2x3x4_F.npy");
    assert_eq!(
        f,
        Array3::<i16, 2, 3, 4, ColMajor>::load_npy(format!("{DIR}int16_2x3x4_F.npy")).unwrap()
    );
    // Big-endian data and a version 2.0 header.
    let be = include_npy!("tests/golden/npy/uint32_3x4_C_be.npy");
    assert_eq!(
        be,
        Array2::<u32, 3, 4>::load_npy(format!("{DIR}uint32_3x4_C_be.npy")).unwrap()
    );
    let v2 = include_npy!("tests/golden/npy/float64_2x3_F_v2.npy");
    assert_eq!(
        v2,
        Array2::<f64, 2, 3, ColMajor>::load_npy(format!("{DIR}float64_2x3_F_v2.npy")).unwrap()
    );
    let empty: Array2<u64, 3, 0> = include_npy!("tests/golden/npy/uint64_3x0_C.npy");
    assert_eq!(empty.size(), 0);
    let small: Array1<i8, 5> = include_npy!("tests/golden/npy/int8_5_C.npy");
    assert_eq!(small.as_slice(), &[-125, -88, -51, -14, 23]);
}

/// A crate that embeds a file is rebuilt when the file changes: the
/// expansion goes through `include_bytes!`, which Cargo tracks.
#[test]
fn editing_the_file_rebuilds_the_crate() {
    use std::path::Path;
    use std::process::Command;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let probe = root.join("target/include-npy-probe");
    std::fs::create_dir_all(probe.join("src")).unwrap();
    std::fs::write(
        probe.join("Cargo.toml"),
        format!(
            "[package]\nname = \"include-npy-probe\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n\
             [dependencies]\nshaped = {{ path = {:?} }}\n\n[workspace]\n",
            root
        ),
    )
    .unwrap();
    std::fs::write(
        probe.join("src/main.rs"),
        "fn main() { let a = shaped::include_npy!(\"data.npy\"); println!(\"{a}\"); }\n",
    )
    .unwrap();
    let run = |values: [i32; 3]| {
        let mut file = Vec::new();
        Array1::<i32, 3>::from(values).write_npy(&mut file).unwrap();
        std::fs::write(probe.join("data.npy"), file).unwrap();
        let out = Command::new(env!("CARGO"))
            .args(["run", "--quiet", "--offline"])
            .current_dir(&probe)
            .env(
                "CARGO_TARGET_DIR",
                root.join("target/include-npy-probe/target"),
            )
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(run([1, 2, 3]), "[1 2 3]\n");
    assert_eq!(run([4, 5, 6]), "[4 5 6]\n");
}
