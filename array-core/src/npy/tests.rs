//! Round trips, headers byte for byte, and bad input. The NumPy side (files
//! NumPy wrote, and NumPy reading these) is `tests/it/npy.rs`.

use std::string::ToString;
use std::vec::Vec;

use super::NpyError;
use super::header::{self, Header};
use crate::{Array1, Array2, Array3, ColMajor};

#[test]
fn headers_are_numpys() {
    // np.save of np.zeros((3, 4)): the exact header NumPy 2.4 writes.
    let h = header::encode("<f8", false, &[3, 4]);
    let text = "{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }";
    let mut expect = b"\x93NUMPY\x01\x00v\x00".to_vec();
    expect.extend_from_slice(text.as_bytes());
    expect.resize(127, b' ');
    expect.push(b'\n');
    assert_eq!(h, expect);
    assert_eq!(h.len() % 64, 0);
    // Fortran order leaves room after the last axis; 1-D and 0-size shapes.
    let f = header::encode("|u1", true, &[2, 3, 100000]);
    let text = |bytes: &[u8]| std::string::String::from_utf8_lossy(bytes).into_owned();
    assert!(
        text(&f).contains("'shape': (2, 3, 100000), }               "),
        "{}",
        text(&f)
    );
    assert!(text(&header::encode("<i4", false, &[5])).contains("(5,), }"));
}

#[test]
fn every_dtype_round_trips_in_both_orders() {
    fn both<T: crate::Element + core::fmt::Debug>(values: [T; 6]) {
        let a = Array2::<T, 2, 3>::try_from(&values[..]).unwrap();
        let f = a.to_order::<ColMajor>();
        let (mut ca, mut fa) = (Vec::new(), Vec::new());
        a.write_npy(&mut ca).unwrap();
        f.write_npy(&mut fa).unwrap();
        assert_eq!(Array2::<T, 2, 3>::read_npy(&ca[..]).unwrap(), a);
        assert_eq!(Array2::<T, 2, 3, ColMajor>::read_npy(&fa[..]).unwrap(), f);
        // The other order: one transposing copy.
        assert_eq!(Array2::<T, 2, 3>::read_npy(&fa[..]).unwrap(), a);
        assert_eq!(
            *Array2::<T, 2, 3, ColMajor>::read_npy_boxed(&ca[..]).unwrap(),
            f
        );
    }
    both([true, false, true, true, false, false]);
    both([1i8, -2, 3, -4, 5, i8::MIN]);
    both([1i16, -2, 3, -4, 5, i16::MAX]);
    both([1i32, -2, 3, -4, 5, i32::MIN]);
    both([1i64, -2, 3, -4, 5, i64::MAX]);
    both([1u8, 2, 3, 4, 5, 255]);
    both([1u16, 2, 3, 4, 5, u16::MAX]);
    both([1u32, 2, 3, 4, 5, u32::MAX]);
    both([1u64, 2, 3, 4, 5, u64::MAX]);
    both([1.5f32, -2.0, f32::INFINITY, -0.0, 5.0, f32::MIN_POSITIVE]);
    both([1.5f64, -2.0, f64::INFINITY, -0.0, 5.0, f64::MAX]);
}

#[test]
fn big_endian_data_is_swapped() {
    let mut file = header::encode(">u2", false, &[2]);
    file.extend_from_slice(&[0x01, 0x02, 0xff, 0x00]);
    assert_eq!(
        Array1::<u16, 2>::read_npy(&file[..]).unwrap().as_slice(),
        &[0x0102, 0xff00]
    );
    let mut file = header::encode(">f8", false, &[1]);
    file.extend_from_slice(&1.5f64.to_be_bytes());
    assert_eq!(Array1::<f64, 1>::read_npy(&file[..]).unwrap()[0], 1.5);
}

#[test]
fn bad_input_gives_worded_errors() {
    let mut good = Vec::new();
    Array2::<u8, 2, 2>::eye().write_npy(&mut good).unwrap();
    let err = |bytes: &[u8]| Array2::<u8, 2, 2>::read_npy(bytes).unwrap_err();
    assert!(matches!(err(b"PK\x03\x04 not npy"), NpyError::NotNpy));
    assert!(matches!(err(b""), NpyError::NotNpy));
    let mut v9 = good.clone();
    v9[6] = 9;
    assert!(matches!(
        err(&v9),
        NpyError::UnsupportedVersion { major: 9, minor: 0 }
    ));
    assert!(matches!(
        err(&good[..good.len() - 1]),
        NpyError::Truncated {
            expected: 4,
            actual: 3
        }
    ));
    assert!(matches!(err(&good[..20]), NpyError::MalformedHeader(_)));
    let mut as_bool = header::encode("|b1", false, &[3]);
    as_bool.extend_from_slice(&[1, 0, 7]);
    let e = Array1::<bool, 3>::read_npy(&as_bool[..]).unwrap_err();
    assert!(
        matches!(e, NpyError::InvalidBool { index: 2, byte: 7 }),
        "{e}"
    );
    assert_eq!(
        e.to_string(),
        "bool element 2 is the byte 7, neither 0 nor 1"
    );
    let e = Array3::<u8, 2, 2, 1>::read_npy(&good[..]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "file holds uint8 (2, 2); expected uint8 (2, 2, 1)"
    );
}

