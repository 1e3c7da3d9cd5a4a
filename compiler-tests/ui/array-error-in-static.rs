// A mistake in a static array: one error, no follow-on const-evaluation error.
use shaped::{array, Array1};

static TABLE: Array1<u8, 3> = array![1, 2, "three"];

fn main() {
    let _ = TABLE.size();
}
