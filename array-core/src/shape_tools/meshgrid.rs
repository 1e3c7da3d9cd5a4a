//! `meshgrid` (NumPy's `np.meshgrid`): coordinate matrices from two
//! coordinate vectors, in NumPy's default Cartesian (`xy`) indexing and in
//! matrix (`ij`) indexing.

#[cfg(feature = "alloc")]
use alloc::boxed::Box;

use crate::array::Array;
use crate::element::Stored;
use crate::order::RowMajor;
use crate::shape::{Shape1, Shape2};
use crate::stack_limit::{FitsOnStackOr, MeshgridBoxed};
use crate::views::AsView;

/// One of meshgrid's pair of boxed matrices.
#[cfg(feature = "alloc")]
type Boxed<T, const R: usize, const C: usize> = Box<Array<T, Shape2<R, C>, RowMajor>>;

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
    // Checked here so that a result too big for the stack is reported at
    // the caller's line.
    let () = FitsOnStackOr::<T, Shape2<NY, NX>, MeshgridBoxed>::OK;
    let (x, y) = (x.as_view(), y.as_view());
    (
        Array::from_fn_by_value(|[_, j]: [usize; 2]| x[[j]]),
        Array::from_fn_by_value(|[i, _]: [usize; 2]| y[[i]]),
    )
}

/// [`meshgrid`] into two new heap allocations, for grids too big for the
/// stack (feature `alloc`).
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{meshgrid_boxed, Array1};
/// let x = Array1::<f64, 1920>::from_fn(|[i]| i as f64 / 1919.0);
/// let y = Array1::<f64, 1080>::from_fn(|[j]| j as f64 / 1079.0);
/// let (xx, yy) = meshgrid_boxed(&x, &y); // 16.6 MB each
/// assert_eq!((xx[[1079, 1919]], yy[[1079, 0]]), (1.0, 1.0));
/// ```
#[cfg(feature = "alloc")]
pub fn meshgrid_boxed<T: Stored + Copy, const NX: usize, const NY: usize>(
    x: &impl AsView<T, Shape1<NX>>,
    y: &impl AsView<T, Shape1<NY>>,
) -> (Boxed<T, NY, NX>, Boxed<T, NY, NX>) {
    let (x, y) = (x.as_view(), y.as_view());
    (
        Array::from_fn_boxed(|[_, j]: [usize; 2]| x[[j]]),
        Array::from_fn_boxed(|[i, _]: [usize; 2]| y[[i]]),
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
    // Checked here so that a result too big for the stack is reported at
    // the caller's line.
    let () = FitsOnStackOr::<T, Shape2<NX, NY>, MeshgridBoxed>::OK;
    let (x, y) = (x.as_view(), y.as_view());
    (
        Array::from_fn_by_value(|[i, _]: [usize; 2]| x[[i]]),
        Array::from_fn_by_value(|[_, j]: [usize; 2]| y[[j]]),
    )
}

/// [`meshgrid_ij`] into two new heap allocations, for grids too big for
/// the stack (feature `alloc`).
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{meshgrid_ij_boxed, Array1};
/// let x = Array1::<u32, 2000>::from_fn(|[i]| i as u32);
/// let y = Array1::<u32, 1500>::from_fn(|[j]| j as u32);
/// let (xx, yy) = meshgrid_ij_boxed(&x, &y); // 12 MB each
/// assert_eq!((xx[[1999, 0]], yy[[0, 1499]]), (1999, 1499));
/// ```
#[cfg(feature = "alloc")]
pub fn meshgrid_ij_boxed<T: Stored + Copy, const NX: usize, const NY: usize>(
    x: &impl AsView<T, Shape1<NX>>,
    y: &impl AsView<T, Shape1<NY>>,
) -> (Boxed<T, NX, NY>, Boxed<T, NX, NY>) {
    let (x, y) = (x.as_view(), y.as_view());
    (
        Array::from_fn_boxed(|[i, _]: [usize; 2]| x[[i]]),
        Array::from_fn_boxed(|[_, j]: [usize; 2]| y[[j]]),
    )
}
