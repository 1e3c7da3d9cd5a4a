// Chars are not an element type.
use shaped::array;

fn main() {
    let a = array!['a', 'b'];
    let _ = a.size();
}
