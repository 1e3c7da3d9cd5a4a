//! `image` (feature `image`): an `image::ImageBuffer` *is* a row-major
//! `(height, width, channels)` array, byte for byte, so the conversions
//! move no pixel:
//!
//! | `image` | array |
//! |---|---|
//! | `GrayImage` (`Luma<u8>`), `Luma<u16>`, `Luma<f32>` | `Array2<T, H, W>` |
//! | `GrayAlphaImage` (`LumaA<u8>`), `LumaA<u16>`, `LumaA<f32>` | `Array3<T, H, W, 2>` |
//! | `RgbImage` (`Rgb<u8>`), `Rgb<u16>`, `Rgb32FImage` (`Rgb<f32>`) | `Array3<T, H, W, 3>` |
//! | `RgbaImage` (`Rgba<u8>`), `Rgba<u16>`, `Rgba32FImage` (`Rgba<f32>`) | `Array3<T, H, W, 4>` |
//!
//! Borrowed: `<&Array3<u8, H, W, 3>>::try_from(&image)` (and `&mut`) is the
//! image's own memory. Owned: `Box::<Array3<..>>::try_from(image)` takes
//! over its `Vec` and `ImageBuffer::from(boxed)` hands the allocation back.
//! A width or height other than the array's is an [`ImageSizeError`].

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::fmt;
use core::ops::{Deref, DerefMut};

use image::{ImageBuffer, Luma, LumaA, Pixel, Rgb, Rgba};

use crate::array::Array;
use crate::element::Element;
use crate::order::RowMajor;
use crate::shape::{Shape, Shape2, Shape3};

/// An image whose width or height is not the array's; for an owned
/// conversion it gives the image back ([`into_image`](Self::into_image)).
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Array3;
/// let small = image::RgbImage::new(4, 3);
/// let err = <&Array3<u8, 1080, 1920, 3>>::try_from(&small).unwrap_err();
/// assert_eq!(err.to_string(), "expected an image 1920 wide and 1080 high, found 4 wide and 3 high");
/// assert_eq!((err.found_width(), err.found_height()), (4, 3));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
// Repeats the module's cfg: on the item, it labels the item in the docs.
#[cfg(feature = "image")]
pub struct ImageSizeError<I = ()> {
    expected: (u32, u32),
    found: (u32, u32),
    image: I,
}

impl<I> ImageSizeError<I> {
    /// The array's width `W` (its second axis).
    pub fn expected_width(&self) -> u32 {
        self.expected.0
    }

    /// The array's height `H` (its first axis).
    pub fn expected_height(&self) -> u32 {
        self.expected.1
    }

    /// The image's width.
    pub fn found_width(&self) -> u32 {
        self.found.0
    }

    /// The image's height.
    pub fn found_height(&self) -> u32 {
        self.found.1
    }

    /// The image that did not fit, unchanged (`()` for a borrowed one).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array3;
    /// let small = image::RgbImage::new(4, 3);
    /// let err = Box::<Array3<u8, 8, 8, 3>>::try_from(small).unwrap_err();
    /// assert_eq!(err.into_image().dimensions(), (4, 3)); // nothing is lost
    /// ```
    pub fn into_image(self) -> I {
        self.image
    }
}

impl<I> fmt::Display for ImageSizeError<I> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "expected an image {} wide and {} high, found {} wide and {} high",
            self.expected.0, self.expected.1, self.found.0, self.found.1
        )
    }
}

impl<I: fmt::Debug> core::error::Error for ImageSizeError<I> {}

/// Width `W` and height `H` as `image` counts them (`u32`); an array
/// wider or higher than that does not build.
struct Size<const H: usize, const W: usize>;

impl<const H: usize, const W: usize> Size<H, W> {
    const U32: (u32, u32) = {
        assert!(
            W <= u32::MAX as usize && H <= u32::MAX as usize,
            "an image's width and height are u32: this array is too large for `image`"
        );
        (W as u32, H as u32)
    };

    /// `Ok` if `found` (width, height) is `(W, H)`.
    fn check(found: (u32, u32)) -> Result<(), ImageSizeError> {
        let expected = Self::U32;
        if found == expected {
            Ok(())
        } else {
            Err(ImageSizeError {
                expected,
                found,
                image: (),
            })
        }
    }
}

