// Copying a view of a boxed 24,883,200-byte array into an array by value
// does not fit a main thread's 8 MiB stack, so it does not build; the
// message names `to_array_boxed`.
use shaped::Array3;

fn main() {
    let a = Array3::<f32, 1080, 1920, 3>::zeros_boxed();
    let copy = a.t().to_array();
    let _ = copy.size();
}
