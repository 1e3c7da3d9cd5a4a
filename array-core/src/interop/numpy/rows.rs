//! [`Rows<T, S>`](Rows) and NumPy's `(n, *S)` arrays, any `n`.
//!
//! The borrowed form is a slice of rows, `&[Array<T, S>]`: a `Rows` owns
//! its `Vec`, so it cannot lie over NumPy's memory, but its rows can. A
//! slice has what a borrowed `Rows` would need: a run-time length,
//! indexing, iteration, `chunks`, `split_at`, and each row is a typed
//! [`Array`] with every array operation. The owned `Rows` (with its
//! reductions along the rows, sorting, `.npy` ...) is a copy away:
//! [`Rows::from_numpy`], or `Rows::from(slice.to_vec())`.

use alloc::vec::Vec;

use numpy::ndarray::{Dimension, IxDyn};
use numpy::{Element as NumpyElement, PyArray, PyArrayDyn, PyArrayMethods};
use numpy::{PyReadonlyArray, PyReadwriteArray};
use pyo3::{Bound, Python};

use super::{NumpyShapeError, Problem};
use crate::array::Array;
use crate::element::Element;
use crate::rows::Rows;
use crate::shape::RowShape;

impl<T, S> Rows<T, S>
where
    T: Element + NumpyElement,
    S: RowShape,
{
    /// The rows of a C-order NumPy array of shape `(n, *S)`, any `n`,
    /// borrowed without a copy. The rank and every axis after the first
    /// are checked, and the memory must be C-contiguous; a mismatch is a
    /// [`NumpyShapeError`] (`expected (n, 3) C-contiguous, got (5, 4)`;
    /// for other strides it says to pass `np.ascontiguousarray(a)`), which
    /// `?` turns into Python's `ValueError`. `D` may be any dimension type
    /// (`Ix2`, `IxDyn` ...).
    ///
    /// ```no_run
    /// // `no_run`: it needs a Python interpreter with NumPy; the example
    /// // extension's pytest suite (`python/`) runs this path.
    /// # use shaped_core as shaped;
    /// use numpy::PyReadonlyArrayDyn;
    /// use pyo3::prelude::*;
    /// use shaped::{Rows, Shape1};
    ///
    /// /// The length of the longest of `n` 3-vectors.
    /// #[pyfunction]
    /// fn longest(points: PyReadonlyArrayDyn<'_, f64>) -> PyResult<f64> {
    ///     let points = Rows::<f64, Shape1<3>>::borrow_numpy(&points)?;
    ///     Ok(points.iter().map(|p| p.dot(p).sqrt()).fold(0.0, f64::max))
    /// }
    /// ```
    pub fn borrow_numpy<'a, D: Dimension>(
        array: &'a PyReadonlyArray<'_, T, D>,
    ) -> Result<&'a [Array<T, S>], NumpyShapeError> {
        let n = NumpyShapeError::check_rows::<S>(array.as_untyped())?;
        let flat = array.as_slice().expect("checked contiguous and aligned");
        Ok(crate::raw::rows_of(flat, n))
    }

    /// The rows of a writeable C-order NumPy array of shape `(n, *S)`,
    /// borrowed mutably without a copy: writes are seen by Python. Checked
    /// as [`borrow_numpy`](Self::borrow_numpy) checks.
    ///
    /// ```no_run
    /// // `no_run`: it needs a Python interpreter with NumPy; the example
    /// // extension's pytest suite (`python/`) runs this path.
    /// # use shaped_core as shaped;
    /// use numpy::PyReadwriteArrayDyn;
    /// use pyo3::prelude::*;
    /// use shaped::{Rows, Shape2};
    ///
    /// /// Scales each of `n` 2x2 matrices by the inverse of its trace.
    /// #[pyfunction]
    /// fn normalize_each(mut m: PyReadwriteArrayDyn<'_, f32>) -> PyResult<()> {
    ///     for m in Rows::<f32, Shape2<2, 2>>::borrow_numpy_mut(&mut m)? {
    ///         let trace = m[[0, 0]] + m[[1, 1]];
    ///         m.map_inplace(|v| v / trace);
    ///     }
    ///     Ok(())
    /// }
    /// ```
    pub fn borrow_numpy_mut<'a, D: Dimension>(
        array: &'a mut PyReadwriteArray<'_, T, D>,
    ) -> Result<&'a mut [Array<T, S>], NumpyShapeError> {
        let n = NumpyShapeError::check_rows::<S>(array.as_untyped())?;
        let flat = array
            .as_slice_mut()
            .expect("checked contiguous and aligned");
        Ok(crate::raw::rows_of_mut(flat, n))
    }

    /// A NumPy array of shape `(n, *S)`, any `n`, copied into owned rows.
    /// The rank and every axis after the first are checked (a mismatch is
    /// the [`NumpyShapeError`] of [`borrow_numpy`](Self::borrow_numpy));
    /// as this copies, any memory order and any strides are taken, and the
    /// elements are read in NumPy's logical (C) order.
    ///
    /// ```no_run
    /// // `no_run`: it needs a Python interpreter with NumPy; the example
    /// // extension's pytest suite (`python/`) runs this path.
    /// # use shaped_core as shaped;
    /// use numpy::{PyArrayMethods, PyArray2};
    /// use shaped::{Array1, Rows, Shape1};
    /// pyo3::Python::attach(|py| {
    ///     let a = PyArray2::<f64>::from_vec2(py, &[vec![1.0, 2.0], vec![3.0, 6.0]]).unwrap();
    ///     let table = Rows::<f64, Shape1<2>>::from_numpy(&a.readonly()).unwrap();
    ///     assert_eq!(table.mean_axis::<0>(), Array1::from([2.0, 4.0]));
    /// });
    /// ```
    pub fn from_numpy<D: Dimension>(
        array: &PyReadonlyArray<'_, T, D>,
    ) -> Result<Self, NumpyShapeError> {
        match NumpyShapeError::check_rows::<S>(array.as_untyped()) {
            Ok(n) => {
                let flat = array.as_slice().expect("checked contiguous and aligned");
                Ok(Rows::from_elements(flat.to_vec(), n))
            }
            Err(error) if matches!(error.problem, Problem::OtherOrder | Problem::NotContiguous) => {
                // The shape is right and the memory aligned; the layout is
                // not C order, which a copy does not need.
                let flat: Vec<T> = array.as_array().iter().copied().collect();
                Ok(Rows::from_elements(flat, error.found()[0]))
            }
            Err(error) => Err(error),
        }
    }

    /// A copy of the rows as a new C-order NumPy array of shape `(n, *S)`.
    ///
    /// ```no_run
    /// // `no_run`: it needs a Python interpreter with NumPy; the example
    /// // extension's pytest suite (`python/`) runs this path.
    /// # use shaped_core as shaped;
    /// use numpy::PyUntypedArrayMethods;
    /// use shaped::{Rows, Shape2};
    /// pyo3::Python::attach(|py| {
    ///     let frames = Rows::<u8, Shape2<4, 6>>::zeros(10);
    ///     assert_eq!(frames.to_numpy(py).shape(), [10, 4, 6]);
    /// });
    /// ```
    pub fn to_numpy<'py>(&self, py: Python<'py>) -> Bound<'py, PyArrayDyn<T>> {
        let view =
            numpy::ndarray::ArrayView::from_shape(IxDyn(self.shape().as_ref()), self.as_slice())
                .expect("n rows of S::SIZE elements");
        PyArray::from_array(py, &view)
    }

    /// The rows as a C-order NumPy array of shape `(n, *S)`, without a
    /// copy: NumPy takes over the rows' allocation (through the `numpy`
    /// crate's owner object, which frees it with Rust's allocator when the
    /// NumPy array is collected).
    ///
    /// ```no_run
    /// // `no_run`: it needs a Python interpreter with NumPy; the example
    /// // extension's pytest suite (`python/`) runs this path.
    /// # use shaped_core as shaped;
    /// use numpy::{PyArrayMethods, PyUntypedArrayMethods};
    /// use shaped::{Rows, Shape1};
    /// pyo3::Python::attach(|py| {
    ///     let points = Rows::<f32, Shape1<3>>::full(1000, 0.5);
    ///     let start = points.as_slice().as_ptr();
    ///     let n = points.into_numpy(py);
    ///     assert_eq!(n.shape(), [1000, 3]);
    ///     assert_eq!(n.data().cast_const(), start);
    /// });
    /// ```
    pub fn into_numpy(self, py: Python<'_>) -> Bound<'_, PyArrayDyn<T>> {
        let shape = IxDyn(self.shape().as_ref());
        let owned = numpy::ndarray::Array::from_shape_vec(shape, self.into_flat())
            .expect("n rows of S::SIZE elements");
        PyArray::from_owned_array(py, owned)
    }
}
