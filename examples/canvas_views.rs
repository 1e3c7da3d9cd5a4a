//! Painting the tutorial's canvas through views, the NumPy way:
//!
//!     canvas = np.zeros((1080, 1920, 3), dtype=np.uint8)
//!     canvas[:540, :, 0] = 255           # the top half red
//!     canvas[:, 800:1120, 1] = 255       # a green column band
//!     canvas[::2, ::2, 2] //= 2          # (nothing blue to halve yet)
//!
//! Every slice below is a view: nothing is copied, and its shape and steps
//! are in its type, so a bound past the canvas would not compile.

use shaped::{Array3, Axis, s};

fn main() {
    let mut canvas = Array3::<u8, 1080, 1920, 3>::zeros_boxed();

    canvas.slice_mut(s![..540, .., 0]).fill(255);
    canvas.slice_mut(s![.., 800..1120, 1]).fill(255);
    let mut blue = canvas.slice_mut(s![100..200, 100..300, 2]);
    blue.fill(200);
    blue /= 2;

    let red = canvas.slice(s![.., .., 0]);
    let green = canvas.slice(s![.., .., 1]);
    let blue = canvas.slice(s![.., .., 2]);
    println!("Canvas shape:        {}", canvas.shape_tuple());
    println!(
        "Red view:            shape {:?}, strides {:?} bytes",
        red.shape(),
        red.strides()
    );
    println!(
        "Red pixels:          {}",
        red.to_array_boxed().count_nonzero()
    );
    println!(
        "Green pixels:        {}",
        green.to_array_boxed().count_nonzero()
    );
    println!("Blue sum:            {}", blue.sum());
    println!("Pixel (0, 0):        {}", canvas.slice(s![0, 0, ..]));
    println!("Pixel (600, 900):    {}", canvas.slice(s![600, 900, ..]));
    println!("Pixel (150, 150):    {}", canvas.slice(s![150, 150, ..]));

    // Row by row, as NumPy's `for row in canvas:` walks it.
    let lit_rows = canvas.outer_iter().filter(|row| row.any()).count();
    println!("Rows with any colour: {lit_rows}");
    // One value per column: the brightest red in each column.
    let brightest = canvas.slice(s![.., ..4, 0]).max_axis::<0>();
    println!("Brightest red, first columns: {brightest}");
    let columns = canvas
        .slice(s![..1, .., 1])
        .lanes(Axis::<0>)
        .filter(|c| c.any())
        .count();
    println!("Green columns:       {columns}");
}
