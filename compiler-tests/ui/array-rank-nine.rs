// Arrays have at most eight dimensions.
use shaped::array;

fn main() {
    let a = array![[[[[[[[[1]]]]]]]]];
    let _ = a;
}
