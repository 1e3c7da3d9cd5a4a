//! `.npy` files, NumPy's `np.save` and `np.load` (feature `npy`, on by
//! default with `std`).
//!
//! Writing produces the bytes `np.save` writes for the same array, header
//! padding included; a `ColMajor` array is written as it lies in memory
//! with `fortran_order: True`, without a copy. Reading checks the header's
//! dtype and shape against the array's type before any data is read: a
//! file of another dtype or shape is an [`NpyError::Mismatch`] naming both,
//! never a silent cast. A file in the other memory order is read with one
//! transposing copy; big-endian data (`>f8`) is byte-swapped; `bool` bytes
//! must be 0 or 1.
//!
//! [`Header::read`] tells what any `.npy` file holds (dtype, shape, order)
//! without reading its data.

mod error;
mod header;
#[cfg(feature = "npz")]
mod npz;
mod save;

use std::boxed::Box;
use std::fs::File;
use std::io::{Read, Write};
use std::path::Path;
use std::vec::Vec;

use core::mem::size_of;

use crate::array::Array;
use crate::element::Element;
use crate::kinds::every_kind;
use crate::order::Order;
use crate::raw::Strides;
use crate::raw::bytes_of;
use crate::shape::Shape;
use crate::views::ArrayView;

pub use error::NpyError;
pub use header::Header;
#[cfg(feature = "npz")]
pub use npz::{NpzReader, NpzWriter};

/// Bytes read at a time for `bool` data, which is checked byte by byte.
const CHUNK: usize = 1 << 14;

every_kind! { [Element]
    /// Writes the array in `.npy` format, as `np.save` does: version 1.0
    /// (2.0 when the header needs it), header padded to 64 bytes,
    /// `fortran_order: True` for `ColMajor` arrays (their memory as it is).
    /// A view is written as the array it would copy to (`to_array`), its
    /// elements streamed in that order without a copy in memory.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, ColMajor};
    /// let a = Array2::<f32, 2, 3>::from([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]);
    /// let mut file = Vec::new();
    /// a.write_npy(&mut file)?;
    /// assert_eq!(&file[..10], b"\x93NUMPY\x01\x00v\x00");
    /// assert_eq!(file.len(), 128 + 24);
    /// assert_eq!(Array2::<f32, 2, 3>::read_npy(&file[..])?, a);
    /// let mut column = Vec::new();
    /// a.view().t().write_npy(&mut column)?; // a.T: fortran_order, a's bytes
    /// assert_eq!(Array2::<f32, 3, 2, ColMajor>::read_npy(&column[..])?, *a.t());
    /// # Ok::<(), shaped::NpyError>(())
    /// ```
    #[cfg(feature = "npy")]
    pub fn write_npy(&self, mut writer: impl Write) -> Result<(), NpyError> {
        writer.write_all(&npy_header::<T, S, O>())?;
        write_elements(&self.view(), &mut writer)?;
        Ok(())
    }

    /// Writes the array to the file at `path`, NumPy's `np.save(path, a)`
    /// (which would add `.npy` to a name without it; this does not).
    ///
    /// The file appears whole or not at all: the bytes go to a new file
    /// beside it, which then replaces `path` in one step (a rename), so a
    /// failed write never leaves a half-written file where the old one was.
    /// An existing file keeps its permissions; a symbolic link is followed
    /// (the file it names is replaced); a path that is not a regular file
    /// (a pipe, a device such as `/dev/stdout`) is written in place.
    ///
    /// ```no_run
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// Array2::<u8, 2, 2>::eye().save_npy("eye.npy")?;
    /// # Ok::<(), shaped::NpyError>(())
    /// ```
    #[cfg(feature = "npy")]
    pub fn save_npy(&self, path: impl AsRef<Path>) -> Result<(), NpyError> {
        let header = npy_header::<T, S, O>();
        let view = self.view();
        let path = path.as_ref();
        save::replace(path, header.len() + S::SIZE * size_of::<T>(), |file| {
            file.write_all(&header)?;
            write_elements(&view, file)
        })
        .map_err(|e| NpyError::Io(e).in_file(path))
    }
}

/// Everything before the data of an `.npy` file, as `np.save` writes it.
#[cfg(feature = "alloc")]
pub(crate) fn encode_header(descr: &str, fortran_order: bool, shape: &[usize]) -> Vec<u8> {
    header::encode(descr, fortran_order, shape)
}

