// An empty row beside a full one: no shape fits both.
use shaped::array;

fn main() {
    let a = array![[], [1]];
    let _ = a.size();
}
