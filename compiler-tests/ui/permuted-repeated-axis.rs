use shaped::Array3;

fn main() {
    let a = Array3::<i32, 2, 3, 4>::zeros();
    let _ = a.permuted::<0, 2, 0>();
}
