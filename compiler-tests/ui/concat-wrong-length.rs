use shaped::{Array2, Axis};

fn main() {
    let a = Array2::<i32, 2, 3>::zeros();
    let b = Array2::<i32, 3, 3>::zeros();
    let _c: Array2<i32, 4, 3> = a.concat(Axis::<0>, &b);
}