/// Writes `len` bytes to `path` with `write`, whole or not at all (as
/// `save_npy`).
pub(crate) fn save_with(
    path: &Path,
    len: usize,
    write: impl FnOnce(&mut File) -> std::io::Result<()>,
) -> Result<(), NpyError> {
    save::replace(path, len, write)?;
    Ok(())
}

/// Whether NumPy has `T`'s dtype; a compile error where a `.npy` file of
/// `bf16` is written or read (its `ml_dtypes` files, `<V2`, load in NumPy
/// as raw bytes, so they would not round-trip).
struct NumpyHas<T>(core::marker::PhantomData<T>);

impl<T: Element> NumpyHas<T> {
    const DTYPE: () = assert!(
        T::DTYPE.kind() != 'V',
        "bf16 has no NumPy dtype, so no .npy file holds it: cast to f32 first (`a.cast::<f32>()`)"
    );
}

/// The `.npy` header of an array of `T`, shape `S`, order `O`.
fn npy_header<T: Element, S: Shape, O: Order>() -> Vec<u8> {
    let () = NumpyHas::<T>::DTYPE;
    // As NumPy: a column-major array whose memory is also in C order
    // (empty, or at most one axis longer than 1) is written as C order.
    let c_order_too = S::SIZE == 0 || S::DIMS.iter().filter(|&&d| d > 1).count() <= 1;
    let fortran_order = !O::IS_ROW_MAJOR && !c_order_too;
    header::encode(T::DTYPE.str(), fortran_order, S::DIMS)
}

/// The elements of `view` in the memory order of its copy, native byte
/// order: one write of the whole block when it is contiguous, chunks of
/// [`CHUNK`] bytes otherwise.
fn write_elements<T: Element, S: Shape, L: Strides>(
    view: &ArrayView<'_, T, S, L>,
    writer: &mut impl Write,
) -> std::io::Result<()> {
    if let Some(elements) = view.contiguous() {
        return writer.write_all(bytes_of(elements));
    }
    let mut chunk = Vec::with_capacity(CHUNK);
    let mut result = Ok(());
    view.for_each(|x| {
        chunk.extend_from_slice(bytes_of(core::slice::from_ref(x)));
        if chunk.len() >= CHUNK && result.is_ok() {
            result = writer.write_all(&chunk);
            chunk.clear();
        }
    });
    result?;
    writer.write_all(&chunk)
}

// Repeats the module's cfg: on the item, it labels the item in the docs.
#[cfg(feature = "npy")]
impl<T: Element, S: Shape, O: Order> Array<T, S, O> {
    /// Reads an array of this type from `.npy` data: NumPy's `np.load` with
    /// the dtype and shape checked against the type first.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, NpyError};
    /// let mut file = Vec::new();
    /// Array2::<f64, 3, 5>::zeros().write_npy(&mut file)?;
    /// let err = Array2::<f32, 3, 4>::read_npy(&file[..]).unwrap_err();
    /// assert!(matches!(err, NpyError::Mismatch { .. }));
    /// assert_eq!(err.to_string(), "file holds float64 (3, 5); expected float32 (3, 4)");
    /// # Ok::<(), NpyError>(())
    /// ```
    pub fn read_npy(mut reader: impl Read) -> Result<Self, NpyError> {
        let swap = Self::check(&mut reader)?;
        if swap.fortran_order != O::IS_ROW_MAJOR {
            let mut out = Self::zeros();
            read_elements(&mut reader, out.as_mut_slice(), swap.big_endian)?;
            Ok(out)
        } else {
            // The data is in the other order: read it as such, then copy.
            let mut other = Array::<T, S, O::Transposed>::zeros();
            read_elements(&mut reader, other.as_mut_slice(), swap.big_endian)?;
            Ok(other.to_order())
        }
    }

    /// [`read_npy`](Self::read_npy) into a new heap allocation, for arrays
    /// too big for the stack: the array is never on the stack.
    pub fn read_npy_boxed(mut reader: impl Read) -> Result<Box<Self>, NpyError> {
        let swap = Self::check(&mut reader)?;
        if swap.fortran_order != O::IS_ROW_MAJOR {
            let mut out = Self::zeros_boxed();
            read_elements(&mut reader, out.as_mut_slice(), swap.big_endian)?;
            Ok(out)
        } else {
            let mut other = Array::<T, S, O::Transposed>::zeros_boxed();
            read_elements(&mut reader, other.as_mut_slice(), swap.big_endian)?;
            Ok(other.to_order_boxed())
        }
    }

