use shaped::{Array2, PadMode};

fn main() {
    let a = Array2::<f64, 2, 3>::zeros();
    let _: Array2<f64, 4, 4> = a.pad::<1, 1, _>(PadMode::Edge);
}
