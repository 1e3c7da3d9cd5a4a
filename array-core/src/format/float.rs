//! Float elements as NumPy prints them: the digits of one value
//! (positional or scientific, shortest round trip or fixed), and the one
//! format (`FloatingFormat` after `fillFormat`) that aligns a whole array.

use core::fmt::{self, Write};

use crate::const_fmt::Msg;
use crate::element::Scalar;

use super::PRECISION;
#[cfg(feature = "half")]
use super::half;

/// NumPy's `FloatingFormat` after `fillFormat`.
#[derive(Clone, Copy)]
pub(super) struct FloatFormat {
    /// Scientific notation for all elements.
    exp: bool,
    /// Width of the integer part, sign included.
    pad_left: usize,
    /// Width of the fractional part (positional), or of everything after
    /// the integer part (scientific: `.`, digits, `e`, sign, exponent).
    pad_right: usize,
    /// Scientific: fractional digits of every mantissa.
    precision: usize,
    /// Scientific: digits of every exponent.
    exp_size: usize,
    /// NumPy's `sign='+'`: a `+` before non-negative values (the
    /// imaginary parts of complex numbers).
    plus: bool,
}

/// The digits NumPy's Dragon4 prints for one finite float in "unique"
/// mode with at most `PRECISION` fractional digits, trimmed of trailing
/// zeros: the shortest round-trip digits, or the value correctly rounded to
/// `PRECISION` digits when those need more.
struct Digits {
    negative: bool,
    /// `int.frac` (positional) or the mantissa `d.ddd` (scientific).
    buf: Msg,
    /// Scientific only.
    exponent: i32,
}

impl Digits {
    fn int_part(&self) -> &str {
        let s = self.buf.as_str();
        &s[..s.find('.').unwrap_or(s.len())]
    }

    fn frac_part(&self) -> &str {
        let s = self.buf.as_str();
        s.find('.').map_or("", |dot| &s[dot + 1..])
    }

    /// Length of the integer part with its sign, as NumPy measures it.
    fn int_width(&self) -> usize {
        self.int_part().len() + usize::from(self.negative)
    }
}

/// Removes trailing zeros after the decimal point; keeps the point.
fn trim_zeros(buf: &mut Msg) {
    let s = buf.as_str();
    if let Some(dot) = s.find('.') {
        let keep = s[dot..].trim_end_matches('0').len();
        buf.truncate(dot + keep);
    } else {
        let _ = buf.write_str(".");
    }
}

fn positional<F: fmt::Display>(abs: F, negative: bool) -> Digits {
    let mut buf = Msg::new();
    let _ = write!(buf, "{abs}");
    let needs_more = buf
        .as_str()
        .find('.')
        .is_some_and(|dot| buf.len() - dot - 1 > PRECISION);
    if needs_more {
        buf.clear();
        let _ = write!(buf, "{abs:.PRECISION$}");
    }
    trim_zeros(&mut buf);
    Digits {
        negative,
        buf,
        exponent: 0,
    }
}

/// Scientific digits: the shortest (at most `PRECISION` fractional), or,
/// with `fixed`, exactly that many digits of the value, correctly rounded
/// (NumPy's `min_digits`, which prints real digits, not padding zeros).
fn scientific<F: fmt::LowerExp>(abs: F, negative: bool, fixed: Option<usize>) -> Digits {
    let mut raw = Msg::new();
    match fixed {
        Some(p) => {
            let _ = write!(raw, "{abs:.p$e}");
        }
        None => {
            let _ = write!(raw, "{abs:e}");
            let e = raw.as_str().find('e').unwrap_or(raw.len());
            let frac_len = raw.as_str()[..e].find('.').map_or(0, |dot| e - dot - 1);
            if frac_len > PRECISION {
                raw.clear();
                let _ = write!(raw, "{abs:.PRECISION$e}");
            }
        }
    }
    let s = raw.as_str();
    let e = s.find('e').unwrap_or(s.len());
    let exponent = s[e + 1..].parse().unwrap_or(0);
    let mut buf = Msg::new();
    let _ = buf.write_str(&s[..e]);
    if fixed.is_none() {
        trim_zeros(&mut buf);
    } else if !buf.as_str().contains('.') {
        let _ = buf.write_str(".");
    }
    Digits {
        negative,
        buf,
        exponent,
    }
}

/// A float of either width, as the printing code needs it.
#[derive(Clone, Copy)]
pub(super) enum Float {
    F32(f32),
    F64(f64),
    #[cfg(feature = "half")]
    F16(half::Narrow),
    #[cfg(feature = "half")]
    BF16(half::Narrow),
}

impl Float {
    pub(super) fn of(scalar: Scalar) -> Option<Float> {
        match scalar {
            Scalar::F32(v) => Some(Float::F32(v)),
            Scalar::F64(v) => Some(Float::F64(v)),
            #[cfg(feature = "half")]
            Scalar::F16(bits) => Some(Float::F16(half::Narrow::f16(bits))),
            #[cfg(feature = "half")]
            Scalar::BF16(bits) => Some(Float::BF16(half::Narrow::bf16(bits))),
            _ => None,
        }
    }

    fn is_finite(self) -> bool {
        match self {
            Float::F32(v) => v.is_finite(),
            Float::F64(v) => v.is_finite(),
            #[cfg(feature = "half")]
            Float::F16(v) | Float::BF16(v) => v.value().is_finite(),
        }
    }

    fn is_nan(self) -> bool {
        match self {
            Float::F32(v) => v.is_nan(),
            Float::F64(v) => v.is_nan(),
            #[cfg(feature = "half")]
            Float::F16(v) | Float::BF16(v) => v.value().is_nan(),
        }
    }