    /// Reads the array from the file at `path`, NumPy's `np.load(path)`.
    ///
    /// ```no_run
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let weights = Array2::<f32, 128, 64>::load_npy("w1.npy")?;
    /// # Ok::<(), shaped::NpyError>(())
    /// ```
    pub fn load_npy(path: impl AsRef<Path>) -> Result<Self, NpyError> {
        let path = path.as_ref();
        File::open(path)
            .map_err(NpyError::Io)
            .and_then(Self::read_npy)
            .map_err(|e| e.in_file(path))
    }

    /// [`load_npy`](Self::load_npy) into a new heap allocation, for big
    /// arrays.
    ///
    /// ```no_run
    /// # use shaped_core as shaped;
    /// use shaped::Array3;
    /// let image = Array3::<u8, 1080, 1920, 3>::load_npy_boxed("frame.npy")?;
    /// # Ok::<(), shaped::NpyError>(())
    /// ```
    pub fn load_npy_boxed(path: impl AsRef<Path>) -> Result<Box<Self>, NpyError> {
        let path = path.as_ref();
        File::open(path)
            .map_err(NpyError::Io)
            .and_then(Self::read_npy_boxed)
            .map_err(|e| e.in_file(path))
    }

    /// Reads the header and checks it against this type.
    fn check(reader: &mut impl Read) -> Result<Layout, NpyError> {
        let () = NumpyHas::<T>::DTYPE;
        let header = header::read(reader)?;
        let (native, descr) = (T::DTYPE.str(), header.descr.as_str());
        // The same type in the other byte order (`>f8` for `<f8`) is read
        // and byte-swapped; one-byte types (`|u1`) have no byte order.
        let other_order = descr.len() == native.len()
            && matches!(
                (native.as_bytes()[0], descr.as_bytes()[0]),
                (b'<', b'>') | (b'>', b'<')
            )
            && descr[1..] == native[1..];
        let big_endian = if descr == native {
            false
        } else if other_order {
            true
        } else {
            return Err(Self::mismatch(header));
        };
        if header.shape != S::DIMS {
            return Err(Self::mismatch(header));
        }
        Ok(Layout {
            fortran_order: header.fortran_order,
            big_endian,
        })
    }

    fn mismatch(header: header::Header) -> NpyError {
        NpyError::Mismatch {
            found: (header.descr, header.shape),
            expected: (T::DTYPE.str(), S::DIMS),
        }
    }
}

/// How the data lies in the file.
struct Layout {
    fortran_order: bool,
    /// In the other byte order than this machine's.
    big_endian: bool,
}

/// Reads `out.len()` elements into `out`.
pub(crate) fn read_elements<T: Element>(
    reader: &mut impl Read,
    out: &mut [T],
    swap: bool,
) -> Result<(), NpyError> {
    let total = core::mem::size_of_val(out);
    // The unit of the byte order: a complex number's parts.
    let unit = core::mem::size_of::<T>() / if T::DTYPE.kind() == 'c' { 2 } else { 1 };
    if let Some(bytes) = T::bytes_mut(out) {
        header::read_data(reader, bytes, 0, total)?;
        if swap {
            bytes.chunks_exact_mut(unit).for_each(<[u8]>::reverse);
        }
        return Ok(());
    }
    // `bool`: every byte must be 0 or 1.
    let mut chunk = [0u8; CHUNK];
    let mut done = 0;
    for part in out.chunks_mut(CHUNK) {
        let bytes = &mut chunk[..part.len()];
        header::read_data(reader, bytes, done, total)?;
        for (k, (slot, &byte)) in part.iter_mut().zip(bytes.iter()).enumerate() {
            *slot = match byte {
                0 => T::ZERO,
                1 => T::ONE,
                _ => {
                    return Err(NpyError::InvalidBool {
                        index: done + k,
                        byte,
                    });
                }
            };
        }
        done += part.len();
    }
    Ok(())
}

#[cfg(test)]
mod tests;

/// An `.npy` file's header: its dtype string, Fortran order, shape, and
/// where its data starts. For `include_npy!`, which checks files while
/// compiling; not public API.
#[doc(hidden)]
pub fn __parse_header(
    file: &[u8],
) -> Result<(std::string::String, bool, std::vec::Vec<usize>, usize), NpyError> {
    let mut reader = file;
    let header = header::read(&mut reader)?;
    Ok((
        header.descr,
        header.fortran_order,
        header.shape,
        file.len() - reader.len(),
    ))
}
