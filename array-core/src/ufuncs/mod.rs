//! The rest of NumPy's ufuncs, as methods on every kind of array, with
//! NumPy's results: tests (`isnan`, `isclose` ...), picks (`maximum`,
//! `fmax` ...), arithmetic with NumPy's sign rules (`remainder`,
//! `floor_divide` ...), integer `power`, and float functions (`tanh`,
//! `arctan2` ...; feature `std` or `libm`). A second operand is an array,
//! a view or one number, as for the operators ([`Operand`](crate::Operand)).
//!
//! - `scalar`: what each does to one element, per dtype (no float library);
//! - `compare`, `close`, `arith`: the methods built on it;
//! - `libm`, `transcendental`: the float functions and their methods.

mod arith;
mod close;
mod compare;
#[cfg(any(feature = "std", feature = "libm"))]
mod libm;
pub(crate) mod scalar;
#[cfg(any(feature = "std", feature = "libm"))]
mod transcendental;
