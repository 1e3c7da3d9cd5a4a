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

use super::{Shape, Shape1, Shape2, Shape3, Shape4, Shape5, Shape6, Shape7, Shape8, for_each_rank};

/// Shapes that have an axis `AXIS`: the check behind every API that takes
/// an [`Axis`] and keeps the rank (sorting, running sums, flipping).
#[diagnostic::on_unimplemented(
    message = "axis {AXIS} is out of range for an array of shape `{Self}`",
    label = "no axis {AXIS} here",
    note = "axes count from 0, so an array of rank N has axes 0 to N - 1"
)]
pub trait HasAxis<const AXIS: usize>: Shape {}

/// For each rank, `HasAxis<k>` for every axis `k`.
macro_rules! has_axis {
    ($($n:literal $shape:ident $alias:ident $dims:tt $ex:tt $nested:tt;)*) => {$(
        has_axis!(@axis $shape $dims $dims 0);
    )*};
    (@axis $shape:ident [$($d:ident),+] [$cur:ident $(, $rest:ident)*] $k:expr) => {
        impl<$(const $d: usize),+> HasAxis<{ $k }> for $shape<$($d),+> {}
        has_axis!(@axis $shape [$($d),+] [$($rest),*] $k + 1);
    };
    (@axis $shape:ident $dims:tt [] $k:expr) => {};
}

for_each_rank!(has_axis);

/// Shapes with one axis: what the flat forms `cumsum()` and `cumprod()`
/// take (NumPy's `np.cumsum(a)` of a bigger array flattens it; here that
/// is `cumsum_axis(Axis::<K>)` along an axis, or a `reshape` first).
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Array1;
/// assert_eq!(Array1::<i32, 3>::from([1, 2, 3]).cumsum().as_slice(), &[1i64, 3, 6]);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` has more than one axis: the flat running total is for arrays of one axis",
    label = "a shape with more than one axis",
    note = "take it along one axis with `cumsum_axis(Axis::<K>)`, or `reshape` to one axis first (NumPy's `np.cumsum(a)` flattens in C order)"
)]
pub trait OneAxis: Shape {}

impl<const N: usize> OneAxis for Shape1<N> {}
