use shaped::Array1;

fn main() {
    // An array holds one numeric dtype; there is no object dtype.
    let a: Array1<String, 2> = Array1::from([String::new(), String::new()]);
    let _ = a;
}
