//! A 3x3 transform applied to an `(n, 3)` point cloud, and the cloud
//! centred on its mean.
//!
//! The number of points is known only at run time, and an `Array` has
//! every length in its type: the cloud is a `Rows<f64, Shape1<3>>`, `n`
//! points of 3 coordinates. `Rows::borrow_numpy` checks the `(n, 3)`
//! shape once and gives the points as `&[Array1<f64, 3>]` over NumPy's
//! memory; `Rows::from_numpy` copies them into owned rows (any layout),
//! and `into_numpy` hands the rows' allocation back to NumPy.

use numpy::{PyArrayDyn, PyReadonlyArrayDyn, PyReadwriteArrayDyn};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use shaped::{Array2, Rows, Shape1};

/// A point cloud: `n` points of 3 coordinates.
type Points = Rows<f64, Shape1<3>>;

/// `m @ p` for each point `p` of `points`, as a new `(n, 3)` array; also
/// the address of the Rust allocation, which NumPy takes over without a
/// copy (the tests compare it with the array's data pointer).
#[pyfunction]
pub fn transform_points<'py>(
    py: Python<'py>,
    m: PyReadonlyArrayDyn<'py, f64>,
    points: PyReadonlyArrayDyn<'py, f64>,
) -> PyResult<(Bound<'py, PyArrayDyn<f64>>, usize)> {
    let m = Array2::<f64, 3, 3>::from_numpy(&m)?;
    let points = Points::borrow_numpy(&points)?;
    let out: Points = points.iter().map(|p| m.dot(p)).collect();
    let address = out.as_slice().as_ptr() as usize;
    Ok((out.into_numpy(py), address))
}

/// `m @ p` for each point `p`, written over the points themselves.
#[pyfunction]
pub fn transform_points_inplace(
    m: PyReadonlyArrayDyn<'_, f64>,
    mut points: PyReadwriteArrayDyn<'_, f64>,
) -> PyResult<()> {
    let m = Array2::<f64, 3, 3>::from_numpy(&m)?;
    for p in Points::borrow_numpy_mut(&mut points)? {
        *p = m.dot(&*p);
    }
    Ok(())
}

/// The points minus their mean (`points - points.mean(axis=0)`), copied
/// from an array of any memory layout, as a new `(n, 3)` array.
#[pyfunction]
pub fn centered<'py>(
    py: Python<'py>,
    points: PyReadonlyArrayDyn<'py, f64>,
) -> PyResult<Bound<'py, PyArrayDyn<f64>>> {
    let mut points = Points::from_numpy(&points)?;
    let mean = points.mean_axis::<0>();
    points -= &mean;
    Ok(points.to_numpy(py))
}

/// The index of the point farthest from the origin (the first, on a tie),
/// and the address of that point as Rust read it: the rows are borrowed
/// from NumPy's memory, so it is the caller's buffer (the tests check).
#[pyfunction]
pub fn farthest_point(points: PyReadonlyArrayDyn<'_, f64>) -> PyResult<(usize, usize)> {
    let points = Points::borrow_numpy(&points)?;
    let mut best: Option<(usize, f64)> = None;
    for (i, p) in points.iter().enumerate() {
        let length = p.dot(p);
        if best.is_none_or(|(_, longest)| length > longest) {
            best = Some((i, length));
        }
    }
    let (index, _) = best.ok_or_else(|| PyValueError::new_err("no points"))?;
    Ok((index, points[index].as_slice().as_ptr() as usize))
}
