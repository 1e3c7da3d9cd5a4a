//! `einsum!("ij,jk->ik", a, b)`: NumPy's `np.einsum` with the subscripts
//! read while compiling and every index checked by the type system.
//!
//! The expansion is a block holding a local generic function whose const
//! parameters are the letters (`D_i`, `D_j` ...): type inference unifies
//! them across the operands, so an index that has two lengths does not
//! compile. Each (operand, axis) pair gets a trait of its own, defined in
//! the block, whose `on_unimplemented` message names the subscripts, the
//! letter, the operand and the axis; the function's bounds use them. The
//! body is the loop nest: output indices outermost in C order, summed
//! indices inside in order of first appearance, each term the product of
//! the operands left to right, added to a sum that starts at zero (as
//! NumPy's `optimize=False` loop, which adds into a zeroed output). A full
//! reduction (no output letters) adds its products as `np.sum` adds an
//! array's elements: pairwise for floats, so its rounding error grows as
//! O(log n), not O(n). The
//! plain matrix product `xy,yz->xz` calls the library's matmul kernel.

use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::{format_ident, quote};
use syn::{Error, LitStr};

use crate::tokens::{self, private, split};

/// The parsed subscripts: one term per operand, and the output letters.
struct Spec {
    text: String,
    inputs: Vec<Vec<char>>,
    output: Vec<char>,
}

pub(crate) fn expand(input: TokenStream) -> TokenStream {
    match try_expand(input) {
        Ok(tokens) => tokens,
        Err(error) => tokens::with_error(error, tokens::fallback_any()),
    }
}

fn try_expand(input: TokenStream) -> Result<TokenStream, Error> {
    let tokens: Vec<TokenTree> = input.into_iter().collect();
    let mut args: Vec<Vec<TokenTree>> = split(&tokens, ',')
        .into_iter()
        .map(|(part, _)| part.to_vec())
        .collect();
    if args.last().is_some_and(Vec::is_empty) && args.len() > 1 {
        args.pop(); // trailing comma
    }
    let usage =
        "expected `einsum!(\"subscripts\", operand, ...)`, as `einsum!(\"ij,jk->ik\", a, b)`";
    let (first, operands) = match args.split_first() {
        Some((first, rest)) if !rest.is_empty() && rest.iter().all(|a| !a.is_empty()) => {
            (first, rest)
        }
        _ => return Err(Error::new(Span::call_site(), usage)),
    };
    // A literal passed through a `macro_rules!` fragment arrives wrapped in
    // an invisible group.
    let first: Vec<TokenTree> = match first.as_slice() {
        [TokenTree::Group(g)] if g.delimiter() == proc_macro2::Delimiter::None => {
            g.stream().into_iter().collect()
        }
        _ => first.clone(),
    };
    let literal = match first.as_slice() {
        [TokenTree::Literal(lit)] => syn::parse2::<LitStr>(TokenTree::Literal(lit.clone()).into())
            .map_err(|_| Error::new(lit.span(), usage))?,
        _ => {
            let span = first.first().map_or(Span::call_site(), TokenTree::span);
            return Err(Error::new(span, usage));
        }
    };
    let spec =
        parse_spec(&literal.value(), operands.len()).map_err(|m| Error::new(literal.span(), m))?;
    Ok(generate(&spec, operands))
}

