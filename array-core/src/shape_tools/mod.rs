//! Shape tools with typed results, NumPy's `np.diag`, `np.tril`/`np.triu`,
//! `np.roll` and `np.meshgrid`: each written once over a view, so arrays
//! and views alike have them, and each result's shape is in its type.
//!
//! - `diag`: a vector into a square matrix, a square matrix's diagonal as a
//!   view, and the triangles (`tril`, `triu`);
//! - `roll`: elements shifted around, flattened or along one axis;
//! - `meshgrid`: coordinate matrices from two vectors, `xy` and `ij`;
//! - `tile`: the array repeated whole, or each position along an axis
//!   (`repeat`), to the shape the caller writes;
//! - `pad`: every axis widened, in NumPy's five common modes.
//!
//! Each has a `_boxed` twin (`tile_boxed`, `meshgrid_boxed` ...) for
//! results too big for the stack; the by-value form of such a result does
//! not build and names its twin (see `stack_limit`).

mod diag;
mod meshgrid;
mod pad;
mod roll;
mod tile;

pub use meshgrid::{meshgrid, meshgrid_ij};
#[cfg(feature = "alloc")]
pub use meshgrid::{meshgrid_boxed, meshgrid_ij_boxed};
pub use pad::PadMode;
