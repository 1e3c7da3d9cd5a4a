//! Filters over `(H, W, 3)` `uint8` images of one size, fixed in the type.

use numpy::{PyArrayDyn, PyReadonlyArrayDyn, PyReadwriteArrayDyn};
use pyo3::prelude::*;
use shaped::{Array2, Array3, ArrayViewMut, Shape3};

const H: usize = 120;
const W: usize = 160;

/// The images these filters take: `(H, W, 3)`.
pub const IMAGE_SHAPE: (usize, usize, usize) = (H, W, 3);

/// Luma in integers, `(77 R + 150 G + 29 B) >> 8`, as a new `(H, W)`
/// array; also the address of the Rust allocation, which NumPy takes over
/// without a copy (the tests compare it with the array's data pointer).
#[pyfunction]
pub fn grayscale<'py>(
    py: Python<'py>,
    image: PyReadonlyArrayDyn<'py, u8>,
) -> PyResult<(Bound<'py, PyArrayDyn<u8>>, usize)> {
    let image = Array3::<u8, H, W, 3>::from_numpy(&image)?;
    let gray = Array2::<u8, H, W>::from_fn_boxed(|[y, x]| {
        let [r, g, b] = [0, 1, 2].map(|c| u32::from(image[[y, x, c]]));
        ((77 * r + 150 * g + 29 * b) >> 8) as u8
    });
    let address = gray.as_slice().as_ptr() as usize;
    Ok((gray.into_numpy(py), address))
}

/// `v + amount`, saturating at 255, for every subpixel, in the caller's
/// array (borrowed as a mutable typed array).
#[pyfunction]
pub fn brighten(mut image: PyReadwriteArrayDyn<'_, u8>, amount: u8) -> PyResult<()> {
    Array3::<u8, H, W, 3>::from_numpy_mut(&mut image)?.map_inplace(|v| v.saturating_add(amount));
    Ok(())
}

/// `255 - v` for every subpixel, in the caller's array (borrowed as a
/// mutable C-order view).
#[pyfunction]
pub fn invert(mut image: PyReadwriteArrayDyn<'_, u8>) -> PyResult<()> {
    ArrayViewMut::<u8, Shape3<H, W, 3>, _>::from_numpy_mut(&mut image)?.map_inplace(|v| 255 - v);
    Ok(())
}
