// Every row of an array has the same length.
use shaped::array;

fn main() {
    let a = array![[1, 2, 3], [4, 5]];
    let _ = a.size();
}
