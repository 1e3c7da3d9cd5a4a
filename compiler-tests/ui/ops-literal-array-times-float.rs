// An array of unsuffixed integers (no annotation) times a float: NumPy's
// float64 result; here the message names the cast, on either side.
use shaped::array;

fn main() {
    let _ = array![1, 2, 3] * 0.5;
    let _ = 0.5 * array![1, 2, 3];
}
