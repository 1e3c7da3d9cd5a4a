//! A 3x3 transform applied to an `(n, 3)` point cloud: `points @ m.T`.
//!
//! The number of points is known only at run time, and an `Array` has
//! every length in its type. `Rows<f64, Shape1<3>>` holds such data, but
//! it owns its buffer: there is no borrowed form of it to put over NumPy's
//! memory yet. So the cloud is checked here as `(n, 3)` (`point_rows`)
//! and walked in fixed-size chunks of `CHUNK` points, each a typed
//! `Array2<f64, CHUNK, 3>` borrowed from NumPy's memory, then one point at
//! a time for the rest; a borrowed rows view with a `from_numpy` would
//! replace `point_rows` and the two loops.

use numpy::ndarray;
use numpy::{PyArray, PyArray2, PyReadonlyArrayDyn, PyReadwriteArrayDyn, PyUntypedArrayMethods};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use shaped::{Array1, Array2};

/// Points per typed chunk.
pub const CHUNK: usize = 64;

/// `m @ p` for each point `p` of `points`, as a new `(n, 3)` array.
#[pyfunction]
pub fn transform_points<'py>(
    py: Python<'py>,
    m: PyReadonlyArrayDyn<'py, f64>,
    points: PyReadonlyArrayDyn<'py, f64>,
) -> PyResult<Bound<'py, PyArray2<f64>>> {
    let m = Array2::<f64, 3, 3>::from_numpy(&m)?;
    let flat = point_rows(points.shape(), points.is_c_contiguous())
        .map(|_| points.as_slice().expect("checked C-contiguous"))?;
    let mut out = Vec::with_capacity(flat.len());
    let mut chunks = flat.chunks_exact(CHUNK * 3);
    for chunk in &mut chunks {
        let chunk = Array2::<f64, CHUNK, 3>::from_slice(chunk).expect("CHUNK points");
        out.extend_from_slice(chunk.matmul(&m.t()).as_slice());
    }
    for point in chunks.remainder().chunks_exact(3) {
        let point = Array1::<f64, 3>::from_slice(point).expect("3 coordinates");
        out.extend_from_slice(m.dot(point).as_slice());
    }
    let n = flat.len() / 3;
    let out = ndarray::Array2::from_shape_vec((n, 3), out).expect("n points of 3");
    Ok(PyArray::from_owned_array(py, out))
}

/// `m @ p` for each point `p`, written over the points themselves.
#[pyfunction]
pub fn transform_points_inplace(
    m: PyReadonlyArrayDyn<'_, f64>,
    mut points: PyReadwriteArrayDyn<'_, f64>,
) -> PyResult<()> {
    let m = Array2::<f64, 3, 3>::from_numpy(&m)?;
    point_rows(points.shape(), points.is_c_contiguous())?;
    let flat = points.as_slice_mut().expect("checked C-contiguous");
    let mut chunks = flat.chunks_exact_mut(CHUNK * 3);
    for chunk in &mut chunks {
        let chunk = Array2::<f64, CHUNK, 3>::from_mut_slice(chunk).expect("CHUNK points");
        *chunk = chunk.matmul(&m.t());
    }
    for point in chunks.into_remainder().chunks_exact_mut(3) {
        let point = Array1::<f64, 3>::from_mut_slice(point).expect("3 coordinates");
        *point = m.dot(&*point);
    }
    Ok(())
}

/// `Ok(n)` for a C-contiguous `(n, 3)` shape; otherwise the `ValueError`
/// that `shaped` raises for typed shapes, with `n` for the free axis.
fn point_rows(shape: &[usize], c_contiguous: bool) -> PyResult<usize> {
    match shape {
        [n, 3] if c_contiguous => Ok(*n),
        [_, 3] => Err(PyValueError::new_err(
            "expected (n, 3) C-contiguous, got a non-contiguous array: pass np.ascontiguousarray(a)",
        )),
        _ => {
            let dims: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
            let comma = if shape.len() == 1 { "," } else { "" };
            Err(PyValueError::new_err(format!(
                "expected (n, 3) C-contiguous, got ({}{comma})",
                dims.join(", ")
            )))
        }
    }
}
