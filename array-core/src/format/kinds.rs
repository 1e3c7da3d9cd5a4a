//! `Display` (NumPy's `str`) and `Debug` (its `repr`) on every kind of
//! array: the printer of [`format`](super) over the elements the kind's
//! view reaches, so an array and a view of the same values print alike.

use core::fmt;

use super::{debug, display};
use crate::array::Array;
use crate::element::Element;
use crate::order::Order;
use crate::raw::Strides;
use crate::shape::Shape;
use crate::views::{ArrayView, ArrayViewMut};

/// `Display` (`str(a)`) and `Debug` (`repr(a)`) for one kind of array, its
/// elements read through its view.
macro_rules! printed {
    ($({ $(#[$display:meta])* } { $(#[$debug:meta])* } [$($g:tt)*] $ty:ty;)*) => {$(
        $(#[$display])*
        impl<$($g)*> fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let view = self.view();
                display::<T, S>(f, &|index| element(&view, index))
            }
        }

        $(#[$debug])*
        impl<$($g)*> fmt::Debug for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let view = self.view();
                debug::<T, S>(f, &|index| element(&view, index))
            }
        }
    )*};
}

printed! {
    {
    /// `str(a)`: elements separated by spaces, rows on their own lines.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<f64, 2, 2>::from([[1.0, 2.5], [-3.0, 0.125]]);
    /// assert_eq!(a.to_string(), "[[ 1.     2.5  ]\n [-3.     0.125]]");
    /// ```
    } {
    /// `repr(a)`: `array([...], dtype=...)`, with the dtype shown exactly when
    /// NumPy shows it (not for `bool`, `int64` (`intp`) and `float64`) and NumPy 2's
    /// `shape=` for empty and summarised arrays.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2};
    /// let a = Array2::<u8, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    /// assert_eq!(format!("{a:?}"), "array([[1, 2, 3],\n       [4, 5, 6]], dtype=uint8)");
    /// assert_eq!(format!("{:?}", Array1::<f64, 2>::from([0.5, 1.0])), "array([0.5, 1. ])");
    /// ```
    }
    [T: Element, S: Shape, O: Order] Array<T, S, O>;
    {
    /// Prints the view as NumPy prints the sliced array, `str(v)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// # use shaped_macros::s;
    /// use shaped::Array2;
    /// let a = Array2::<i64, 3, 4>::from_fn(|[i, j]| (4 * i + j) as i64);
    /// assert_eq!(a.slice(s![1..3, 0..4;2]).to_string(), "[[ 4  6]\n [ 8 10]]");
    /// ```
    } {
    /// `repr(v)`, as NumPy prints the sliced array.
    }
    [T: Element, S: Shape, L: Strides] ArrayView<'_, T, S, L>;
    { /// As for [`ArrayView`].
    } { /// As for [`ArrayView`].
    }
    [T: Element, S: Shape, L: Strides] ArrayViewMut<'_, T, S, L>;
}

/// The element at `index`, which the printer takes from the shape.
fn element<T: Element, S: Shape, L: Strides>(view: &ArrayView<'_, T, S, L>, index: &[usize]) -> T {
    match view.at(index) {
        Some(&value) => value,
        None => crate::index::out_of_bounds(index, S::DIMS),
    }
}
