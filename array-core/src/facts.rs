//! The facts NumPy reads from an array's header, on every kind of array:
//! `shape`, `ndim`, `size`, `itemsize`, `nbytes`, `dtype`. Each is a
//! constant of the type (an array's also as associated constants, `SHAPE`
//! ...); a view's are its own shape's, so `v.nbytes()` is the bytes of the
//! array it would copy to, as NumPy's `v.nbytes`. (`strides` differ: an
//! array's are its constant layout's, a view's its steps, negative where
//! it walks backwards.)

use core::mem::size_of;

use crate::element::{DType, Element, Stored};
use crate::kinds::every_kind;
use crate::shape::ShapeTuple;

every_kind! { [Stored]
    /// The dimensions, NumPy's `a.shape`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// assert_eq!(Array2::<f32, 2, 5>::zeros().shape(), [2, 5]);
    /// ```
    pub const fn shape(&self) -> S::Index {
        S::SHAPE
    }

    /// The shape as NumPy prints it, `(2, 5)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2};
    /// assert_eq!(format!("{}", Array2::<f32, 2, 5>::zeros().shape_tuple()), "(2, 5)");
    /// assert_eq!(format!("{}", Array1::<f32, 5>::zeros().shape_tuple()), "(5,)");
    /// ```
    pub const fn shape_tuple(&self) -> ShapeTuple {
        ShapeTuple(S::DIMS)
    }

    /// The number of dimensions, NumPy's `a.ndim`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// assert_eq!(Array2::<f32, 2, 5>::zeros().ndim(), 2);
    /// ```
    pub const fn ndim(&self) -> usize {
        S::NDIM
    }

    /// The number of elements, NumPy's `a.size`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// assert_eq!(Array2::<f32, 2, 5>::zeros().size(), 10);
    /// ```
    pub const fn size(&self) -> usize {
        S::SIZE
    }

    /// The bytes of one element, NumPy's `a.itemsize`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// assert_eq!(Array2::<u16, 2, 5>::zeros().itemsize(), 2);
    /// ```
    pub const fn itemsize(&self) -> usize {
        size_of::<T>()
    }

    /// The bytes of all the elements, NumPy's `a.nbytes`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// assert_eq!(Array2::<u16, 2, 5>::zeros().nbytes(), 20);
    /// ```
    pub const fn nbytes(&self) -> usize {
        S::SIZE * size_of::<T>()
    }
}

every_kind! { [Element]
    /// The element type as NumPy describes it, `a.dtype`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// assert_eq!(Array1::<f64, 3>::zeros().dtype().name(), "float64");
    /// ```
    pub const fn dtype(&self) -> DType {
        T::DTYPE
    }
}
