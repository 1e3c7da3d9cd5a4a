// One type for all arguments.
use shaped::arange;

fn main() {
    let a = arange!(0u8, 10i32);
    let _ = a.size();
}
