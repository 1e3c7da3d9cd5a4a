//! Printing as NumPy prints the `(n, *S)` array: `Display` is `str(x)`
//! and `Debug` is `repr(x)`, summarised past 1000 elements, through the
//! array printer (`format/`).

use core::fmt;

use crate::element::Element;
use crate::format::{debug_dims, display_dims};
use crate::shape::RowShape;

use super::Rows;

impl<T: Element, S: RowShape> Rows<T, S> {
    /// The element at `index` (row first), which the printer takes from
    /// the shape.
    fn printed(&self, index: &[usize]) -> T {
        let shape = self.shape();
        let at = index
            .iter()
            .zip(shape.as_ref())
            .fold(0, |at, (&i, &d)| at * d + i);
        self.as_slice()[at]
    }
}

/// `str(x)`: NumPy's `str` of the `(n, *S)` array.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Rows, Shape1};
/// let x = Rows::<f64, Shape1<2>>::from_flat(vec![1.0, 2.5, -3.0, 0.125])?;
/// assert_eq!(x.to_string(), "[[ 1.     2.5  ]\n [-3.     0.125]]");
/// assert_eq!(Rows::<f64, Shape1<2>>::new().to_string(), "[]");
/// # Ok::<(), shaped::LengthError>(())
/// ```
impl<T: Element, S: RowShape> fmt::Display for Rows<T, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        display_dims(f, self.shape().as_ref(), &|index| self.printed(index))
    }
}

/// `repr(x)`: NumPy's `repr` of the `(n, *S)` array, `shape=` included
/// where NumPy shows it (no element, or summarised).
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Rows, Shape1};
/// let x = Rows::<u8, Shape1<3>>::from_flat(vec![1, 2, 3, 4, 5, 6])?;
/// assert_eq!(format!("{x:?}"), "array([[1, 2, 3],\n       [4, 5, 6]], dtype=uint8)");
/// let empty = Rows::<f64, Shape1<8>>::new();
/// assert_eq!(format!("{empty:?}"), "array([], shape=(0, 8), dtype=float64)");
/// # Ok::<(), shaped::LengthError>(())
/// ```
impl<T: Element, S: RowShape> fmt::Debug for Rows<T, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        debug_dims(f, self.shape().as_ref(), &|index| self.printed(index))
    }
}
