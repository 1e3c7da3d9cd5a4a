use shaped::Array2;

fn main() {
    let a = Array2::<f64, 3, 4>::zeros();
    let _ = a.swapaxes::<0, 2>();
}
