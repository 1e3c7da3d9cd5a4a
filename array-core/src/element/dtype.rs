//! [`DType`]: NumPy's description of an element type, and NumPy's names
//! for each kind and size of number.

use core::fmt;

/// A NumPy data type description: what `a.dtype` reports.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array3, Element};
///
/// let dtype = Array3::<u8, 1080, 1920, 3>::DTYPE;
/// assert_eq!(dtype.name(), "uint8"); // np.dtype(np.uint8).name
/// assert_eq!(dtype.str(), "|u1"); //    np.dtype(np.uint8).str
/// assert_eq!(f64::DTYPE.str(), "<f8"); // on a little-endian machine
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DType {
    name: &'static str,
    str: &'static str,
    kind: char,
    itemsize: usize,
}

/// NumPy's fixed-size dtypes: kind, item size, `dtype.name`, and
/// `dtype.str` in little- and big-endian byte order. This is NumPy's
/// vocabulary, not the list of element types (that is the dtype table):
/// it names dtypes an array cannot hold too, for messages about files.
const NUMPY: [(char, usize, &str, &str, &str); 14] = [
    ('b', 1, "bool", "|b1", "|b1"),
    ('i', 1, "int8", "|i1", "|i1"),
    ('i', 2, "int16", "<i2", ">i2"),
    ('i', 4, "int32", "<i4", ">i4"),
    ('i', 8, "int64", "<i8", ">i8"),
    ('u', 1, "uint8", "|u1", "|u1"),
    ('u', 2, "uint16", "<u2", ">u2"),
    ('u', 4, "uint32", "<u4", ">u4"),
    ('u', 8, "uint64", "<u8", ">u8"),
    ('f', 2, "float16", "<f2", ">f2"),
    ('f', 4, "float32", "<f4", ">f4"),
    ('f', 8, "float64", "<f8", ">f8"),
    ('c', 8, "complex64", "<c8", ">c8"),
    ('c', 16, "complex128", "<c16", ">c16"),
];

impl DType {
    /// `bfloat16`, which NumPy itself does not have: what the `ml_dtypes`
    /// package reports for it (`np.dtype(ml_dtypes.bfloat16)`: name
    /// `bfloat16`, kind `'V'`, `str` `<V2`).
    #[cfg(feature = "half")]
    pub(crate) const BFLOAT16: DType = DType {
        name: "bfloat16",
        str: if cfg!(target_endian = "little") {
            "<V2"
        } else {
            ">V2"
        },
        kind: 'V',
        itemsize: 2,
    };

    /// NumPy's dtype of kind `kind` and `itemsize` bytes, with the byte
    /// order of the target: `DType::numpy('u', 8)` is `uint64`, `<u8`.
    ///
    /// # Panics
    ///
    /// If NumPy has no such dtype (in a `const`: a compile error).
    pub(crate) const fn numpy(kind: char, itemsize: usize) -> DType {
        let mut i = 0;
        while i < NUMPY.len() {
            let (k, size, name, little, big) = NUMPY[i];
            if k == kind && size == itemsize {
                let str = if cfg!(target_endian = "little") {
                    little
                } else {
                    big
                };
                return DType {
                    name,
                    str,
                    kind,
                    itemsize,
                };
            }
            i += 1;
        }
        panic!("NumPy has no dtype of this kind and size")
    }

    /// NumPy's `dtype.name` of a `dtype.str` such as `"<f8"` (either byte
    /// order), if NumPy has that dtype.
    #[cfg(feature = "npy")]
    pub(crate) fn name_of(str: &str) -> Option<&'static str> {
        let code = str.strip_prefix(['<', '>', '|', '='])?;
        NUMPY
            .iter()
            .find(|&&(.., little, _)| little.get(1..) == Some(code))
            .map(|&(_, _, name, ..)| name)
    }

    /// NumPy's `dtype.name`: `"bool"`, `"int32"`, `"float64"`, ...
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Element;
    /// assert_eq!(i16::DTYPE.name(), "int16");
    /// # #[cfg(target_pointer_width = "64")]
    /// assert_eq!(usize::DTYPE.name(), "uint64"); // np.dtype(np.uintp).name
    /// ```
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// NumPy's `dtype.str`: byte order, kind and item size, e.g. `"<i4"`.
    /// One-byte types use `|` (byte order does not apply); the others use
    /// the byte order of the target, `<` for little-endian and `>` for big.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Element;
    /// assert_eq!(bool::DTYPE.str(), "|b1");
    /// # #[cfg(target_endian = "little")]
    /// assert_eq!(f32::DTYPE.str(), "<f4");
    /// ```
    pub const fn str(&self) -> &'static str {
        self.str
    }

    /// NumPy's `dtype.kind`: `'b'` boolean, `'i'` signed, `'u'` unsigned,
    /// `'f'` floating point.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Element;
    /// assert_eq!(u64::DTYPE.kind(), 'u');
    /// ```
    pub const fn kind(&self) -> char {
        self.kind
    }

    /// NumPy's `dtype.itemsize`: bytes per element.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Element;
    /// assert_eq!(f64::DTYPE.itemsize(), 8);
    /// ```
    pub const fn itemsize(&self) -> usize {
        self.itemsize
    }
}

/// Prints the dtype as NumPy's `str(dtype)` does: its name.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Element;
/// assert_eq!(format!("{}", u8::DTYPE), "uint8");
/// ```
impl fmt::Display for DType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}
