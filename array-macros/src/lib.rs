//! Procedural macros of [`shaped`](https://docs.rs/shaped): `array!` and the
//! sequence macros. Use them through the `shaped` facade, which documents
//! them; they expand to paths under `::shaped::__private` (spelled once, in
//! `path`).
//!
//! This file holds only the entry points. Each macro is one function from
//! tokens to tokens, which its entry point below and the unit tests both
//! call:
//!
//! | macro | function | stages |
//! |---|---|---|
//! | `array!` | `array::expand` | `array/`: parse into a model that keeps spans, check it, expand it, or fall back to a typed stand-in after an error |
//! | `arange!`, `linspace!`, `logspace!`, `geomspace!` | `sequences::expand` | one file: arguments, NumPy's length, the call |
//! | `s!` | `slice::expand` | one file: entries, their types |
//! | `einsum!` | `einsum::expand` | one file: the subscripts, then the loop nest |
//! | `include_npy!` | `include_npy::expand` | one file: the header, checked, then the embedded bytes |
//!
//! What they share (the facade's private path, the error-plus-stand-in
//! shape of a failed expansion, splitting tokens at separators) is in
//! `tokens`; the element types they know are `shaped-core`'s dtype table,
//! read in `dtypes`.

mod array;
mod dtypes;
mod einsum;
mod include_npy;
mod sequences;
mod slice;
mod tokens;

use proc_macro::TokenStream;
use sequences::Sequence;

/// The implementation of `shaped::array!`, documented on that re-export.
#[proc_macro]
pub fn array(input: TokenStream) -> TokenStream {
    array::expand(input.into()).into()
}

/// The implementation of `shaped::arange!`, documented on that re-export.
#[proc_macro]
pub fn arange(input: TokenStream) -> TokenStream {
    sequences::expand(Sequence::Arange, input.into()).into()
}

/// The implementation of `shaped::linspace!`, documented on that re-export.
#[proc_macro]
pub fn linspace(input: TokenStream) -> TokenStream {
    sequences::expand(Sequence::Linspace, input.into()).into()
}

/// The implementation of `shaped::logspace!`, documented on that re-export.
#[proc_macro]
pub fn logspace(input: TokenStream) -> TokenStream {
    sequences::expand(Sequence::Logspace, input.into()).into()
}

/// The implementation of `shaped::geomspace!`, documented on that re-export.
#[proc_macro]
pub fn geomspace(input: TokenStream) -> TokenStream {
    sequences::expand(Sequence::Geomspace, input.into()).into()
}

/// The implementation of `shaped::einsum!`, documented on that re-export.
#[proc_macro]
pub fn einsum(input: TokenStream) -> TokenStream {
    einsum::expand(input.into()).into()
}

/// The implementation of `shaped::include_npy!`, documented on that
/// re-export.
#[proc_macro]
pub fn include_npy(input: TokenStream) -> TokenStream {
    include_npy::expand(input.into()).into()
}

/// The implementation of `shaped::s!`, documented on that re-export.
#[proc_macro]
pub fn s(input: TokenStream) -> TokenStream {
    slice::expand(input.into()).into()
}

#[cfg(test)]
mod tests;
