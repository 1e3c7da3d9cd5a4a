//! `arange!`, `linspace!`, `logspace!`, `geomspace!`: NumPy's call forms,
//! expanded to the function forms with the length in the type.
//!
//! `arange!` computes its length from literal arguments the way NumPy does:
//! exactly for integers, `ceil((stop - start) / step)` in `f64` for floats
//! (in `f32` when an argument has the `f32` suffix). The other three take
//! the number of points, which may be any constant expression.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::quote;
use syn::Error;

use crate::tokens::{self, private, split};

/// A numeric literal argument, possibly negated.
struct Number {
    tokens: TokenStream,
    value: Value,
    suffix: String,
}

#[derive(Clone, Copy)]
enum Value {
    Int(i128),
    Float(f64),
}

fn arguments(input: TokenStream, usage: &str) -> Result<Vec<TokenStream>, Error> {
    let tokens: Vec<TokenTree> = input.into_iter().collect();
    let mut args: Vec<TokenStream> = split(&tokens, ',')
        .into_iter()
        .map(|(part, _)| part.iter().cloned().collect())
        .collect();
    if args.last().is_some_and(TokenStream::is_empty) && args.len() > 1 {
        args.pop(); // trailing comma
    }
    if args.iter().any(TokenStream::is_empty) {
        return Err(Error::new(Span::call_site(), format!("expected {usage}")));
    }
    Ok(args)
}

/// The argument as a numeric literal, if it is one.
fn number(arg: &TokenStream) -> Option<Number> {
    let tokens: Vec<TokenTree> = arg.clone().into_iter().collect();
    let (negative, literal) = match tokens.as_slice() {
        [TokenTree::Literal(lit)] => (false, lit),
        [TokenTree::Punct(p), TokenTree::Literal(lit)] if p.as_char() == '-' => (true, lit),
        _ => return None,
    };
    let sign = if negative { -1.0 } else { 1.0 };
    let (value, suffix) = match syn::Lit::new(literal.clone()) {
        syn::Lit::Int(int) => {
            let v: i128 = int.base10_parse().ok()?;
            (
                Value::Int(if negative { -v } else { v }),
                int.suffix().to_owned(),
            )
        }
        syn::Lit::Float(float) => {
            let v: f64 = float.base10_parse().ok()?;
            (Value::Float(sign * v), float.suffix().to_owned())
        }
        _ => return None,
    };
    Some(Number {
        tokens: arg.clone(),
        value,
        suffix,
    })
}

/// The literal `value` written with `suffix`, e.g. `0u8`, `1.0`, `-2f32`.
fn literal(value: Value, suffix: &str) -> TokenStream {
    let text = match value {
        Value::Int(v) => format!("{v}{suffix}"),
        Value::Float(v) if suffix.is_empty() => format!("{v:?}"),
        Value::Float(v) => format!("{v:?}_{suffix}"),
    };
    text.parse().expect("a numeric literal is valid tokens")
}

