//! Walking along axes: NumPy's `for row in a:` is `a.outer_iter()`;
//! `axis_iter(Axis::<K>)` and `lanes(Axis::<K>)` walk any axis. Iterating
//! `&a` walks the elements instead, as Rust's arrays do.

use shaped::{Array2, Array3, Axis, ColMajor, s};

#[test]
fn rows_in_both_orders_and_elements_for_ref_iteration() {
    let a = Array2::<i32, 3, 2>::from([[1, 2], [3, 4], [5, 6]]);
    let rows: Vec<Vec<i32>> = a.outer_iter().map(|r| r.as_slice().to_vec()).collect();
    assert_eq!(rows, [[1, 2], [3, 4], [5, 6]]);
    assert_eq!(a.outer_iter().len(), 3);
    assert_eq!(a.outer_iter().next_back().unwrap().as_slice(), &[5, 6]);
    let f = a.to_order::<ColMajor>();
    let frows: Vec<Vec<i32>> = f
        .outer_iter()
        .map(|r| r.iter().copied().collect())
        .collect();
    assert_eq!(frows, rows);
    // `for x in &a` is elementwise, in memory order.
    let elements: Vec<i32> = (&a).into_iter().copied().collect();
    assert_eq!(elements, [1, 2, 3, 4, 5, 6]);
}

#[test]
fn every_axis_and_its_lanes() {
    let a = Array3::<i64, 2, 3, 4>::from_fn(|[i, j, k]| (100 * i + 10 * j + k) as i64);
    // Along each axis: the subviews are a[i], a[:, j], a[:, :, k].
    let planes: Vec<i64> = a.axis_iter(Axis::<0>).map(|p| p.sum()).collect();
    assert_eq!(planes, [138, 138 + 12 * 100]);
    for (j, plane) in a.axis_iter(Axis::<1>).enumerate() {
        assert_eq!(plane.shape(), [2, 4]);
        assert_eq!(plane[[1, 3]], 100 + 10 * j as i64 + 3);
    }
    for (k, plane) in a.axis_iter(Axis::<2>).rev().enumerate() {
        assert_eq!(plane[[0, 0]], 3 - k as i64);
    }
    // Lanes along axis 1, in C order of (i, k).
    let lanes: Vec<Vec<i64>> = a
        .lanes(Axis::<1>)
        .map(|l| l.iter().copied().collect())
        .collect();
    assert_eq!(lanes.len(), 8);
    assert_eq!(lanes[0], [0, 10, 20]);
    assert_eq!(lanes[5], [101, 111, 121]);
    assert_eq!(a.lanes(Axis::<2>).len(), 6);
    // Of a view.
    let v = a.slice(s![.., 1..3, 0]);
    let cols: Vec<i64> = v.lanes(Axis::<0>).map(|c| c.sum()).collect();
    assert_eq!(cols, [10 + 110, 20 + 120]);
}

#[test]
fn rows_mutably_and_empty_axes() {
    let mut a = Array2::<u8, 2, 3>::zeros();
    for (i, row) in a.outer_iter_mut().enumerate() {
        row.fill(i as u8 + 7);
    }
    assert_eq!(a.as_slice(), &[7, 7, 7, 8, 8, 8]);
    let mut e = Array2::<u8, 3, 0>::zeros();
    assert_eq!(e.outer_iter_mut().len(), 3);
    assert!(e.outer_iter_mut().all(|r| r.size() == 0));
    let z = Array2::<u8, 0, 4>::zeros();
    assert_eq!(z.outer_iter().len(), 0);
    assert_eq!(z.lanes(Axis::<0>).len(), 4);
    assert!(z.lanes(Axis::<0>).all(|l| l.size() == 0));
    assert_eq!(
        Array3::<f32, 2, 0, 3>::zeros().axis_iter(Axis::<2>).len(),
        3
    );
}
