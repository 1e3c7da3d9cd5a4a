// A bool among numbers.
use shaped::array;

fn main() {
    let a = array![[1, 0], [true, 1]];
    let _ = a.size();
}
