//! `.npy` against NumPy both ways: every file of the corpus NumPy wrote
//! (`golden/npy/`, by `golden/numpy_npy.py`: every dtype, both orders,
//! ranks 1 to 4, empty arrays, big-endian data, a 2.0 header) reads into
//! its typed array, in its own order and the other; and writing each array
//! back gives `np.save`'s bytes exactly. The files written here go to
//! `target/tmp/npy-out/` (`CARGO_TARGET_TMPDIR`), where CI has NumPy load each one
//! (`numpy_npy.py --verify`).

use crate::common;

use std::path::{Path, PathBuf};

use shaped::{Array, ColMajor, RowMajor, Shape, Shape1, Shape2, Shape3, Shape4};

/// The value NumPy's generator puts at C-order position `i`.
trait Golden: shaped::Element {
    fn at(i: usize) -> Self;
}

impl Golden for bool {
    fn at(i: usize) -> Self {
        i % 2 == 1
    }
}

macro_rules! golden_ints {
    ($($t:ty: $bits:literal signed $signed:literal;)*) => {$(
        impl Golden for $t {
            fn at(i: usize) -> Self {
                let base = ((i * 37 + 3) % 256) as i128 - if $signed { 128 } else { 0 };
                (base << ($bits - 8)) as $t
            }
        }
    )*};
}

golden_ints! {
    i8: 8 signed true; i16: 16 signed true; i32: 32 signed true; i64: 64 signed true;
    u8: 8 signed false; u16: 16 signed false; u32: 32 signed false; u64: 64 signed false;
    isize: 64 signed true; usize: 64 signed false;
}

impl Golden for f32 {
    fn at(i: usize) -> Self {
        ((i as f64 - 5.0) * 0.25) as f32
    }
}

impl Golden for f64 {
    fn at(i: usize) -> Self {
        (i as f64 - 5.0) * 0.25
    }
}

fn expected<T: Golden, S: Shape>() -> Array<T, S, RowMajor> {
    Array::from_fn(|index: S::Index| {
        T::at(
            index
                .as_ref()
                .iter()
                .zip(S::DIMS)
                .fold(0, |f, (&i, &d)| f * d + i),
        )
    })
}

fn corpus(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("golden/npy")
        .join(file)
}

fn out_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("npy-out");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

macro_rules! case {
    ($t:ident, $shape:ty, $order:ident, $file:literal, $native:literal) => {{
        type Other = <$order as shaped::Order>::Transposed;
        let path = corpus($file);
        let expect = expected::<$t, $shape>();
        let a = Array::<$t, $shape, $order>::load_npy(&path)
            .unwrap_or_else(|e| panic!("{}: {e}", $file));
        assert_eq!(a.to_order::<RowMajor>(), expect, "{}", $file);
        let b = Array::<$t, $shape, Other>::load_npy_boxed(&path).unwrap();
        assert_eq!(
            b.to_order::<RowMajor>(),
            expect,
            "{} in the other order",
            $file
        );
        if $native {
            let mut bytes = Vec::new();
            a.write_npy(&mut bytes).unwrap();
            assert!(
                bytes == std::fs::read(&path).unwrap(),
                "{}: not np.save's bytes",
                $file
            );
            // The saved file, not only the bytes: `save_npy` reserves the
            // file's length first, and must leave exactly np.save's bytes.
            let saved = out_dir().join($file);
            a.save_npy(&saved).unwrap();
            assert!(bytes == std::fs::read(&saved).unwrap(), "{}: saved", $file);
        }
        common::count();
    }};
}

#[test]
fn numpy_files_read_and_write_back_byte_for_byte() {
    include!("../golden/numpy_npy.rs");
    let pointer_sized = if cfg!(target_pointer_width = "64") {
        24
    } else {
        0
    };
    assert_eq!(
        common::cases(),
        138 + pointer_sized,
        "a truncated golden list must fail"
    );
    let _ = (
        Shape1::<1>::NDIM,
        Shape2::<1, 1>::NDIM,
        Shape3::<1, 1, 1>::NDIM,
        Shape4::<1, 1, 1, 1>::NDIM,
        ColMajor,
    );
}

