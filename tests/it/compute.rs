//! Elementwise arithmetic, functions, reductions and products: the values a
//! NumPy user expects, in both memory orders.

// Each ownership combination of the operators is under test, so references
// to Copy arrays are taken on purpose.
#![allow(clippy::op_ref)]

use shaped::{Array1, Array2, Array3, ColMajor, RowMajor, array};

#[test]
fn arithmetic_in_every_ownership_combination() {
    let a = Array1::<f32, 4>::from([1.0, 2.0, 3.0, 4.0]);
    let b = Array1::<f32, 4>::from([0.5, 0.5, 2.0, 8.0]);
    let sum = Array1::from([1.5, 2.5, 5.0, 12.0]);
    assert_eq!(a + b, sum);
    assert_eq!(a + &b, sum);
    assert_eq!(&a + b, sum);
    assert_eq!(&a + &b, sum);
    assert_eq!((&a - &b).as_slice(), &[0.5, 1.5, 1.0, -4.0]);
    assert_eq!((&a * &b).as_slice(), &[0.5, 1.0, 6.0, 32.0]);
    assert_eq!((&a / &b).as_slice(), &[2.0, 4.0, 1.5, 0.5]);
    assert_eq!((&a % &b).as_slice(), &[0.0, 0.0, 1.0, 4.0]);
    assert_eq!((-&a).as_slice(), &[-1.0, -2.0, -3.0, -4.0]);
}

#[test]
fn scalars_on_either_side_and_compound_assignment() {
    let a = Array1::<i32, 3>::from([1, 2, 3]);
    assert_eq!((a * 10).as_slice(), &[10, 20, 30]);
    assert_eq!((&a + 1).as_slice(), &[2, 3, 4]);
    assert_eq!((10 - a).as_slice(), &[9, 8, 7]);
    assert_eq!((12 / &a).as_slice(), &[12, 6, 4]);
    let mut m = a;
    m += 5;
    m *= &a;
    m -= a;
    m /= 2;
    m %= 4;
    // [1, 2, 3] +5 -> [6, 7, 8] *a -> [6, 14, 24] -a -> [5, 12, 21] /2 -> [2, 6, 10] %4
    assert_eq!(m.as_slice(), &[2, 2, 2]);
}

#[test]
fn integer_semantics_follow_numpy() {
    // Wrapping, in debug builds too.
    let a = Array1::<u8, 2>::from([250, 3]);
    assert_eq!((a + 10).as_slice(), &[4, 13]);
    assert_eq!((Array1::<i8, 1>::from([-128]) * -1).as_slice(), &[-128]);
    // Division by zero gives 0, as NumPy gives, instead of panicking.
    let x = Array1::<i32, 3>::from([7, -7, 5]);
    let y = Array1::<i32, 3>::from([2, 2, 0]);
    assert_eq!((x / y).as_slice(), &[3, -3, 0]); // truncating, like Rust
    assert_eq!((x % y).as_slice(), &[1, -1, 0]);
    assert_eq!(
        (Array1::<i32, 1>::from([i32::MIN]) / -1).as_slice(),
        &[i32::MIN]
    );
}

#[test]
fn bit_operations_for_integers_and_bools() {
    let a = Array1::<u8, 2>::from([0b1100, 0b1010]);
    let b = Array1::<u8, 2>::from([0b1010, 0b0110]);
    assert_eq!((a & b).as_slice(), &[0b1000, 0b0010]);
    assert_eq!((a | b).as_slice(), &[0b1110, 0b1110]);
    assert_eq!((a ^ b).as_slice(), &[0b0110, 0b1100]);
    assert_eq!((!a).as_slice(), &[0b1111_0011, 0b1111_0101]);
    let m = Array1::<bool, 3>::from([true, false, true]);
    let n = Array1::<bool, 3>::from([true, true, false]);
    assert_eq!((m & n).as_slice(), &[true, false, false]);
    assert_eq!((m | n).as_slice(), &[true, true, true]);
    assert_eq!((!&m ^ true).as_slice(), &[true, false, true]);
}

