// The two-argument call of earlier versions: the compiler asks for the
// third argument (NumPy's step) instead of turning the step into a stop.
use shaped::Array1;

fn main() {
    let _ = Array1::<i32, 5>::arange(0, 2);
}
