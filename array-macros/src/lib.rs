//! Procedural macros of [`shaped`](https://docs.rs/shaped): `array!` and the
//! sequence macros. Use them through the `shaped` facade, which documents
//! them; they expand to paths under `::shaped::__private` (spelled once, in
//! `path`).
//!
//! Each macro is one function from tokens to tokens, which the entry point
//! below and the unit tests both call: `array::expand` (parse into a model
//! that keeps spans, check it, expand it, or fall back to a typed stand-in
//! after an error), `sequences::expand` and `slice::expand`.

mod array;
mod check;
mod einsum;
mod expand;
mod include_npy;
mod model;
mod parse;
mod path;
mod sequences;
mod slice;

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
