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
//! integer array, `i32` beside a float array) on the left of `+ - * / %`.
//! On the right, and in the compound assignments, the value is an
//! [`Operand`](crate::Operand), whose own message says the same.

use core::ops::{Add, Div, Mul, Rem, Sub};

use crate::array::Array;
use crate::order::Order;
use crate::shape::Shape;

/// Implemented for no type: the bound of the impls below. (`S`, the
/// array's shape, is there so that the bound names a generic parameter: a
/// bound on concrete types alone would be rejected where it is written.)
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
pub trait Promote<U, S> {}

macro_rules! rejected {
    ($($Op:ident $op:ident),* : $($t:ty => $u:ty),*) => {
        rejected!(@pairs [$($Op $op),*] $($t => $u),*);
    };
    (@pairs $ops:tt $($t:ty => $u:ty),*) => {$(
        rejected!(@ops $t, $u, $ops);
    )*};
    (@ops $t:ty, $u:ty, [$($Op:ident $op:ident),*]) => {$(
        impl<S: Shape, O: Order> $Op<Array<$t, S, O>> for $u
        where
            $t: Promote<$u, S>,
        {
            type Output = Array<$t, S, O>;
            fn $op(self, _: Array<$t, S, O>) -> Array<$t, S, O> {
                unreachable!("`Promote` has no implementation")
            }
        }

        impl<S: Shape, O: Order> $Op<&Array<$t, S, O>> for $u
        where
            $t: Promote<$u, S>,
        {
            type Output = Array<$t, S, O>;
            fn $op(self, _: &Array<$t, S, O>) -> Array<$t, S, O> {
                unreachable!("`Promote` has no implementation")
            }
        }
    )*};
}

/// The pairs of the dtype table: an integer array beside an `f64` value, a
/// float array beside an `i32` value (what unsuffixed literals default to).
macro_rules! rejected_pairs {
    ($($t:ident $kind:tt $numpy:tt;)*) => {$(rejected_pairs!(@ $kind $t);)*};
    (@ 'b' $t:ident) => {};
    (@ 'i' $t:ident) => { rejected_pairs!(@pair $t => f64); };
    (@ 'u' $t:ident) => { rejected_pairs!(@pair $t => f64); };
    (@ 'f' $t:ident) => { rejected_pairs!(@pair $t => i32); };
    (@pair $t:ident => $u:ident) => {
        rejected!(
            Add add, Sub sub, Mul mul, Div div, Rem rem : $t => $u
        );
    };
}

crate::element::for_each_dtype!(rejected_pairs);
