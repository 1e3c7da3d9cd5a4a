//! `Rows<T, S>`, the `(n, *S)` array whose first axis is known at run
//! time, against NumPy: `golden/numpy_rows.rs` holds what NumPy says
//! (written by `golden/numpy_rows.py`, whose docstring gives the data's
//! formula, rebuilt here exactly).

use shaped::{Array1, Array2, LengthError, Rows, Shape1, Shape2, Shape3};

use super::common;

/// The shape type of a row with these dimensions.
macro_rules! row_shape {
    ([$a:literal]) => { shaped::Shape1<$a> };
    ([$a:literal, $b:literal]) => { shaped::Shape2<$a, $b> };
    ([$a:literal, $b:literal, $c:literal]) => { shaped::Shape3<$a, $b, $c> };
    ([$a:literal, $b:literal, $c:literal, $d:literal]) => { shaped::Shape4<$a, $b, $c, $d> };
    ([$a:literal, $b:literal, $c:literal, $d:literal, $e:literal]) => {
        shaped::Shape5<$a, $b, $c, $d, $e>
    };
    ([$a:literal, $b:literal, $c:literal, $d:literal, $e:literal, $f:literal]) => {
        shaped::Shape6<$a, $b, $c, $d, $e, $f>
    };
    ([$a:literal, $b:literal, $c:literal, $d:literal, $e:literal, $f:literal, $g:literal]) => {
        shaped::Shape7<$a, $b, $c, $d, $e, $f, $g>
    };
}

#[test]
fn shapes_and_strides_are_numpys() {
    macro_rules! strides {
        ($t:ty, $row:tt, $n:literal, [$($shape:literal),*], [$($strides:literal),*]) => {{
            let rows = Rows::<$t, row_shape!($row)>::zeros($n);
            assert_eq!(rows.shape().as_ref(), &[$($shape),*]);
            assert_eq!(rows.strides().as_ref(), &[$($strides),*], "{:?}", rows.shape());
            assert_eq!(rows.len(), $n);
            assert_eq!(rows.ndim(), rows.shape().as_ref().len());
            assert_eq!(rows.size(), [$($shape),*].iter().product::<usize>());
            common::count();
        }};
    }
    include!("../golden/numpy_rows.rs");
    assert_eq!(common::cases(), 45);
}

#[test]
fn builds_and_grows_as_a_vec() {
    let mut rows = Rows::<i32, Shape1<3>>::with_capacity(2);
    assert!(rows.is_empty());
    for i in 0..100 {
        rows.push(Array1::from_fn(|[j]| (i * 3 + j) as i32));
    }
    assert_eq!(rows.len(), 100);
    assert_eq!(rows.as_slice(), (0..300).collect::<Vec<i32>>());
    rows.extend([Array1::from([-1, -2, -3])]);
    assert_eq!(rows.last().unwrap().as_slice(), &[-1, -2, -3]);
    rows.truncate(2);
    assert_eq!(rows.as_slice(), &[0, 1, 2, 3, 4, 5]);
    let collected: Rows<i32, Shape1<3>> = rows.iter().copied().collect();
    assert_eq!(collected, rows);
    let from_vec = Rows::from(vec![Array1::from([1, 2, 3])]);
    assert_eq!(from_vec[[0, 2]], 3);
    rows.clear();
    assert_eq!(rows.shape(), [0, 3]);
    assert_eq!(rows.strides(), [0, 0]);
}

#[test]
fn from_flat_keeps_the_allocation_and_names_the_lengths() {
    let flat: Vec<f64> = (0..24).map(f64::from).collect();
    let address = flat.as_ptr();
    let rows = Rows::<f64, Shape2<3, 4>>::from_flat(flat).unwrap();
    assert_eq!(rows.shape(), [2, 3, 4]);
    assert_eq!(rows.as_slice().as_ptr(), address);
    assert_eq!(rows[1][[2, 3]], 23.0);
    assert_eq!(rows[[1, 2, 3]], 23.0);
    let flat = rows.into_flat();
    assert_eq!(flat.as_ptr(), address);
    // A capacity that is no whole number of rows.
    let mut odd = Vec::with_capacity(13);
    odd.extend((0..12).map(|i| i as u8));
    let rows = Rows::<u8, Shape1<4>>::from_flat(odd).unwrap();
    assert_eq!(rows[2].as_slice(), &[8, 9, 10, 11]);
    let err: LengthError = Rows::<u8, Shape1<4>>::from_flat(vec![0; 13]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "rows of shape (4,) need a multiple of 4 elements, got 13"
    );
    assert_eq!((err.expected(), err.actual()), (4, 13));
    assert!(
        Rows::<u8, Shape1<4>>::from_flat(Vec::new())
            .unwrap()
            .is_empty()
    );
}

#[test]
fn from_fn_gets_the_row_index_first() {
    let rows = Rows::<u32, Shape3<2, 1, 3>>::from_fn(2, |[i, j, k, l]| {
        (1000 * i + 100 * j + 10 * k + l) as u32
    });
    assert_eq!(
        rows.as_slice(),
        &[0, 1, 2, 100, 101, 102, 1000, 1001, 1002, 1100, 1101, 1102]
    );
    let zeros = Rows::<f32, Shape2<2, 2>>::zeros(3);
    assert!(zeros.as_slice().iter().all(|&x| x == 0.0) && zeros.size() == 12);
    let full = Rows::<u8, Shape1<1>>::full(4, 9);
    assert_eq!(full.as_slice(), &[9; 4]);
}

#[test]
fn rows_look_like_arrays() {
    let mut rows = Rows::<i64, Shape1<2>>::from_fn(3, |[i, j]| (10 * i + j) as i64);
    assert_eq!(rows.get(1), Some(&Array1::from([10, 11])));
    assert_eq!(rows.get(3), None);
    assert_eq!(rows.first(), Some(&Array1::from([0, 1])));
    rows[2][0] = -5;
    rows.iter_mut().for_each(|row| row[1] += 100);
    assert_eq!(rows.as_slice(), &[0, 101, 10, 111, -5, 121]);
    let arrays: &[Array1<i64, 2>] = rows.as_rows();
    assert_eq!(arrays[1], Array1::from([10, 111]));
    assert_eq!(rows.nbytes(), 48);
    let matrix: Array2<i64, 3, 2> = Array2::from_fn(|[i, j]| rows[[i, j]]);
    assert_eq!(matrix.as_slice(), rows.as_slice());
    let owned: Vec<Array1<i64, 2>> = rows.clone().into_iter().collect();
    assert_eq!(owned.len(), 3);
}

#[test]
#[should_panic(expected = "row index 3 is out of bounds for 3 rows")]
fn indexing_past_the_last_row_names_the_index_and_length() {
    let rows = Rows::<f64, Shape1<8>>::zeros(3);
    let _ = &rows[3];
}

#[test]
#[should_panic(expected = "index [1, 8] is out of bounds for shape (3, 8)")]
fn element_indexing_names_the_shape() {
    let rows = Rows::<f64, Shape1<8>>::zeros(3);
    let _ = rows[[1, 8]];
}

#[test]
fn zero_sized_rows_hold_no_element() {
    let rows = Rows::<f64, Shape2<0, 3>>::zeros(4);
    assert_eq!((rows.len(), rows.size(), rows.shape()), (4, 0, [4, 0, 3]));
    assert_eq!(rows.strides(), [0, 0, 0]);
    assert!(rows.as_slice().is_empty());
    assert_eq!(rows.clone().len(), 4);
    assert!(rows.into_flat().is_empty());
}
