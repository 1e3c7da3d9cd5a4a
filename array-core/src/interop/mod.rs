//! Interoperation with the crates users already have, each behind a
//! feature named after the crate: `ndarray` (views and checked
//! conversions), `nalgebra` (matrices and vectors), `serde` (nested
//! sequences, NumPy's `tolist()`), `image` (image buffers as arrays),
//! `numpy` (NumPy arrays in Python extensions, through `pyo3`).
//! `bytemuck`'s `Pod` is in `raw::bytes`.
//!
//! Where a shape is only known at run time (a dynamic `ndarray`, a
//! deserialised list), it enters through these doors with one check and a
//! worded error, and from then on the type carries it.

#[cfg(feature = "image")]
mod image;
#[cfg(feature = "nalgebra")]
mod nalgebra;
#[cfg(feature = "ndarray")]
mod ndarray;
#[cfg(feature = "numpy")]
mod numpy;
#[cfg(feature = "serde")]
mod serde;

#[cfg(feature = "image")]
pub use self::image::ImageSizeError;
#[cfg(feature = "ndarray")]
pub use self::ndarray::ShapeMismatch;
#[cfg(feature = "numpy")]
pub use self::numpy::NumpyShapeError;
