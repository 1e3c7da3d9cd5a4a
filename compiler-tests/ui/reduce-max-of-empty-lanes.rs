// Lanes of length 0 have no maximum (NumPy raises for np.zeros((3, 0)).max(axis=1)).
use shaped::Array2;

fn main() {
    let a = Array2::<f32, 3, 0>::zeros();
    let _ = a.max_axis::<1>();
}
