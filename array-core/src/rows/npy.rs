//! `.npy` files of any number of rows: `np.save` and `np.load` of the
//! `(n, *S)` array. The header's dtype and row shape are checked against
//! the type before any data is read, and `n` is whatever the file says; a
//! Fortran-order file is read and put in C order; the bytes written are
//! `np.save`'s.

use std::fs::File;
use std::io::{BufReader, Read, Write};
use std::path::Path;
use std::vec;
use std::vec::Vec;

use crate::element::Element;
use crate::npy::{Header, NpyError, read_elements, save_with};
use crate::raw::bytes_of;
use crate::shape::{MAX_RANK, RowShape};

use super::Rows;

impl<T: Element, S: RowShape> Rows<T, S> {
    /// Reads rows from `.npy` data, NumPy's `np.load`: the file's dtype
    /// must be `T`'s (or `T` in the other byte order) and its shape
    /// `(n, *S)` for any `n`; anything else is an error naming both. Files
    /// in Fortran order are read too (one transposing copy).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let x = Rows::<f64, Shape1<3>>::from_fn(4, |[i, j]| (i * 3 + j) as f64);
    /// let mut file = Vec::new();
    /// x.write_npy(&mut file)?;
    /// assert_eq!(Rows::<f64, Shape1<3>>::read_npy(&file[..])?, x);
    /// let err = Rows::<f64, Shape1<4>>::read_npy(&file[..]).unwrap_err();
    /// assert_eq!(err.to_string(), "file holds float64 (4, 3); expected float64 rows of shape (4,), an array of shape (n, 4)");
    /// # Ok::<(), shaped::NpyError>(())
    /// ```
    pub fn read_npy(mut reader: impl Read) -> Result<Self, NpyError> {
        let header = Header::read_from(&mut reader)?;
        let swap = header.swapped_from(T::DTYPE.str());
        let shape = header.shape();
        let fits = shape.len() == S::NDIM + 1 && shape[1..] == *S::DIMS;
        let (Some(swap), true) = (swap, fits) else {
            return Err(NpyError::RowsMismatch {
                found: (header.descr().into(), shape.to_vec()),
                expected: (T::DTYPE.str(), S::DIMS),
            });
        };
        let n = shape[0];
        let size = n.checked_mul(S::SIZE).ok_or_else(|| {
            NpyError::MalformedHeader(std::format!(
                "{n} rows of {} elements do not fit in memory",
                S::SIZE
            ))
        })?;
        let mut flat = vec![T::ZERO; size];
        // Zeroed pages not yet touched: backed by huge pages when big, as
        // NumPy's arrays are (far fewer page faults while reading).
        crate::raw::advise_huge_pages(flat.as_mut_ptr().cast(), size * core::mem::size_of::<T>());
        read_elements(&mut reader, &mut flat, swap)?;
        if header.fortran_order() && S::SIZE > 1 && n > 1 {
            flat = c_order_of::<T, S>(&flat, n);
        }
        Ok(Self::from_elements(flat, n))
    }

    /// Reads the rows from the file at `path`, NumPy's `np.load(path)`;
    /// a dtype or row shape that differs is an error naming both and the
    /// path.
    ///
    /// ```no_run
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let x = Rows::<f64, Shape1<8>>::load_npy("data.npy")?; // any number of rows
    /// let err = Rows::<f64, Shape1<9>>::load_npy("data.npy").unwrap_err();
    /// // "data.npy: file holds float64 (1000, 8); expected float64 rows of
    /// // shape (9,), an array of shape (n, 9)"
    /// # Ok::<(), shaped::NpyError>(())
    /// ```
    pub fn load_npy(path: impl AsRef<Path>) -> Result<Self, NpyError> {
        let path = path.as_ref();
        let file = File::open(path).map_err(|e| NpyError::Io(e).in_file(path))?;
        Self::read_npy(BufReader::with_capacity(1 << 16, file)).map_err(|e| e.in_file(path))
    }

