//! The tutorial's canvas, painted through views, saved as a PNG with the
//! `image` crate and loaded back into a typed array, its size checked:
//! a `(1080, 1920, 3)` `uint8` array is exactly what `image` calls an
//! `RgbImage` of 1920x1080, byte for byte, so the conversions (feature
//! `image`) hand the pixels over without copying them.

use image::RgbImage;
use shaped::{Array3, s};

type Canvas = Array3<u8, 1080, 1920, 3>;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut canvas = Canvas::zeros_boxed();
    canvas.slice_mut(s![..540, .., 0]).fill(255); // the top half red
    canvas.slice_mut(s![.., 800..1120, 1]).fill(255); // a green column band
    let painted = canvas.as_slice().as_ptr();

    // The boxed array becomes the image: the allocation changes hands.
    let image = RgbImage::from(canvas);
    assert_eq!(image.as_raw().as_ptr(), painted, "no copy");
    let path = std::env::temp_dir().join("shaped-canvas.png");
    image.save(&path)?;
    println!("saved {}", path.display());

    // Back: the decoded image becomes a boxed array (its size checked),
    // and the one in memory is looked at in place.
    let loaded = Box::<Canvas>::try_from(image::open(&path)?.to_rgb8())?;
    let in_memory = <&Canvas>::try_from(&image)?;
    println!(
        "loaded {} of {} bytes",
        loaded.shape_tuple(),
        loaded.nbytes()
    );
    assert_eq!(*loaded, *in_memory);
    println!(
        "pixel (0, 0) {} and (600, 900) {}",
        loaded.slice(s![0, 0, ..]),
        loaded.slice(s![600, 900, ..])
    );

    // An image of another size does not fit: the error says so.
    let small = RgbImage::new(4, 4);
    let err = Box::<Canvas>::try_from(small).unwrap_err();
    println!("a 4x4 image: {err}");
    Ok(())
}
