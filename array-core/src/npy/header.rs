//! The `.npy` header, written as NumPy's `format.py` writes it and read as
//! it reads it: the magic string, the version, the header length, and a
//! Python dictionary literal with `descr`, `fortran_order` and `shape`,
//! padded with spaces to a multiple of 64 bytes.

use std::io::Read;
use std::string::String;
use std::vec::Vec;

use super::NpyError;

/// `\x93NUMPY`, the first six bytes of every `.npy` file.
pub(crate) const MAGIC: &[u8; 6] = b"\x93NUMPY";

/// NumPy aligns the data to 64 bytes.
const ALIGN: usize = 64;

/// NumPy leaves room for the growing axis to reach this many digits.
const GROWTH_AXIS_MAX_DIGITS: usize = 21;

/// The longest header read, into a buffer on the stack: a header for any
/// `shaped` type (8 axes of 20 digits, padding included) is under 400
/// bytes, and NumPy's own limit for files it did not write is 10,000. So a
/// file cannot make the reader allocate by claiming a long header.
const MAX_HEADER: usize = 4096;

/// What an `.npy` file's header says: its dtype, shape and memory order,
/// read without loading the data ([`Header::read`]). Its `Debug` shows
/// all three.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array2, npy::Header};
/// let mut file = Vec::new();
/// Array2::<f64, 1000, 8>::zeros_boxed().write_npy(&mut file)?;
/// let header = Header::read_from(&mut &file[..])?;
/// assert_eq!(header.shape(), &[1000, 8]);
/// assert_eq!(header.dtype_name(), Some("float64"));
/// assert_eq!(
///     format!("{header:?}"),
///     "Header { dtype: float64 (\"<f8\"), shape: (1000, 8), order: C }"
/// );
/// # Ok::<(), shaped::NpyError>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Header {
    /// NumPy's `dtype.str`, such as `"<f8"` or `"|b1"`.
    pub(crate) descr: String,
    /// Whether the data is in Fortran (column-major) order.
    pub(crate) fortran_order: bool,
    /// The dimensions.
    pub(crate) shape: Vec<usize>,
}

impl Header {
    /// Reads the header of the file at `path`, NumPy's
    /// `np.lib.format.read_array_header_1_0` after `read_magic`: what the
    /// file holds, without reading its data.
    ///
    /// ```no_run
    /// # use shaped_core as shaped;
    /// let header = shaped::npy::Header::read("data.npy")?;
    /// println!("{header:?}"); // Header { dtype: float64 ("<f8"), shape: (1000, 8), order: C }
    /// # Ok::<(), shaped::NpyError>(())
    /// ```
    pub fn read(path: impl AsRef<std::path::Path>) -> Result<Header, NpyError> {
        let mut file = std::fs::File::open(path)?;
        read(&mut file)
    }

    /// Reads the header from `reader`, leaving it at the first byte of the
    /// data.
    pub fn read_from(reader: &mut impl Read) -> Result<Header, NpyError> {
        read(reader)
    }

    /// NumPy's `dtype.str`, such as `"<f8"` or `"|b1"`.
    pub fn descr(&self) -> &str {
        &self.descr
    }

    /// NumPy's name of the dtype (`"float64"` for `"<f8"` and `">f8"`),
    /// or `None` for a dtype NumPy names otherwise (structured, strings).
    pub fn dtype_name(&self) -> Option<&'static str> {
        crate::DType::name_of(&self.descr)
    }

    /// The dimensions, NumPy's `shape`.
    pub fn shape(&self) -> &[usize] {
        &self.shape
    }

    /// Whether the data is in Fortran (column-major) order.
    pub fn fortran_order(&self) -> bool {
        self.fortran_order
    }

    /// Whether the data is `native` (`Some(false)`), `native` in the other
    /// byte order (`Some(true)`, to be byte-swapped), or another dtype.
    pub(crate) fn swapped_from(&self, native: &str) -> Option<bool> {
        let descr = self.descr.as_str();
        if descr == native {
            return Some(false);
        }
        let other_order = descr.len() == native.len()
            && matches!(
                (native.as_bytes()[0], descr.as_bytes()[0]),
                (b'<', b'>') | (b'>', b'<')
            )
            && descr[1..] == native[1..];
        other_order.then_some(true)
    }
}

impl core::fmt::Debug for Header {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let name = crate::DType::name_of(&self.descr).unwrap_or("unknown dtype");
        let shape = shape_repr(&self.shape);
        f.write_str("Header { dtype: ")?;
        write!(f, "{name} ({:?}), shape: {shape}, order: ", self.descr)?;
        f.write_str(if self.fortran_order { "F }" } else { "C }" })
    }
}

