// Strings are not an array element type: there is no object dtype.
use shaped::Array1;

fn main() {
    let words = Array1::<&str, 3>::zeros();
    let _ = words;
}
