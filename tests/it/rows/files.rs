//! `Rows` in `.npy`/`.npz` files and through the interop features.

use super::*;

fn npy_file(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("golden/npy")
        .join(name)
}

#[test]
fn files_numpy_saved_load_with_any_number_of_rows() {
    macro_rules! skip {
        ($($t:tt)*) => {};
    }
    use skip as strides;
    use skip as whole;
    use skip as axis0;
    use skip as inner;
    use skip as inner1;
    use skip as nans;
    use skip as zeros;
    use skip as standardised;
    use skip as masked;
    use skip as argsorted;
    use skip as argsorted_nan;
    use skip as sorted;
    use skip as split;
    use skip as matmul;
    use skip as printed;
    macro_rules! loaded {
        ($sum:literal, [$($mean:literal),*]) => {{
            let path = npy_file("rows_float64_1000x8.npy");
            let x = Rows::<f64, Shape1<8>>::load_npy(&path).unwrap();
            assert_eq!(x, rows::<f64, Shape1<8>>(1000));
            assert_eq!(x.sum().to_bits(), $sum);
            same(x.mean_axis::<0>().iter().map(|v| v.to_bits()), &[$($mean),*], "mean");
            // np.save's bytes, to the byte.
            let mut written = Vec::new();
            x.write_npy(&mut written).unwrap();
            assert_eq!(written, std::fs::read(&path).unwrap());
            common::count();
        }};
    }
    include!("../../golden/numpy_rows.rs");
    assert_eq!(common::cases(), 1);

    let empty = Rows::<f64, Shape1<8>>::load_npy(npy_file("rows_float64_0x8.npy")).unwrap();
    assert_eq!(empty.shape(), [0, 8]);
    let mut written = Vec::new();
    empty.write_npy(&mut written).unwrap();
    assert_eq!(
        written,
        std::fs::read(npy_file("rows_float64_0x8.npy")).unwrap()
    );

    // Fortran order, and the other byte order, put in C order.
    let f = Rows::<u8, Shape2<2, 3>>::load_npy(npy_file("rows_uint8_7x2x3_F.npy")).unwrap();
    assert_eq!(f, rows::<u8, Shape2<2, 3>>(7));
    for (file, order) in [
        ("float64_3x4_C.npy", "C"),
        ("float64_3x4_F.npy", "F"),
        ("float64_3x4_C_be.npy", "C"),
    ] {
        let array = shaped::Array2::<f64, 3, 4>::load_npy(npy_file(file)).unwrap();
        let x = Rows::<f64, Shape1<4>>::load_npy(npy_file(file)).unwrap();
        assert_eq!(x.as_slice(), array.as_slice(), "{file} ({order})");
    }
    let cube = shaped::Array3::<f32, 2, 3, 4>::load_npy(npy_file("float32_2x3x4_F.npy")).unwrap();
    let x = Rows::<f32, Shape2<3, 4>>::load_npy(npy_file("float32_2x3x4_F.npy")).unwrap();
    assert_eq!(x.as_slice(), cube.as_slice());
}

#[test]
fn a_file_of_other_rows_is_an_error_naming_both_and_the_path() {
    let path = npy_file("rows_float64_1000x8.npy");
    let err = Rows::<f64, Shape1<9>>::load_npy(&path).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{}: file holds float64 (1000, 8); expected float64 rows of shape (9,), an array of shape (n, 9)",
            path.display()
        )
    );
    let err = Rows::<f32, Shape1<8>>::load_npy(&path)
        .unwrap_err()
        .to_string();
    assert!(err.ends_with("file holds float64 (1000, 8); expected float32 rows of shape (8,), an array of shape (n, 8)"), "{err}");
    let err = Rows::<f64, Shape2<1000, 8>>::load_npy(&path)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("rows of shape (1000, 8), an array of shape (n, 1000, 8)"),
        "{err}"
    );
    // The header alone tells what the file holds.
    let header = shaped::npy::Header::read(&path).unwrap();
    assert_eq!(
        format!("{header:?}"),
        "Header { dtype: float64 (\"<f8\"), shape: (1000, 8), order: C }"
    );
    assert_eq!(
        (header.shape(), header.fortran_order(), header.descr()),
        (&[1000, 8][..], false, "<f8")
    );
    let header = shaped::npy::Header::read(npy_file("rows_uint8_7x2x3_F.npy")).unwrap();
    assert_eq!(
        format!("{header:?}"),
        "Header { dtype: uint8 (\"|u1\"), shape: (7, 2, 3), order: F }"
    );
}

