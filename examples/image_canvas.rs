//! The tutorial's canvas: a 1080x1920 RGB image of u8, pre-allocated black.
//!
//! NumPy:
//!     image_canvas = np.zeros(shape=(1080, 1920, 3), dtype=np.uint8)
//!     print(f"Canvas Shape: {image_canvas.shape}")
//!     print(f"Total Pixels: {image_canvas.size}")
//!     print(f"Memory Print: {image_canvas.nbytes / 1024 / 1024:.2f} MB")
//!
//! Here the shape, size and byte count are constants of the type; the canvas
//! is built straight on the heap (a zeroed allocation) since 6 MB would
//! crowd a thread's stack.

use shaped::Array3;

type Canvas<T> = Array3<T, 1080, 1920, 3>;

fn report<T: shaped::Element>(canvas: &Canvas<T>) {
    println!("Canvas Shape: {}", canvas.shape_tuple());
    println!("Total Pixels: {}", canvas.size());
    println!(
        "Memory Print: {:.2} MB",
        canvas.nbytes() as f64 / 1024.0 / 1024.0
    );
}

fn main() {
    let image_canvas = Canvas::<u8>::zeros_boxed();
    report(&image_canvas);

    println!();
    println!(
        "The same canvas as float64 (dtype {}):",
        Canvas::<f64>::DTYPE
    );
    report(&Canvas::<f64>::zeros_boxed());
}
