// An integer literal beside a float array: write 1.0.
use shaped::Array1;

fn main() {
    let mut b = Array1::<f64, 3>::zeros();
    b += 1;
}
