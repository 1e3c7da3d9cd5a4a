// Empty rows at different depths: no shape fits both.
use shaped::array;

fn main() {
    let a = array![[[]], []];
    let _ = a.size();
}
