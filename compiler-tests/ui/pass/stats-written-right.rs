// Compiles and runs: the statistics the `stats-*` cases get wrong, written right.
use shaped::{Array1, Array2, Array3};

fn main() {
    let a = Array3::<f64, 2, 3, 4>::ones();
    assert_eq!(a.mean_axes::<0, 1>(), Array1::full(1.0));
    assert_eq!(Array2::<f64, 1, 3>::from([[1.0, 2.0, 4.0]]).quantile(0.5), 2.0);
    let v = Array1::<f64, 3>::from([0.1, 0.5, 0.9]);
    let (counts, _edges): (Array1<usize, 4>, Array1<f64, 5>) = v.histogram(0.0, 1.0);
    assert_eq!(counts.as_slice(), &[1, 0, 1, 1]);
}
