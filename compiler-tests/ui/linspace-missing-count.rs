// linspace! needs the number of points.
use shaped::linspace;

fn main() {
    let a = linspace!(0, 1);
    let _ = a.size();
}
