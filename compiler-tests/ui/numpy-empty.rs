// NumPy's np.empty: there is none; the message names what to use.
use shaped::Array2;

fn main() {
    let _ = Array2::<f64, 3, 3>::empty();
}
