// Ragged rows are found at any depth.
use shaped::array;

fn main() {
    let a = array![[[1, 2], [3, 4]], [[5, 6], [7]]];
    let _ = a.size();
}
