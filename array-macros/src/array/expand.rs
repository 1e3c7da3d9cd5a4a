//! `array!`'s model to Rust code. Everything is named through the
//! facade's private path (`crate::tokens::private`), so users need no imports besides
//! the macro.
//!
//! - list and repeat forms: `ArrayN::new(<the same nested Rust array>)`, a
//!   `const fn`, so the result works in `const` and `static` items and the
//!   type checker judges each element as in a plain array literal;
//! - the dtype form `[[u8; 3]; 2]`: `ArrayN::<u8, 2, 3>::zeros()`;
//! - `box` forms: the `_boxed` constructors, which build on the heap.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::check::MAX_RANK;
use super::model::{ArrayLit, Dim, Leaf, LeafKind, LitKind, Node};
use crate::dtypes;
use crate::tokens::{fallback_any, private};

fn dims(shape: &[Dim]) -> Vec<TokenStream> {
    shape
        .iter()
        .map(|dim| match dim {
            Dim::Known(n) => {
                let n = Literal::usize_unsuffixed(*n);
                quote!(#n)
            }
            Dim::Expr(tokens) => quote!({ #tokens }),
        })
        .collect()
}

pub(crate) fn array(array: &ArrayLit) -> TokenStream {
    let private = private();
    let shape = array.root.shape();
    let alias = format_ident!("Array{}", shape.len());
    let dims = dims(&shape);

    if let Some(dtype) = array.root.dtype_form() {
        let dtype = if dtypes::is_feature_dtype(dtype) {
            let dtype = format_ident!("{dtype}");
            quote!(#private::#dtype)
        } else {
            let dtype = format_ident!("{dtype}");
            quote!(#dtype)
        };
        let constructor = if array.boxed {
            quote!(zeros_boxed)
        } else {
            quote!(zeros)
        };
        return quote!(#private::#alias::<#dtype, #(#dims),*>::#constructor());
    }
    if !array.boxed {
        let nested = nested(&array.root);
        return quote!(#private::#alias::new(#nested));
    }
    if let Some(value) = array.root.repeated_value() {
        let value = &value.tokens;
        return quote!(#private::#alias::<_, #(#dims),*>::full_boxed(#value));
    }
    // A list somewhere: evaluate each element once, in source order, then
    // fill the heap array from an index-to-element function.
    let leaves = array.root.leaves();
    let names: Vec<_> = (0..leaves.len())
        .map(|i| format_ident!("__element_{i}"))
        .collect();
    let values = leaves.iter().map(|leaf| &leaf.tokens);
    let mut next = 0;
    let body = element_at(&array.root, 0, &names, &mut next);
    let rank = shape.len();
    quote!({
        #(let #names = #values;)*
        #private::#alias::<_, #(#dims),*>::from_fn_boxed(move |__index: [usize; #rank]| #body)
    })
}

/// The same nested Rust array the user wrote.
fn nested(node: &Node) -> TokenStream {
    match node {
        Node::Leaf(leaf) => leaf.tokens.clone(),
        Node::List { items, .. } => {
            let items = items.iter().map(nested);
            quote!([#(#items),*])
        }
        Node::Repeat { item, len, .. } => {
            let item = nested(item);
            let len = &len.tokens;
            quote!([#item; #len])
        }
    }
}

/// An expression for the element at `__index`, given the axes from `axis`.
fn element_at(
    node: &Node,
    axis: usize,
    names: &[proc_macro2::Ident],
    next: &mut usize,
) -> TokenStream {
    match node {
        Node::Leaf(_) => {
            let name = &names[*next];
            *next += 1;
            quote!(#name)
        }
        Node::Repeat { item, .. } => element_at(item, axis + 1, names, next),
        Node::List { items, .. } => {
            let arms: Vec<_> = items
                .iter()
                .map(|item| element_at(item, axis + 1, names, next))
                .collect();
            match arms.split_last() {
                None => quote!(unreachable!("an empty row has no elements")),
                Some((last, rest)) => {
                    let indices = (0..rest.len()).map(Literal::usize_unsuffixed);
                    quote!(match __index[#axis] { #(#indices => #rest,)* _ => #last })
                }
            }
        }
    }
}

/// What stands in for the array when its literal has errors: a value of the
/// intended shape, typed from one of the literals, so that the macro's own
/// errors are the only ones shown.
pub(crate) fn fallback(array: &ArrayLit) -> TokenStream {
    let private = private();
    let shape = array.root.shape();
    if shape.is_empty() || shape.len() > MAX_RANK {
        return fallback_any();
    }
    let shape_type = format_ident!("Shape{}", shape.len());
    let dims = dims(&shape);
    let leaves = array.root.leaves();
    let example = pick_example(&leaves).map(|leaf| &leaf.tokens);
    match example {
        Some(example) => {
            quote!(#private::fallback::<_, #private::#shape_type<#(#dims),*>>(#example))
        }
        None => {
            quote!(#private::fallback_any::<#private::Array<_, #private::#shape_type<#(#dims),*>>>())
        }
    }
}

/// A literal whose type the array should get: a float if any (integers
/// mixed with floats are meant as floats), else the first number or bool;
/// never one whose suffix is not an element type (`1i128`), which would
/// add a second error about the same mistake.
fn pick_example<'a>(leaves: &[&'a Leaf]) -> Option<&'a Leaf> {
    let kind = |leaf: &&Leaf| match &leaf.kind {
        LeafKind::Literal(lit) if lit.suffix.is_empty() || dtypes::is_dtype(&lit.suffix) => {
            Some(lit.kind)
        }
        _ => None,
    };
    leaves
        .iter()
        .find(|leaf| kind(leaf) == Some(LitKind::Float))
        .or_else(|| {
            leaves
                .iter()
                .find(|leaf| kind(leaf).is_some_and(LitKind::is_element))
        })
        .copied()
}
