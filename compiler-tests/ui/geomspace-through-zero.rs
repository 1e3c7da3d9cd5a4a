// A geometric sequence cannot reach zero.
use shaped::geomspace;

fn main() {
    let a = geomspace!(0, 1000, 4);
    let _ = a.size();
}
