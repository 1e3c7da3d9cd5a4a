// Printing (or computing with) an array from `uninit()` before
// `assume_init()`: the note says to write every element and call it.
use shaped::Array1;

fn main() {
    let a = Array1::<f64, 3>::uninit();
    println!("{}", a);
}
