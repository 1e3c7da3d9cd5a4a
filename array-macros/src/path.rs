//! The one place the facade's private path is spelled: every expansion
//! names what it uses through `::shaped::__private`, so users need no
//! imports besides the macro.

use proc_macro2::TokenStream;
use quote::quote;

/// `::shaped::__private`; inside `shaped-core`'s own doc examples, which
/// use `s!` without the facade, `::shaped_core::__private` (the same items:
/// `shaped-core` names them so). A crate root path, not a crate renamed in
/// each example (`extern crate shaped_core as shaped`), because rustdoc
/// compiles the examples as modules of one crate.
pub(crate) fn private() -> TokenStream {
    if std::env::var_os("CARGO_PKG_NAME").is_some_and(|name| name == "shaped-core") {
        quote!(::shaped_core::__private)
    } else {
        quote!(::shaped::__private)
    }
}

/// What stands in for a macro whose input has errors and gives nothing to
/// take a type from: an expression of any type, so that the macro's own
/// error is the only one shown.
pub(crate) fn fallback_any() -> TokenStream {
    let private = private();
    quote!(#private::fallback_any())
}

/// The error, followed by a stand-in value: `{ compile_error!(..); value }`.
pub(crate) fn with_error(error: syn::Error, stand_in: TokenStream) -> TokenStream {
    let error = error.to_compile_error();
    quote!({ #error #stand_in })
}