/// Python's `repr` of a shape tuple: `(3, 4)`, `(5,)`, `()`.
fn shape_repr(shape: &[usize]) -> String {
    let mut text = String::from("(");
    for (i, d) in shape.iter().enumerate() {
        if i > 0 {
            text.push_str(", ");
        }
        text.push_str(&std::format!("{d}"));
    }
    if shape.len() == 1 {
        text.push(',');
    }
    text.push(')');
    text
}

/// Everything before the data, byte for byte as `np.save` writes it.
pub(crate) fn encode(descr: &str, fortran_order: bool, shape: &[usize]) -> Vec<u8> {
    let mut dict = std::format!(
        "{{'descr': '{descr}', 'fortran_order': {}, 'shape': {}, }}",
        if fortran_order { "True" } else { "False" },
        shape_repr(shape)
    );
    // Room for the growth axis (NumPy's `_write_array_header`).
    if let Some(&growing) = if fortran_order {
        shape.last()
    } else {
        shape.first()
    } {
        let digits = std::format!("{growing}").len();
        dict.extend(core::iter::repeat_n(
            ' ',
            GROWTH_AXIS_MAX_DIGITS.saturating_sub(digits),
        ));
    }
    // Version 1.0 has a 2-byte length, version 2.0 a 4-byte one; the dict
    // is ASCII, so version 3.0 (UTF-8) is never needed for these headers.
    let length_bytes = |v1: bool| if v1 { 2 } else { 4 };
    let padded = |v1: bool| {
        let unpadded = MAGIC.len() + 2 + length_bytes(v1) + dict.len() + 1;
        dict.len() + 1 + (ALIGN - unpadded % ALIGN) % ALIGN
    };
    let v1 = padded(true) <= u16::MAX as usize;
    let total = padded(v1);
    let mut out = Vec::with_capacity(MAGIC.len() + 2 + length_bytes(v1) + total);
    out.extend_from_slice(MAGIC);
    if v1 {
        out.extend_from_slice(&[1, 0]);
        out.extend_from_slice(&(total as u16).to_le_bytes());
    } else {
        out.extend_from_slice(&[2, 0]);
        out.extend_from_slice(&(total as u32).to_le_bytes());
    }
    out.extend_from_slice(dict.as_bytes());
    out.resize(out.len() + total - dict.len() - 1, b' ');
    out.push(b'\n');
    out
}

/// Reads the header, leaving `reader` at the first byte of the data.
pub(crate) fn read(reader: &mut impl Read) -> Result<Header, NpyError> {
    let mut magic = [0u8; 8];
    read_full(reader, &mut magic).map_err(|e| match e {
        Short(_) => NpyError::NotNpy,
        Failed(e) => NpyError::Io(e),
    })?;
    if &magic[..6] != MAGIC {
        return Err(NpyError::NotNpy);
    }
    let (major, minor) = (magic[6], magic[7]);
    let length = match (major, minor) {
        (1, 0) => {
            let mut bytes = [0u8; 2];
            read_header_bytes(reader, &mut bytes)?;
            u16::from_le_bytes(bytes) as usize
        }
        (2 | 3, 0) => {
            let mut bytes = [0u8; 4];
            read_header_bytes(reader, &mut bytes)?;
            u32::from_le_bytes(bytes) as usize
        }
        _ => return Err(NpyError::UnsupportedVersion { major, minor }),
    };
    if length > MAX_HEADER {
        return Err(malformed(std::format!(
            "the header claims {length} bytes, more than the {MAX_HEADER} a header of any array needs"
        )));
    }
    let mut buffer = [0u8; MAX_HEADER];
    let bytes = &mut buffer[..length];
    read_header_bytes(reader, bytes)?;
    // Version 3.0 is UTF-8, versions 1.0 and 2.0 are Latin-1; a header of
    // a numeric array is ASCII either way.
    let text = core::str::from_utf8(bytes)
        .ok()
        .filter(|t| major == 3 || t.is_ascii())
        .ok_or_else(|| malformed("the header is not ASCII text".into()))?;
    parse(text).map_err(malformed)
}

fn malformed(what: String) -> NpyError {
    NpyError::MalformedHeader(what)
}

/// Why a read fell short.
enum ReadError {
    Short(usize),
    Failed(std::io::Error),
}
use ReadError::{Failed, Short};

/// Reads exactly `buf.len()` bytes, or says how many there were.
fn read_full(reader: &mut impl Read, buf: &mut [u8]) -> Result<(), ReadError> {
    let mut filled = 0;
    while filled < buf.len() {
        match reader.read(&mut buf[filled..]) {
            Ok(0) => return Err(Short(filled)),
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(Failed(e)),
        }
    }
    Ok(())
}

fn read_header_bytes(reader: &mut impl Read, buf: &mut [u8]) -> Result<(), NpyError> {
    read_full(reader, buf).map_err(|e| match e {
        Short(n) => malformed(std::format!(
            "the file ends inside the header ({n} of {} bytes)",
            buf.len()
        )),
        Failed(e) => NpyError::Io(e),
    })
}