#[test]
fn lower_rank_arrays_broadcast_onto_trailing_axes() {
    let m = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    let row = Array1::<i32, 3>::from([10, 20, 30]);
    let expected = Array2::from([[11, 22, 33], [14, 25, 36]]);
    assert_eq!(&m + &row, expected);
    // Column-major: same logical result.
    let f = m.to_order::<ColMajor>();
    let f_row: Array1<i32, 3, ColMajor> = Array1::from_fn(|[j]| row[j]);
    assert_eq!((f + f_row).to_order::<RowMajor>(), expected);
    // A row onto every row of a strided view, and of a view's new array.
    let mut wide =
        Array2::<i32, 2, 6>::from_fn(|[i, j]| if j % 2 == 0 { m[[i, j / 2]] } else { 0 });
    let mut every_other: shaped::ArrayViewMut<'_, i32, shaped::Shape2<2, 3>, _> =
        wide.slice_mut(shaped::s![.., ..;2]);
    assert_eq!(&every_other + &row, expected);
    every_other += &row;
    assert_eq!(every_other, expected);
    assert_eq!(wide[[1, 4]], 36);
    assert_eq!(wide[[1, 5]], 0);
    let cube = Array3::<f64, 2, 2, 3>::ones();
    let plane = Array2::<f64, 2, 3>::from([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]);
    let c = cube * plane;
    assert_eq!(c[[1, 1, 2]], 6.0);
    assert_eq!(c[[0, 0, 1]], 2.0);
    let mut acc = Array2::<f64, 2, 3>::zeros();
    acc += Array1::<f64, 3>::from([1.0, 2.0, 3.0]);
    assert_eq!(acc.as_slice(), &[1.0, 2.0, 3.0, 1.0, 2.0, 3.0]);
}

#[test]
fn map_zip_fill_cast_compare_clamp_abs() {
    let a = array![[-1.5f64, 2.5], [3.5, -4.5]];
    assert_eq!(a.map(|x| x * 2.0), array![[-3.0, 5.0], [7.0, -9.0]]);
    assert_eq!(a.zip_map(&a, |x, y| x == y), Array2::<bool, 2, 2>::ones());
    assert_eq!(a.cast::<i32>(), array![[-1, 2], [3, -4]]);
    assert_eq!(a.cast::<u8>(), array![[0, 2], [3, 0]]); // Rust `as`: saturating
    assert_eq!(array![0, 2, 0].cast::<bool>(), array![false, true, false]);
    assert_eq!(array![true, false].cast::<f32>(), array![1.0, 0.0]);
    assert_eq!(a.abs(), array![[1.5, 2.5], [3.5, 4.5]]);
    assert_eq!(a.clamp(-2.0, 3.0), array![[-1.5, 2.5], [3.0, -2.0]]);
    assert_eq!(a.lt_elem(a.abs()), array![[true, false], [false, true]]);
    assert!(a.ge_elem(Array2::zeros()).any());
    assert!(!a.eq_elem(Array2::zeros()).any());
    let mut f = a;
    f.fill(0.25);
    assert!(f.iter().all(|&v| v == 0.25));
    assert_eq!(array![0.5f64, 2.5, -0.5].round(), array![0.0, 2.0, -0.0]); // halves to even
    assert_eq!(array![4.0f32, 9.0].sqrt(), array![2.0, 3.0]);
}

#[test]
fn reductions_follow_numpy() {
    let a = Array2::<i32, 2, 3>::from([[3, 9, -2], [9, 0, 7]]);
    assert_eq!(a.sum(), 26i64);
    assert_eq!(a.prod(), 0i64);
    assert_eq!((a.min(), a.max()), (-2, 9));
    assert_eq!((a.argmin(), a.argmax()), (2, 1)); // first of the tied maxima
    assert_eq!((a.argmin_index(), a.argmax_index()), ([0, 2], [0, 1]));
    let f = a.to_order::<ColMajor>();
    assert_eq!((f.argmin(), f.argmax(), f.argmax_index()), (2, 1, [0, 1]));
    assert_eq!(a.mean(), 26.0 / 6.0);
    assert_eq!(Array1::<u8, 3>::from([255, 255, 255]).sum(), 765u64);
    let nan = Array1::<f64, 3>::from([1.0, f64::NAN, 3.0]);
    assert!(nan.max().is_nan() && nan.min().is_nan());
    assert_eq!((nan.argmax(), nan.argmin()), (1, 1));
    assert!(Array1::<bool, 2>::from([false, true]).any());
    assert!(!Array1::<bool, 2>::from([false, true]).all());
}

