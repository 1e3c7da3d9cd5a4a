// The flat running total is for arrays of one axis; a matrix takes it
// along an axis (NumPy's `np.cumsum(a)` would flatten it silently).
use shaped::Array2;

fn main() {
    let a = Array2::<i32, 2, 3>::zeros();
    let _ = a.cumsum();
}
