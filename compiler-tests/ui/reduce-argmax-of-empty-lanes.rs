// Lanes of length 0 have no position of a maximum (NumPy raises "attempt to
// get argmax of an empty sequence" for np.zeros((2, 0, 4)).argmax(axis=1)).
use shaped::Array3;

fn main() {
    let a = Array3::<i32, 2, 0, 4>::zeros();
    let _ = a.argmax_axis::<1>();
}