#[test]
fn axis_reductions_remove_the_axis_from_the_type() {
    let a = Array3::<i64, 2, 3, 4>::from_fn(|[i, j, k]| (100 * i + 10 * j + k) as i64);
    let s0: Array2<i64, 3, 4> = a.sum_axis::<0>();
    let s1: Array2<i64, 2, 4> = a.sum_axis::<1>();
    let s2: Array2<i64, 2, 3> = a.sum_axis::<2>();
    assert_eq!(
        (s0[[2, 3]], s1[[1, 3]], s2[[1, 2]]),
        (100 + 2 * 23, 3 * 103 + 30, 4 * 120 + 6)
    );
    assert_eq!(a.max_axis::<1>()[[1, 3]], 123);
    assert_eq!(a.min_axis::<2>()[[1, 2]], 120);
    let f = a.to_order::<ColMajor>();
    assert_eq!(f.sum_axis::<1>().to_order::<RowMajor>(), s1);
    let m: Array2<f64, 2, 4> = a.mean_axis::<1>();
    assert_eq!(m[[1, 3]], (3 * 103 + 30) as f64 / 3.0);
    let small = Array2::<u8, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    assert_eq!(small.prod_axis::<1>().as_slice(), &[6u64, 120]);
    assert_eq!(small.prod_axis::<0>().as_slice(), &[4u64, 10, 18]);
    let empty = Array2::<f32, 2, 0>::zeros();
    assert!(empty.mean_axis::<1>().iter().all(|m| m.is_nan()));
    assert_eq!(empty.prod_axis::<1>().as_slice(), &[1.0, 1.0]);
    assert_eq!(empty.sum_axis::<1>().as_slice(), &[0.0, 0.0]); // np.zeros((2, 0)).sum(axis=1)
    assert_eq!(
        Array2::<i32, 0, 3>::zeros().sum_axis::<0>().as_slice(),
        &[0, 0, 0]
    );
    // No lanes at all: an empty result, as np.zeros((0, 3)).max(axis=1).
    assert_eq!(Array2::<i32, 0, 3>::zeros().max_axis::<1>().size(), 0);
}

#[test]
fn dot_and_matmul_in_both_orders() {
    let a = Array2::<i64, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    let b = Array2::<i64, 3, 2>::from([[7, 8], [9, 10], [11, 12]]);
    let c = Array2::<i64, 2, 2>::from([[58, 64], [139, 154]]);
    assert_eq!(a.matmul(&b), c);
    assert_eq!(a.matmul(&b.to_order::<ColMajor>()), c);
    let (fa, fb) = (a.to_order::<ColMajor>(), b.to_order::<ColMajor>());
    assert_eq!(fa.matmul(&fb).to_order::<RowMajor>(), c);
    assert_eq!(fa.matmul(&b).to_order::<RowMajor>(), c);
    // (AB)ᵀ = BᵀAᵀ with free transposes.
    assert_eq!(b.t().matmul(a.t()), *c.t());
    let v = Array1::<i64, 3>::from([1, 0, -1]);
    assert_eq!(a.dot(&v).as_slice(), &[-2, -2]);
    assert_eq!(fa.dot(&v).as_slice(), &[-2, -2]);
    let x = Array1::<f64, 20>::arange_step(0.0, 0.5);
    assert_eq!(
        x.dot(&x),
        (0..20).map(|i| 0.25 * (i * i) as f64).sum::<f64>()
    );
    // The 4x4 transform everyone writes: rotation times translation.
    let rot = Array2::<f32, 4, 4>::from([
        [0., -1., 0., 0.],
        [1., 0., 0., 0.],
        [0., 0., 1., 0.],
        [0., 0., 0., 1.],
    ]);
    let mut tr = Array2::<f32, 4, 4>::eye();
    tr[[0, 3]] = 5.0;
    assert_eq!(
        rot.matmul(&tr)
            .dot(&Array1::from([1.0, 0.0, 0.0, 1.0]))
            .as_slice(),
        &[0.0, 6.0, 0.0, 1.0]
    );
}

