// The seed's canvas cast to f32 by value is 24,883,200 bytes: more than a
// main thread's 8 MiB stack, so it does not build; `cast_boxed` does.
use shaped::Array3;

fn main() {
    let canvas = Array3::<u8, 1080, 1920, 3>::zeros_boxed();
    let floats = canvas.cast::<f32>();
    let _ = floats.size();
}
