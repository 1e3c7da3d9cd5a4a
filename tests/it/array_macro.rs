//! `array!`: every form gives the shape, type and values a Rust array
//! literal (or NumPy's np.array) would.

use shaped::{Array1, Array2, Array3, Array4, Array6, Array8, Element, array};

/// Names the type of a value in an assertion: compiles only if it matches.
fn is<T>(_: &T) {}

static LUT: Array1<u16, 4> = array![1, 2, 4, 8];
const ROT: Array2<f32, 2, 2> = array![[0.0, -1.0], [1.0, 0.0]];
static CANVAS: Array3<u8, 4, 5, 3> = array![[[u8; 3]; 5]; 4];

#[test]
fn literals_take_their_shape_from_the_nesting() {
    let a = array![1, 2, 3];
    is::<Array1<i32, 3>>(&a);
    assert_eq!(a.as_slice(), &[1, 2, 3]);
    let m = array![[1.5, 2.5, 3.5], [4.5, 5.5, 6.5]];
    is::<Array2<f64, 2, 3>>(&m);
    assert_eq!(m[[1, 2]], 6.5);
    let six = array![[[[[[7]]]]]];
    is::<Array6<i32, 1, 1, 1, 1, 1, 1>>(&six);
    let eight = array![[[[[[[[1u8, 2]]]]]]]];
    is::<Array8<u8, 1, 1, 1, 1, 1, 1, 1, 2>>(&eight);
    let trailing = array![[1, 2,], [3, 4,],];
    assert_eq!(trailing, array![[1, 2], [3, 4]]);
}

#[test]
fn the_element_type_is_inferred_like_a_rust_literal() {
    let small: Array2<u8, 2, 2> = array![[1, 2], [3, 4]];
    assert_eq!(small.dtype().name(), "uint8");
    let single: Array1<f32, 2> = array![1.0, 2.0];
    assert_eq!(single.dtype().name(), "float32");
    let suffixed = array![1i64, 2, 3];
    is::<Array1<i64, 3>>(&suffixed);
    let negative = array![-1, -2];
    assert_eq!(negative[1], -2);
    let bytes = array![b'a', b'b'];
    is::<Array1<u8, 2>>(&bytes);
    let flags = array![true, false];
    assert_eq!(flags.dtype().name(), "bool");
    let hex = array![0xFFu8, 0b1010, 0o7];
    assert_eq!(hex.as_slice(), &[255, 10, 7]);
}

#[test]
fn elements_may_be_expressions() {
    let x = 3.0;
    let a = array![x, x * 2.0, f64::from(4u8)];
    assert_eq!(a.as_slice(), &[3.0, 6.0, 4.0]);
    fn pair<A: Into<f64>, B: Into<f64>>(a: A, b: B) -> f64 {
        a.into() + b.into()
    }
    // A comma inside a turbofish is not an element separator.
    let b = array![pair::<u8, u16>(1, 2), (1.0), { 2.0 + 0.5 }];
    assert_eq!(b.as_slice(), &[3.0, 1.0, 2.5]);
    let c = array![<f64 as Element>::ONE, <i8 as Into<f64>>::into(2)];
    assert_eq!(c.as_slice(), &[1.0, 2.0]);
    let row = [1, 2, 3];
    let d = array![[row[0], row[1]], [row[2], 0]];
    assert_eq!(d[[1, 0]], 3);
}

#[test]
fn repeat_forms_repeat_like_rust() {
    let halves = array![0.5; 8];
    is::<Array1<f64, 8>>(&halves);
    assert!(halves.iter().all(|&v| v == 0.5));
    let rows = array![[7u8; 19]; 10];
    is::<Array2<u8, 10, 19>>(&rows);
    assert!(rows.iter().all(|&v| v == 7));
    let listed_rows = array![[1, 2, 3]; 2];
    assert_eq!(listed_rows, array![[1, 2, 3], [1, 2, 3]]);
    let mixed = array![[0; 3], [1, 2, 3]];
    assert_eq!(mixed.as_slice(), &[0, 0, 0, 1, 2, 3]);
    const N: usize = 3;
    let by_const = array![1i16; N];
    is::<Array1<i16, 3>>(&by_const);
}

#[test]
fn the_dtype_form_is_zeros() {
    let canvas = array![[[u8; 3]; 19]; 10];
    is::<Array3<u8, 10, 19, 3>>(&canvas);
    assert!(canvas.iter().all(|&v| v == 0));
    assert_eq!(CANVAS.shape(), [4, 5, 3]);
    let f = array![f64; 4];
    is::<Array1<f64, 4>>(&f);
    assert!(f.iter().all(|v| v.to_bits() == 0));
    const W: usize = 2;
    let b = array![[[[bool; W]; 1]; W]; 1];
    is::<Array4<bool, 1, 2, 1, 2>>(&b);
}

#[test]
fn results_work_in_const_and_static_items() {
    assert_eq!(LUT.as_slice(), &[1, 2, 4, 8]);
    assert_eq!(ROT[[0, 1]], -1.0);
    const EMPTY: Array2<i32, 2, 0> = array![[], []];
    assert_eq!(EMPTY.size(), 0);
}

#[test]
fn empty_literals_take_their_type_from_context() {
    let e: Array1<f64, 0> = array![];
    assert_eq!(e.shape(), [0]);
    let rows: Array2<u8, 3, 0> = array![[], [], []];
    assert_eq!(rows.shape(), [3, 0]);
}

#[test]
fn boxed_forms_equal_the_stack_forms() {
    let z = array![box [[u8; 3]; 19]; 10];
    is::<Box<Array3<u8, 10, 19, 3>>>(&z);
    assert_eq!(*z, array![[[u8; 3]; 19]; 10]);
    let full = array![box [[255u8; 3]; 19]; 10];
    assert_eq!(*full, array![[[255u8; 3]; 19]; 10]);
    let listed = array![box [[1, 2, 3], [4, 5, 6]]; 2];
    assert_eq!(*listed, array![[[1, 2, 3], [4, 5, 6]]; 2]);
    let pixels = array![box [[255u8, 165, 0]; 19]; 10];
    assert_eq!(*pixels, array![[[255u8, 165, 0]; 19]; 10]);
    let mixed = array![box [0; 3], [1, 2, 3]];
    assert_eq!(*mixed, array![[0; 3], [1, 2, 3]]);
    let flat = array![box 1.5, 2.5];
    assert_eq!(*flat, array![1.5, 2.5]);
    let empty: Box<Array2<f32, 2, 0>> = array![box [], []];
    assert_eq!(empty.size(), 0);
}

#[test]
fn boxed_forms_evaluate_each_element_once() {
    let mut calls = 0;
    let mut next = || {
        calls += 1;
        calls
    };
    let a = array![box [next(), next()]; 1000];
    assert_eq!(a[[999, 1]], 2);
    assert_eq!(calls, 2);
}

#[test]
fn boxed_canvas_never_touches_the_stack() {
    std::thread::Builder::new()
        .stack_size(64 * 1024)
        .spawn(|| {
            let canvas = array![box [[u8; 3]; 1920]; 1080];
            let orange = array![box [[255u8, 165, 0]; 1920]; 1080];
            let gray = array![box [[0.5f64; 3]; 1920]; 1080];
            assert_eq!(canvas.nbytes() + orange.nbytes(), 12_441_600);
            assert_eq!((orange[[1079, 1919, 1]], gray[[0, 0, 0]]), (165, 0.5));
        })
        .unwrap()
        .join()
        .expect("the boxed canvases fit a 64 KiB stack");
}
