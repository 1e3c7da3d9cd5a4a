//! NumPy (feature `numpy`, with the `pyo3` and `numpy` crates, 0.30): the
//! arrays a Python extension receives as typed arrays and views, checked
//! once at the boundary, and arrays back to Python.
//!
//! - `Array::from_numpy` and `Array::from_numpy_mut` (either order),
//!   `ArrayView::from_numpy` and `ArrayViewMut::from_numpy_mut` (C order)
//!   borrow a `PyReadonlyArray`/`PyReadwriteArray` of any dimension type
//!   (`Ix2`, `IxDyn` ...) without copying: the rank, every axis length and
//!   the memory order are checked, and a mismatch is a [`NumpyShapeError`],
//!   which `?` turns into Python's `ValueError`.
//! - `Array::to_numpy` copies into a new NumPy array of the same shape and
//!   order; `Array::into_numpy` hands a boxed array's allocation to NumPy
//!   without a copy.
//! - `Rows<T, S>` and NumPy's `(n, *S)` arrays, any `n` (`rows`):
//!   `Rows::borrow_numpy`/`borrow_numpy_mut` give the rows of a C-order
//!   array as `&[Array<T, S>]`/`&mut [..]` without a copy, `Rows::from_numpy`
//!   copies any layout into owned rows, `to_numpy` copies back and
//!   `into_numpy` hands the rows' allocation to NumPy.
//!
//! The dtype is checked by the `numpy` crate when the argument is
//! extracted: a `float32` array passed where `PyReadonlyArray<f64, _>` is
//! expected raises `TypeError: type mismatch: from=float32, to=float64`,
//! naming both dtypes.
//!
//! None of this runs under Miri (it calls into CPython); it is safe code
//! over the `numpy` crate's checked `as_slice`, tested by the example
//! extension's pytest suite (`python/`).

use alloc::vec::Vec;
use core::fmt;

use numpy::{PyUntypedArray, PyUntypedArrayMethods};
use pyo3::{Bound, PyErr, exceptions::PyValueError};

use crate::order::{Order, RowMajor};
use crate::shape::{Shape, ShapeTuple};

mod borrow;
mod rows;
mod to_python;

/// A NumPy array that is not the typed array: another shape, another
/// memory order, not contiguous, or not aligned. Converts into Python's
/// `ValueError` (`?` in a `#[pyfunction]` does it), whose message names
/// what was expected and what was found:
///
/// ```text
/// expected (3, 3) C-contiguous, got (3, 4)
/// expected (3, 3) C-contiguous, got (3, 3) F-contiguous: pass np.ascontiguousarray(a)
/// expected (3, 3) C-contiguous, got (3, 3) with strides (48, 8), not contiguous: pass np.ascontiguousarray(a)
/// expected (n, 3) C-contiguous, got (5, 4)
/// ```
///
/// The last is [`Rows`](crate::Rows)'s: `n` stands for the run-time first
/// axis, which takes any length.
///
/// ```no_run
/// // `no_run`: it needs a Python interpreter with NumPy; the example
/// // extension's pytest suite (`python/`) runs this path.
/// # use shaped_core as shaped;
/// use numpy::PyArrayMethods;
/// use shaped::Array2;
/// pyo3::Python::attach(|py| {
///     let a = numpy::PyArray2::<f64>::zeros(py, (3, 4), false);
///     let err = Array2::<f64, 3, 3>::from_numpy(&a.readonly()).unwrap_err();
///     assert_eq!(err.to_string(), "expected (3, 3) C-contiguous, got (3, 4)");
///     let _: pyo3::PyErr = err.into(); // a ValueError
/// });
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
// Repeats the module's cfg: on the item, it labels the item in the docs.
#[cfg(feature = "numpy")]
pub struct NumpyShapeError {
    expected: &'static [usize],
    /// The expected shape is `(n, *expected)`: a `Rows`'.
    rows: bool,
    row_major: bool,
    found: Vec<usize>,
    strides: Vec<isize>,
    problem: Problem,
}