    /// Writes the rows in `.npy` format, byte for byte what `np.save`
    /// writes for the `(n, *S)` array.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let mut file = Vec::new();
    /// Rows::<u8, Shape1<2>>::zeros(3).write_npy(&mut file)?;
    /// assert!(file.starts_with(b"\x93NUMPY\x01\x00v\x00{'descr': '|u1', 'fortran_order': False, 'shape': (3, 2), }"));
    /// assert_eq!(file.len(), 128 + 6);
    /// # Ok::<(), shaped::NpyError>(())
    /// ```
    pub fn write_npy(&self, mut writer: impl Write) -> Result<(), NpyError> {
        writer.write_all(&self.npy_header())?;
        writer.write_all(bytes_of(self.as_slice()))?;
        Ok(())
    }

    /// Writes the rows to the file at `path`, NumPy's `np.save(path, x)`:
    /// the file appears whole or not at all, as for arrays.
    ///
    /// ```no_run
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// Rows::<f32, Shape1<3>>::zeros(5).save_npy("cloud.npy")?;
    /// # Ok::<(), shaped::NpyError>(())
    /// ```
    pub fn save_npy(&self, path: impl AsRef<Path>) -> Result<(), NpyError> {
        let header = self.npy_header();
        save_with(path.as_ref(), header.len() + self.nbytes(), |file| {
            file.write_all(&header)?;
            file.write_all(bytes_of(self.as_slice()))
        })
    }

    fn npy_header(&self) -> Vec<u8> {
        crate::npy::encode_header(T::DTYPE.str(), false, self.shape().as_ref())
    }
}

/// The C-order elements of the `(n, *S)` array whose Fortran-order
/// memory is `fortran`.
fn c_order_of<T: Element, S: RowShape>(fortran: &[T], n: usize) -> Vec<T> {
    // Position, in the Fortran-order memory of one row's shape, of each
    // C-order position of the row.
    let mut inner = vec![0; S::SIZE];
    let mut index = [0usize; MAX_RANK];
    for slot in inner.iter_mut() {
        let mut position = 0;
        let mut step = 1;
        for (k, &d) in S::DIMS.iter().enumerate() {
            position += index[k] * step;
            step *= d;
        }
        *slot = position;
        for k in (0..S::NDIM).rev() {
            index[k] += 1;
            if index[k] < S::DIMS[k] {
                break;
            }
            index[k] = 0;
        }
    }
    let mut out = Vec::with_capacity(fortran.len());
    for i in 0..n {
        out.extend(inner.iter().map(|&f| fortran[i + n * f]));
    }
    out
}

#[cfg(feature = "npz")]
impl<W: Write + std::io::Seek> crate::npy::NpzWriter<W> {
    /// Adds `rows` as the entry `name.npy` (`np.savez(f, name=x)`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{NpzReader, NpzWriter, Rows, Shape1};
    /// let mut npz = NpzWriter::new(std::io::Cursor::new(Vec::new()));
    /// npz.add_rows("x", &Rows::<f64, Shape1<2>>::full(3, 0.5))?;
    /// let file = npz.finish()?.into_inner();
    /// let mut archive = NpzReader::new(std::io::Cursor::new(file))?;
    /// let x: Rows<f64, Shape1<2>> = archive.rows_by_name("x")?;
    /// assert_eq!(x.len(), 3);
    /// # Ok::<(), shaped::NpyError>(())
    /// ```
    pub fn add_rows<T: Element, S: RowShape>(
        &mut self,
        name: &str,
        rows: &Rows<T, S>,
    ) -> Result<(), NpyError> {
        let large = rows.nbytes() as u64 >= u32::MAX as u64;
        rows.write_npy(self.start_entry(name, large)?)
    }
}

#[cfg(feature = "npz")]
impl<R: Read + std::io::Seek> crate::npy::NpzReader<R> {
    /// The rows `name`, any number of them; an error naming the name if
    /// the archive has none, or the dtypes and shapes if they differ.
    pub fn rows_by_name<T: Element, S: RowShape>(
        &mut self,
        name: &str,
    ) -> Result<Rows<T, S>, NpyError> {
        Rows::read_npy(self.entry(name)?)
    }
}

