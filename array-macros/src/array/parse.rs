//! Token trees to the model. Rows are `[...]` groups, a repeat is `x; n`,
//! and anything else is one element expression, kept as written.
//!
//! Elements are split at top-level commas ([`split`]), which keeps a comma
//! inside a turbofish (`f::<A, B>(x)`) or a qualified path
//! (`<T as Tr<A, B>>::f()`) in its element.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use syn::Error;

use super::model::{ArrayLit, Leaf, LeafKind, Len, LitKind, Literal, Node};
use crate::dtypes;
use crate::tokens::split;

/// Names that read like element types but are not ones, besides NumPy's
/// names for the element types (`uint8`, `float64`, `intp`).
const NOT_DTYPES: [&str; 12] = [
    "i128", "u128", "f16", "f128", "char", "str", "String", "int", "float", "double", "half",
    "object",
];

pub(crate) fn parse(input: TokenStream) -> Result<ArrayLit, Error> {
    let mut tokens: Vec<TokenTree> = input.into_iter().collect();
    let boxed = matches!(tokens.first(), Some(TokenTree::Ident(i)) if i == "box");
    if boxed {
        tokens.remove(0);
    }
    let root = parse_content(&tokens, Span::call_site())?;
    Ok(ArrayLit { boxed, root })
}

/// The inside of a row (or of the whole macro): `a, b, c` or `x; n`.
fn parse_content(tokens: &[TokenTree], span: Span) -> Result<Node, Error> {
    let parts = split(tokens, ';');
    match parts.as_slice() {
        [(list, _)] => parse_list(list, span),
        [(item, semi), (len, _)] => {
            let semi = semi.as_ref().expect("a part before a separator has it");
            if let Some((_, Some(comma))) = split(item, ',').first() {
                return Err(Error::new(
                    comma.span(),
                    "a repeat form repeats one value: write `[value; length]`",
                ));
            }
            if item.is_empty() {
                return Err(Error::new(
                    semi.span(),
                    "missing the value to repeat before `;`",
                ));
            }
            if len.is_empty() {
                return Err(Error::new(semi.span(), "missing the length after `;`"));
            }
            Ok(Node::Repeat {
                span,
                item: Box::new(parse_item(item, true)?),
                len: parse_len(len),
            })
        }
        [_, (_, Some(semi)), ..] => Err(Error::new(
            semi.span(),
            "a repeat form has one `;`: write `[value; length]`",
        )),
        _ => unreachable!("split returns at least one part"),
    }
}

fn parse_list(tokens: &[TokenTree], span: Span) -> Result<Node, Error> {
    let mut items = Vec::new();
    let parts = split(tokens, ',');
    let last = parts.len() - 1;
    for (i, (item, comma)) in parts.iter().enumerate() {
        if item.is_empty() {
            match comma {
                // `[]`, or the trailing comma of `[1, 2,]`
                None if i == last => continue,
                Some(comma) => {
                    return Err(Error::new(
                        comma.span(),
                        "expected an element before this comma",
                    ));
                }
                None => unreachable!("only the last part lacks a separator"),
            }
        }
        items.push(parse_item(item, false)?);
    }
    Ok(Node::List { span, items })
}

/// One element or row. `repeated` says it is the value of a repeat form,
/// the only place a dtype name may stand.
fn parse_item(tokens: &[TokenTree], repeated: bool) -> Result<Node, Error> {
    if let [TokenTree::Group(group)] = tokens
        && group.delimiter() == Delimiter::Bracket
    {
        let inner: Vec<TokenTree> = group.stream().into_iter().collect();
        return parse_content(&inner, group.span());
    }
    let stream: TokenStream = tokens.iter().cloned().collect();
    let kind = classify(tokens, repeated);
    Ok(Node::Leaf(Leaf {
        tokens: stream,
        kind,
    }))
}

fn classify(tokens: &[TokenTree], repeated: bool) -> LeafKind {
    match tokens {
        [TokenTree::Literal(lit)] => literal(lit, ""),
        [TokenTree::Punct(minus), TokenTree::Literal(lit)] if minus.as_char() == '-' => {
            literal(lit, "-")
        }
        [TokenTree::Ident(ident)] => {
            let name = ident.to_string();
            if name == "true" || name == "false" {
                LeafKind::Literal(Literal {
                    text: name,
                    kind: LitKind::Bool,
                    suffix: String::new(),
                })
            } else if dtypes::is_dtype(&name) || (repeated && dtypes::is_feature_dtype(&name)) {
                LeafKind::DType(name)
            } else if repeated && looks_like_a_type(&name) {
                LeafKind::NotADType(name)
            } else {
                LeafKind::Expr
            }
        }
        _ => LeafKind::Expr,
    }
}

/// `i128`, `float64`, `u7`, ...: names a user may mistake for a dtype.
fn looks_like_a_type(name: &str) -> bool {
    if NOT_DTYPES.contains(&name) || dtypes::rust_of_numpy(name).is_some() {
        return true;
    }
    let mut chars = name.chars();
    matches!(chars.next(), Some('i' | 'u' | 'f'))
        && name.len() > 1
        && chars.all(|c| c.is_ascii_digit())
}

fn literal(lit: &proc_macro2::Literal, sign: &str) -> LeafKind {
    let (kind, suffix) = match syn::Lit::new(lit.clone()) {
        syn::Lit::Int(int) => (LitKind::Int, int.suffix().to_owned()),
        syn::Lit::Float(float) => (LitKind::Float, float.suffix().to_owned()),
        syn::Lit::Byte(_) => (LitKind::Int, "u8".to_owned()),
        syn::Lit::Str(_) | syn::Lit::CStr(_) => (LitKind::Str, String::new()),
        syn::Lit::ByteStr(_) => (LitKind::ByteStr, String::new()),
        syn::Lit::Char(_) => (LitKind::Char, String::new()),
        _ => return LeafKind::Expr,
    };
    LeafKind::Literal(Literal {
        text: format!("{sign}{lit}"),
        kind,
        suffix,
    })
}

fn parse_len(tokens: &[TokenTree]) -> Len {
    let value = match tokens {
        [TokenTree::Literal(lit)] => match syn::Lit::new(lit.clone()) {
            syn::Lit::Int(int) if matches!(int.suffix(), "" | "usize") => int.base10_parse().ok(),
            _ => None,
        },
        _ => None,
    };
    Len {
        tokens: tokens.iter().cloned().collect(),
        value,
    }
}