#[test]
fn in_place_forms_write_what_the_copying_forms_return() {
    let a = Array2::<i16, 2, 3>::from([[1, -2, 3], [-4, 5, -6]]);
    let b = Array2::<i16, 2, 3>::from([[10, 20, 30], [40, 50, 60]]);

    let mut m = a;
    m.map_inplace(|x| x * 3);
    assert_eq!(m, a.map(|x| x * 3));

    let mut out = Array2::<f64, 2, 3>::full(f64::NAN);
    out.assign_map(&a, |x| f64::from(x).abs());
    assert_eq!(out, a.map(|x| f64::from(x).abs()));

    let mut out = Array2::<i32, 2, 3>::zeros();
    out.assign_zip_map(&a, &b, |x, y| i32::from(x) * i32::from(y));
    assert_eq!(out.as_slice(), &[10, -40, 90, -160, 250, -360]);

    let mut z = a;
    z.zip_map_inplace(&b, |x, y| y - x);
    assert_eq!(z, &b - &a);

    // Column-major arrays pair elements by logical index just the same.
    let (af, bf) = (a.to_order::<ColMajor>(), b.to_order::<ColMajor>());
    let mut out = Array2::<i16, 2, 3, ColMajor>::zeros();
    out.assign_zip_map(&af, &bf, |x, y| x + y);
    assert_eq!(out.to_order::<RowMajor>(), a + b);
}

#[test]
fn broadcast_to_views_size_one_axes_as_numpy_does() {
    use shaped::{Shape2, Shape3};
    // np.broadcast_to(np.arange(8, dtype=np.int32).reshape(2, 1, 4), (2, 3, 4))
    let a = Array3::<i32, 2, 1, 4>::from([[[0, 1, 2, 3]], [[4, 5, 6, 7]]]);
    let b = a.broadcast_to::<Shape3<2, 3, 4>>();
    assert_eq!(b.strides(), [16, 0, 4]);
    let row_major: Vec<i32> = b.to_array().iter().copied().collect();
    assert_eq!(
        row_major,
        [
            0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 4, 5, 6, 7, 4, 5, 6, 7, 4, 5, 6, 7
        ]
    );
    assert_eq!(b[[1, 2, 3]], 7);
    assert_eq!(b.get([1, 3, 0]), None);
    assert!(
        std::ptr::eq(&b[[1, 2, 3]], &a[[1, 0, 3]]),
        "a view, not a copy"
    );

    // The same in Fortran order: strides (4, 0, 8), same logical values.
    let f = a.to_order::<ColMajor>();
    let bf = f.broadcast_to::<Shape3<2, 3, 4>>();
    assert_eq!(bf.strides(), [4, 0, 8]);
    assert_eq!(bf.to_array().to_order::<RowMajor>(), b.to_array());

    // Axes added in front: np.broadcast_to(c, (5, 3, 4)) of a (3, 1) int16
    // column in Fortran order has strides (0, 2, 0).
    let c = Array2::<i16, 3, 1>::from([[1], [2], [3]]).to_order::<ColMajor>();
    let bc = c.broadcast_to::<Shape3<5, 3, 4>>();
    assert_eq!(bc.strides(), [0, 2, 0]);
    assert!((0..5).all(|i| (0..4).all(|k| bc[[i, 2, k]] == 3)));

    // Equality against arrays, in either order and either memory order;
    // Debug is NumPy's repr of the broadcast array, as for any view.
    assert_eq!(b, b.to_array());
    assert_eq!(bf, b.to_array().to_order::<ColMajor>());
    let mut changed = b.to_array();
    changed[[1, 2, 3]] = -1;
    assert_ne!(b, changed);
    assert_ne!(changed, b);
    assert_eq!(format!("{b:?}"), format!("{:?}", b.to_array()));

    // Empty shapes: np.broadcast_to(np.zeros(3), (0, 3)).strides == (0, 8),
    // and np.broadcast_to(np.zeros((0, 1)), (0, 3)).strides == (0, 0).
    let (row, empty) = (Array1::<f64, 3>::zeros(), Array2::<f64, 0, 1>::zeros());
    assert_eq!(row.broadcast_to::<Shape2<0, 3>>().strides(), [0, 8]);
    assert_eq!(empty.broadcast_to::<Shape2<0, 3>>().strides(), [0, 0]);
    assert_eq!(empty.broadcast_to::<Shape2<0, 3>>().to_array().size(), 0);

    // Operands in every position; subtraction keeps its order.
    let x = Array2::<f64, 3, 1>::from([[1.0], [2.0], [3.0]]);
    let y = Array1::<f64, 2>::from([10.0, 20.0]);
    let (xb, yb) = (
        x.broadcast_to::<Shape2<3, 2>>(),
        y.broadcast_to::<Shape2<3, 2>>(),
    );
    let x_minus_y = Array2::from([[-9.0, -19.0], [-8.0, -18.0], [-7.0, -17.0]]);
    assert_eq!(xb - yb, x_minus_y); // NumPy's x - y
    assert_eq!(yb - xb, -x_minus_y);
    let full_x = xb.to_array();
    assert_eq!(full_x - yb, x_minus_y);
    assert_eq!(&full_x - yb, x_minus_y);
    assert_eq!(yb - full_x, -x_minus_y);
    assert_eq!(yb - &full_x, -x_minus_y);
    let mut acc = full_x;
    acc -= yb;
    assert_eq!(acc, x_minus_y);
    let mask = Array2::<u8, 1, 2>::from([[0b01, 0b10]]);
    let bits = Array2::<u8, 2, 2>::from([[0b11, 0b11], [0b01, 0b00]]);
    assert_eq!(
        bits & mask.broadcast_to(),
        Array2::from([[0b01, 0b10], [0b01, 0b00]])
    );
}

