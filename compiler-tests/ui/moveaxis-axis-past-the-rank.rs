use shaped::Array3;

fn main() {
    let a = Array3::<u8, 4, 5, 3>::zeros();
    let _ = a.moveaxis::<3, 0>();
}
