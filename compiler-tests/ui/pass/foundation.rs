// Compiles and runs: the forms the failing cases get wrong, written right.
use shaped::{Array1, Array2, Array3, ColMajor};

static TABLE: Array1<u16, 4> = Array1::full(7);

fn main() {
    let canvas = Array3::<u8, 4, 5, 3>::zeros();
    assert_eq!(canvas.size(), 60);
    assert_eq!(Array1::<f64, 4>::NBYTES, 32);
    let a = Array2::<f32, 3, 3>::eye();
    assert_eq!(a[[1, 1]] + a[1][2], 1.0);
    let f = Array2::<f32, 3, 3, ColMajor>::eye();
    assert_eq!(f[[2, 2]], 1.0);
    assert_eq!(TABLE[3], 7);
}
