use shaped::Array2;

fn main() {
    let a = Array2::<f32, 3, 4>::zeros();
    let _ = a.expand_dims::<3>();
}
