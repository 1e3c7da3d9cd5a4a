//! `array!`: tokens to tokens, parse -> check -> expand, with a typed
//! fallback after an error (thiserror's `expand` -> `try_expand` +
//! `fallback`). The `#[proc_macro]` entry point and the unit tests both
//! call [`expand`].

use proc_macro2::TokenStream;

use crate::{check, expand as generate, parse, path};

/// The expansion of `array![input]`: the array, or the errors followed by a
/// stand-in of the intended type.
pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let array = match parse::parse_array(input) {
        Ok(array) => array,
        Err(error) => return path::with_error(error, path::fallback_any()),
    };
    match check::check(&array) {
        Ok(()) => generate::expand(&array),
        Err(error) => path::with_error(error, generate::fallback(&array)),
    }
}