#[test]
#[should_panic(expected = "index [0, 4] is out of bounds for shape (3, 4): axis 1 has size 4")]
fn broadcast_view_indexing_names_index_and_shape() {
    let v = Array1::<u8, 4>::zeros();
    let b = v.broadcast_to::<shaped::Shape2<3, 4>>();
    let _ = b[[0, 4]];
}

/// `isize`/`usize` (NumPy's `intp`/`uintp`) compute as the other integers:
/// wrapping arithmetic with scalars on either side, bits, comparisons,
/// casts, sums in `i64`/`u64` and means in `f64`, as NumPy's do.
#[test]
fn pointer_sized_integers_compute_as_the_other_integers() {
    let a: Array2<usize, 2, 3> = array![[3, 1, 4], [1, 5, 9]];
    let positions = Array1::<f64, 4>::from([0.5, -1.0, 2.0, 0.0]).argsort();
    assert_eq!(positions.as_slice(), &[1, 3, 0, 2]);
    assert_eq!((positions + 1).as_slice(), &[2, 4, 1, 3]);
    assert_eq!((10 - positions).as_slice(), &[9, 7, 10, 8]);
    assert_eq!((positions * positions).sum(), 14u64);
    assert_eq!((a % 2).as_slice(), &[1, 1, 0, 1, 1, 1]);
    assert_eq!((a & 1).as_slice(), &[1, 1, 0, 1, 1, 1]);
    assert_eq!(a.sum(), 23u64);
    assert_eq!(a.sum_axis::<0>().as_slice(), &[4, 6, 13]);
    assert_eq!(a.mean(), 23.0 / 6.0);
    assert_eq!((a.max(), a.argmax()), (9, 5));
    assert_eq!(
        a.gt_elem(3).as_slice(),
        &[false, false, true, false, true, true]
    );
    assert_eq!(
        (Array1::<usize, 2>::from([0, 1]) - 2).as_slice(),
        &[usize::MAX - 1, usize::MAX]
    );
    let b: Array1<isize, 4> = array![-2isize, 7, 0, -9];
    assert_eq!((-b).as_slice(), &[2, -7, 0, 9]);
    assert_eq!(b.sum(), -4i64);
    assert_eq!(b.cast::<f32>().as_slice(), &[-2.0, 7.0, 0.0, -9.0]);
    assert_eq!(
        a.cast::<isize>().cast::<u8>().as_slice(),
        &[3, 1, 4, 1, 5, 9]
    );
    let zeros = array![[isize; 3]; 2];
    assert_eq!(zeros, Array2::<isize, 2, 3>::zeros());
    assert_eq!(
        format!("{zeros:?}"),
        "array([[0, 0, 0],\n       [0, 0, 0]])"
    );
    let lo = Array1::<usize, 3>::arange_step(5, 5);
    assert_eq!(lo.as_slice(), &[5, 10, 15]);
    assert_eq!(shaped::arange!(0usize, 10, 4).as_slice(), &[0, 4, 8]);
}
