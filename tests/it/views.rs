//! Reshape and transpose: NumPy's semantics, and no element moves.

use shaped::{Array1, Array2, Array3, Array4, Array8, ColMajor, RowMajor, Shape1, Shape2, Shape3};

#[test]
fn reshape_reads_row_major_arrays_row_by_row() {
    // np.arange(12).reshape(3, 4).reshape(2, 6)
    let a = Array2::<i32, 3, 4>::from_fn(|[i, j]| (i * 4 + j) as i32);
    let b: &Array2<i32, 2, 6> = a.reshape();
    assert_eq!(b[[1, 0]], 6);
    assert_eq!(b.as_slice().as_ptr(), a.as_slice().as_ptr());
    let c = a.reshape::<Shape3<2, 2, 3>>();
    assert_eq!(c[[1, 1, 2]], 11);
    let flat = a.reshape::<Shape1<12>>();
    assert_eq!(flat.as_slice(), a.as_slice());
}

#[test]
fn reshape_reads_col_major_arrays_column_by_column() {
    // np.reshape(a, (3, 2), order='F') for a = [[1, 2, 3], [4, 5, 6]]
    let f = Array2::<i32, 2, 3, ColMajor>::from([[1, 2, 3], [4, 5, 6]]);
    let g: &Array2<i32, 3, 2, ColMajor> = f.reshape();
    assert_eq!(<[[i32; 2]; 3]>::from(*g), [[1, 5], [4, 3], [2, 6]]);
}

#[test]
fn reshape_mut_and_into_shape() {
    let mut a = Array3::<u8, 2, 2, 2>::zeros();
    a.reshape_mut::<Shape1<8>>()[7] = 1;
    a.reshape_mut::<Shape2<4, 2>>()[[0, 1]] = 2;
    assert_eq!((a[[1, 1, 1]], a[[0, 0, 1]]), (1, 2));
    let v: Array1<u8, 8> = a.into_shape();
    assert_eq!(v.as_slice(), &[0, 2, 0, 0, 0, 0, 0, 1]);
    let boxed = Array3::<f32, 4, 4, 4>::ones_boxed();
    let address = boxed.as_slice().as_ptr();
    let flat = boxed.into_shape_boxed::<Shape1<64>>();
    assert_eq!(flat.as_slice().as_ptr(), address, "the allocation is kept");
}

#[test]
fn transpose_reverses_axes_and_flips_order_like_numpy() {
    let a = Array3::<u16, 2, 3, 4>::from_fn(|[i, j, k]| (100 * i + 10 * j + k) as u16);
    let t: &Array3<u16, 4, 3, 2, ColMajor> = a.t();
    for (index, &v) in a.indexed_iter() {
        let [i, j, k] = index;
        assert_eq!(t[[k, j, i]], v);
    }
    assert_eq!(t.as_slice().as_ptr(), a.as_slice().as_ptr(), "no copy");
    // NumPy: a.T.strides == a.strides[::-1]
    let mut reversed = a.strides();
    reversed.reverse();
    assert_eq!(t.strides(), reversed);
    assert_eq!(t.t(), &a);
    let f = Array2::<f64, 2, 5, ColMajor>::eye();
    let ft: &Array2<f64, 5, 2, RowMajor> = f.t();
    assert_eq!(ft[[1, 1]], 1.0);
}

#[test]
fn transpose_of_every_rank() {
    let v = Array1::<i8, 3>::from([1, 2, 3]);
    assert_eq!(v.t().as_slice(), &[1, 2, 3]); // a 1-D .T is itself
    let a4 = Array4::<u8, 1, 2, 3, 4>::from_fn(|[a, b, c, d]| (a + 2 * b + 5 * c + 17 * d) as u8);
    let t4 = a4.into_t();
    assert_eq!(t4.shape(), [4, 3, 2, 1]);
    assert_eq!(t4[[3, 2, 1, 0]], a4[[0, 1, 2, 3]]);
    let a8 = Array8::<u8, 2, 1, 1, 1, 1, 1, 1, 3>::from_fn(|i| (i[0] * 3 + i[7]) as u8);
    assert_eq!(a8.t()[[2, 0, 0, 0, 0, 0, 0, 1]], 5);
}

#[test]
fn transpose_mut_writes_through() {
    let mut m = Array2::<i32, 2, 3>::zeros();
    m.t_mut()[[2, 1]] = 8;
    assert_eq!(m[[1, 2]], 8);
    // The classic: a matrix plus its transpose is symmetric.
    let a = Array2::<i32, 3, 3>::from_fn(|[i, j]| (i * 3 + j) as i32);
    let sym = Array2::<i32, 3, 3>::from_fn(|[i, j]| a[[i, j]] + a.t()[[i, j]]);
    assert_eq!(sym, *sym.t().to_order::<RowMajor>().reshape());
}
