use shaped::Array3;

fn main() {
    let a = Array3::<u8, 2, 1, 3>::zeros();
    let _ = a.squeeze::<2>();
}
