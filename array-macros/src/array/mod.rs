//! `array!`, from tokens to tokens in four stages:
//!
//! 1. [`parse`]: token trees to the [`model`] of the literal (rows, repeats,
//!    leaves), keeping the spans errors point at;
//! 2. [`check`]: one worded error per mistake (ragged rows, mixed literal
//!    kinds, names that are not dtypes), combined so all show at once;
//! 3. [`expand`]: the model to Rust code;
//! 4. or, after an error, [`expand::fallback`]: a stand-in of the intended
//!    type, so the user sees the macro's errors and no cascade after them
//!    (thiserror's `expand` -> `try_expand` + `fallback`).
//!
//! The `#[proc_macro]` entry point and the unit tests both call [`expand`].

mod check;
mod expand;
mod model;
mod parse;
#[cfg(test)]
mod tests;

use proc_macro2::TokenStream;

use crate::tokens;

/// The expansion of `array![input]`: the array, or the errors followed by a
/// stand-in of the intended type.
pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let array = match parse::parse(input) {
        Ok(array) => array,
        Err(error) => return tokens::with_error(error, tokens::fallback_any()),
    };
    match check::check(&array) {
        Ok(()) => expand::array(&array),
        Err(error) => tokens::with_error(error, expand::fallback(&array)),
    }
}
