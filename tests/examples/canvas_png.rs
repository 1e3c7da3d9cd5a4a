//! The tutorial's canvas, painted through views, saved as a PNG with the
//! `image` crate and loaded back into a typed array, its size checked:
//! a `(1080, 1920, 3)` `uint8` image is exactly what `image` calls an
//! `RgbImage` of 1920x1080, byte for byte.

use shaped::{Array3, s};

type Canvas = Array3<u8, 1080, 1920, 3>;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut canvas = Canvas::zeros_boxed();
    canvas.slice_mut(s![..540, .., 0]).fill(255); // the top half red
    canvas.slice_mut(s![.., 800..1120, 1]).fill(255); // a green column band

    let path = std::env::temp_dir().join("shaped-canvas.png");
    let image = image::RgbImage::from_raw(1920, 1080, canvas.as_bytes().to_vec())
        .ok_or("the canvas is 1920x1080x3 bytes")?;
    image.save(&path)?;
    println!("saved {}", path.display());

    // Back: the pixels as a Vec, then a typed array (the length is checked).
    let pixels = image::open(&path)?.to_rgb8().into_raw();
    let loaded: Box<Canvas> = pixels.try_into()?;
    println!(
        "loaded {} of {} bytes",
        loaded.shape_tuple(),
        loaded.nbytes()
    );
    assert_eq!(loaded, canvas);
    println!(
        "pixel (0, 0) {} and (600, 900) {}",
        loaded.slice(s![0, 0, ..]),
        loaded.slice(s![600, 900, ..])
    );

    // An image of another size does not fit: the error says so.
    let small = image::RgbImage::new(4, 4).into_raw();
    let err = Box::<Canvas>::try_from(small).unwrap_err();
    println!("a 4x4 image: {err}");
    Ok(())
}
