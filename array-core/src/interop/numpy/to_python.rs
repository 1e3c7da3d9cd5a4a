//! Arrays back to Python: a copy, or a boxed array's allocation handed
//! over.

use alloc::boxed::Box;
use alloc::vec::Vec;

use numpy::ndarray::{IxDyn, ShapeBuilder};
use numpy::{Element as NumpyElement, PyArray, PyArrayDyn};
use pyo3::{Bound, Python};

use crate::array::Array;
use crate::element::Element;
use crate::order::Order;
use crate::shape::Shape;

/// The dimension of a NumPy array of shape `S` in order `O`.
fn numpy_shape<S: Shape, O: Order>() -> numpy::ndarray::StrideShape<IxDyn> {
    IxDyn(S::DIMS).set_f(!O::IS_ROW_MAJOR).into()
}

impl<T, S, O> Array<T, S, O>
where
    T: Element + NumpyElement,
    S: Shape,
    O: Order,
{
    /// A copy of the array as a new NumPy array, of the same shape and
    /// memory order (C for `RowMajor`, F for `ColMajor`).
    ///
    /// ```no_run
    /// // `no_run`: it needs a Python interpreter with NumPy; the example
    /// // extension's pytest suite (`python/`) runs this path.
    /// # use shaped_core as shaped;
    /// use numpy::{PyArrayDyn, PyUntypedArrayMethods};
    /// use shaped::Array2;
    /// pyo3::Python::attach(|py| {
    ///     let a = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    ///     let n = a.to_numpy(py);
    ///     assert_eq!(n.shape(), [2, 3]);
    /// });
    /// ```
    pub fn to_numpy<'py>(&self, py: Python<'py>) -> Bound<'py, PyArrayDyn<T>> {
        let flat = numpy::ndarray::ArrayView::from_shape(numpy_shape::<S, O>(), self.as_slice())
            .expect("the array holds SIZE elements");
        PyArray::from_array(py, &flat)
    }

    /// A boxed array as a NumPy array, without a copy: NumPy takes over the
    /// allocation (through the `numpy` crate's owner object, which frees it
    /// with Rust's allocator when the NumPy array is collected).
    ///
    /// ```no_run
    /// // `no_run`: it needs a Python interpreter with NumPy; the example
    /// // extension's pytest suite (`python/`) runs this path.
    /// # use shaped_core as shaped;
    /// use numpy::PyArrayMethods;
    /// use shaped::Array2;
    /// pyo3::Python::attach(|py| {
    ///     let a = Array2::<f32, 1000, 1000>::full_boxed(0.5);
    ///     let start = a.as_slice().as_ptr();
    ///     let n = a.into_numpy(py);
    ///     assert_eq!(n.data().cast_const(), start);
    /// });
    /// ```
    pub fn into_numpy(self: Box<Self>, py: Python<'_>) -> Bound<'_, PyArrayDyn<T>> {
        let owned = numpy::ndarray::Array::from_shape_vec(numpy_shape::<S, O>(), Vec::from(self))
            .expect("the array holds SIZE elements");
        PyArray::from_owned_array(py, owned)
    }
}