macro_rules! image_pixels {
    ($($pixel:ident $shape:ty, $alias:literal, $example:literal;)*) => {$(
        /// The image's pixels as a row-major array, borrowed: no copy. A
        /// width or height other than the array's is an error naming both.
        ///
        /// ```
        /// # use shaped_core as shaped;
        #[doc = concat!("use shaped::{Array, ", $alias, "};")]
        #[doc = concat!("let image = image::ImageBuffer::<image::", stringify!($pixel), "<u8>, Vec<u8>>::new(5, 4);")]
        #[doc = concat!("let pixels = <&Array<u8, ", $example, ">>::try_from(&image).unwrap();")]
        /// assert_eq!(pixels.as_slice().as_ptr(), image.as_raw().as_ptr());
        /// ```
        #[cfg(feature = "image")]
        impl<'a, T, C, const H: usize, const W: usize> TryFrom<&'a ImageBuffer<$pixel<T>, C>>
            for &'a Array<T, $shape, RowMajor>
        where
            T: Element,
            $pixel<T>: Pixel<Subpixel = T>,
            C: Deref<Target = [T]>,
        {
            type Error = ImageSizeError;

            fn try_from(image: &'a ImageBuffer<$pixel<T>, C>) -> Result<Self, ImageSizeError> {
                Size::<H, W>::check(image.dimensions())?;
                // The first `height * width * channels` subpixels, in rows
                // (`from_raw` accepts a longer container).
                let subpixels = &(**image)[..<$shape as Shape>::SIZE];
                Ok(Array::from_slice(subpixels).expect("the sizes were checked"))
            }
        }

        /// The image's pixels as a mutable row-major array: writes go to
        /// the image, without a copy either way.
        ///
        /// ```
        /// # use shaped_core as shaped;
        #[doc = concat!("use shaped::{Array, ", $alias, "};")]
        #[doc = concat!("let mut image = image::ImageBuffer::<image::", stringify!($pixel), "<u8>, Vec<u8>>::new(5, 4);")]
        #[doc = concat!("<&mut Array<u8, ", $example, ">>::try_from(&mut image).unwrap().fill(9);")]
        /// assert!(image.as_raw().iter().all(|&v| v == 9));
        /// ```
        #[cfg(feature = "image")]
        impl<'a, T, C, const H: usize, const W: usize> TryFrom<&'a mut ImageBuffer<$pixel<T>, C>>
            for &'a mut Array<T, $shape, RowMajor>
        where
            T: Element,
            $pixel<T>: Pixel<Subpixel = T>,
            C: DerefMut<Target = [T]>,
        {
            type Error = ImageSizeError;

            fn try_from(image: &'a mut ImageBuffer<$pixel<T>, C>) -> Result<Self, ImageSizeError> {
                Size::<H, W>::check(image.dimensions())?;
                let subpixels = &mut (**image)[..<$shape as Shape>::SIZE];
                Ok(Array::from_mut_slice(subpixels).expect("the sizes were checked"))
            }
        }

        /// The image as a boxed array, keeping its allocation: no copy when
        /// the buffer's capacity is its length, as for every image `image`
        /// makes (`new`, `from_fn`, decoding); otherwise the buffer is
        /// shrunk once first. A wrong size gives the image back in the error.
        ///
        /// ```
        /// # use shaped_core as shaped;
        #[doc = concat!("use shaped::{Array, ", $alias, "};")]
        #[doc = concat!("let image = image::ImageBuffer::<image::", stringify!($pixel), "<u8>, Vec<u8>>::new(5, 4);")]
        /// let start = image.as_raw().as_ptr();
        #[doc = concat!("let pixels = Box::<Array<u8, ", $example, ">>::try_from(image).unwrap();")]
        /// assert_eq!(pixels.as_slice().as_ptr(), start);
        /// ```
        #[cfg(feature = "image")]
        impl<T, const H: usize, const W: usize> TryFrom<ImageBuffer<$pixel<T>, Vec<T>>>
            for Box<Array<T, $shape, RowMajor>>
        where
            T: Element,
            $pixel<T>: Pixel<Subpixel = T>,
        {
            type Error = ImageSizeError<ImageBuffer<$pixel<T>, Vec<T>>>;

            fn try_from(image: ImageBuffer<$pixel<T>, Vec<T>>) -> Result<Self, Self::Error> {
                if let Err(error) = Size::<H, W>::check(image.dimensions()) {
                    return Err(ImageSizeError { expected: error.expected, found: error.found, image });
                }
                let mut raw = image.into_raw();
                raw.truncate(<$shape as Shape>::SIZE);
                Ok(Box::try_from(raw).expect("the sizes were checked"))
            }
        }

        /// A boxed array as an image, handing its allocation over: no copy.
        ///
        /// ```
        /// # use shaped_core as shaped;
        #[doc = concat!("use shaped::{Array, ", $alias, "};")]
        #[doc = concat!("let pixels = Array::<u8, ", $example, ">::full_boxed(7);")]
        /// let start = pixels.as_slice().as_ptr();
        #[doc = concat!("let image = image::ImageBuffer::<image::", stringify!($pixel), "<u8>, Vec<u8>>::from(pixels);")]
        /// assert_eq!((image.dimensions(), image.as_raw().as_ptr()), ((5, 4), start));
        /// ```
        #[cfg(feature = "image")]
        impl<T, const H: usize, const W: usize> From<Box<Array<T, $shape, RowMajor>>>
            for ImageBuffer<$pixel<T>, Vec<T>>
        where
            T: Element,
            $pixel<T>: Pixel<Subpixel = T>,
        {
            fn from(array: Box<Array<T, $shape, RowMajor>>) -> Self {
                let (width, height) = Size::<H, W>::U32;
                ImageBuffer::from_raw(width, height, Vec::from(array))
                    .expect("the array holds height * width * channels subpixels")
            }
        }
    )*};
}

image_pixels! {
    Luma Shape2<H, W>, "Shape2", "Shape2<4, 5>";
    LumaA Shape3<H, W, 2>, "Shape3", "Shape3<4, 5, 2>";
    Rgb Shape3<H, W, 3>, "Shape3", "Shape3<4, 5, 3>";
    Rgba Shape3<H, W, 4>, "Shape3", "Shape3<4, 5, 4>";
}
