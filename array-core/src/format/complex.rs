//! Complex numbers printed as NumPy's `ComplexFloatingFormat` prints them
//! (feature `num-complex`): the real parts with one float format, the
//! imaginary parts with another that always shows a sign (NumPy's
//! `sign='+'`), each chosen over the shown elements by `fillFormat` (so
//! one part can be in scientific notation and the other not), and a `j`
//! before the imaginary part's padding: `[1.+2.j  3.-0.5j]`, `nan+infj`.

use core::fmt::{self, Write};

use super::{Float, FloatFormat, float_format};
use crate::const_fmt::Msg;
use crate::element::Scalar;

/// The real and imaginary parts of a complex element.
fn parts(scalar: Scalar) -> Option<(Float, Float)> {
    match scalar {
        Scalar::C32(re, im) => Some((Float::F32(re), Float::F32(im))),
        Scalar::C64(re, im) => Some((Float::F64(re), Float::F64(im))),
        _ => None,
    }
}

/// The two formats of NumPy's `ComplexFloatingFormat`.
#[derive(Clone, Copy)]
pub(super) struct ComplexFormat {
    real: FloatFormat,
    imag: FloatFormat,
}

impl ComplexFormat {
    /// The formats for these (shown) elements.
    pub(super) fn new(values: impl Iterator<Item = Scalar> + Clone) -> Self {
        let real = values.clone().filter_map(|v| parts(v).map(|(re, _)| re));
        let imag = values.filter_map(|v| parts(v).map(|(_, im)| im));
        ComplexFormat {
            real: float_format(real, false),
            imag: float_format(imag, true),
        }
    }

    /// One element: the real part, then the imaginary part with its `j`
    /// placed before the padding NumPy's format leaves after it.
    pub(super) fn write(&self, v: Scalar, buf: &mut Msg) -> fmt::Result {
        let (re, im) = parts(v).ok_or(fmt::Error)?;
        self.real.write(re, buf)?;
        let mut imag = Msg::new();
        self.imag.write(im, &mut imag)?;
        let text = imag.as_str();
        let digits = text.trim_end();
        buf.write_str(digits)?;
        buf.write_char('j')?;
        buf.write_str(&text[digits.len()..])
    }
}
