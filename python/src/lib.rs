//! `shaped_example`: a Python extension whose functions take NumPy arrays
//! as typed `shaped` arrays, checked once at the boundary.
//!
//! - `points`: a 3x3 transform applied to an `(n, 3)` point cloud of any
//!   length (`Rows<f64, Shape1<3>>` borrowed from NumPy's memory), into a
//!   new array handed to NumPy without a copy or in place; the cloud
//!   centred on its mean (copied into owned rows from any layout);
//! - `image`: filters over `(120, 160, 3)` `uint8` images: grayscale into
//!   a new array (handed to NumPy without a copy), invert and brighten
//!   in place;
//! - `matrix`: a Fortran-order 3x3 inverse (copied back to NumPy) and a
//!   trace over a fixed-rank `Ix2` argument.
//!
//! A wrong shape, order or contiguity raises `ValueError` naming expected
//! and found (`expected (3, 3) C-contiguous, got (3, 4)`); a wrong dtype
//! raises the `numpy` crate's `TypeError` naming both dtypes. The pytest
//! suite (`tests/`) checks results against NumPy, that no copy was made,
//! and the exceptions.

use pyo3::prelude::*;

mod image;
mod matrix;
mod points;

#[pymodule]
fn shaped_example(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(points::transform_points, m)?)?;
    m.add_function(wrap_pyfunction!(points::transform_points_inplace, m)?)?;
    m.add_function(wrap_pyfunction!(points::centered, m)?)?;
    m.add_function(wrap_pyfunction!(points::farthest_point, m)?)?;
    m.add_function(wrap_pyfunction!(image::grayscale, m)?)?;
    m.add_function(wrap_pyfunction!(image::invert, m)?)?;
    m.add_function(wrap_pyfunction!(image::brighten, m)?)?;
    m.add_function(wrap_pyfunction!(matrix::inverse_f, m)?)?;
    m.add_function(wrap_pyfunction!(matrix::trace, m)?)?;
    m.add("IMAGE_SHAPE", image::IMAGE_SHAPE)?;
    Ok(())
}