#[test]
fn a_wrong_type_is_an_error_naming_both() {
    let path = corpus("float64_3x4_C.npy");
    let err = shaped::Array2::<f32, 3, 3>::load_npy(&path).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{}: file holds float64 (3, 4); expected float32 (3, 3)",
            path.display()
        )
    );
    // `Debug` reads as `Display`: what `main() -> Result` prints.
    assert_eq!(format!("{err:?}"), err.to_string());
    assert!(matches!(err.inner(), shaped::NpyError::Mismatch { .. }));
    let err = shaped::Array2::<f64, 3, 4>::load_npy(corpus("missing.npy")).unwrap_err();
    assert!(matches!(err.inner(), shaped::NpyError::Io(_)));
    assert!(err.to_string().contains("missing.npy: "), "{err}");
}

/// `argsort`'s positions (`usize`, NumPy's `uintp`) save as NumPy's uint64
/// on a 64-bit target (int64 and uint32/int32 files are other dtypes), and
/// NumPy's own argsort output (`intp`, int64) reads as `isize`.
#[test]
#[cfg(target_pointer_width = "64")]
fn argsort_positions_save_as_numpys_uintp() {
    use shaped::{Array1, Element};
    let a = Array1::<f64, 5>::from([2.0, f64::NAN, 1.0, 2.0, -3.0]);
    let positions = a.argsort();
    assert_eq!(positions.dtype().name(), "uint64");
    let mut file = Vec::new();
    positions.write_npy(&mut file).unwrap();
    assert_eq!(shaped::__parse_header(&file).unwrap().0, u64::DTYPE.str());
    let back = Array1::<u64, 5>::read_npy(&file[..]).unwrap();
    assert_eq!(back.as_slice(), &[4, 2, 0, 3, 1]);
    assert_eq!(Array1::<usize, 5>::read_npy(&file[..]).unwrap(), positions);
    let err = Array1::<isize, 5>::read_npy(&file[..]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "file holds uint64 (5,); expected int64 (5,)"
    );
    positions
        .save_npy(out_dir().join("argsort_uintp.npy"))
        .unwrap();
    let numpy = Array1::<isize, 5>::load_npy(corpus("intp_5_C.npy")).unwrap();
    assert_eq!(numpy, expected::<isize, Shape1<5>>());
}

/// `.npz` (feature `npz`): NumPy's `savez` and `savez_compressed` archives
/// read by name; `shaped`'s archives, written to `target/tmp/npy-out/`, are
/// read back by NumPy in CI.
#[cfg(feature = "npz")]
#[test]
fn npz_archives_both_ways() {
    use shaped::{NpzReader, NpzWriter};
    type Weights = Array<f32, Shape2<3, 4>, RowMajor>;
    type Bias = Array<i16, Shape1<5>, RowMajor>;
    type Mask = Array<bool, Shape2<2, 3>, ColMajor>;
    for archive in ["savez.npz", "savez_compressed.npz"] {
        let mut npz = NpzReader::new(std::fs::File::open(corpus(archive)).unwrap()).unwrap();
        assert_eq!(npz.names(), ["weights", "bias", "mask"]);
        let weights: Weights = npz.by_name("weights").unwrap();
        let bias: Bias = npz.by_name("bias").unwrap();
        let mask: Mask = npz.by_name("mask").unwrap();
        assert_eq!(weights, expected::<f32, Shape2<3, 4>>());
        assert_eq!(bias, expected::<i16, Shape1<5>>());
        assert_eq!(
            mask.to_order::<RowMajor>(),
            expected::<bool, Shape2<2, 3>>()
        );
        let err = npz
            .by_name::<f32, Shape2<3, 4>, RowMajor>("bias")
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "file holds int16 (5,); expected float32 (3, 4)"
        );
        let missing = npz
            .by_name::<f32, Shape2<3, 4>, RowMajor>("nope")
            .unwrap_err();
        assert!(
            missing.to_string().contains("no array \"nope\""),
            "{missing}"
        );

        let file = std::fs::File::create(out_dir().join(archive)).unwrap();
        let mut out = if archive == "savez.npz" {
            NpzWriter::new(file)
        } else {
            NpzWriter::new_compressed(file)
        };
        out.add("weights", &weights).unwrap();
        out.add("bias", &bias).unwrap();
        out.add("mask", &mask).unwrap();
        out.finish().unwrap();
    }
    assert!(NpzReader::new(std::fs::File::open(corpus("float64_3x4_C.npy")).unwrap()).is_err());
}
