// The number of points cannot be negative.
use shaped::linspace;

fn main() {
    let a = linspace!(0, 1, -3);
    let _ = a.size();
}
