//! `image` buffers as typed arrays and back (feature `image`), without a
//! copy: `cargo test -p shaped-tests --features image -- image::`.
#![cfg(feature = "image")]

use image::{GrayImage, ImageBuffer, Luma, LumaA, Rgb, Rgb32FImage, RgbImage, Rgba, RgbaImage};
use shaped::{Array2, Array3, ImageSizeError};

/// An RGB image whose every subpixel is distinct: (x, y, c) -> 7x + 3y + c.
fn gradient() -> RgbImage {
    RgbImage::from_fn(6, 4, |x, y| {
        Rgb([0, 1, 2].map(|c| (7 * x + 3 * y + c) as u8))
    })
}

#[test]
fn borrowed_rgb_is_the_same_memory_in_rows() {
    let image = gradient();
    let pixels = <&Array3<u8, 4, 6, 3>>::try_from(&image).unwrap();
    assert_eq!(
        pixels.as_slice().as_ptr(),
        image.as_raw().as_ptr(),
        "no copy"
    );
    // Axis 0 is y (the height), axis 1 is x (the width), axis 2 the channel.
    for (x, y, pixel) in image.enumerate_pixels() {
        for c in 0..3 {
            assert_eq!(pixels[[y as usize, x as usize, c]], pixel.0[c]);
        }
    }
}

#[test]
fn mutable_borrow_writes_into_the_image() {
    let mut image = gradient();
    let pixels = <&mut Array3<u8, 4, 6, 3>>::try_from(&mut image).unwrap();
    pixels[[2, 5, 1]] = 200; // y = 2, x = 5, green
    pixels.slice_mut(shaped::s![0, .., ..]).fill(9); // the top row
    assert_eq!(image.get_pixel(5, 2).0[1], 200);
    assert_eq!(image.get_pixel(3, 0).0, [9, 9, 9]);
    assert_eq!(image.get_pixel(3, 1).0, [24, 25, 26]);
}

#[test]
fn owned_conversions_hand_the_allocation_over() {
    let image = gradient();
    let start = image.as_raw().as_ptr();
    let expected = image.as_raw().clone();
    let pixels = Box::<Array3<u8, 4, 6, 3>>::try_from(image).unwrap();
    assert_eq!(pixels.as_slice().as_ptr(), start, "no copy into the array");
    assert_eq!(pixels.as_slice(), &expected[..]);
    let back = RgbImage::from(pixels);
    assert_eq!(back.as_raw().as_ptr(), start, "no copy back into the image");
    assert_eq!((back.dimensions(), back.as_raw()), ((6, 4), &expected));
}

#[test]
fn boxed_arrays_become_images_of_every_pixel_kind() {
    let rgba = Array3::<u8, 2, 3, 4>::from_fn_boxed(|[y, x, c]| (12 * y + 4 * x + c) as u8);
    let image = RgbaImage::from(rgba);
    assert_eq!(image.get_pixel(2, 1).0, [20, 21, 22, 23]);

    let gray = Array2::<u8, 2, 3>::from_fn_boxed(|[y, x]| (10 * y + x) as u8);
    let start = gray.as_slice().as_ptr();
    let image = GrayImage::from(gray);
    assert_eq!(
        (image.get_pixel(2, 1).0, image.as_raw().as_ptr()),
        ([12], start)
    );

    let deep = Array3::<u16, 2, 2, 3>::full_boxed(60_000);
    let image = ImageBuffer::<Rgb<u16>, Vec<u16>>::from(deep);
    assert_eq!(image.get_pixel(1, 1).0, [60_000; 3]);

    let two = Array3::<u16, 1, 2, 2>::from_fn_boxed(|[_, x, c]| (x * 2 + c) as u16);
    let image = ImageBuffer::<LumaA<u16>, Vec<u16>>::from(two);
    assert_eq!(image.get_pixel(1, 0).0, [2, 3]);
}

#[test]
fn float_and_sixteen_bit_images_borrow_too() {
    let hdr = Rgb32FImage::from_fn(3, 2, |x, y| Rgb([x as f32, y as f32, 0.5]));
    let pixels = <&Array3<f32, 2, 3, 3>>::try_from(&hdr).unwrap();
    assert_eq!(pixels.as_slice().as_ptr(), hdr.as_raw().as_ptr());
    assert_eq!(
        (pixels[[1, 2, 0]], pixels[[1, 2, 1]], pixels.sum()),
        (2.0, 1.0, 12.0)
    );

    let deep = ImageBuffer::<Luma<u16>, Vec<u16>>::from_fn(4, 2, |x, y| Luma([(x * y) as u16]));
    let pixels = <&Array2<u16, 2, 4>>::try_from(&deep).unwrap();
    assert_eq!(pixels[[1, 3]], 3);

    let rgba = ImageBuffer::<Rgba<f32>, Vec<f32>>::new(2, 2);
    let boxed = Box::<Array3<f32, 2, 2, 4>>::try_from(rgba).unwrap();
    assert_eq!(boxed.sum(), 0.0);
}

#[test]
fn a_longer_buffer_is_cut_to_the_image() {
    // `ImageBuffer::from_raw` accepts more subpixels than the image needs.
    let mut raw: Vec<u8> = (0..30).collect();
    raw.push(99);
    let image = GrayImage::from_raw(5, 6, raw).unwrap();
    let pixels = <&Array2<u8, 6, 5>>::try_from(&image).unwrap();
    assert_eq!(pixels.as_slice().len(), 30);
    let owned = Box::<Array2<u8, 6, 5>>::try_from(image).unwrap();
    assert_eq!(owned[[5, 4]], 29);
}

#[test]
fn wrong_sizes_name_width_and_height() {
    let image = gradient(); // 6 wide, 4 high
    let err = <&Array3<u8, 6, 4, 3>>::try_from(&image).unwrap_err();
    assert_eq!(
        err.to_string(),
        "expected an image 4 wide and 6 high, found 6 wide and 4 high"
    );
    assert_eq!(
        (err.expected_width(), err.expected_height()),
        (4, 6),
        "W is axis 1, H axis 0"
    );
    assert_eq!((err.found_width(), err.found_height()), (6, 4));

    let err: ImageSizeError<RgbImage> = Box::<Array3<u8, 4, 5, 3>>::try_from(image).unwrap_err();
    assert_eq!(
        err.to_string(),
        "expected an image 5 wide and 4 high, found 6 wide and 4 high"
    );
    let image = err.into_image();
    assert_eq!(image, gradient(), "the image comes back unchanged");

    let mut gray = GrayImage::new(3, 3);
    assert!(<&mut Array2<u8, 3, 4>>::try_from(&mut gray).is_err());
    assert!(<&mut Array2<u8, 3, 3>>::try_from(&mut gray).is_ok());
}
