// The dtype form needs a real element type.
use shaped::array;

fn main() {
    let a = array![[u7; 3]; 2];
    let _ = a.size();
}
