//! `include_npy!("path.npy")`: an `.npy` file embedded in the binary as a
//! typed array, checked while compiling. The path is relative to the
//! crate's `CARGO_MANIFEST_DIR`; the header is read here (with the
//! library's parser) and gives the array's type (dtype, shape, order); the
//! data is embedded with `include_bytes!` (so editing the file rebuilds
//! the crate) and turned into the array by a `const fn`, so the result
//! works in `const` and `static` items, in `no_std` firmware too.

use std::path::PathBuf;

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use syn::{Error, LitStr};

use crate::{dtypes, tokens};

/// The expansion of `include_npy!(input)`: the array, or the error
/// followed by a stand-in of any type.
pub(crate) fn expand(input: TokenStream) -> TokenStream {
    try_expand(input).unwrap_or_else(|error| tokens::with_error(error, tokens::fallback_any()))
}

fn try_expand(input: TokenStream) -> Result<TokenStream, Error> {
    let lit: LitStr = syn::parse2(input).map_err(|e| {
        Error::new(
            e.span(),
            "expected the path of an .npy file: `include_npy!(\"data/table.npy\")`",
        )
    })?;
    let relative = lit.value();
    let root = std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(PathBuf::new, PathBuf::from);
    let full = root.join(&relative);
    let fail = |message: String| Error::new(lit.span(), message);
    let bytes = std::fs::read(&full).map_err(|e| {
        fail(format!(
            "cannot read `{relative}` (resolved to {}): {e}",
            full.display()
        ))
    })?;
    let (descr, fortran, shape, offset) =
        shaped_core::__parse_header(&bytes).map_err(|e| fail(format!("`{relative}`: {e}")))?;
    let private = tokens::private();
    // The element type, its item size, NumPy's name and kind: from the
    // dtype table, or one behind a feature, named through the facade.
    let (elem, itemsize, name, kind) = match dtypes::of_descr(&descr) {
        Some(row) => {
            let elem = format_ident!("{}", row.rust);
            let (size, name, kind) = (row.dtype.itemsize(), row.dtype.name(), row.dtype.kind());
            (quote!(#elem), size, name, kind)
        }
        None => {
            let (rust, name, _, size) = dtypes::feature_of_descr(&descr).ok_or_else(|| {
                fail(format!(
                    "`{relative}` holds dtype {descr:?}; an array holds {}",
                    dtypes::numpy_names()
                ))
            })?;
            let elem = format_ident!("{rust}");
            (quote!(#private::#elem), size, name, 'f')
        }
    };
    if shape.is_empty() || shape.len() > 8 {
        return Err(fail(format!(
            "`{relative}` holds an array of {} axes; shaped arrays have 1 to 8",
            shape.len()
        )));
    }
    let needed = byte_count(&shape, itemsize)
        .filter(|&n| n <= isize::MAX as u128)
        .ok_or_else(|| {
            let total = byte_count(&shape, itemsize)
                .map_or_else(|| "more than 2^128".to_owned(), |n| n.to_string());
            fail(format!(
                "`{relative}` holds shape {} of {} ({itemsize} bytes each): {total} bytes; \
                 an array holds at most {} bytes",
                tuple(&shape),
                name,
                isize::MAX
            ))
        })? as usize;
    let data = bytes.len() - offset;
    if data < needed {
        return Err(fail(format!(
            "`{relative}` is truncated: its data is {data} bytes, the header promises {needed}"
        )));
    }
    if kind == 'b'
        && let Some(k) = bytes[offset..offset + needed].iter().position(|&b| b > 1)
    {
        return Err(fail(format!(
            "`{relative}`: bool element {k} is neither 0 nor 1"
        )));
    }
    let alias = format_ident!("Array{}", shape.len());
    let dims: Vec<Literal> = shape
        .iter()
        .map(|&d| Literal::usize_unsuffixed(d))
        .collect();
    let order = if fortran {
        format_ident!("ColMajor")
    } else {
        format_ident!("RowMajor")
    };
    let full_path = full.to_string_lossy().into_owned();
    let little = !descr.starts_with('>');
    let offset = Literal::usize_unsuffixed(offset);
    Ok(quote!({
        const BYTES: &[u8] = include_bytes!(#full_path);
        const ARRAY: #private::#alias<#elem, #(#dims),*, #private::#order> =
            #private::#alias::<#elem, #(#dims),*, #private::#order>::__from_npy_bytes(
                BYTES,
                #offset,
                cfg!(target_endian = "little") != #little,
            );
        ARRAY
    }))
}

/// The bytes of `shape` elements of `itemsize` bytes, if fewer than 2^128.
fn byte_count(shape: &[usize], itemsize: usize) -> Option<u128> {
    shape
        .iter()
        .try_fold(itemsize as u128, |n, &d| n.checked_mul(d as u128))
}

/// A shape as NumPy prints it: `(3,)`, `(2, 3)`.
fn tuple(shape: &[usize]) -> String {
    match shape {
        [d] => format!("({d},)"),
        _ => {
            let dims: Vec<String> = shape.iter().map(usize::to_string).collect();
            format!("({})", dims.join(", "))
        }
    }
}
