// np.zeros((3, 3)): the shape is in the type, and the compiler's own
// suggestion (drop the argument) is the right form.
use shaped::Array2;

fn main() {
    let _ = Array2::<f64, 3, 3>::zeros((3, 3));
}
