// `from_fn` of a 24,883,200-byte array does not fit a main thread's 8 MiB
// stack, so it does not build; the message names `from_fn_boxed`.
use shaped::Array3;

fn main() {
    let ramp = Array3::<f32, 1080, 1920, 3>::from_fn(|[i, j, k]| (i + j + k) as f32);
    let _ = ramp.size();
}
