//! [`Axis`]: an axis named by a constant, checked against the rank.

/// Axis `K` of an array, NumPy's `axis=K`, as a zero-sized value:
/// `a.axis_iter(Axis::<1>)`. Every API that takes one checks `K` against
/// the array's rank while compiling, so an axis past the rank does not
/// build ("axis 2 is out of range for an array of shape `Shape2<3, 4>`").
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array2, Axis};
/// let a = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
/// let columns: Vec<i32> = a.axis_iter(Axis::<1>).map(|c| c.sum() as i32).collect();
/// assert_eq!(columns, [5, 7, 9]);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Axis<const K: usize>;

impl<const K: usize> Axis<K> {
    /// The axis number, `K`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// assert_eq!(shaped::Axis::<2>.index(), 2);
    /// ```
    pub const fn index(self) -> usize {
        K
    }
}