/// Reads exactly `buf.len()` bytes of data, or says how many there were.
pub(crate) fn read_data(
    reader: &mut impl Read,
    buf: &mut [u8],
    before: usize,
    total: usize,
) -> Result<(), NpyError> {
    read_full(reader, buf).map_err(|e| match e {
        Short(n) => NpyError::Truncated {
            expected: total,
            actual: before + n,
        },
        Failed(e) => NpyError::Io(e),
    })
}

/// Parses the header's dictionary literal, as `ast.literal_eval` would for
/// the dictionaries NumPy writes: the three keys, each once, in any order.
pub(crate) fn parse(text: &str) -> Result<Header, String> {
    let mut p = Parser {
        rest: text.trim_end_matches(['\n', ' ', '\0']),
    };
    p.expect('{')?;
    let (mut descr, mut fortran_order, mut shape) = (None, None, None);
    loop {
        p.skip_space();
        if p.eat('}') {
            break;
        }
        let key = p.string()?;
        p.expect(':')?;
        match key.as_str() {
            "descr" if descr.is_none() => descr = Some(p.string()?),
            "fortran_order" if fortran_order.is_none() => fortran_order = Some(p.boolean()?),
            "shape" if shape.is_none() => shape = Some(p.tuple()?),
            "descr" | "fortran_order" | "shape" => {
                return Err(std::format!("key '{key}' appears twice"));
            }
            _ => {
                return Err(std::format!(
                    "unexpected key '{key}' (an .npy header has 'descr', 'fortran_order' and 'shape')"
                ));
            }
        }
        p.skip_space();
        if !p.eat(',') {
            p.expect('}')?;
            break;
        }
    }
    p.skip_space();
    if !p.rest.is_empty() {
        return Err(std::format!(
            "unexpected text after the dictionary: {:?}",
            p.rest
        ));
    }
    Ok(Header {
        descr: descr.ok_or("no 'descr' key")?,
        fortran_order: fortran_order.ok_or("no 'fortran_order' key")?,
        shape: shape.ok_or("no 'shape' key")?,
    })
}

struct Parser<'a> {
    rest: &'a str,
}

impl Parser<'_> {
    fn skip_space(&mut self) {
        self.rest = self.rest.trim_start_matches([' ', '\t', '\n', '\r']);
    }

    fn eat(&mut self, c: char) -> bool {
        self.skip_space();
        match self.rest.strip_prefix(c) {
            Some(rest) => {
                self.rest = rest;
                true
            }
            None => false,
        }
    }

    fn expect(&mut self, c: char) -> Result<(), String> {
        if self.eat(c) {
            Ok(())
        } else {
            Err(std::format!(
                "expected '{c}' at {:?}",
                self.rest.chars().take(20).collect::<String>()
            ))
        }
    }

    fn string(&mut self) -> Result<String, String> {
        self.skip_space();
        let quote = match self.rest.chars().next() {
            Some(q @ ('\'' | '"')) => q,
            _ => {
                return Err(std::format!(
                    "expected a quoted string at {:?}",
                    self.rest.chars().take(20).collect::<String>()
                ));
            }
        };
        let body = &self.rest[1..];
        let end = body.find(quote).ok_or("a string is not closed")?;
        let value = &body[..end];
        if value.contains('\\') {
            return Err("escapes in header strings are not supported".into());
        }
        self.rest = &body[end + 1..];
        Ok(value.into())
    }

    fn boolean(&mut self) -> Result<bool, String> {
        self.skip_space();
        for (word, value) in [("True", true), ("False", false)] {
            if let Some(rest) = self.rest.strip_prefix(word) {
                self.rest = rest;
                return Ok(value);
            }
        }
        Err(std::format!(
            "'fortran_order' is True or False, not {:?}",
            self.rest.chars().take(10).collect::<String>()
        ))
    }

    fn tuple(&mut self) -> Result<Vec<usize>, String> {
        self.expect('(')?;
        let mut dims = Vec::new();
        loop {
            self.skip_space();
            if self.eat(')') {
                return Ok(dims);
            }
            let digits = self
                .rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(self.rest.len());
            if digits == 0 {
                return Err(std::format!(
                    "a shape holds non-negative integers, not {:?}",
                    self.rest.chars().take(10).collect::<String>()
                ));
            }
            let dim = self.rest[..digits].parse::<usize>().map_err(|_| {
                std::format!(
                    "the dimension {} does not fit in usize",
                    &self.rest[..digits]
                )
            })?;
            dims.push(dim);
            self.rest = &self.rest[digits..];
            if dims.len() > 32 {
                return Err("a shape has at most 32 dimensions".into());
            }
            if !self.eat(',') {
                self.expect(')')?;
                return Ok(dims);
            }
        }
    }
}