/// What is wrong once the shapes agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Problem {
    Shape,
    OtherOrder,
    NotContiguous,
    Unaligned,
}

impl NumpyShapeError {
    /// The typed array's shape (for [`Rows`](crate::Rows), a row's shape:
    /// the whole is `(n, *expected)`).
    pub fn expected(&self) -> &'static [usize] {
        self.expected
    }

    /// The NumPy array's shape.
    pub fn found(&self) -> &[usize] {
        &self.found
    }

    /// Checks `array` against shape `S` in order `O`.
    pub(super) fn check<S: Shape, O: Order>(array: &Bound<'_, PyUntypedArray>) -> Result<(), Self> {
        let shape_matches = array.shape() == S::DIMS;
        Self::check_layout::<O>(array, shape_matches)
            .map_err(|problem| Self::new::<S, O>(array, problem, false))
    }

    /// Checks `array` against `(n, *S)` in C order, any `n`; gives `n`.
    pub(super) fn check_rows<S: Shape>(array: &Bound<'_, PyUntypedArray>) -> Result<usize, Self> {
        let shape = array.shape();
        let shape_matches = shape.len() == S::NDIM + 1 && shape[1..] == *S::DIMS;
        Self::check_layout::<RowMajor>(array, shape_matches)
            .map(|()| shape[0])
            .map_err(|problem| Self::new::<S, RowMajor>(array, problem, true))
    }

    /// What is wrong with `array` in order `O`, its shape matching or not.
    fn check_layout<O: Order>(
        array: &Bound<'_, PyUntypedArray>,
        shape_matches: bool,
    ) -> Result<(), Problem> {
        let problem = if !shape_matches {
            Problem::Shape
        } else if !(if O::IS_ROW_MAJOR {
            array.is_c_contiguous()
        } else {
            array.is_fortran_contiguous()
        }) {
            if array.is_contiguous() {
                Problem::OtherOrder
            } else {
                Problem::NotContiguous
            }
        } else if !array.is_aligned() {
            Problem::Unaligned
        } else {
            return Ok(());
        };
        Err(problem)
    }

    fn new<S: Shape, O: Order>(
        array: &Bound<'_, PyUntypedArray>,
        problem: Problem,
        rows: bool,
    ) -> Self {
        NumpyShapeError {
            expected: S::DIMS,
            rows,
            row_major: O::IS_ROW_MAJOR,
            found: array.shape().to_vec(),
            strides: array.strides().to_vec(),
            problem,
        }
    }
}

impl fmt::Display for NumpyShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (order, other, fix) = if self.row_major {
            ("C", "F", "np.ascontiguousarray(a)")
        } else {
            ("F", "C", "np.asfortranarray(a)")
        };
        if self.rows {
            f.write_str("expected (n")?;
            for d in self.expected {
                write!(f, ", {d}")?;
            }
            write!(f, ") {order}-contiguous, got ")?;
        } else {
            write!(
                f,
                "expected {} {order}-contiguous, got ",
                ShapeTuple(self.expected)
            )?;
        }
        crate::shape::write_shape(f, &self.found)?;
        match self.problem {
            Problem::Shape => Ok(()),
            Problem::OtherOrder => write!(f, " {other}-contiguous: pass {fix}"),
            Problem::NotContiguous => {
                f.write_str(" with strides (")?;
                for (i, s) in self.strides.iter().enumerate() {
                    let sep = if i > 0 { ", " } else { "" };
                    write!(f, "{sep}{s}")?;
                }
                let comma = if self.strides.len() == 1 { "," } else { "" };
                write!(f, "{comma}), not contiguous: pass {fix}")
            }
            Problem::Unaligned => f.write_str(" not aligned in memory: pass a.copy()"),
        }
    }
}

impl core::error::Error for NumpyShapeError {}

/// Python's `ValueError` with the same message.
impl From<NumpyShapeError> for PyErr {
    fn from(error: NumpyShapeError) -> PyErr {
        PyValueError::new_err(alloc::string::ToString::to_string(&error))
    }
}
