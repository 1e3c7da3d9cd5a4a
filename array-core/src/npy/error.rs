//! [`NpyError`]: what can go wrong reading or writing a `.npy` file.

use std::fmt;
use std::io;
use std::string::String;
use std::vec::Vec;

use crate::element::DType;
use crate::shape::ShapeTuple;

/// An `.npy` file that could not be read into (or written from) an array,
/// with what was wrong in words. Nothing is read into the array before the
/// header has been checked against its type.
#[derive(Debug)]
#[non_exhaustive]
// Repeats the module's cfg: on the item, it labels the item in the docs.
#[cfg(feature = "npy")]
pub enum NpyError {
    /// Reading or writing failed.
    Io(io::Error),
    /// The file does not start with NumPy's magic string `\x93NUMPY`.
    NotNpy,
    /// A format version other than 1.0, 2.0 or 3.0.
    UnsupportedVersion {
        /// The major version in the file.
        major: u8,
        /// The minor version in the file.
        minor: u8,
    },
    /// The header is not the dictionary NumPy writes; says what is wrong.
    MalformedHeader(String),
    /// The file holds another dtype or shape than the array's type.
    Mismatch {
        /// The file's dtype (NumPy's `dtype.str`, such as `"<f8"`) and shape.
        found: (String, Vec<usize>),
        /// The array's dtype and shape.
        expected: (&'static str, &'static [usize]),
    },
    /// The file holds another dtype, or rows of another shape, than a
    /// [`Rows`](crate::Rows) type: any number of rows is fine, the row
    /// shape and dtype are not.
    RowsMismatch {
        /// The file's dtype (NumPy's `dtype.str`) and shape.
        found: (String, Vec<usize>),
        /// The rows' dtype and the shape of one row.
        expected: (&'static str, &'static [usize]),
        /// The file, when the rows were loaded from a path.
        path: Option<std::path::PathBuf>,
    },
    /// A `bool` element that is neither 0 nor 1.
    InvalidBool {
        /// The element's position in the file's data.
        index: usize,
        /// The byte found there.
        byte: u8,
    },
    /// An `.npz` archive problem: not a zip file, or no array of that name.
    Archive(String),
    /// The data ends before all elements were read.
    Truncated {
        /// The bytes of data the header promises.
        expected: usize,
        /// The bytes there were.
        actual: usize,
    },
}

/// The NumPy name of a dtype string: `"<f8"` is float64.
fn dtype_name(descr: &str) -> String {
    let Some(name) = DType::name_of(descr) else {
        return std::format!("dtype {descr:?}");
    };
    let swapped = descr.starts_with('>') && cfg!(target_endian = "little")
        || descr.starts_with('<') && cfg!(target_endian = "big");
    if swapped && !name.ends_with('8') && name != "bool" {
        std::format!("{name} ({descr})")
    } else {
        String::from(name)
    }
}

impl fmt::Display for NpyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NpyError::Io(e) => write!(f, "reading or writing the .npy data failed: {e}"),
            NpyError::NotNpy => f.write_str("not an .npy file: it does not start with \\x93NUMPY"),
            NpyError::UnsupportedVersion { major, minor } => {
                write!(
                    f,
                    ".npy format version {major}.{minor} is not supported (1.0, 2.0 and 3.0 are)"
                )
            }
            NpyError::MalformedHeader(what) => write!(f, "malformed .npy header: {what}"),
            NpyError::Mismatch { found, expected } => {
                let expected_name = dtype_name(expected.0);
                write!(
                    f,
                    "file holds {} {}; expected {} {}",
                    dtype_name(&found.0),
                    Dims(&found.1),
                    expected_name,
                    ShapeTuple(expected.1)
                )
            }
            NpyError::RowsMismatch {
                found,
                expected,
                path,
            } => {
                if let Some(path) = path {
                    write!(f, "{}: ", path.display())?;
                }
                let mut whole = std::vec![0];
                whole.extend_from_slice(expected.1);
                let whole = std::format!("{}", Dims(&whole)).replacen('0', "n", 1);
                write!(
                    f,
                    "file holds {} {}; expected {} rows of shape {}, an array of shape {}",
                    dtype_name(&found.0),
                    Dims(&found.1),
                    dtype_name(expected.0),
                    ShapeTuple(expected.1),
                    whole
                )
            }
            NpyError::Archive(what) => write!(f, "in the .npz archive: {what}"),
            NpyError::InvalidBool { index, byte } => {
                write!(
                    f,
                    "bool element {index} is the byte {byte}, neither 0 nor 1"
                )
            }
            NpyError::Truncated { expected, actual } => write!(
                f,
                "the .npy data is {actual} bytes long; the header promises {expected}"
            ),
        }
    }
}

/// Dimensions printed as NumPy prints a shape.
struct Dims<'a>(&'a [usize]);

impl fmt::Display for Dims<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::shape::write_shape(f, self.0)
    }
}

impl NpyError {
    /// The error, naming `path` where it can (a rows mismatch).
    pub(crate) fn in_file(self, path: &std::path::Path) -> Self {
        match self {
            NpyError::RowsMismatch {
                found, expected, ..
            } => NpyError::RowsMismatch {
                found,
                expected,
                path: Some(path.to_path_buf()),
            },
            other => other,
        }
    }
}

impl std::error::Error for NpyError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            NpyError::Io(e) => Some(e),
            _ => None,
        }
    }
}

impl From<io::Error> for NpyError {
    fn from(e: io::Error) -> Self {
        NpyError::Io(e)
    }
}