    fn is_negative(self) -> bool {
        match self {
            Float::F32(v) => v.is_sign_negative(),
            Float::F64(v) => v.is_sign_negative(),
            #[cfg(feature = "half")]
            Float::F16(v) | Float::BF16(v) => v.value().is_sign_negative(),
        }
    }

    fn is_zero(self) -> bool {
        match self {
            Float::F32(v) => v == 0.0,
            Float::F64(v) => v == 0.0,
            #[cfg(feature = "half")]
            Float::F16(v) | Float::BF16(v) => v.value() == 0.0,
        }
    }

    /// Positional or scientific digits in unique mode; `fixed` gives
    /// scientific digits with exactly that many fractional digits.
    fn digits(self, exp: bool, fixed: Option<usize>) -> Digits {
        let negative = self.is_negative();
        match (self, exp) {
            (Float::F32(v), false) => positional(v.abs(), negative),
            (Float::F64(v), false) => positional(v.abs(), negative),
            (Float::F32(v), true) => scientific(v.abs(), negative, fixed),
            (Float::F64(v), true) => scientific(v.abs(), negative, fixed),
            #[cfg(feature = "half")]
            (Float::F16(v) | Float::BF16(v), false) => positional(v.abs(), negative),
            #[cfg(feature = "half")]
            (Float::F16(v) | Float::BF16(v), true) => scientific(v.abs(), negative, fixed),
        }
    }
}

/// NumPy's choice of scientific notation, computed in the element type:
/// the largest non-zero magnitude reaches `10 ** min(8, finfo.precision)`,
/// or the smallest is under 1e-4, or they differ by more than 1000 times.
fn needs_exp(values: impl Iterator<Item = Float>) -> bool {
    let (mut lo32, mut hi32, mut lo64, mut hi64) = (f32::INFINITY, 0.0f32, f64::INFINITY, 0.0f64);
    #[cfg(feature = "half")]
    let mut halves = half::Range::default();
    for v in values.filter(|v| v.is_finite() && !v.is_zero()) {
        match v {
            Float::F32(x) => (lo32, hi32) = (lo32.min(x.abs()), hi32.max(x.abs())),
            Float::F64(x) => (lo64, hi64) = (lo64.min(x.abs()), hi64.max(x.abs())),
            #[cfg(feature = "half")]
            Float::F16(x) => halves.add(x, false),
            #[cfg(feature = "half")]
            Float::BF16(x) => halves.add(x, true),
        }
    }
    #[cfg(feature = "half")]
    if halves.needs_exp() {
        return true;
    }
    (hi32 > 0.0 && (hi32 >= 1e6 || lo32 < 0.0001 || hi32 / lo32 > 1000.0))
        || (hi64 > 0.0 && (hi64 >= 1e8 || lo64 < 0.0001 || hi64 / lo64 > 1000.0))
}

/// NumPy's `fillFormat`, over the elements that will be shown; `plus` is
/// NumPy's `sign='+'`.
pub(super) fn float_format(values: impl Iterator<Item = Float> + Clone, plus: bool) -> FloatFormat {
    let exp = needs_exp(values.clone());
    let mut format = FloatFormat {
        exp,
        pad_left: 0,
        pad_right: 0,
        precision: 0,
        exp_size: 0,
        plus,
    };
    let mut any_non_finite = false;
    let mut negative_inf = false;
    for v in values {
        if !v.is_finite() {
            any_non_finite = true;
            negative_inf |= !v.is_nan() && v.is_negative();
            continue;
        }
        let digits = v.digits(exp, None);
        let sign = usize::from(plus && !digits.negative);
        format.pad_left = format.pad_left.max(digits.int_width() + sign);
        format.precision = format.precision.max(digits.frac_part().len());
        format.exp_size = format.exp_size.max(exp_digits(digits.exponent));
    }
    format.pad_right = if exp {
        format.exp_size + 2 + format.precision
    } else {
        format.precision
    };
    if any_non_finite {
        // Room for "nan", "inf" or "-inf" in the full width.
        let offset = format.pad_right + 1;
        let widest = 3 + usize::from(negative_inf || plus);
        format.pad_left = format.pad_left.max(widest.saturating_sub(offset));
    }
    format
}

/// Digits of an exponent as NumPy prints it: at least two.
fn exp_digits(exponent: i32) -> usize {
    let mut n = exponent.unsigned_abs();
    let mut digits = 1;
    while n >= 10 {
        n /= 10;
        digits += 1;
    }
    digits.max(2)
}

impl FloatFormat {
    pub(super) fn write(&self, v: Float, buf: &mut Msg) -> fmt::Result {
        let width = self.pad_left + self.pad_right + 1;
        if !v.is_finite() {
            let text = match (v.is_nan(), v.is_negative(), self.plus) {
                (true, _, false) => "nan",
                (true, _, true) => "+nan",
                (false, true, _) => "-inf",
                (false, false, false) => "inf",
                (false, false, true) => "+inf",
            };
            return write!(buf, "{text:>width$}");
        }
        let digits = v.digits(self.exp, self.exp.then_some(self.precision));
        let sign = match (digits.negative, self.plus) {
            (true, _) => "-",
            (false, true) => "+",
            (false, false) => "",
        };
        let int = digits.int_part();
        let pad = self.pad_left.saturating_sub(int.len() + sign.len());
        write!(buf, "{:pad$}{sign}{int}.", "")?;
        let frac = digits.frac_part();
        if self.exp {
            let e_sign = if digits.exponent < 0 { '-' } else { '+' };
            let e = digits.exponent.unsigned_abs();
            let es = self.exp_size;
            write!(buf, "{frac}e{e_sign}{e:0>es$}")
        } else {
            let p = self.pad_right;
            write!(buf, "{frac:<p$}")
        }
    }
}
