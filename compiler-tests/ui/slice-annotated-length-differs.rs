use shaped::{Array1, ArrayView, Shape1, s};

fn main() {
    let a = Array1::<f64, 5>::zeros();
    // a[1:] has 4 elements.
    let _: ArrayView<_, Shape1<3>, _> = a.slice(s![1..]);
}
