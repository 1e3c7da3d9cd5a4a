// Two suffixes, two types.
use shaped::array;

fn main() {
    let a = array![1u8, 2i32];
    let _ = a.size();
}
