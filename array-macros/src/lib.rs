//! Procedural macros of [`shaped`](https://docs.rs/shaped): `array!` and the
//! sequence macros. Use them through the `shaped` facade, which documents
//! them; they expand to paths under `::shaped::__private`.
//!
//! Each macro is a pipeline: parse the tokens into a model that keeps spans
//! (`parse`, `model`), validate it (`check`), and expand it (`expand`).

mod check;
mod expand;
mod model;
mod parse;
mod sequences;

use proc_macro::TokenStream;

/// The implementation of `shaped::array!`, documented on that re-export.
#[proc_macro]
pub fn array(input: TokenStream) -> TokenStream {
    let array = match parse::parse_array(input.into()) {
        Ok(array) => array,
        Err(error) => {
            let error = error.to_compile_error();
            let fallback = quote::quote!(::shaped::__private::fallback_any());
            return quote::quote!({ #error #fallback }).into();
        }
    };
    match check::check(&array) {
        Ok(()) => expand::expand(&array).into(),
        Err(error) => {
            let error = error.to_compile_error();
            let fallback = expand::fallback(&array);
            quote::quote!({ #error #fallback }).into()
        }
    }
}

fn or_error(result: Result<proc_macro2::TokenStream, syn::Error>) -> TokenStream {
    result
        .unwrap_or_else(|error| {
            let error = error.to_compile_error();
            quote::quote!({ #error ::shaped::__private::fallback_any() })
        })
        .into()
}

/// The implementation of `shaped::arange!`, documented on that re-export.
#[proc_macro]
pub fn arange(input: TokenStream) -> TokenStream {
    or_error(sequences::arange(input.into()))
}

/// The implementation of `shaped::linspace!`, documented on that re-export.
#[proc_macro]
pub fn linspace(input: TokenStream) -> TokenStream {
    or_error(sequences::spaced("linspace", input.into()))
}

/// The implementation of `shaped::logspace!`, documented on that re-export.
#[proc_macro]
pub fn logspace(input: TokenStream) -> TokenStream {
    or_error(sequences::spaced("logspace", input.into()))
}

/// The implementation of `shaped::geomspace!`, documented on that re-export.
#[proc_macro]
pub fn geomspace(input: TokenStream) -> TokenStream {
    or_error(sequences::spaced("geomspace", input.into()))
}

#[cfg(test)]
mod tests;
