//! Building, growing, indexing and combining `Rows`.

use super::*;

#[test]
fn typed_batches_borrow_k_rows_as_one_array() {
    let x = rows::<f64, Shape1<8>>(130);
    let mut batches = x.chunks_exact::<64>();
    assert_eq!(batches.len(), 2);
    let first: &Array2<f64, 64, 8> = batches.next().unwrap();
    assert_eq!(first.as_slice(), &x.as_slice()[..512]);
    let second = batches.next().unwrap();
    assert_eq!(second[[0, 0]], x[[64, 0]]);
    assert!(batches.next().is_none());
    assert_eq!(batches.remainder(), &x.as_rows()[128..]);
    let frames = rows::<u8, Shape2<2, 3>>(7);
    let triples: Vec<&shaped::Array3<u8, 3, 2, 3>> = frames.chunks_exact::<3>().collect();
    assert_eq!(triples.len(), 2);
    assert_eq!(triples[1][[0, 1, 2]], frames[[3, 1, 2]]);
    let mut y = rows::<i32, Shape1<3>>(5);
    for batch in y.chunks_exact_mut::<2>() {
        *batch = batch.matmul(&Array2::<i32, 3, 3>::eye()) * 2;
    }
    let x5 = rows::<i32, Shape1<3>>(5);
    assert_eq!(
        &y.as_slice()[..12],
        (&x5 * 2).as_slice()[..12].to_vec().as_slice()
    );
    assert_eq!(&y.as_slice()[12..], &x5.as_slice()[12..]);
    assert_eq!(y.chunks_exact_mut::<2>().into_remainder().len(), 1);
}

#[test]
fn elementwise_operators_broadcast_as_numpy() {
    let x = Rows::<i32, Shape1<2>>::from_flat(vec![1, 2, 3, 4]).unwrap();
    let row = Array1::from([10, 20]);
    assert_eq!((&x + &row).as_slice(), &[11, 22, 13, 24]);
    assert_eq!((&x * 3).as_slice(), &[3, 6, 9, 12]);
    assert_eq!((&x - &x).as_slice(), &[0; 4]);
    assert_eq!((x.clone() / 0).as_slice(), &[0; 4]); // as arrays: 0, not a panic
    let err = x.try_sub(&Rows::zeros(3)).unwrap_err();
    assert_eq!((err.left(), err.right()), (2, 3));
    assert!(x.try_mul(&x).is_ok() && x.try_div(&x).is_ok() && x.try_add(&x).is_ok());
    let mut y = x.clone();
    y += &x;
    y *= 2;
    assert_eq!(y.as_slice(), &[4, 8, 12, 16]);
}

#[test]
#[should_panic(expected = "cannot combine 2 rows with 3 rows elementwise")]
fn rows_of_other_lengths_do_not_combine() {
    let _ = &Rows::<f32, Shape1<2>>::zeros(2) + &Rows::zeros(3);
}

#[test]
#[should_panic(expected = "a boolean mask of 3 entries cannot select from 2 rows")]
fn a_mask_needs_one_entry_per_row() {
    let _ = Rows::<f32, Shape1<2>>::zeros(2).select_rows(&[true, false, true]);
}

#[test]
fn matmul_gives_the_array_products_bits() {
    let x = rows::<f32, Shape1<4>>(11);
    let w = Array2::<f32, 4, 4>::from_fn(|[i, j]| f32::value(100 + i * 4 + j));
    let y = x.matmul(&w);
    for (row, out) in x.iter().zip(y.iter()) {
        let single = Array2::<f32, 1, 4>::from_fn(|[_, j]| row[j]).matmul(&w);
        assert_eq!(single.as_slice(), out.as_slice());
    }
    let four = Array2::<f32, 4, 4>::from_fn(|[i, j]| x[[i, j]]).matmul(&w);
    assert_eq!(four.as_slice(), &y.as_slice()[..16]);
    let x = rows::<f64, Shape1<8>>(9);
    let w = Array2::<f64, 8, 3>::from_fn(|[i, j]| f64::value(7 * i + j));
    let y = x.matmul(&w);
    for (row, out) in x.iter().zip(y.iter()) {
        let single = Array2::<f64, 1, 8>::from_fn(|[_, j]| row[j]).matmul(&w);
        assert_eq!(single.as_slice(), out.as_slice());
    }
}

#[test]
fn columns_casts_and_maps() {
    let x = rows::<i32, Shape1<3>>(6);
    let c = x.column(2);
    assert_eq!(c.len(), 6);
    assert_eq!(c.to_vec(), x.iter().map(|r| r[2]).collect::<Vec<_>>());
    assert_eq!(c[5], x[[5, 2]]);
    assert!(c.get(6).is_none());
    let f = x.cast::<f64>();
    assert_eq!(f[[3, 1]], x[[3, 1]] as f64);
    assert_eq!(x.map(|v| v as i64 * 2).sum(), x.sum() * 2);
    assert_eq!(golden_of::<f64>(1.5), 1.5f64.to_bits());
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
