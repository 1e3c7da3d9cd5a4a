//! Where NumPy would promote and Rust does not: `int_array * 0.5` and
//! `float_array + 1`. NumPy converts the array to float64 (or the literal to
//! the array's float type); `shaped` keeps one dtype per array, so these do
//! not compile. Without the impls below the compiler answers with a list of
//! every operator impl; with them it answers with one sentence that names
//! the conversion.
//!
//! The impls exist only to be rejected: each requires `T: Promote<U>`,
//! which no type implements, so none of them can ever be called. They
//! cover the types an unsuffixed literal defaults to (`f64` beside an
//! integer array, `i32` beside a float array) on the left of `+ - * / %`,
//! for arrays of any element type (also one rustc has not inferred yet:
//! `0.5 * array![1, 2, 3]`).
//! On the right, and in the compound assignments, the value is an
//! [`Operand`](crate::Operand), whose own message says the same.

use core::ops::{Add, Div, Mul, Rem, Sub};

use crate::array::Array;
use crate::element::Element;
use crate::order::Order;
use crate::shape::Shape;

/// Implemented for no type: the bound of the impls below. (Nothing outside
/// this crate can implement it for `f64` or `i32` either, so those impls
/// never overlap the real ones for arrays of `f64` and `i32`.)
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Array1;
/// let a = Array1::<i32, 2>::from([1, 3]);
/// // a * 0.5 does not compile: "an array of `i32` does not combine with `f64` values".
/// assert_eq!((a.cast::<f64>() * 0.5).as_slice(), &[0.5, 1.5]);
/// ```
#[diagnostic::on_unimplemented(
    message = "an array of `{Self}` does not combine with `{U}` values: NumPy would convert one side, Rust does not",
    label = "`{Self}` array, `{U}` value",
    note = "convert the array, as NumPy does: `a.cast::<f64>() * 0.5`; or write the value in the array's type (`2.0`, not `2`, beside a float array)"
)]
pub trait Promote<U> {}

macro_rules! rejected {
    ($u:ty: $($Op:ident $op:ident),*) => {$(
        // Generic in the element type, so that an array whose element type
        // is still an unsuffixed literal (`0.5 * array![1, 2, 3]`) meets
        // one impl and its message. The impls for arrays of `$u` itself
        // (`ops.rs`) do not overlap: `$u: Promote<$u, S>` never holds.
        impl<T: Element, S: Shape, O: Order> $Op<Array<T, S, O>> for $u
        where
            T: Promote<$u>,
        {
            type Output = Array<T, S, O>;
            fn $op(self, _: Array<T, S, O>) -> Array<T, S, O> {
                unreachable!("`Promote` has no implementation")
            }
        }

        impl<T: Element, S: Shape, O: Order> $Op<&Array<T, S, O>> for $u
        where
            T: Promote<$u>,
        {
            type Output = Array<T, S, O>;
            fn $op(self, _: &Array<T, S, O>) -> Array<T, S, O> {
                unreachable!("`Promote` has no implementation")
            }
        }
    )*};
}

// What unsuffixed literals default to: `f64` beside an integer array,
// `i32` beside a float array.
rejected!(f64: Add add, Sub sub, Mul mul, Div div, Rem rem);
rejected!(i32: Add add, Sub sub, Mul mul, Div div, Rem rem);
