//! Small matrices: an F-order argument, a fixed-rank one, a copy back.

use numpy::{PyArrayDyn, PyReadonlyArray2, PyReadonlyArrayDyn};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use shaped::{Array2, ArrayView, ColMajor, Shape2};

/// The inverse of a Fortran-order 3x3 matrix, copied into a new
/// Fortran-order NumPy array; a singular matrix raises `ValueError`.
#[pyfunction]
pub fn inverse_f<'py>(
    py: Python<'py>,
    m: PyReadonlyArrayDyn<'py, f64>,
) -> PyResult<Bound<'py, PyArrayDyn<f64>>> {
    let m = Array2::<f64, 3, 3, ColMajor>::from_numpy(&m)?;
    let inverse = m
        .inv()
        .ok_or_else(|| PyValueError::new_err("singular matrix"))?;
    Ok(inverse.to_numpy(py))
}

/// The trace of a 4x4 `float32` matrix, taken as a fixed-rank `Ix2`
/// argument and borrowed as a C-order view: another rank is rejected by
/// the `numpy` crate while extracting (`TypeError`), another shape by
/// `shaped` (`ValueError`).
#[pyfunction]
pub fn trace(m: PyReadonlyArray2<'_, f32>) -> PyResult<f32> {
    let m = ArrayView::<f32, Shape2<4, 4>, _>::from_numpy(&m)?;
    Ok((0..4).map(|i| m[[i, i]]).sum())
}
