//! The digits of `f16` and `bf16` (feature `half`): NumPy's Dragon4 in
//! "unique" mode prints the shortest decimal that reads back as the same
//! *half* value, which is often shorter than the shortest one for the
//! same value as an `f32` (`half`'s own `Display` goes through `f32`:
//! `f16` 0.1 is `0.099975586` as an `f32`, `0.1` as NumPy prints it).
//!
//! [`Narrow`] carries both the value and its shortest decimal, each as an
//! `f64`: `Display` and `LowerExp` without a precision print the shortest
//! digits (as `f64`'s shortest of that decimal, which are its digits: a
//! decimal of at most 9 digits is the only one that short so near its
//! `f64`), with a precision they print the exact value rounded (every half
//! value is exact in `f64`).

use core::fmt::{self, Write};

use half::{bf16, f16};

use crate::const_fmt::Msg;

/// A half-precision value, ready to print as NumPy prints it.
#[derive(Clone, Copy)]
pub(super) struct Narrow {
    exact: f64,
    shortest: f64,
}

impl Narrow {
    /// The `f16` of these bits.
    pub(super) fn f16(bits: u16) -> Narrow {
        let at = |b: u16| f16::from_bits(b).to_f64();
        Narrow::new(bits, 0x7c00, at)
    }

    /// The `bf16` of these bits.
    pub(super) fn bf16(bits: u16) -> Narrow {
        let at = |b: u16| bf16::from_bits(b).to_f64();
        Narrow::new(bits, 0x7f80, at)
    }

    /// The value of `bits`, where `infinity` is the bit pattern of +inf
    /// and `at` the value of a bit pattern.
    fn new(bits: u16, infinity: u16, at: impl Fn(u16) -> f64) -> Narrow {
        let exact = at(bits);
        let magnitude = bits & 0x7fff;
        if magnitude == 0 || magnitude >= infinity {
            return Narrow {
                exact,
                shortest: exact,
            };
        }
        // The values that round to this one: up to halfway to each
        // neighbour (the largest finite value's upper neighbour is as far
        // as its lower one), ends included when the last mantissa bit is 0
        // (ties go to even), all exact in `f64`.
        let v = at(magnitude);
        let below = at(magnitude - 1);
        let above = if magnitude + 1 == infinity {
            2.0 * v - below
        } else {
            at(magnitude + 1)
        };
        let (lo, hi) = ((v + below) / 2.0, (v + above) / 2.0);
        let inclusive = magnitude & 1 == 0;
        let shortest = shortest(v, lo, hi, inclusive);
        Narrow {
            exact,
            shortest: if bits & 0x8000 != 0 {
                -shortest
            } else {
                shortest
            },
        }
    }

    pub(super) fn value(self) -> f64 {
        self.exact
    }

    /// The absolute value.
    pub(super) fn abs(self) -> Narrow {
        Narrow {
            exact: self.exact.abs(),
            shortest: self.shortest.abs(),
        }
    }
}

/// The shortest decimal in the rounding interval `lo..hi` of `v > 0`, the
/// nearest to `v` among the shortest: for each number of digits, `v`
/// correctly rounded to it, else its neighbour in the last digit on the
/// side the interval is wider (the interval is lopsided at a power of 2).
fn shortest(v: f64, lo: f64, hi: f64, inclusive: bool) -> f64 {
    let inside = |c: f64| {
        if inclusive {
            lo <= c && c <= hi
        } else {
            lo < c && c < hi
        }
    };
    for digits in 0..17 {
        let mut rounded = Msg::new();
        let _ = write!(rounded, "{v:.digits$e}");
        let text = rounded.as_str();
        let Ok(c) = text.parse::<f64>() else {
            break;
        };
        if inside(c) {
            return c;
        }
        let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
        let (Ok(m), Ok(e)) = (
            mantissa.replace_dot().parse::<u64>(),
            exponent.parse::<i32>(),
        ) else {
            break;
        };
        let scale = e - digits as i32;
        let neighbour = |m: u64| {
            let mut text = Msg::new();
            let _ = write!(text, "{m}e{scale}");
            text.as_str().parse::<f64>().ok().filter(|&c| inside(c))
        };
        if let Some(c) = neighbour(m + 1).or_else(|| m.checked_sub(1).and_then(neighbour)) {
            return c;
        }
    }
    v
}

/// A mantissa's digits without its decimal point.
trait ReplaceDot {
    fn replace_dot(&self) -> Msg;
}

impl ReplaceDot for str {
    fn replace_dot(&self) -> Msg {
        let mut out = Msg::new();
        for part in self.split('.') {
            let _ = out.write_str(part);
        }
        out
    }
}

impl Msg {
    fn parse<F: core::str::FromStr>(&self) -> Result<F, F::Err> {
        self.as_str().parse()
    }
}

impl fmt::Display for Narrow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match f.precision() {
            Some(p) => write!(f, "{:.p$}", self.exact),
            None => write!(f, "{}", self.shortest),
        }
    }
}

impl fmt::LowerExp for Narrow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match f.precision() {
            Some(p) => write!(f, "{:.p$e}", self.exact),
            None => write!(f, "{:e}", self.shortest),
        }
    }
}

/// The smallest and largest magnitudes of the non-zero finite half values
/// shown, for NumPy's choice of scientific notation.
#[derive(Default)]
pub(super) struct Range {
    /// `(smallest, largest)`, if any value was added.
    span: Option<(f64, f64)>,
    brain: bool,
}

impl Range {
    /// Adds `v`, an `f16` (or a `bf16`, when `brain`).
    pub(super) fn add(&mut self, v: Narrow, brain: bool) {
        let x = v.value().abs();
        self.brain = brain;
        self.span = Some(match self.span {
            Some((lo, hi)) => (lo.min(x), hi.max(x)),
            None => (x, x),
        });
    }

    /// NumPy's rule, in the element type: the largest reaches
    /// `10 ** finfo.precision` (3 digits for `float16`, 2 for `bfloat16`),
    /// or the smallest is under `0.0001` (as that type), or the largest
    /// over the smallest, divided in the type, exceeds 1000.
    pub(super) fn needs_exp(&self) -> bool {
        let Some((lo, hi)) = self.span else {
            return false;
        };
        let round = |x: f64| -> f64 {
            if self.brain {
                bf16::from_f64(x).to_f64()
            } else {
                f16::from_f64(x).to_f64()
            }
        };
        let cutoff = if self.brain { 100.0 } else { 1000.0 };
        // NumPy divides halves in `float` and rounds the quotient.
        let ratio = round(f64::from(hi as f32 / lo as f32));
        hi >= cutoff || lo < round(0.0001) || ratio > 1000.0
    }
}
