//! `s![...]`: NumPy's basic indexing as types. Each entry becomes a type
//! of `::shaped::__private::slicing` whose constants the library checks
//! against the array's shape while compiling:
//!
//! - `..` keeps the axis whole (`Full`);
//! - an integer drops the axis (`Index<I>`);
//! - `a..b`, `a..`, `..b`, `a..=b`, each with an optional `;step`, keep the
//!   axis with the elements of the range (`Range<LEN, START, STOP, STEP>`).
//!
//! The macro computes `LEN` when the bounds alone decide it (`1..3`,
//! `..5;2`, `-3..`, `-3..-1`); when it depends on the axis's length (`1..`,
//! `..-1`, `..;2`) it leaves `LEN` to inference: the caller's annotation
//! gives it and the library checks it. Bounds are integer literals, `const`
//! items (`..N`, `-N..`) or `{ const expressions }`; a leading `-` counts
//! from the end.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::Error;

use crate::tokens::{self, split};

/// The expansion of `s![input]`: the slice value, or the error followed by
/// a stand-in of any type.
pub(crate) fn expand(input: TokenStream) -> TokenStream {
    try_expand(input).unwrap_or_else(|error| tokens::with_error(error, tokens::fallback_any()))
}

/// A bound or an index: its sign (a leading `-` counts from the end) and
/// its magnitude, known when it is a literal.
struct Bound {
    negative: bool,
    magnitude: TokenStream,
    literal: Option<u128>,
}

