// A histogram of 4 bins has 5 edges.
use shaped::Array1;

fn main() {
    let a = Array1::<f64, 3>::from([0.1, 0.5, 0.9]);
    let _: (Array1<usize, 4>, Array1<f64, 4>) = a.histogram(0.0, 1.0);
}
