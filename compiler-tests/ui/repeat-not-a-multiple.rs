use shaped::{Array2, Axis};

fn main() {
    let a = Array2::<i32, 2, 3>::zeros();
    let _: Array2<i32, 2, 8> = a.repeat(Axis::<1>);
}
