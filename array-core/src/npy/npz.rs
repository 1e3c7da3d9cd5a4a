//! `.npz` archives (feature `npz`): several named arrays in one zip file,
//! NumPy's `np.savez` (stored) and `np.savez_compressed` (deflated), and
//! `np.load(f)["name"]` with the same checks as a single `.npy` file.

use std::io::{Read, Seek, Write};
use std::string::{String, ToString};
use std::vec::Vec;

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use super::NpyError;
use crate::array::Array;
use crate::element::Element;
use crate::order::Order;
use crate::shape::Shape;

fn zip_error(e: zip::result::ZipError) -> NpyError {
    match e {
        zip::result::ZipError::Io(e) => NpyError::Io(e),
        other => NpyError::Archive(other.to_string()),
    }
}

/// Writes named arrays into an `.npz` archive, as `np.savez` (or
/// `np.savez_compressed`) does: each array is an entry `name.npy`.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array1, Array2, NpzReader, NpzWriter};
/// let mut npz = NpzWriter::new(std::io::Cursor::new(Vec::new()));
/// npz.add("weights", &Array2::<f32, 2, 2>::eye())?;
/// npz.add("bias", &Array1::<f32, 2>::from([0.5, -0.5]))?;
/// let file = npz.finish()?.into_inner();
///
/// let mut archive = NpzReader::new(std::io::Cursor::new(file))?;
/// assert_eq!(archive.names(), ["weights", "bias"]);
/// let bias: Array1<f32, 2> = archive.by_name("bias")?;
/// assert_eq!(bias[1], -0.5);
/// # Ok::<(), shaped::NpyError>(())
/// ```
// Repeats the module's cfg: on the item, it labels the item in the docs.
#[cfg(feature = "npz")]
pub struct NpzWriter<W: Write + Seek> {
    zip: ZipWriter<W>,
    options: SimpleFileOptions,
}

#[cfg(feature = "npz")]
impl<W: Write + Seek> NpzWriter<W> {
    /// An archive whose entries are stored uncompressed, as `np.savez`.
    pub fn new(writer: W) -> Self {
        NpzWriter {
            zip: ZipWriter::new(writer),
            options: SimpleFileOptions::default().compression_method(CompressionMethod::Stored),
        }
    }

    /// An archive whose entries are deflated, as `np.savez_compressed`.
    pub fn new_compressed(writer: W) -> Self {
        NpzWriter {
            zip: ZipWriter::new(writer),
            options: SimpleFileOptions::default().compression_method(CompressionMethod::Deflated),
        }
    }

    /// Adds `array` as the entry `name.npy` (`np.savez(f, name=array)`).
    pub fn add<T: Element, S: Shape, O: Order>(
        &mut self,
        name: &str,
        array: &Array<T, S, O>,
    ) -> Result<(), NpyError> {
        let large = array.nbytes() as u64 >= u32::MAX as u64;
        array.write_npy(self.start_entry(name, large)?)
    }

    /// Starts the entry `name.npy` and gives the writer of its bytes.
    pub(crate) fn start_entry(
        &mut self,
        name: &str,
        large: bool,
    ) -> Result<&mut ZipWriter<W>, NpyError> {
        let options = self.options.large_file(large);
        self.zip
            .start_file(std::format!("{name}.npy"), options)
            .map_err(zip_error)?;
        Ok(&mut self.zip)
    }

    /// Writes the archive's directory and gives the writer back.
    pub fn finish(self) -> Result<W, NpyError> {
        self.zip.finish().map_err(zip_error)
    }
}

/// Reads named arrays from an `.npz` archive, `np.load(f)["name"]`, each
/// checked against its type as a single `.npy` file is.
#[cfg(feature = "npz")]
pub struct NpzReader<R: Read + Seek> {
    zip: ZipArchive<R>,
}

#[cfg(feature = "npz")]
impl<R: Read + Seek> NpzReader<R> {
    /// Opens the archive (reads its directory).
    pub fn new(reader: R) -> Result<Self, NpyError> {
        Ok(NpzReader {
            zip: ZipArchive::new(reader).map_err(zip_error)?,
        })
    }

    /// The names of the arrays in the archive, in the archive's order, as
    /// NumPy's `np.load(f).files`.
    pub fn names(&self) -> Vec<String> {
        (0..self.zip.len())
            .filter_map(|i| self.zip.name_for_index(i).and_then(Result::ok))
            .map(|n| n.strip_suffix(".npy").unwrap_or(&n).to_string())
            .collect()
    }

    /// The array `name`, read into this type; an error naming the name if
    /// the archive has none, or the dtypes and shapes if they differ.
    pub fn by_name<T: Element, S: Shape, O: Order>(
        &mut self,
        name: &str,
    ) -> Result<Array<T, S, O>, NpyError> {
        Array::read_npy(self.entry(name)?)
    }

    /// [`by_name`](Self::by_name) into a new heap allocation.
    pub fn by_name_boxed<T: Element, S: Shape, O: Order>(
        &mut self,
        name: &str,
    ) -> Result<std::boxed::Box<Array<T, S, O>>, NpyError> {
        Array::read_npy_boxed(self.entry(name)?)
    }

    pub(crate) fn entry(&mut self, name: &str) -> Result<zip::read::ZipFile<'_, R>, NpyError> {
        let entry = std::format!("{name}.npy");
        if self.zip.index_for_name(&entry).is_none() {
            return Err(NpyError::Archive(std::format!(
                "no array {name:?} in the archive (it has {:?})",
                self.names()
            )));
        }
        self.zip.by_name(&entry).map_err(zip_error)
    }
}
