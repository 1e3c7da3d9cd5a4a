// The repeat form repeats one value.
use shaped::array;

fn main() {
    let a = array![1, 2; 3];
    let _ = a.size();
}
