//! What every macro shares: the one place the facade's private path is
//! spelled (every expansion names what it uses through
//! `::shaped::__private`, so users need no imports besides the macro), the
//! error-plus-stand-in shape of a failed expansion, and splitting a token
//! list at top-level separators.

use proc_macro2::{Spacing, TokenStream, TokenTree};
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

/// Splits at top-level `sep` punctuation, outside angle brackets; each part
/// comes with the separator that ended it (none for the last part).
pub(crate) fn split(tokens: &[TokenTree], sep: char) -> Vec<(&[TokenTree], Option<TokenTree>)> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut angles = 0usize;
    for (i, token) in tokens.iter().enumerate() {
        let TokenTree::Punct(punct) = token else {
            continue;
        };
        match punct.as_char() {
            '<' if angles > 0 || i == start || follows_path_separator(tokens, i) => angles += 1,
            '>' if angles > 0 && !is_arrow(tokens, i) => angles -= 1,
            c if c == sep && angles == 0 => {
                parts.push((&tokens[start..i], Some(token.clone())));
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push((&tokens[start..], None));
    parts
}

/// Is `tokens[i]` right after `::`, as in a turbofish?
fn follows_path_separator(tokens: &[TokenTree], i: usize) -> bool {
    matches!(
        (i.checked_sub(2).map(|j| &tokens[j]), i.checked_sub(1).map(|j| &tokens[j])),
        (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
            if a.as_char() == ':' && a.spacing() == Spacing::Joint && b.as_char() == ':'
    )
}

/// Is the `>` at `tokens[i]` the end of `->`?
fn is_arrow(tokens: &[TokenTree], i: usize) -> bool {
    matches!(
        i.checked_sub(1).map(|j| &tokens[j]),
        Some(TokenTree::Punct(p)) if p.as_char() == '-' && p.spacing() == Spacing::Joint
    )
}