#[test]
fn headers_parse_as_literal_eval_would() {
    let h = header::parse("{'shape': (3,), \"descr\": '|b1',  'fortran_order' : True}\n").unwrap();
    assert_eq!(
        h,
        Header {
            descr: "|b1".into(),
            fortran_order: true,
            shape: std::vec![3]
        }
    );
    assert!(
        header::parse("{'descr': '<f8', 'fortran_order': False, 'shape': ()}")
            .unwrap()
            .shape
            .is_empty()
    );
    for bad in [
        "",
        "{",
        "{'descr': '<f8'}",
        "{'descr': '<f8', 'fortran_order': Maybe, 'shape': (1,)}",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (-1,)}",
        "{'descr': '<f8', 'descr': '<f8'}",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), 'extra': 1}",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (99999999999999999999999,)}",
    ] {
        assert!(header::parse(bad).is_err(), "{bad:?}");
    }
}

/// A few thousand mutated and truncated files: each is an error or the
/// array, never a panic (the fuzz target `fuzz/fuzz_targets/read_npy.rs`
/// runs the same over millions).
#[test]
fn mutated_files_never_panic() {
    let mut good = Vec::new();
    Array2::<i32, 3, 4>::from_fn(|[i, j]| (i * 4 + j) as i32)
        .write_npy(&mut good)
        .unwrap();
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    // Under Miri (which checks the byte reinterpretation, not the parser's
    // coverage) a few hundred are enough: each takes a second interpreted.
    let rounds = if cfg!(miri) { 200 } else { 4000 };
    for round in 0..rounds {
        let mut file = good.clone();
        for _ in 0..1 + round % 4 {
            let at = (next() as usize) % file.len();
            file[at] = next() as u8;
        }
        file.truncate((next() as usize) % (file.len() + 1));
        let _ = Array2::<i32, 3, 4>::read_npy(&file[..]);
        let _ = Array2::<bool, 3, 4>::read_npy(&file[..]);
        let _ = Array1::<f64, 6>::read_npy(&file[..]);
    }
}

/// A fresh, empty directory for one test's files.
fn scratch(test: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(std::format!("shaped-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The names in `dir`, sorted.
fn names(dir: &std::path::Path) -> Vec<std::string::String> {
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
#[cfg_attr(miri, ignore = "touches the file system")]
fn saving_replaces_the_file_whole_and_leaves_nothing_else() {
    let dir = scratch("save-replaces");
    let path = dir.join("a.npy");
    let a = Array2::<u16, 2, 3>::from_fn(|[i, j]| (i * 3 + j) as u16);
    a.save_npy(&path).unwrap();
    let b = Array1::<f64, 4>::from([0.5, 1.5, 2.5, 3.5]);
    b.save_npy(&path).unwrap();
    assert_eq!(Array1::<f64, 4>::load_npy(&path).unwrap(), b);
    let mut bytes = Vec::new();
    b.write_npy(&mut bytes).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
    assert_eq!(names(&dir), ["a.npy"]);
    // Through a symbolic link, the file it names is replaced.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::os::unix::fs::symlink("a.npy", dir.join("link.npy")).unwrap();
        a.save_npy(dir.join("link.npy")).unwrap();
        assert!(
            dir.join("link.npy")
                .symlink_metadata()
                .unwrap()
                .is_symlink()
        );
        assert_eq!(Array2::<u16, 2, 3>::load_npy(&path).unwrap(), a);
        // The replaced file keeps its permissions.
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        b.save_npy(&path).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
        assert_eq!(names(&dir), ["a.npy", "link.npy"]);
    }
    // A path in a directory that does not exist is an error, and creates
    // nothing.
    let err = a.save_npy(dir.join("missing/a.npy")).unwrap_err();
    assert!(matches!(err.inner(), NpyError::Io(_)), "{err}");
    assert!(
        err.to_string()
            .starts_with(&std::format!("{}: ", dir.join("missing/a.npy").display())),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A write that fails half-way (a full disk, a lost network share) leaves
/// the old file as it was, and no temporary file beside it.
#[test]
#[cfg_attr(miri, ignore = "touches the file system")]
fn a_failed_save_leaves_the_old_file_as_it_was() {
    use std::io::Write;
    let dir = scratch("save-fails");
    let path = dir.join("weights.npy");
    let old = Array2::<f32, 3, 3>::eye();
    old.save_npy(&path).unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = super::save::replace(&path, 1 << 20, |file| {
        file.write_all(&[7; 1000])?;
        Err(std::io::Error::other("disk full"))
    })
    .unwrap_err();
    assert_eq!(err.to_string(), "disk full");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(Array2::<f32, 3, 3>::load_npy(&path).unwrap(), old);
    assert_eq!(names(&dir), ["weights.npy"]);
    std::fs::remove_dir_all(&dir).unwrap();
}
