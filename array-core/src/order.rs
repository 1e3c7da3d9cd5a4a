//! Memory orders: how the logical elements of an array lie in memory.
//!
//! A 2x3 array `[[a, b, c], [d, e, f]]` occupies six consecutive slots either
//! way; only their sequence differs:
//!
//! ```text
//!              logical view           memory (offsets 0..6)
//!              +---+---+---+
//!              | a | b | c |          RowMajor ('C'): a b c d e f
//!              +---+---+---+                          row 0 | row 1
//!              | d | e | f |          ColMajor ('F'): a d b e c f
//!              +---+---+---+                          col0|col1|col2
//! ```
//!
//! In `RowMajor` the last index moves fastest, in `ColMajor` the first.
//! NumPy's default is order `'C'`; Fortran, R, MATLAB, BLAS and LAPACK use `'F'`.

use core::fmt::Debug;
use core::hash::Hash;

mod sealed {
    pub trait Sealed {}
}

/// A memory order: [`RowMajor`] or [`ColMajor`]. Sealed.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{ColMajor, Order, RowMajor};
/// assert_eq!(RowMajor::NUMPY, 'C');
/// assert_eq!(ColMajor::NUMPY, 'F');
/// ```
pub trait Order:
    Copy + Default + Debug + Eq + Hash + Send + Sync + 'static + sealed::Sealed
{
    /// `true` for [`RowMajor`]: the last index moves fastest through memory.
    const IS_ROW_MAJOR: bool;
    /// NumPy's name for this order, the `order=` argument: `'C'` or `'F'`.
    const NUMPY: char;
    /// The other order: what a transpose turns this one into.
    type Transposed: Order<Transposed = Self>;
}

/// Row-major order, NumPy's `order='C'` and its default: the last index
/// moves fastest, so each row is contiguous.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array2, RowMajor};
/// let a = Array2::<i32, 2, 3, RowMajor>::from([[1, 2, 3], [4, 5, 6]]);
/// assert_eq!(a.as_slice(), &[1, 2, 3, 4, 5, 6]);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct RowMajor;

/// Column-major order, NumPy's `order='F'` (Fortran): the first index moves
/// fastest, so each column is contiguous.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array2, ColMajor};
/// let a = Array2::<i32, 2, 3, ColMajor>::from([[1, 2, 3], [4, 5, 6]]);
/// assert_eq!(a.as_slice(), &[1, 4, 2, 5, 3, 6]);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ColMajor;

impl sealed::Sealed for RowMajor {}
impl sealed::Sealed for ColMajor {}

impl Order for RowMajor {
    type Transposed = ColMajor;
    const IS_ROW_MAJOR: bool = true;
    const NUMPY: char = 'C';
}

impl Order for ColMajor {
    type Transposed = RowMajor;
    const IS_ROW_MAJOR: bool = false;
    const NUMPY: char = 'F';
}
