//! `.npy` files of complex arrays against `np.save`'s bytes (`<c8`,
//! `<c16` and their big-endian twins, C and F order), and `include_npy!`
//! of NumPy's files.

use shaped::{Array1, Array2, ColMajor, RowMajor, c32, c64};

use super::arithmetic::{FromParts, array};

/// Writes `values` as a 2x3 array in C and F order and compares with
/// NumPy's files; reads all four files back into both orders.
fn check_npy<T: FromParts>(values: Array1<T, 6>, files: [&[u8]; 4]) {
    let c: Array2<T, 2, 3> = *values.reshape();
    let f = c.to_order::<ColMajor>();
    let mut bytes = Vec::new();
    c.write_npy(&mut bytes).unwrap();
    assert_eq!(bytes, files[0], "{} C order", T::DTYPE.name());
    bytes.clear();
    f.write_npy(&mut bytes).unwrap();
    assert_eq!(bytes, files[1], "{} F order", T::DTYPE.name());
    for (i, file) in files.into_iter().enumerate() {
        let read = Array2::<T, 2, 3>::read_npy(file).unwrap();
        assert_eq!(
            read.as_bytes(),
            c.as_bytes(),
            "{} file {i} into C",
            T::DTYPE.name()
        );
        let read = Array2::<T, 2, 3, ColMajor>::read_npy(file).unwrap();
        assert_eq!(
            read.as_bytes(),
            f.as_bytes(),
            "{} file {i} into F",
            T::DTYPE.name()
        );
    }
    let wrong = Array2::<f64, 2, 3>::read_npy(files[0])
        .unwrap_err()
        .to_string();
    assert!(wrong.contains(T::DTYPE.name()), "{wrong}");
}

#[test]
fn npy_bytes_are_numpys() {
    let mut cases = 0;
    macro_rules! npy_case {
        ($t:ident, [$($v:tt)*], $c:expr, $f:expr, $cb:expr, $fb:expr) => {{
            check_npy::<$t>(array([$($v)*]), [$c, $f, $cb, $fb]);
            cases += 1;
        }};
    }
    macro_rules! binary_case {
        ($($t:tt)*) => {};
    }
    macro_rules! scalar_case {
        ($($t:tt)*) => {};
    }
    macro_rules! compare_case {
        ($($t:tt)*) => {};
    }
    macro_rules! print_case {
        ($($t:tt)*) => {};
    }
    include!("../../golden/numpy_complex.rs");
    assert_eq!(cases, 2);
}

#[test]
fn include_npy_embeds_complex_files() {
    static C64: Array2<c64, 2, 3> = shaped::include_npy!("golden/npy/complex128_2x3_C.npy");
    let f64s: Array2<c64, 2, 3, ColMajor> =
        shaped::include_npy!("golden/npy/complex128_2x3_F_big.npy");
    assert_eq!(f64s.to_order::<RowMajor>(), C64);
    let c32s: Array2<c32, 2, 3> = shaped::include_npy!("golden/npy/complex64_2x3_C.npy");
    let f32s: Array2<c32, 2, 3, ColMajor> =
        shaped::include_npy!("golden/npy/complex64_2x3_F_big.npy");
    assert_eq!(f32s.to_order::<RowMajor>(), c32s);
    assert_eq!(c32s, C64.cast::<c32>());
    assert_eq!(C64[[1, 2]], shaped::Complex::new(0.75, 1e-3));
}