/// Reads `"ij,jk->ik"` (spaces ignored) for `count` operands.
fn parse_spec(text: &str, count: usize) -> Result<Spec, String> {
    let clean: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let quoted = format!("\"{text}\"");
    if clean.contains('.') {
        return Err(format!(
            "{quoted}: `...` (broadcast dimensions) is not supported: every axis has a letter of its own here, so write them out"
        ));
    }
    let (lhs, rhs) = match clean.split_once("->") {
        Some((l, r)) => (l, Some(r)),
        None => (clean.as_str(), None),
    };
    let terms: Vec<&str> = lhs.split(',').collect();
    if terms.len() != count {
        return Err(format!(
            "{quoted} names {} operand{}, but {count} {} given",
            terms.len(),
            if terms.len() == 1 { "" } else { "s" },
            if count == 1 { "was" } else { "were" }
        ));
    }
    let letters = |term: &str, what: &str| -> Result<Vec<char>, String> {
        match term.chars().find(|c| !c.is_ascii_alphabetic()) {
            Some(c) => Err(format!(
                "{quoted}: `{c}` in {what} is not an index: indices are the letters a-z and A-Z"
            )),
            None => Ok(term.chars().collect()),
        }
    };
    let mut inputs = Vec::new();
    for (k, term) in terms.iter().enumerate() {
        let t = letters(term, &format!("operand {k}"))?;
        if t.is_empty() {
            return Err(format!(
                "{quoted}: operand {k} has no index; every array here has at least one axis"
            ));
        }
        if t.len() > 8 {
            return Err(format!(
                "{quoted}: operand {k} has {} indices; arrays here have at most 8 axes",
                t.len()
            ));
        }
        inputs.push(t);
    }
    let output = match rhs {
        Some(r) => {
            let out = letters(r, "the output")?;
            for (i, c) in out.iter().enumerate() {
                if out[..i].contains(c) {
                    return Err(format!("{quoted}: index `{c}` appears twice in the output"));
                }
                if !inputs.iter().any(|t| t.contains(c)) {
                    return Err(format!(
                        "{quoted}: output index `{c}` does not appear in any operand"
                    ));
                }
            }
            if out.len() > 8 {
                return Err(format!(
                    "{quoted}: the output has {} indices; arrays here have at most 8 axes",
                    out.len()
                ));
            }
            out
        }
        // NumPy's implicit output: the letters that appear once, in
        // alphabetical (ASCII) order.
        None => {
            let mut once: Vec<char> = inputs
                .iter()
                .flatten()
                .copied()
                .filter(|c| inputs.iter().flatten().filter(|d| *d == c).count() == 1)
                .collect();
            once.sort_unstable();
            once
        }
    };
    Ok(Spec {
        text: text.to_owned(),
        inputs,
        output,
    })
}

/// The const parameter that stands for letter `c`.
fn dim(c: char) -> Ident {
    format_ident!("D_{}", c)
}

/// The loop variable of letter `c`.
fn var(c: char) -> Ident {
    format_ident!("i_{}", c)
}

