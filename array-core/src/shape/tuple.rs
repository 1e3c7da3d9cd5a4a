//! [`ShapeTuple`]: a shape printed as NumPy prints `a.shape`.

use core::fmt;

/// Prints a shape the way NumPy prints `a.shape`: `(1080, 1920, 3)`, `(5,)`.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Array3;
/// let canvas = Array3::<u8, 4, 5, 3>::zeros();
/// assert_eq!(canvas.shape_tuple().to_string(), "(4, 5, 3)");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ShapeTuple(pub(crate) &'static [usize]);

impl ShapeTuple {
    /// The dimensions.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// assert_eq!(Array2::<f32, 2, 7>::zeros().shape_tuple().dims(), &[2, 7]);
    /// ```
    pub const fn dims(self) -> &'static [usize] {
        self.0
    }
}

impl fmt::Display for ShapeTuple {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_shape(f, self.0)
    }
}

/// Writes `dims` as NumPy prints a shape: `(3, 4)`, `(5,)`, `()`.
pub(crate) fn write_shape(f: &mut fmt::Formatter<'_>, dims: &[usize]) -> fmt::Result {
    f.write_str("(")?;
    for (i, d) in dims.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        write!(f, "{d}")?;
    }
    if dims.len() == 1 {
        f.write_str(",")?;
    }
    f.write_str(")")
}

impl fmt::Debug for ShapeTuple {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}
