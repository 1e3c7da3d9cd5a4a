//! `meshgrid` (NumPy's `np.meshgrid`): coordinate matrices from two
//! coordinate vectors, in NumPy's default Cartesian (`xy`) indexing and in
//! matrix (`ij`) indexing.

use crate::array::Array;
use crate::element::Stored;
use crate::order::RowMajor;
use crate::shape::{Shape1, Shape2};
use crate::views::AsView;

/// NumPy's `np.meshgrid(x, y)` (indexing `xy`, the default): two matrices
/// of shape `(len y, len x)`, the first with `x` along each row, the second
/// with `y` down each column. `x` and `y` are arrays or views.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{meshgrid, Array1, Array2};
/// let x = Array1::<i32, 3>::from([1, 2, 3]);
/// let y = Array1::<i32, 2>::from([10, 20]);
/// let (xx, yy) = meshgrid(&x, &y);
/// assert_eq!(xx, Array2::from([[1, 2, 3], [1, 2, 3]]));
/// assert_eq!(yy, Array2::from([[10, 10, 10], [20, 20, 20]]));
/// ```
#[allow(clippy::type_complexity)]
pub fn meshgrid<T: Stored + Copy, const NX: usize, const NY: usize>(
    x: &impl AsView<T, Shape1<NX>>,
    y: &impl AsView<T, Shape1<NY>>,
) -> (
    Array<T, Shape2<NY, NX>, RowMajor>,
    Array<T, Shape2<NY, NX>, RowMajor>,
) {
    let (x, y) = (x.as_view(), y.as_view());
    (
        Array::from_fn(|[_, j]: [usize; 2]| x[[j]]),
        Array::from_fn(|[i, _]: [usize; 2]| y[[i]]),
    )
}

/// NumPy's `np.meshgrid(x, y, indexing='ij')`: two matrices of shape
/// `(len x, len y)`, the first with `x` down each column, the second with
/// `y` along each row.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{meshgrid_ij, Array1, Array2};
/// let x = Array1::<f64, 2>::from([0.0, 0.5]);
/// let y = Array1::<f64, 3>::from([1.0, 2.0, 3.0]);
/// let (xx, yy) = meshgrid_ij(&x, &y);
/// assert_eq!(xx, Array2::from([[0.0, 0.0, 0.0], [0.5, 0.5, 0.5]]));
/// assert_eq!(yy, Array2::from([[1.0, 2.0, 3.0], [1.0, 2.0, 3.0]]));
/// ```
#[allow(clippy::type_complexity)]
pub fn meshgrid_ij<T: Stored + Copy, const NX: usize, const NY: usize>(
    x: &impl AsView<T, Shape1<NX>>,
    y: &impl AsView<T, Shape1<NY>>,
) -> (
    Array<T, Shape2<NX, NY>, RowMajor>,
    Array<T, Shape2<NX, NY>, RowMajor>,
) {
    let (x, y) = (x.as_view(), y.as_view());
    (
        Array::from_fn(|[i, _]: [usize; 2]| x[[i]]),
        Array::from_fn(|[_, j]: [usize; 2]| y[[j]]),
    )
}
