// A canvas tiled from one pixel is 24,883,200 bytes as f32: more than a
// main thread's 8 MiB stack, so the by-value `tile` does not build; the
// message names `tile_boxed` (the shape tools' heap forms).
use shaped::{Array1, Array3};

fn main() {
    let rgb = Array1::<f32, 3>::from([0.25, 0.5, 1.0]);
    let canvas: Array3<f32, 1080, 1920, 3> = rgb.tile();
    let _ = canvas.size();
}
