// NumPy's int_array * 0.5 is float64; here the message names the cast.
use shaped::Array1;

fn main() {
    let a = Array1::<i32, 3>::from([1, 2, 3]);
    let _ = a * 0.5;
    let _ = 2.0 + &a;
}