/// The iterator of [`Rows::chunks_from_npy`]: `K` rows at a time read from
/// a file, each batch a boxed `Array<T, S::Prepend<K>>`, then
/// [`remainder`](NpyChunks::remainder) for the last `n % K` rows.
pub struct NpyChunks<T: Element, S: RowShape, const K: usize> {
    reader: BufReader<File>,
    swap: bool,
    left: usize,
    marker: core::marker::PhantomData<(T, S)>,
}

impl<T: Element, S: RowShape> Rows<T, S> {
    /// Reads the `.npy` file at `path` `K` rows at a time, for files
    /// bigger than memory: each item is one batch as a boxed array of
    /// shape `(K, *S)`, and [`remainder`](NpyChunks::remainder) reads the
    /// last `n % K` rows once the batches are done. The header is checked
    /// first, as by [`load_npy`](Self::load_npy); a Fortran-order file
    /// (whose rows are not contiguous) is an error.
    ///
    /// ```no_run
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let mut batches = Rows::<f64, Shape1<8>>::chunks_from_npy::<64>("big.npy")?;
    /// for batch in &mut batches {
    ///     let batch = batch?; // a Box<Array2<f64, 64, 8>>
    ///     println!("{}", batch.mean());
    /// }
    /// let rest: Rows<f64, Shape1<8>> = batches.remainder()?;
    /// # Ok::<(), shaped::NpyError>(())
    /// ```
    pub fn chunks_from_npy<const K: usize>(
        path: impl AsRef<Path>,
    ) -> Result<NpyChunks<T, S, K>, NpyError> {
        let () = super::batches::NonZero::<K>::OK;
        let path = path.as_ref();
        let open = || -> Result<NpyChunks<T, S, K>, NpyError> {
            let mut reader = BufReader::with_capacity(1 << 16, File::open(path)?);
            let header = Header::read_from(&mut reader)?;
            let swap = header.swapped_from(T::DTYPE.str());
            let shape = header.shape();
            let fits = shape.len() == S::NDIM + 1 && shape[1..] == *S::DIMS;
            let (Some(swap), true) = (swap, fits) else {
                return Err(NpyError::RowsMismatch {
                    found: (header.descr().into(), shape.to_vec()),
                    expected: (T::DTYPE.str(), S::DIMS),
                });
            };
            if header.fortran_order() && S::SIZE > 1 && shape[0] > 1 {
                return Err(NpyError::MalformedHeader(
                    "a Fortran-order file has no contiguous rows to read in chunks; load it whole with load_npy".into(),
                ));
            }
            Ok(NpyChunks {
                reader,
                swap,
                left: shape[0],
                marker: core::marker::PhantomData,
            })
        };
        open().map_err(|e| e.in_file(path))
    }
}

impl<T: Element, S: RowShape, const K: usize> NpyChunks<T, S, K> {
    /// The rows left in the file (fewer than `K` once the batches are
    /// done), read as `Rows`.
    pub fn remainder(mut self) -> Result<Rows<T, S>, NpyError> {
        let mut flat = vec![T::ZERO; self.left * S::SIZE];
        read_elements(&mut self.reader, &mut flat, self.swap)?;
        Ok(Rows::from_elements(flat, self.left))
    }
}

impl<T: Element, S: RowShape, const K: usize> Iterator for NpyChunks<T, S, K> {
    type Item = Result<std::boxed::Box<crate::array::Array<T, S::Prepend<K>>>, NpyError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.left < K {
            return None;
        }
        self.left -= K;
        let mut batch = crate::array::Array::<T, S::Prepend<K>>::zeros_boxed();
        Some(read_elements(&mut self.reader, batch.as_mut_slice(), self.swap).map(|()| batch))
    }
}
