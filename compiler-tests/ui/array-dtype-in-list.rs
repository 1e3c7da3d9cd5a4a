// A dtype name is not a value.
use shaped::array;

fn main() {
    let a = array![[u8, u8], [u8, u8]];
    let _ = a.size();
}
