//! [`Square`]: a matrix shape with as many rows as columns, the bound of
//! the square-only methods (and of the diagonal views, whose unsafe code
//! relies on it: it is sealed, implemented here for `Shape2<N, N>` only).

use super::{Shape2, sealed};

/// A matrix with as many rows as columns: what `det`, `inv`, `solve` and
/// the other square-only methods require. Implemented for `Shape2<N, N>`
/// only, so a non-square call fails type checking (and `cargo check`) with
/// the two dimensions in the message.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array2, Shape2, Square};
/// fn needs_square<const R: usize, const C: usize>(_: &Array2<f64, R, C>)
/// where
///     Shape2<R, C>: Square<R, C>,
/// {
/// }
/// needs_square(&Array2::<f64, 3, 3>::eye());
/// // needs_square(&Array2::<f64, 2, 3>::zeros()); // "this one is 2x3"
/// ```
#[diagnostic::on_unimplemented(
    message = "this method needs a square matrix, and this one is {ROWS}x{COLS}",
    label = "called on a {ROWS}x{COLS} matrix",
    note = "`det`, `inv`, `solve`, `matrix_power`, `diagonal`, `cholesky` and `eigh` need as many rows as columns, as NumPy's do"
)]
pub trait Square<const ROWS: usize, const COLS: usize>: sealed::Sealed {}

impl<const N: usize> Square<N, N> for Shape2<N, N> {}
