//! `nalgebra` (feature `nalgebra`): `SMatrix<T, R, C>` and
//! `Array2<T, R, C, ColMajor>` hold the same column-major memory, so they
//! convert into each other element for element and a column-major array
//! is viewed as a `nalgebra` matrix without copying; row-major arrays go
//! through one transposing copy. Vectors convert to and from `Array1`.

use nalgebra::{Const, MatrixView, SMatrix, SVector, Scalar};

use crate::array::Array;
use crate::element::Element;
use crate::order::{ColMajor, Order, RowMajor};
use crate::shape::{Shape1, Shape2};

/// A column-major array from a `nalgebra` matrix: the same memory order.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array2, ColMajor};
/// let m = nalgebra::Matrix2x3::new(1, 2, 3, 4, 5, 6);
/// let a: Array2<i32, 2, 3, ColMajor> = m.into();
/// assert_eq!(a[[1, 2]], 6);
/// assert_eq!(a.as_slice(), m.as_slice());
/// ```
// Repeats the module's cfg: on the item, it labels the item in the docs.
#[cfg(feature = "nalgebra")]
impl<T: Element + Scalar, const R: usize, const C: usize> From<SMatrix<T, R, C>>
    for Array<T, Shape2<R, C>, ColMajor>
{
    fn from(m: SMatrix<T, R, C>) -> Self {
        let column_major = m.as_slice();
        Array::from_flat_fn(|i| column_major[i])
    }
}

/// A row-major array from a `nalgebra` matrix, through a transposing copy.
#[cfg(feature = "nalgebra")]
impl<T: Element + Scalar, const R: usize, const C: usize> From<SMatrix<T, R, C>>
    for Array<T, Shape2<R, C>, RowMajor>
{
    fn from(m: SMatrix<T, R, C>) -> Self {
        Array::<T, Shape2<R, C>, ColMajor>::from(m).to_order()
    }
}

/// A `nalgebra` matrix from an array, in either order.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Array2;
/// let a = Array2::<f32, 2, 2>::from([[1.0, 2.0], [3.0, 4.0]]);
/// let m: nalgebra::Matrix2<f32> = a.into();
/// assert_eq!(m[(0, 1)], 2.0);
/// assert_eq!(m * m, nalgebra::Matrix2::new(7.0, 10.0, 15.0, 22.0));
/// ```
#[cfg(feature = "nalgebra")]
impl<T: Element + Scalar, O: Order, const R: usize, const C: usize> From<Array<T, Shape2<R, C>, O>>
    for SMatrix<T, R, C>
{
    fn from(a: Array<T, Shape2<R, C>, O>) -> Self {
        let column_major = a.to_order::<ColMajor>();
        SMatrix::from_column_slice(column_major.as_slice())
    }
}

/// A `nalgebra` matrix view of a column-major array, without copying.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array2, ColMajor};
/// let a = Array2::<f64, 3, 2, ColMajor>::from([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]);
/// let view: nalgebra::MatrixView3x2<f64> = (&a).into();
/// assert_eq!(view[(2, 1)], 6.0);
/// assert_eq!(view.as_ptr(), a.as_slice().as_ptr()); // the same memory
/// ```
#[cfg(feature = "nalgebra")]
impl<'a, T: Element + Scalar, const R: usize, const C: usize>
    From<&'a Array<T, Shape2<R, C>, ColMajor>> for MatrixView<'a, T, Const<R>, Const<C>>
{
    fn from(a: &'a Array<T, Shape2<R, C>, ColMajor>) -> Self {
        MatrixView::<T, Const<R>, Const<C>>::from_slice(a.as_slice())
    }
}

/// An array from a `nalgebra` vector.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Array1;
/// let v: Array1<f32, 3> = nalgebra::Vector3::new(1.0, 2.0, 3.0).into();
/// assert_eq!(v.as_slice(), &[1.0, 2.0, 3.0]);
/// let back: nalgebra::Vector3<f32> = v.into();
/// assert_eq!(back.dot(&back), 14.0);
/// ```
#[cfg(feature = "nalgebra")]
impl<T: Element + Scalar, O: Order, const N: usize> From<SVector<T, N>> for Array<T, Shape1<N>, O> {
    fn from(v: SVector<T, N>) -> Self {
        let values = v.as_slice();
        Array::from_flat_fn(|i| values[i])
    }
}

/// A `nalgebra` vector from an array.
#[cfg(feature = "nalgebra")]
impl<T: Element + Scalar, O: Order, const N: usize> From<Array<T, Shape1<N>, O>> for SVector<T, N> {
    fn from(a: Array<T, Shape1<N>, O>) -> Self {
        SVector::from_column_slice(a.as_slice())
    }
}
