// A row and a single value cannot stand side by side.
use shaped::array;

fn main() {
    let a = array![[1, 2], 3];
    let _ = a.size();
}
