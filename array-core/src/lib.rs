//! Types and operations of the [`shaped`](https://docs.rs/shaped) array
//! library; use them through the `shaped` facade.
//!
//! An [`Array<T, S, O>`](Array) keeps its element type `T` (the dtype), its
//! shape `S` and its memory order `O` in its type, so NumPy's `shape`,
//! `strides`, `itemsize` and `nbytes` are constants and the elements are one
//! contiguous block with nothing else around them.
//!
//! This crate is `#![no_std]`. Feature `alloc` adds the boxed (heap)
//! constructors and conversions from `Vec`; feature `std` (the default)
//! implies `alloc`. Float math (`sqrt`, `exp` ..., `logspace`, `geomspace`)
//! needs `std` or, without it, feature `libm`.
//!
//! # Layout of the source
//!
//! One concept per file; a concept with several files gets a folder:
//!
//! - `raw/`: all the `unsafe` code, one file per invariant, each stated at
//!   the top of its file (layout casts, in-place initialisation, zero bit
//!   patterns, heap allocation, CPU-feature dispatch);
//! - `shape/`: the shape types, the one table of ranks, the relations
//!   between shapes (broadcasting, removing an axis) and the compile-time
//!   guards with their worded messages;
//! - `views/`: reshape, transpose and broadcast views;
//! - `element/`: the dtypes, from one table (`for_each_dtype!`) that every
//!   per-dtype impl, and the macro crate's dtype names, come from;
//! - `array`, `number`, `order`: the type and its parameters;
//!   `constructors`, `sequences`, `convert`, `index`, `ops`, `elementwise`,
//!   `loops`, `reduce`, `statistics`, `linalg`, `format`: what arrays do.
#![no_std]
// docs.rs (and `--cfg docsrs` on nightly) labels each item with the
// features it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(unsafe_code)]
#![warn(missing_docs)]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(any(test, feature = "std"))]
extern crate std;

mod array;
#[cfg(feature = "alloc")]
mod boxed_results;
mod const_fmt;
mod const_index;
mod constructors;
mod convert;
mod cumulative;
mod einsum;
mod element;
mod elementwise;
mod facts;
mod format;
mod index;
mod interop;
mod join;
mod kinds;
mod linalg;
mod loops;
#[cfg(any(feature = "std", feature = "libm"))]
mod math;
#[cfg(feature = "npy")]
pub mod npy;
mod number;
mod operand;
mod ops;
mod order;
mod pairwise;
#[cfg(feature = "rayon")]
mod parallel;
mod promotion;
pub mod random;
// The one folder allowed `unsafe`: one file per invariant.
#[allow(unsafe_code)]
mod raw;
mod reduce;
#[cfg(feature = "alloc")]
mod rows;
mod search;
mod sequences;
mod shape;
mod shape_tools;
mod sort;
mod stack_limit;
mod statistics;
mod ufuncs;
mod views;

pub use array::{Array, Array1, Array2, Array3, Array4, Array5, Array6, Array7, Array8};
pub use convert::LengthError;
#[cfg(feature = "alloc")]
pub use convert::VecLengthError;
pub use element::{__DTYPES, __FEATURE_DTYPES, DType, DTypeRow, Element, Stored};
#[cfg(feature = "num-complex")]
pub use element::{Complex, c32, c64};
#[cfg(feature = "half")]
pub use element::{bf16, f16};
pub use elementwise::CastTo;
pub use index::{FullIndex, IndexedIter};
#[cfg(feature = "image")]
pub use interop::ImageSizeError;
#[cfg(feature = "numpy")]
pub use interop::NumpyShapeError;
#[cfg(feature = "ndarray")]
pub use interop::ShapeMismatch;
pub use linalg::{DotOperand, Float, MatmulRhs, SolveRhs, Square};
#[cfg(feature = "npy")]
pub use npy::{__parse_header, NpyError};
#[cfg(feature = "npz")]
pub use npy::{NpzReader, NpzWriter};
pub use number::{Arithmetic, Bits, Number, Signed};
pub use operand::Operand;
pub use order::{ColMajor, Order, RowMajor};
#[cfg(feature = "rayon")]
pub use parallel::PAR_FROM;
pub use promotion::Promote;
pub use raw::AnyBits;
#[cfg(all(feature = "alloc", any(feature = "std", feature = "libm")))]
pub use rows::Deviation;
#[cfg(feature = "npy")]
pub use rows::NpyChunks;
#[cfg(feature = "alloc")]
pub use rows::{ChunksExact, ChunksExactMut, Column, ColumnIter, RowAxis, Rows, RowsLengthError};
#[doc(hidden)]
pub use shape::Permute;
pub use shape::{
    Axis, AxisAt, Broadcast, InsertAxis, MoveAxis, OneAxis, RemoveAxis, RowShape, Shape, Shape1,
    Shape2, Shape3, Shape4, Shape5, Shape6, Shape7, Shape8, ShapeTuple, SliceArg, SwapAxes,
};
pub use shape_tools::{PadMode, meshgrid, meshgrid_ij};
#[cfg(feature = "alloc")]
pub use shape_tools::{meshgrid_boxed, meshgrid_ij_boxed};
#[cfg(feature = "alloc")]
pub use statistics::Countable;
pub use statistics::{Statistical, WithoutAxes};
/// What `s!` expands to, for the doc examples of this crate (the facade
/// has its own); not public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::slicing;
}

/// What `einsum!` expands to; not public API: no stability promise.
#[doc(hidden)]
pub mod einsum_support {
    pub use crate::einsum::{add, matmul, multiply, sum, zero};
    pub use crate::number::Number;
}

/// The pieces `s![...]` is made of; not public API: no stability promise.
#[doc(hidden)]
pub mod slicing {
    pub use crate::raw::{Contiguous, Diagonal, Strides, Transposed};
    pub use crate::shape::{DCons, DNil, Full, Index, OPEN, Range, SCons, SNil, Sliced};
}
pub use views::{
    ArrayView, ArrayViewMut, AsView, AxisIter, BroadcastView, Iter, IterMut, Lanes, RowsMut,
};