fn arange(input: TokenStream) -> Result<TokenStream, Error> {
    const USAGE: &str = Sequence::Arange.usage();
    let args = arguments(input, USAGE)?;
    if args.is_empty() || args.len() > 3 {
        return Err(Error::new(
            Span::call_site(),
            format!("expected {USAGE}, got {} arguments", args.len()),
        ));
    }
    let mut numbers = Vec::new();
    for arg in &args {
        numbers.push(number(arg).ok_or_else(|| {
            Error::new_spanned(
                arg,
                "arange! computes its length while compiling, so its arguments must be number literals; \
                 for other values write NumPy's call with the length in the type, `Array1::<T, N>::arange(start, stop, step)`, or `Array1::<T, N>::arange_step(start, step)`",
            )
        })?);
    }
    // The suffix any argument carries types them all.
    let suffix = numbers
        .iter()
        .map(|n| n.suffix.as_str())
        .find(|s| !s.is_empty())
        .unwrap_or("")
        .to_owned();
    if let Some(other) = numbers
        .iter()
        .find(|n| !n.suffix.is_empty() && n.suffix != suffix)
    {
        return Err(Error::new_spanned(
            &other.tokens,
            format!(
                "arange! arguments have one type: this one is {}, another is {suffix}",
                other.suffix
            ),
        ));
    }
    let floating =
        suffix.starts_with('f') || numbers.iter().any(|n| matches!(n.value, Value::Float(_)));
    let (start, stop, step) = match numbers.as_slice() {
        [stop] => (Value::Int(0), stop.value, Value::Int(1)),
        [start, stop] => (start.value, stop.value, Value::Int(1)),
        [start, stop, step] => (start.value, stop.value, step.value),
        _ => unreachable!("one to three arguments"),
    };
    let step_tokens = numbers
        .get(2)
        .map_or_else(|| quote!(step), |n| n.tokens.clone());
    let len = if floating {
        float_len(start, stop, step, suffix == "f32")
            .map_err(|message| Error::new_spanned(&step_tokens, message))?
    } else {
        int_len(start, stop, step).map_err(|message| Error::new_spanned(&step_tokens, message))?
    };
    let as_type = |v: Value| match (floating, v) {
        (true, Value::Int(i)) => literal(Value::Float(i as f64), &suffix),
        _ => literal(v, &suffix),
    };
    let (start, step) = (as_type(start), as_type(step));
    let private = private();
    Ok(quote!(#private::Array1::<_, #len>::arange_step(#start, #step)))
}

fn as_f64(v: Value) -> f64 {
    match v {
        Value::Int(i) => i as f64,
        Value::Float(f) => f,
    }
}

/// NumPy's length for floats (`_calc_length` and
/// `_arange_safe_ceil_to_intp` in its `ctors.c`): `ceil((stop - start) /
/// step)`, at least 0, computed in `f32` when an argument is `f32`. A
/// quotient that underflows to zero while `stop - start` is not zero gives
/// length 1 (`+0.0`) or 0 (`-0.0`); a length NumPy cannot represent (NaN,
/// or beyond the `isize` range) is an error instead of a wrapped number.
fn float_len(start: Value, stop: Value, step: Value, single: bool) -> Result<usize, String> {
    let (start, stop, step) = (as_f64(start), as_f64(stop), as_f64(step));
    if step == 0.0 {
        return Err("arange! step is zero: the sequence would never end".into());
    }
    let (delta, quotient) = if single {
        let delta = stop as f32 - start as f32;
        (f64::from(delta), f64::from(delta / step as f32))
    } else {
        (stop - start, (stop - start) / step)
    };
    // Underflow, or a division by infinity.
    if quotient == 0.0 && delta != 0.0 {
        return Ok(usize::from(quotient.is_sign_positive()));
    }
    let ceil = quotient.ceil();
    if ceil.is_nan() {
        return Err("arange! cannot compute the length: (stop - start) / step is NaN".into());
    }
    if !(isize::MIN as f64 <= ceil && ceil <= isize::MAX as f64) {
        return Err(format!(
            "arange! would make {ceil:e} elements, more than any array can hold (at most isize::MAX = {})",
            isize::MAX
        ));
    }
    Ok(if ceil > 0.0 { ceil as usize } else { 0 })
}

/// NumPy's length for integers, exactly: `ceil((stop - start) / step)`.
fn int_len(start: Value, stop: Value, step: Value) -> Result<usize, String> {
    let (Value::Int(start), Value::Int(stop), Value::Int(step)) = (start, stop, step) else {
        unreachable!("all integers");
    };
    if step == 0 {
        return Err("arange! step is zero: the sequence would never end".into());
    }
    let span = stop - start;
    let len = span / step + i128::from(span % step != 0 && (span < 0) == (step < 0));
    usize::try_from(len.max(0)).map_err(|_| format!("arange! length {len} does not fit in usize"))
}

/// `start`/`stop` as `f64` arguments: an integer literal is written as a
/// float, as NumPy accepts `np.linspace(0, 1, 5)`.
fn float_argument(arg: &TokenStream) -> TokenStream {
    match number(arg) {
        Some(Number {
            value: Value::Int(i),
            suffix,
            ..
        }) if suffix.is_empty() => literal(Value::Float(i as f64), ""),
        _ => arg.clone(),
    }
}

/// The number of points: a literal, or any constant expression.
fn count(arg: &TokenStream) -> Result<TokenStream, Error> {
    match number(arg) {
        Some(Number {
            value: Value::Int(n),
            ..
        }) if n >= 0 => Ok(literal(Value::Int(n), "")),
        Some(_) => Err(Error::new_spanned(
            arg,
            "the number of points must be a non-negative integer",
        )),
        None => Ok(quote!({ #arg })),
    }
}

/// The four sequence macros.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Sequence {
    Arange,
    Linspace,
    Logspace,
    Geomspace,
}

impl Sequence {
    /// The name of the array function the macro calls.
    fn function(self) -> &'static str {
        match self {
            Sequence::Arange => "arange",
            Sequence::Linspace => "linspace",
            Sequence::Logspace => "logspace",
            Sequence::Geomspace => "geomspace",
        }
    }

    /// How the macro is called, for error messages.
    const fn usage(self) -> &'static str {
        match self {
            Sequence::Arange => {
                "`arange!(stop)`, `arange!(start, stop)` or `arange!(start, stop, step)`"
            }
            Sequence::Linspace => "`linspace!(start, stop, num)`",
            Sequence::Logspace => {
                "`logspace!(start, stop, num)` or `logspace!(start, stop, num, base)`"
            }
            Sequence::Geomspace => "`geomspace!(start, stop, num)`",
        }
    }
}

/// The expansion of a sequence macro: the array, or the error followed by
/// a stand-in of any type. The `#[proc_macro]` entry points and the unit
/// tests both call this.
pub(crate) fn expand(kind: Sequence, input: TokenStream) -> TokenStream {
    let result = match kind {
        Sequence::Arange => arange(input),
        _ => spaced(kind, input),
    };
    result.unwrap_or_else(|error| tokens::with_error(error, tokens::fallback_any()))
}

/// `linspace!`, `logspace!` and `geomspace!`.
fn spaced(kind: Sequence, input: TokenStream) -> Result<TokenStream, Error> {
    let usage = kind.usage();
    let args = arguments(input, usage)?;
    let max = if kind == Sequence::Logspace { 4 } else { 3 };
    if args.len() < 3 || args.len() > max {
        return Err(Error::new(
            Span::call_site(),
            format!("expected {usage}, got {} arguments", args.len()),
        ));
    }
    if kind == Sequence::Geomspace {
        for arg in &args[..2] {
            if number(arg).is_some_and(|n| as_f64(n.value) == 0.0) {
                return Err(Error::new_spanned(
                    arg,
                    "geomspace! cannot include zero: a geometric sequence never reaches it",
                ));
            }
        }
    }
    let (start, stop) = (float_argument(&args[0]), float_argument(&args[1]));
    let n = count(&args[2])?;
    let private = private();
    let function = proc_macro2::Ident::new(kind.function(), Span::call_site());
    let extra = match (kind, args.get(3)) {
        (Sequence::Logspace, Some(base)) => {
            let base = float_argument(base);
            quote!(, #base)
        }
        (Sequence::Logspace, None) => quote!(, 10.0),
        _ => quote!(),
    };
    Ok(quote!(#private::Array1::<f64, #n>::#function(#start, #stop #extra)))
}
