// np.linalg.det works in float64; shaped asks for the conversion.
use shaped::Array2;

fn main() {
    let a = Array2::<i32, 2, 2>::from([[4, 7], [2, 6]]);
    let _ = a.det();
}
