//! Which axis a reduction of the rows removes, numbered as NumPy numbers
//! the axes of the `(n, *S)` array: axis 0 is the rows (the result is one
//! row, an [`Array`] of shape `S`), axis `k >= 1` is axis `k - 1` of each
//! row (the result is one reduced row per row: a [`Rows`] of the row shape
//! without that axis, or for rank-1 rows one value per row, a `Vec`).

use alloc::vec::Vec;

use crate::array::Array;
use crate::element::Element;
use crate::number::Number;
use crate::shape::{RowShape, Shape1, Shape2, Shape3, Shape4, Shape5, Shape6, Shape7};

use super::Rows;

/// An axis `AXIS` of the `(n, *S)` array that a reduction of [`Rows`]
/// removes: axis 0 (the rows) for every row shape, and axes 1 to `R` (the
/// row's own axes, shifted by one) for a row of rank `R`. `Output<U>` is
/// what the reduction returns: an [`Array<U, S>`](Array) along axis 0,
/// `Rows<U, S without axis AXIS - 1>` along an axis of a row, and for
/// rank-1 rows along axis 1 a `Vec<U>` of one value per row (NumPy's
/// `(n,)` array).
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array1, Rows, Shape1, Shape2};
/// let x = Rows::<i32, Shape2<2, 3>>::from_fn(4, |[i, j, k]| (i + j + k) as i32);
/// let per_column: shaped::Array2<i64, 2, 3> = x.sum_axis::<0>(); // x.sum(axis=0)
/// let per_row: Rows<i64, Shape1<3>> = x.sum_axis::<1>(); // x.sum(axis=1)
/// assert_eq!(per_column[[1, 2]], 4 * 3 + (0 + 1 + 2 + 3));
/// assert_eq!(per_row[3], Array1::from([7, 9, 11]));
/// let flat = Rows::<i32, Shape1<3>>::from_fn(2, |[i, j]| (i * 3 + j) as i32);
/// assert_eq!(flat.sum_axis::<1>(), vec![3, 12]); // one value per row
/// ```
#[diagnostic::on_unimplemented(
    message = "axis {AXIS} is out of range for rows of shape `{Self}`",
    label = "no axis {AXIS} here",
    note = "axis 0 is the rows and axes 1 to R are a row's axes, as NumPy numbers the axes of the (n, *S) array"
)]
pub trait RowAxis<const AXIS: usize>: RowShape {
    /// What a reduction along `AXIS` returns, with elements `U`.
    type Output<U: Element>;
    /// The sum along the axis.
    #[doc(hidden)]
    fn sum<T: Number>(rows: &Rows<T, Self>) -> Self::Output<T::Accumulator>;
    /// The mean along the axis.
    #[doc(hidden)]
    fn mean<T: Number>(rows: &Rows<T, Self>) -> Self::Output<f64>;
    /// The maximum (`max`) or minimum along the axis.
    #[doc(hidden)]
    fn pick<T: Element>(rows: &Rows<T, Self>, max: bool) -> Self::Output<T>;
    /// The position of the maximum (`max`) or minimum along the axis.
    #[doc(hidden)]
    fn arg<T: Element>(rows: &Rows<T, Self>, max: bool) -> Self::Output<usize>;
}

impl<S: RowShape> RowAxis<0> for S {
    type Output<U: Element> = Array<U, S>;

    fn sum<T: Number>(rows: &Rows<T, S>) -> Array<T::Accumulator, S> {
        rows.sum_rows()
    }

    fn mean<T: Number>(rows: &Rows<T, S>) -> Array<f64, S> {
        rows.mean_rows()
    }

    fn pick<T: Element>(rows: &Rows<T, S>, max: bool) -> Array<T, S> {
        rows.pick_rows(max)
    }

    fn arg<T: Element>(rows: &Rows<T, S>, max: bool) -> Array<usize, S> {
        rows.arg_rows(max)
    }
}

impl<const A: usize> RowAxis<1> for Shape1<A> {
    type Output<U: Element> = Vec<U>;

    fn sum<T: Number>(rows: &Rows<T, Self>) -> Vec<T::Accumulator> {
        rows.iter().map(|row| row.sum()).collect()
    }

    fn mean<T: Number>(rows: &Rows<T, Self>) -> Vec<f64> {
        rows.iter().map(|row| row.mean()).collect()
    }

    fn pick<T: Element>(rows: &Rows<T, Self>, max: bool) -> Vec<T> {
        let () = crate::shape::NonEmpty::<Self>::OK;
        rows.iter()
            .map(|row| if max { row.max() } else { row.min() })
            .collect()
    }

    fn arg<T: Element>(rows: &Rows<T, Self>, max: bool) -> Vec<usize> {
        let () = crate::shape::NonEmpty::<Self>::OK;
        rows.iter()
            .map(|row| if max { row.argmax() } else { row.argmin() })
            .collect()
    }
}

/// `RowAxis<k + 1>` for each axis `k` of each row shape of rank 2 to 7:
/// each row reduced along its axis `k` by the array's own method.
macro_rules! row_axes {
    ($($shape:ident [$($d:ident),+] $($k:literal)*;)*) => {$(
        row_axes!(@each $shape [$($d),+] $($k)*);
    )*};
    (@each $shape:ident $dims:tt $($k:literal)*) => {$(
        row_axes!(@one $shape $dims $k);
    )*};
    (@one $shape:ident [$($d:ident),+] $k:literal) => {
        impl<$(const $d: usize),+> RowAxis<{ $k + 1 }> for $shape<$($d),+> {
            type Output<U: Element> =
                Rows<U, <$shape<$($d),+> as crate::shape::RemoveAxis<$k>>::Output>;

            fn sum<T: Number>(rows: &Rows<T, Self>) -> Self::Output<T::Accumulator> {
                rows.iter().map(|row| row.sum_axis::<$k>()).collect()
            }

            fn mean<T: Number>(rows: &Rows<T, Self>) -> Self::Output<f64> {
                rows.iter().map(|row| row.mean_axis::<$k>()).collect()
            }

            fn pick<T: Element>(rows: &Rows<T, Self>, max: bool) -> Self::Output<T> {
                rows.iter()
                    .map(|row| if max { row.max_axis::<$k>() } else { row.min_axis::<$k>() })
                    .collect()
            }

            fn arg<T: Element>(rows: &Rows<T, Self>, max: bool) -> Self::Output<usize> {
                rows.iter()
                    .map(|row| if max { row.argmax_axis::<$k>() } else { row.argmin_axis::<$k>() })
                    .collect()
            }
        }
    };
}

row_axes! {
    Shape2 [A, B] 0 1;
    Shape3 [A, B, C] 0 1 2;
    Shape4 [A, B, C, D] 0 1 2 3;
    Shape5 [A, B, C, D, E] 0 1 2 3 4;
    Shape6 [A, B, C, D, E, F] 0 1 2 3 4 5;
    Shape7 [A, B, C, D, E, F, G] 0 1 2 3 4 5 6;
}
