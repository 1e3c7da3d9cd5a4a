// arange! needs its length while compiling.
use shaped::arange;

fn main() {
    let stop = 10;
    let a = arange!(0, stop);
    let _ = a.size();
}