#[test]
fn saved_rows_load_back() {
    let dir = std::env::temp_dir().join(format!("shaped-rows-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("x.npy");
    let x = rows::<f32, Shape3<2, 1, 3>>(33);
    x.save_npy(&path).unwrap();
    assert_eq!(Rows::<f32, Shape3<2, 1, 3>>::load_npy(&path).unwrap(), x);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[cfg(feature = "npz")]
#[test]
fn rows_in_npz_archives() {
    let mut npz = shaped::NpzWriter::new(std::io::Cursor::new(Vec::new()));
    let x = rows::<i32, Shape1<3>>(10);
    npz.add_rows("x", &x).unwrap();
    let file = npz.finish().unwrap().into_inner();
    let mut archive = shaped::NpzReader::new(std::io::Cursor::new(file)).unwrap();
    assert_eq!(archive.rows_by_name::<i32, Shape1<3>>("x").unwrap(), x);
    assert!(archive.rows_by_name::<i32, Shape1<2>>("x").is_err());
}

#[cfg(feature = "ndarray")]
#[test]
fn ndarray_views_and_conversions() {
    let x = rows::<f64, Shape1<8>>(10);
    let view = ndarray::ArrayView2::from(&x);
    assert_eq!(view.shape(), &[10, 8]);
    assert_eq!(view[[3, 5]], x[[3, 5]]);
    assert_eq!(
        view.sum_axis(ndarray::Axis(0)).as_slice().unwrap(),
        x.sum_axis::<0>().as_slice()
    );
    let frames = rows::<u8, Shape3<2, 1, 3>>(4);
    let v4 = ndarray::ArrayView4::from(&frames);
    assert_eq!(v4.shape(), &[4, 2, 1, 3]);
    assert_eq!(
        Rows::<u8, Shape3<2, 1, 3>>::try_from(&v4.to_owned()).unwrap(),
        frames
    );
    // A transposed (Fortran-order) ndarray is read in logical order.
    let t = view.t().to_owned();
    let back = Rows::<f64, Shape1<10>>::try_from(&t).unwrap();
    assert_eq!(back[[7, 2]], x[[2, 7]]);
    let err = Rows::<f64, Shape1<9>>::try_from(&view).unwrap_err();
    assert_eq!(err.found, [10, 8]);
    assert_eq!(frames.to_ndarray_dyn().shape(), &[4, 2, 1, 3]);
    let dynamic = frames.to_ndarray_dyn().to_owned();
    assert_eq!(
        Rows::<u8, Shape3<2, 1, 3>>::try_from(&dynamic).unwrap(),
        frames
    );
}

#[cfg(feature = "serde")]
#[test]
fn serde_writes_a_list_of_rows() {
    let x = Rows::<i32, Shape2<2, 2>>::from_fn(2, |[i, j, k]| (4 * i + 2 * j + k) as i32);
    let json = serde_json::to_string(&x).unwrap();
    assert_eq!(json, "[[[0,1],[2,3]],[[4,5],[6,7]]]");
    assert_eq!(
        serde_json::from_str::<Rows<i32, Shape2<2, 2>>>(&json).unwrap(),
        x
    );
    assert_eq!(
        serde_json::from_str::<Rows<i32, Shape2<2, 2>>>("[]")
            .unwrap()
            .len(),
        0
    );
    assert!(serde_json::from_str::<Rows<i32, Shape2<2, 2>>>("[[[0,1],[2]]]").is_err());
    let bytes = postcard::to_allocvec(&x).unwrap();
    assert_eq!(
        postcard::from_bytes::<Rows<i32, Shape2<2, 2>>>(&bytes).unwrap(),
        x
    );
}

#[cfg(feature = "rayon")]
#[test]
fn rayon_walks_rows_and_batches() {
    use rayon::prelude::*;
    let x = rows::<f64, Shape1<8>>(1000);
    let sums: Vec<f64> = x.par_iter().map(|row| row.sum()).collect();
    assert_eq!(sums, x.iter().map(|row| row.sum()).collect::<Vec<_>>());
    let batches: Vec<f64> = x
        .par_chunks_exact::<64>()
        .map(|b: &Array2<f64, 64, 8>| b.sum())
        .collect();
    let serial: Vec<f64> = x.chunks_exact::<64>().map(|b| b.sum()).collect();
    assert_eq!(batches, serial);
    let mut y = x.clone();
    y.par_iter_mut()
        .for_each(|row| row.iter_mut().for_each(|v| *v *= 2.0));
    assert_eq!(y, &x * 2.0);
}

#[test]
fn files_read_in_typed_chunks() {
    let path = npy_file("rows_float64_1000x8.npy");
    let whole = Rows::<f64, Shape1<8>>::load_npy(&path).unwrap();
    let mut chunks = Rows::<f64, Shape1<8>>::chunks_from_npy::<64>(&path).unwrap();
    let mut read = Rows::<f64, Shape1<8>>::new();
    for batch in &mut chunks {
        let batch: Box<Array2<f64, 64, 8>> = batch.unwrap();
        read.extend(batch.outer_iter().map(|row| row.to_array()));
    }
    let rest = chunks.remainder().unwrap();
    assert_eq!(rest.len(), 1000 % 64);
    read.append(&mut rest.clone());
    assert_eq!(read, whole);
    assert!(Rows::<f64, Shape1<7>>::chunks_from_npy::<64>(&path).is_err());
    let fortran = npy_file("rows_uint8_7x2x3_F.npy");
    assert!(Rows::<u8, Shape2<2, 3>>::chunks_from_npy::<2>(&fortran).is_err());
}
