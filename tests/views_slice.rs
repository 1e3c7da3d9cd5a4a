use shaped::{Array2, ArrayView, Shape1, Shape2, s};

#[test]
fn smoke() {
    let a = Array2::<f64, 4, 6>::from_fn(|[i, j]| (10 * i + j) as f64);
    let v = a.slice(s![1..3, ..;2]);
    let v: ArrayView<_, Shape2<2, 3>, _> = v;
    assert_eq!(v.shape(), [2, 3]);
    assert_eq!(v.strides(), [48, 16]);
    assert_eq!(v[[1, 2]], 24.0);
    let c = a.slice(s![.., 0]);
    assert_eq!(c.to_array().as_slice(), &[0.0, 10.0, 20.0, 30.0]);
    let t: ArrayView<_, Shape1<4>, _> = a.slice(s![-1, 2..]);
    assert_eq!(t.to_array().as_slice(), &[32.0, 33.0, 34.0, 35.0]);
    println!("{v}");
}
