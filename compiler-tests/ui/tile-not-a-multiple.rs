use shaped::{Array2, Array3};

fn main() {
    let a = Array2::<i32, 2, 3>::zeros();
    let _: Array3<i32, 2, 4, 7> = a.tile();
}
