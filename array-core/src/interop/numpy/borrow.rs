//! NumPy arrays borrowed as typed arrays and views, checked once.
//!
//! `Array::from_numpy` gives `&Array<T, S, O>` in either order (the order
//! is the type's); `ArrayView::from_numpy` gives a C-order view, the
//! order NumPy makes by default (a view type names its order only through
//! its layout, so the order cannot be left to inference there).

use numpy::ndarray::Dimension;
use numpy::{Element as NumpyElement, PyArrayMethods, PyReadonlyArray, PyReadwriteArray};

use super::NumpyShapeError;
use crate::array::Array;
use crate::element::Element;
use crate::order::{Order, RowMajor};
use crate::raw::{ArrayView, ArrayViewMut, Contiguous};
use crate::shape::Shape;

impl<T, S, O> Array<T, S, O>
where
    T: Element + NumpyElement,
    S: Shape,
    O: Order,
{
    /// A NumPy array borrowed as a typed array, without a copy: the rank,
    /// every axis length and the memory order (`RowMajor` is NumPy's C
    /// order, `ColMajor` its F order) are checked, and a mismatch is a
    /// [`NumpyShapeError`] naming both shapes, which `?` turns into
    /// Python's `ValueError`. `D` may be any dimension type; with `IxDyn` a
    /// wrong rank gets this message too (a fixed `Ix2` makes the `numpy`
    /// crate reject other ranks while extracting, with its own `TypeError`).
    ///
    /// ```no_run
    /// // `no_run`: it needs a Python interpreter with NumPy; the example
    /// // extension's pytest suite (`python/`) runs this path.
    /// # use shaped_core as shaped;
    /// use numpy::PyReadonlyArrayDyn;
    /// use pyo3::prelude::*;
    /// use shaped::Array2;
    ///
    /// #[pyfunction]
    /// fn trace(m: PyReadonlyArrayDyn<'_, f64>) -> PyResult<f64> {
    ///     let m = Array2::<f64, 3, 3>::from_numpy(&m)?;
    ///     Ok(m[[0, 0]] + m[[1, 1]] + m[[2, 2]])
    /// }
    /// ```
    pub fn from_numpy<'a, D: Dimension>(
        array: &'a PyReadonlyArray<'_, T, D>,
    ) -> Result<&'a Self, NumpyShapeError> {
        NumpyShapeError::check::<S, O>(array.as_untyped())?;
        // Contiguous and aligned, as checked, so `as_slice` succeeds.
        let flat = array.as_slice().expect("checked contiguous and aligned");
        Ok(Array::from_slice(flat).expect("the shape was checked"))
    }

    /// A writeable NumPy array borrowed as a mutable typed array, without
    /// a copy: writes are seen by Python. Checked as
    /// [`from_numpy`](Self::from_numpy) checks.
    ///
    /// ```no_run
    /// // `no_run`: it needs a Python interpreter with NumPy; the example
    /// // extension's pytest suite (`python/`) runs this path.
    /// # use shaped_core as shaped;
    /// use numpy::PyReadwriteArrayDyn;
    /// use pyo3::prelude::*;
    /// use shaped::Array3;
    /// use shaped_macros::s;
    ///
    /// #[pyfunction]
    /// fn clear_red(mut image: PyReadwriteArrayDyn<'_, u8>) -> PyResult<()> {
    ///     let image = Array3::<u8, 4, 6, 3>::from_numpy_mut(&mut image)?;
    ///     image.slice_mut(s![.., .., 0]).fill(0);
    ///     Ok(())
    /// }
    /// ```
    pub fn from_numpy_mut<'a, D: Dimension>(
        array: &'a mut PyReadwriteArray<'_, T, D>,
    ) -> Result<&'a mut Self, NumpyShapeError> {
        NumpyShapeError::check::<S, O>(array.as_untyped())?;
        let flat = array
            .as_slice_mut()
            .expect("checked contiguous and aligned");
        Ok(Array::from_mut_slice(flat).expect("the shape was checked"))
    }
}

impl<'a, T, S> ArrayView<'a, T, S, Contiguous<S, RowMajor>>
where
    T: Element + NumpyElement,
    S: Shape,
{
    /// A C-order NumPy array as a typed view, without a copy; checked as
    /// [`Array::from_numpy`] checks (that one takes F order too).
    ///
    /// ```no_run
    /// // `no_run`: it needs a Python interpreter with NumPy; the example
    /// // extension's pytest suite (`python/`) runs this path.
    /// # use shaped_core as shaped;
    /// use numpy::PyReadonlyArrayDyn;
    /// use pyo3::prelude::*;
    /// use shaped::{ArrayView, Shape2};
    ///
    /// #[pyfunction]
    /// fn total(m: PyReadonlyArrayDyn<'_, f64>) -> PyResult<f64> {
    ///     Ok(ArrayView::<f64, Shape2<3, 3>, _>::from_numpy(&m)?.sum())
    /// }
    /// ```
    pub fn from_numpy<D: Dimension>(
        array: &'a PyReadonlyArray<'_, T, D>,
    ) -> Result<Self, NumpyShapeError> {
        Ok(Array::<T, S, RowMajor>::from_numpy(array)?.view())
    }
}

impl<'a, T, S> ArrayViewMut<'a, T, S, Contiguous<S, RowMajor>>
where
    T: Element + NumpyElement,
    S: Shape,
{
    /// A writeable C-order NumPy array as a typed mutable view, without a
    /// copy; checked as [`Array::from_numpy`] checks.
    ///
    /// ```no_run
    /// // `no_run`: it needs a Python interpreter with NumPy; the example
    /// // extension's pytest suite (`python/`) runs this path.
    /// # use shaped_core as shaped;
    /// use numpy::PyReadwriteArrayDyn;
    /// use pyo3::prelude::*;
    /// use shaped::{ArrayViewMut, Shape1};
    ///
    /// #[pyfunction]
    /// fn double(mut v: PyReadwriteArrayDyn<'_, f32>) -> PyResult<()> {
    ///     ArrayViewMut::<f32, Shape1<4>, _>::from_numpy_mut(&mut v)?.map_inplace(|x| x * 2.0);
    ///     Ok(())
    /// }
    /// ```
    pub fn from_numpy_mut<D: Dimension>(
        array: &'a mut PyReadwriteArray<'_, T, D>,
    ) -> Result<Self, NumpyShapeError> {
        Ok(Array::<T, S, RowMajor>::from_numpy_mut(array)?.view_mut())
    }
}
