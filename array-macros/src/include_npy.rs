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

use crate::tokens;

/// The expansion of `include_npy!(input)`: the array, or the error
/// followed by a stand-in of any type.
pub(crate) fn expand(input: TokenStream) -> TokenStream {
    try_expand(input).unwrap_or_else(|error| tokens::with_error(error, tokens::fallback_any()))
}

/// The Rust element type of a NumPy dtype string (without byte order).
fn element(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "b1" => "bool",
        "i1" => "i8",
        "i2" => "i16",
        "i4" => "i32",
        "i8" => "i64",
        "u1" => "u8",
        "u2" => "u16",
        "u4" => "u32",
        "u8" => "u64",
        "f4" => "f32",
        "f8" => "f64",
        _ => return None,
    })
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
    let (order_char, kind) = descr.split_at(descr.len().min(1));
    let ty = element(kind).filter(|_| matches!(order_char, "<" | ">" | "|")).ok_or_else(|| {
        fail(format!(
            "`{relative}` holds dtype {descr:?}; an array holds bool, int8 ... int64, uint8 ... uint64, float32 or float64"
        ))
    })?;
    if shape.is_empty() || shape.len() > 8 {
        return Err(fail(format!(
            "`{relative}` holds an array of {} axes; shaped arrays have 1 to 8",
            shape.len()
        )));
    }
    let itemsize: usize = kind[1..].parse().unwrap_or(1);
    let needed = shape.iter().product::<usize>() * itemsize;
    if bytes.len() - offset < needed {
        return Err(fail(format!(
            "`{relative}` is truncated: its data is {} bytes, the header promises {needed}",
            bytes.len() - offset
        )));
    }
    if kind == "b1"
        && let Some(k) = bytes[offset..offset + needed].iter().position(|&b| b > 1)
    {
        return Err(fail(format!(
            "`{relative}`: bool element {k} is neither 0 nor 1"
        )));
    }
    let private = tokens::private();
    let alias = format_ident!("Array{}", shape.len());
    let elem = format_ident!("{}", ty);
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
    let little = order_char != ">";
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
