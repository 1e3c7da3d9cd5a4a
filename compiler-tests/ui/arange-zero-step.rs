// A zero step never reaches stop.
use shaped::arange;

fn main() {
    let a = arange!(0, 10, 0);
    let _ = a.size();
}