fn generate(spec: &Spec, operands: &[Vec<TokenTree>]) -> TokenStream {
    let private = private();
    let mut letters: Vec<char> = Vec::new();
    for c in spec.inputs.iter().flatten() {
        if !letters.contains(c) {
            letters.push(*c);
        }
    }
    let dims: Vec<Ident> = letters.iter().map(|&c| dim(c)).collect();
    let shape = |rank: usize| format_ident!("Shape{}", rank);

    // Every kind of array is an operand: arrays and views. Each kind is a
    // type written around the shape (`pre Shape post`), with the generics
    // it needs besides `'v` and `T`.
    let kinds = [
        (
            quote!(#private::Array<T,),
            quote!(O: #private::Order),
            quote!(O>),
        ),
        (
            quote!(#private::ArrayView<'v, T,),
            quote!(L: #private::Strides),
            quote!(L>),
        ),
        (
            quote!(#private::ArrayViewMut<'v, T,),
            quote!(L: #private::Strides),
            quote!(L>),
        ),
    ];

    // One trait per (operand, axis), implemented for arrays of that
    // operand's rank whose axis has length N.
    let mut traits = TokenStream::new();
    let mut operand_bounds: Vec<Vec<TokenStream>> = Vec::new();
    let subscripts = |term: &[char]| term.iter().collect::<String>();
    for (k, term) in spec.inputs.iter().enumerate() {
        let rank = term.len();
        let shape_k = shape(rank);
        let params: Vec<Ident> = (0..rank).map(|a| format_ident!("X{}", a)).collect();
        // The rank, and the access the loops use: implemented for arrays
        // of this operand's rank only.
        let operand = format_ident!("EinsumOperand{}", k);
        let message = format!(
            "einsum!(\"{}\"): operand {k} has the subscripts `{}`, so it is a rank-{rank} array, not `{{Self}}`",
            spec.text,
            subscripts(term)
        );
        let label = format!(
            "expected an array with {rank} ax{}",
            if rank == 1 { "is" } else { "es" }
        );
        traits.extend(quote! {
            #[diagnostic::on_unimplemented(message = #message, label = #label)]
            trait #operand<T> {
                fn at(&self, index: [usize; #rank]) -> T;
            }
            impl<T, A: #operand<T>> #operand<T> for &A {
                #[inline(always)]
                fn at(&self, index: [usize; #rank]) -> T {
                    (**self).at(index)
                }
            }
        });
        for (pre, generics, post) in &kinds {
            traits.extend(quote! {
                impl<'v, T: #private::einsum::Number, #generics, #(const #params: usize),*>
                    #operand<T> for #pre #private::#shape_k<#(#params),*>, #post
                {
                    #[inline(always)]
                    fn at(&self, index: [usize; #rank]) -> T {
                        self[index]
                    }
                }
            });
        }
        let mut bounds = vec![quote!(#operand<T>)];
        for (axis, &c) in term.iter().enumerate() {
            let name = format_ident!("EinsumOperand{}Axis{}", k, axis);
            let message = format!(
                "einsum!(\"{}\"): index `{c}` has length {{N}} from the other operands, but axis {axis} of operand {k} differs",
                spec.text
            );
            let label = format!(
                "operand {k} is `{{Self}}`, and its subscripts are `{}`",
                subscripts(term)
            );
            let note = format!(
                "every index of the subscripts has one length; operand {k} must be a rank-{rank} array whose axis {axis} has length {{N}}"
            );
            let this = &params[axis];
            // Arrays of another rank satisfy every axis bound, so that a
            // rank mistake is reported once, by the operand's own trait.
            let mut other_ranks = TokenStream::new();
            for r in (1..=8usize).filter(|&r| r != rank) {
                let shape_r = shape(r);
                let ps: Vec<Ident> = (0..r).map(|a| format_ident!("X{}", a)).collect();
                for (pre, generics, post) in &kinds {
                    other_ranks.extend(quote! {
                        #[diagnostic::do_not_recommend]
                        impl<'v, T: #private::einsum::Number, #generics, #(const #ps: usize,)* const N: usize>
                            #name<N> for #pre #private::#shape_r<#(#ps),*>, #post
                        {}
                    });
                }
            }
            let this_rank = kinds.iter().map(|(pre, generics, post)| {
                quote! {
                    impl<'v, T: #private::einsum::Number, #generics, #(const #params: usize),*>
                        #name<#this> for #pre #private::#shape_k<#(#params),*>, #post {}
                }
            });
            traits.extend(quote! {
                #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
                trait #name<const N: usize> {}
                #(#this_rank)*
                #other_ranks
                impl<A: #name<N>, const N: usize> #name<N> for &A {}
            });
            let d = dim(c);
            bounds.push(quote!(#name<#d>));
        }
        operand_bounds.push(bounds);
    }
    let types: Vec<Ident> = (0..spec.inputs.len())
        .map(|k| format_ident!("A{}", k))
        .collect();
    let args: Vec<Ident> = (0..spec.inputs.len())
        .map(|k| format_ident!("a{}", k))
        .collect();
    let type_params = types
        .iter()
        .zip(&operand_bounds)
        .map(|(t, b)| quote!(#t: #(#b)+*));

    let out_dims: Vec<Ident> = spec.output.iter().map(|&c| dim(c)).collect();
    let (ret, body) = if is_matmul(spec) {
        let [a0, a1] = [&args[0], &args[1]];
        let [m, k] = [dim(spec.inputs[0][0]), dim(spec.inputs[0][1])];
        let n = dim(spec.inputs[1][1]);
        (
            quote!(#private::Array<T, #private::Shape2<#(#out_dims),*>, #private::RowMajor>),
            quote!(#private::einsum::matmul::<T, #m, #k, #n>(
                |i, k| #a0.at([i, k]),
                |k, j| #a1.at([k, j]),
            )),
        )
    } else {
        loop_nest(spec, &letters, &args)
    };
    let calls = operands.iter().map(|tokens| {
        let expr: TokenStream = tokens.iter().cloned().collect();
        quote!(&(#expr))
    });
    quote! {{
        #traits
        #[inline(always)]
        #[allow(non_snake_case, clippy::needless_range_loop)]
        fn einsum<T: #private::einsum::Number, #(#type_params,)* #(const #dims: usize),*>(
            #(#args: &#types),*
        ) -> #ret {
            #body
        }
        einsum(#(#calls),*)
    }}
}

/// `xy,yz->xz` with three distinct letters: the matrix product.
fn is_matmul(spec: &Spec) -> bool {
    match (spec.inputs.as_slice(), spec.output.as_slice()) {
        ([a, b], [x, z]) => {
            a.len() == 2
                && b.len() == 2
                && a[0] == *x
                && a[1] == b[0]
                && b[1] == *z
                && x != z
                && a[1] != *x
                && a[1] != *z
        }
        _ => false,
    }
}

/// The return type and body of the general case.
fn loop_nest(spec: &Spec, letters: &[char], args: &[Ident]) -> (TokenStream, TokenStream) {
    let private = private();
    let summed: Vec<char> = letters
        .iter()
        .copied()
        .filter(|c| !spec.output.contains(c))
        .collect();
    let product = spec
        .inputs
        .iter()
        .zip(args)
        .map(|(term, a)| {
            let index = term.iter().map(|&c| var(c));
            quote!(#a.at([#(#index),*]))
        })
        .reduce(|p, x| quote!(#private::einsum::multiply(#p, #x)))
        .expect("at least one operand");
    if spec.output.is_empty() {
        return (quote!(T), full_reduction(&summed, &product));
    }
    let mut sum = quote!(acc = #private::einsum::add(acc, #product););
    for &c in summed.iter().rev() {
        let (v, d) = (var(c), dim(c));
        sum = quote!(for #v in 0..#d { #sum });
    }
    let sum = quote! {{
        let mut acc = #private::einsum::zero::<T>();
        #sum
        acc
    }};
    let rank = spec.output.len();
    let shape = format_ident!("Shape{}", rank);
    let out_dims: Vec<Ident> = spec.output.iter().map(|&c| dim(c)).collect();
    let out_vars: Vec<Ident> = spec.output.iter().map(|&c| var(c)).collect();
    let ty = quote!(#private::Array<T, #private::#shape<#(#out_dims),*>, #private::RowMajor>);
    let mut fill = quote!(out[[#(#out_vars),*]] = #sum;);
    for &c in spec.output.iter().rev() {
        let (v, d) = (var(c), dim(c));
        fill = quote!(for #v in 0..#d { #fill });
    }
    (
        ty.clone(),
        quote! {
            let mut out = <#ty>::zeros();
            #fill
            out
        },
    )
}

/// The body of a full reduction (no output letters): the sum of the
/// products over the summed letters (first appearance outermost) in
/// NumPy's `np.sum` order, pairwise for floats, through the flat position
/// in that loop nest.
fn full_reduction(summed: &[char], product: &TokenStream) -> TokenStream {
    let private = private();
    let dims: Vec<Ident> = summed.iter().map(|&c| dim(c)).collect();
    let mut decode = TokenStream::new();
    for (k, &c) in summed.iter().enumerate().rev() {
        let (v, d) = (var(c), dim(c));
        decode.extend(if k == 0 {
            quote!(let #v = rest;)
        } else {
            quote!(let #v = rest % #d; let rest = rest / #d;)
        });
    }
    quote! {
        #private::einsum::sum::<T>(1usize #(* #dims)*, |rest: usize| {
            #decode
            #product
        })
    }
}

#[cfg(test)]
mod tests {
    use super::parse_spec;

    #[test]
    fn subscripts_parse_as_numpy_reads_them() {
        let s = parse_spec("ij,jk->ik", 2).unwrap();
        assert_eq!(s.output, ['i', 'k']);
        // Implicit output: the letters seen once, alphabetically.
        assert_eq!(parse_spec("ij,jk", 2).unwrap().output, ['i', 'k']);
        assert_eq!(parse_spec("ba", 1).unwrap().output, ['a', 'b']);
        assert_eq!(parse_spec("ii", 1).unwrap().output, Vec::<char>::new());
        assert_eq!(
            parse_spec(" i j , j k -> i k ", 2).unwrap().inputs,
            [vec!['i', 'j'], vec!['j', 'k']]
        );
    }

    #[test]
    fn malformed_subscripts_are_errors_in_words() {
        let err = |t: &str, n: usize| parse_spec(t, n).err().unwrap();
        assert_eq!(
            err("ij,jk->ik", 3),
            "\"ij,jk->ik\" names 2 operands, but 3 were given"
        );
        assert!(err("i...->i", 1).contains("`...` (broadcast dimensions) is not supported"));
        assert!(err("i1->i", 1).contains("`1` in operand 0 is not an index"));
        assert!(err("ij->ii", 1).contains("index `i` appears twice in the output"));
        assert!(err("ij->k", 1).contains("output index `k` does not appear in any operand"));
        assert!(err("abcdefghi", 1).contains("has 9 indices"));
    }
}