impl Bound {
    /// The value as an `isize` constant expression.
    fn tokens(&self) -> TokenStream {
        match (self.literal, self.negative) {
            (Some(v), false) => lit(v as i128),
            (Some(v), true) => lit(-(v as i128)),
            (None, negative) => {
                let m = &self.magnitude;
                let sign = if negative { quote!(-) } else { quote!() };
                quote!({ #sign ((#m) as isize) })
            }
        }
    }

    /// The value, when it is a literal.
    fn value(&self) -> Option<i128> {
        self.literal.map(|v| {
            if self.negative {
                -(v as i128)
            } else {
                v as i128
            }
        })
    }
}

fn lit(v: i128) -> TokenStream {
    let text = v.to_string();
    text.parse().expect("an integer")
}

/// One entry of `s![...]`.
enum Entry {
    Full,
    Index(Bound),
    Range {
        start: Option<Bound>,
        stop: Option<Bound>,
        step: i128,
    },
}

fn try_expand(input: TokenStream) -> Result<TokenStream, Error> {
    let tokens: Vec<TokenTree> = input.into_iter().collect();
    let mut parts = split(&tokens, ',');
    if parts.last().is_some_and(|(part, _)| part.is_empty()) {
        parts.pop(); // a trailing comma, or no entry at all
    }
    let mut entries = Vec::new();
    let mut errors: Option<Error> = None;
    for (part, separator) in &parts {
        if part.is_empty() {
            let span = separator
                .as_ref()
                .map_or(Span::call_site(), TokenTree::span);
            push(
                &mut errors,
                Error::new(span, "expected a slice entry before this comma"),
            );
            continue;
        }
        match entry(part) {
            Ok(entry) => entries.push(entry),
            Err(error) => push(&mut errors, error),
        }
    }
    if let Some(error) = errors {
        return Err(error);
    }
    let private = tokens::private();
    let mut ty = quote!(#private::slicing::SNil);
    for entry in entries.iter().rev() {
        let e = entry_type(entry, &private);
        ty = quote!(#private::slicing::SCons<#e, #ty>);
    }
    Ok(if entries.is_empty() {
        quote!(#private::slicing::SNil)
    } else {
        quote!(<#ty>::NEW)
    })
}

fn push(errors: &mut Option<Error>, error: Error) {
    match errors {
        Some(errors) => errors.combine(error),
        None => *errors = Some(error),
    }
}

fn entry_type(entry: &Entry, private: &TokenStream) -> TokenStream {
    match entry {
        Entry::Full => quote!(#private::slicing::Full),
        Entry::Index(i) => {
            let i = i.tokens();
            quote!(#private::slicing::Index<{ #i }>)
        }
        Entry::Range { start, stop, step } => {
            let len = length(start.as_ref(), stop.as_ref(), *step);
            let start_tokens = start.as_ref().map_or_else(|| lit(0), Bound::tokens);
            let stop_tokens = stop
                .as_ref()
                .map_or_else(|| quote!(#private::slicing::OPEN), Bound::tokens);
            let step = lit(*step);
            quote!(#private::slicing::Range<#len, { #start_tokens }, { #stop_tokens }, { #step }>)
        }
    }
}

/// The number of elements of a range, when the bounds alone decide it: a
/// literal, or a constant expression of `const` items; `_` (left to the
/// caller's annotation) when it depends on the axis's length.
fn length(start: Option<&Bound>, stop: Option<&Bound>, step: i128) -> TokenStream {
    let step_size = step.unsigned_abs() as i128;
    let count = |from: i128, to: i128| lit(((to - from).max(0) + step_size - 1) / step_size);
    // Whether the bounds count from the same end of the axis.
    let start_negative = start.is_some_and(|b| b.negative);
    let braced = |tokens: TokenStream| quote!({ #tokens });
    match (start, stop) {
        // `..b` and `a..b` with both from the start, or both from the end.
        (None, Some(stop)) if !stop.negative => match stop.value() {
            Some(v) => braced(count(0, v)),
            None => constant_length(&lit(0), &stop.tokens(), step),
        },
        (Some(start), Some(stop)) if start.negative == stop.negative => {
            match (start.value(), stop.value()) {
                (Some(a), Some(b)) => braced(count(a, b)),
                _ => constant_length(&start.tokens(), &stop.tokens(), step),
            }
        }
        // `-k..`: the last k.
        (Some(start), None) if start_negative => match start.value() {
            Some(a) => braced(count(a, 0)),
            None => constant_length(&start.tokens(), &lit(0), step),
        },
        _ => quote!(_),
    }
}

/// The length as a constant expression of `const` items.
fn constant_length(start: &TokenStream, stop: &TokenStream, step: i128) -> TokenStream {
    let step_size = lit(step.unsigned_abs() as i128);
    quote!({ ((#stop) - (#start) + #step_size - 1) as usize / #step_size })
}

fn entry(tokens: &[TokenTree]) -> Result<Entry, Error> {
    let (range, step) = match split_step(tokens)? {
        (range, Some(step)) => (range, step),
        (range, None) => (range, 1),
    };
    let Some(dots) = find_dots(range) else {
        if step != 1 || range.len() != tokens.len() {
            return Err(spanned(
                tokens,
                "a step needs a range: write `a..b;k`, `..;k`",
            ));
        }
        return Ok(Entry::Index(bound(range)?));
    };
    let (before, after) = (&range[..dots], &range[dots + 2..]);
    let inclusive = matches!(after.first(), Some(TokenTree::Punct(p)) if p.as_char() == '=');
    let after = if inclusive { &after[1..] } else { after };
    if before.is_empty() && after.is_empty() && !inclusive {
        return Ok(if step == 1 {
            Entry::Full
        } else {
            Entry::Range {
                start: None,
                stop: None,
                step,
            }
        });
    }
    let start = if before.is_empty() {
        None
    } else {
        Some(bound(before)?)
    };
    let mut stop = if after.is_empty() {
        None
    } else {
        Some(bound(after)?)
    };
    if inclusive {
        let Some(Bound {
            negative,
            literal: Some(v),
            ..
        }) = stop
        else {
            return Err(spanned(
                range,
                "`..=` takes an integer literal: write `a..=3`",
            ));
        };
        // `..=-1` runs to the end.
        stop = match (negative, v) {
            (true, 1) => None,
            (true, v) => Some(Bound {
                negative: true,
                magnitude: lit(v as i128 - 1),
                literal: Some(v - 1),
            }),
            (false, v) => Some(Bound {
                negative: false,
                magnitude: lit(v as i128 + 1),
                literal: Some(v + 1),
            }),
        };
    }
    if let (Some(a), Some(b)) = (
        start.as_ref().and_then(Bound::value),
        stop.as_ref().and_then(Bound::value),
    ) {
        let same_end =
            start.as_ref().is_some_and(|s| s.negative) == stop.as_ref().is_some_and(|s| s.negative);
        if same_end && a > b {
            return Err(spanned(
                range,
                &format!(
                    "slice {a}..{b} ends before it starts: a range runs from low to high; walk it backwards with a negative step, `{b}..{a};-1`"
                ),
            ));
        }
    }
    Ok(Entry::Range { start, stop, step })
}

/// Splits `range;step` at the `;`; the step must be a non-zero integer
/// literal.
fn split_step(tokens: &[TokenTree]) -> Result<(&[TokenTree], Option<i128>), Error> {
    let parts = split(tokens, ';');
    match parts.as_slice() {
        [(range, None)] => Ok((range, None)),
        [(range, Some(_)), (step, None)] => {
            let value = bound(step)?.value().ok_or_else(|| {
                spanned(
                    step,
                    "a slice step is an integer literal, like `;2` or `;-1`",
                )
            })?;
            if value == 0 {
                return Err(spanned(
                    step,
                    "a slice step cannot be zero: the range would never advance",
                ));
            }
            Ok((range, Some(value)))
        }
        _ => Err(spanned(
            tokens,
            "a slice entry has at most one `;`: write `a..b;step`",
        )),
    }
}

/// Where `..` is in `tokens`, if anywhere at the top level.
fn find_dots(tokens: &[TokenTree]) -> Option<usize> {
    tokens.windows(2).position(|pair| {
        matches!(pair, [TokenTree::Punct(a), TokenTree::Punct(b)]
            if a.as_char() == '.' && b.as_char() == '.' && a.spacing() == proc_macro2::Spacing::Joint)
    })
}

/// A bound: `3`, `-3`, `N`, `-N`, `path::N`, `{ expr }`.
fn bound(tokens: &[TokenTree]) -> Result<Bound, Error> {
    let (negative, rest) = match tokens.first() {
        Some(TokenTree::Punct(p)) if p.as_char() == '-' => (true, &tokens[1..]),
        _ => (false, tokens),
    };
    let magnitude: TokenStream = rest.iter().cloned().collect();
    match rest {
        [TokenTree::Literal(literal)] => match syn::Lit::new(literal.clone()) {
            syn::Lit::Int(int) => {
                let value: u128 = int
                    .base10_parse()
                    .map_err(|e| Error::new(literal.span(), e))?;
                Ok(Bound {
                    negative,
                    magnitude,
                    literal: Some(value),
                })
            }
            _ => Err(spanned(tokens, "slice bounds are integers")),
        },
        [TokenTree::Group(group)] if group.delimiter() == Delimiter::Brace => Ok(Bound {
            negative,
            magnitude,
            literal: None,
        }),
        _ if !rest.is_empty() && is_path(rest) => Ok(Bound {
            negative,
            magnitude,
            literal: None,
        }),
        _ => Err(spanned(
            tokens,
            "slice bounds are integer literals or `const` items (the view's shape is part of its type): write `2`, `-1`, `N` or `{ N - 1 }`",
        )),
    }
}

/// `N`, `module::N`, `Self::N`.
fn is_path(tokens: &[TokenTree]) -> bool {
    tokens.iter().all(|t| match t {
        TokenTree::Ident(_) => true,
        TokenTree::Punct(p) => p.as_char() == ':',
        _ => false,
    })
}

fn spanned(tokens: &[TokenTree], message: &str) -> Error {
    let stream: TokenStream = tokens.iter().cloned().collect();
    if stream.is_empty() {
        Error::new(Span::call_site(), message)
    } else {
        Error::new_spanned(stream.into_token_stream(), message)
    }
}
