//! Indexing and iteration: full indices, sub-arrays, bounds, memory order.

use shaped::{Array1, Array2, Array3, Array4, Array8, ColMajor, RowMajor};

#[test]
fn full_index_reads_and_writes_in_both_orders() {
    let mut c = Array2::<i32, 2, 3>::zeros();
    let mut f = Array2::<i32, 2, 3, ColMajor>::zeros();
    c[[1, 2]] = 7;
    f[[1, 2]] = 7;
    assert_eq!((c[[1, 2]], f[[1, 2]]), (7, 7));
    assert_eq!(c.as_slice(), &[0, 0, 0, 0, 0, 7]);
    assert_eq!(f.as_slice(), &[0, 0, 0, 0, 0, 7]);
    c[[0, 1]] = 1;
    f[[0, 1]] = 1;
    assert_eq!(c.as_slice()[1], 1); // row-major offset 0 * 3 + 1
    assert_eq!(f.as_slice()[2], 1); // col-major offset 0 + 1 * 2
}

#[test]
fn get_returns_none_out_of_range_on_any_axis() {
    let mut a = Array3::<u8, 2, 3, 4>::ones();
    assert_eq!(a.get([1, 2, 3]), Some(&1));
    assert_eq!(a.get([2, 0, 0]), None);
    assert_eq!(a.get([0, 3, 0]), None);
    assert_eq!(a.get([0, 0, 4]), None);
    assert_eq!(a.get([usize::MAX, 0, 0]), None);
    assert!(a.get_mut([0, 0, 4]).is_none());
    *a.get_mut([1, 1, 1]).unwrap() = 9;
    assert_eq!(a[[1, 1, 1]], 9);
    assert_eq!(Array2::<u8, 0, 4>::zeros().get([0, 0]), None);
}

#[test]
#[should_panic(expected = "index [3, 0] is out of bounds for shape (3, 3): axis 0 has size 3")]
fn out_of_range_index_panics_with_index_and_shape() {
    let a = Array2::<f32, 3, 3>::zeros();
    let _ = a[[3, 0]];
}

#[test]
#[should_panic(
    expected = "index [0, 1, 4] is out of bounds for shape (2, 3, 4): axis 2 has size 4"
)]
fn out_of_range_index_names_the_offending_axis() {
    let mut a = Array3::<f32, 2, 3, 4, ColMajor>::zeros();
    a[[0, 1, 4]] = 1.0;
}

#[test]
#[should_panic(expected = "index 5 is out of bounds for shape (5,): axis 0 has size 5")]
fn out_of_range_rank1_index_panics() {
    let a = Array1::<u8, 5>::zeros();
    let _ = a[5];
}

#[test]
#[should_panic(expected = "index 2 is out of bounds for shape (2, 3): axis 0 has size 2")]
fn out_of_range_row_panics() {
    let a = Array2::<u8, 2, 3>::zeros();
    let _ = &a[2];
}

#[test]
fn row_major_sub_arrays_are_free_borrows() {
    let mut a = Array3::<i32, 2, 3, 4>::from_fn(|[i, j, k]| (i * 100 + j * 10 + k) as i32);
    let plane: &Array2<i32, 3, 4> = &a[1];
    assert_eq!(plane[[2, 3]], 123);
    assert_eq!(
        plane.as_slice().as_ptr(),
        a.as_slice()[12..].as_ptr(),
        "no copy"
    );
    assert_eq!(a[1][2].as_slice(), &[120, 121, 122, 123]);
    assert_eq!(a[0][1][3], 13);
    a[1][0][0] = -1;
    a[0][2] = Array1::from([9, 9, 9, 9]);
    assert_eq!(a[[1, 0, 0]], -1);
    assert_eq!(a[[0, 2, 3]], 9);
    let deep = Array8::<u8, 2, 1, 1, 1, 1, 1, 1, 3>::from_fn(|i| (i[0] * 10 + i[7]) as u8);
    assert_eq!(deep[1][0][0][0][0][0][0][2], 12);
}

#[test]
fn iteration_is_in_memory_order() {
    let c = Array2::<u8, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    let f = c.to_order::<ColMajor>();
    assert_eq!(c.iter().copied().collect::<Vec<_>>(), [1, 2, 3, 4, 5, 6]);
    assert_eq!(f.iter().copied().collect::<Vec<_>>(), [1, 4, 2, 5, 3, 6]);
    assert_eq!((&f).into_iter().count(), 6);
    let mut m = c;
    for x in &mut m {
        *x *= 2;
    }
    m.iter_mut().for_each(|x| *x += 1);
    assert_eq!(m.as_slice(), &[3, 5, 7, 9, 11, 13]);
}

#[test]
fn indexed_iteration_pairs_each_element_with_its_index() {
    let c = Array3::<u16, 2, 3, 2>::from_fn(|[i, j, k]| (i * 100 + j * 10 + k) as u16);
    let pairs: Vec<_> = c.indexed_iter().collect();
    assert_eq!(pairs.len(), 12);
    assert_eq!(pairs[0], ([0, 0, 0], &0));
    assert_eq!(pairs[1], ([0, 0, 1], &1));
    assert_eq!(pairs[2], ([0, 1, 0], &10));
    assert_eq!(pairs[11], ([1, 2, 1], &121));
    let f = c.to_order::<ColMajor>();
    let f_pairs: Vec<_> = f.indexed_iter().collect();
    assert_eq!(f_pairs[1], ([1, 0, 0], &100));
    assert_eq!(f_pairs[2], ([0, 1, 0], &10));
    for (index, &v) in f.indexed_iter() {
        assert_eq!(c[index], v);
    }
    assert_eq!(f.indexed_iter().len(), 12);
    assert_eq!(Array4::<u8, 2, 0, 2, 2>::zeros().indexed_iter().count(), 0);
}

#[test]
fn at_reads_and_writes_the_element_of_a_constant_index_in_both_orders() {
    let mut c = Array3::<i32, 2, 3, 4>::from_fn(|[i, j, k]| (100 * i + 10 * j + k) as i32);
    let mut f = c.to_order::<ColMajor>();
    assert_eq!(*c.at::<1, 2, 3>(), 123);
    assert_eq!(*f.at::<1, 2, 3>(), 123);
    assert_eq!(*f.at::<0, 1, 0>(), c[[0, 1, 0]]);
    *c.at_mut::<1, 0, 2>() = -1;
    *f.at_mut::<1, 0, 2>() = -1;
    assert_eq!((c[[1, 0, 2]], f[[1, 0, 2]]), (-1, -1));
    assert_eq!(c, f.to_order::<RowMajor>());
    let v = Array1::<u8, 3>::from([7, 8, 9]);
    assert_eq!(*v.at::<2>(), 9);
}
