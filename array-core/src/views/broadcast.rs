//! `broadcast_to`: an array or view seen as a bigger shape, NumPy's
//! `np.broadcast_to`, without copying. The rules are on [`BroadcastView`];
//! the steps (0 along every broadcast axis) are the layout
//! [`Broadcasted`](crate::raw::Broadcasted), so a broadcast view is a
//! view like any other and has every read operation views have.

use crate::array::Array;
use crate::element::Stored;
use crate::order::{Order, RowMajor};
use crate::raw::{Broadcasted, Contiguous};
use crate::shape::{BroadcastsTo, Shape};
use crate::views::ArrayView;

/// A read-only view of an array of shape `From` as shape `To`: NumPy's
/// `np.broadcast_to(a, shape)`, made by [`Array::broadcast_to`] without
/// copying.
///
/// NumPy lines the shapes up at their last axes; each axis of the array
/// must equal the target's or be 1, and the target may have more axes in
/// front. A broadcast axis has stride 0: every index along it reads the
/// same elements. Here the shapes are types, so a pair that does not
/// broadcast fails to build, with a message naming the axis:
///
/// ```text
/// cannot broadcast shape (3, 2) to (3, 4): axis 1 has length 2, which is
/// neither 4 nor 1
/// ```
///
/// The view is read-only, as NumPy's is. Index it, copy it out with
/// [`to_array`](Self::to_array), or use it as an operand of the arithmetic
/// and bit operators, where it pairs with an array (or another view) of
/// the target shape: `col.broadcast_to() + row.broadcast_to()` is NumPy's
/// outer sum `col + row`.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array2, Shape2};
/// let col = Array2::<i32, 3, 1>::from([[1], [2], [3]]);
/// let wide = col.broadcast_to::<Shape2<3, 4>>();
/// assert_eq!(wide[[2, 3]], 3);
/// assert_eq!(wide.strides(), [4, 0]); // NumPy's strides, in bytes
/// assert_eq!(wide.to_array(), Array2::from([[1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 3]]));
/// ```
pub type BroadcastView<'a, T, From, To, O = RowMajor> =
    ArrayView<'a, T, To, Broadcasted<Contiguous<From, O>, From, To>>;

impl<T: Stored, S: Shape, O: Order> Array<T, S, O> {
    /// This array seen as shape `To`, without a copy: NumPy's
    /// `np.broadcast_to(a, To)`. The shapes line up at their last axes;
    /// each axis of this array must equal the target's or be 1, and `To`
    /// may add axes in front. Any other pair fails to build with the axis
    /// and lengths in the message.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2, Shape2};
    /// // The outer sum of a column and a row: NumPy's col + row.
    /// let col = Array2::<i32, 2, 1>::from([[10], [20]]);
    /// let row = Array1::<i32, 3>::from([1, 2, 3]);
    /// let sum = col.broadcast_to::<Shape2<2, 3>>() + row.broadcast_to();
    /// assert_eq!(sum, Array2::from([[11, 12, 13], [21, 22, 23]]));
    /// ```
    pub const fn broadcast_to<To: Shape>(&self) -> BroadcastView<'_, T, S, To, O> {
        // Checked here so that a mismatch is reported at the caller's line.
        let () = BroadcastsTo::<S, To>::OK;
        self.view().broadcast_to::<To>()
    }
}
