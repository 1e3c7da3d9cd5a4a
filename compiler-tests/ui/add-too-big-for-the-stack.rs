// `&a + &b` builds a new array by value: for two boxed 24,883,200-byte
// arrays it does not fit a main thread's 8 MiB stack, so it does not
// build; the message names the compound assignment on a boxed copy.
use shaped::Array3;

fn main() {
    let a = Array3::<f32, 1080, 1920, 3>::zeros_boxed();
    let b = Array3::<f32, 1080, 1920, 3>::ones_boxed();
    let sum = &*a + &*b;
    let _ = sum.size();
}
