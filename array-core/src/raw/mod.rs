//! The only code in the crate allowed `unsafe`, one file per invariant.
//!
//! Everything else is safe code over the primitives here. Each file rests on
//! one fact, stated at its top, and every `unsafe` block cites it:
//!
//! | file | invariant | primitives |
//! |---|---|---|
//! | [`layout`] | `Array<T, S, O>` is exactly `S::SIZE` values of `T` back to back, no padding, aligned as `T` (checked by [`Array::LAYOUT`](crate::Array)) | the flat view (`as_slice`), casts between arrays of equal size, nested arrays and slices |
//! | [`init`] | a `MaybeUninit` slot becomes a value only after it was written; a value is owned once | `uninit`, `filled`, `from_flat_fn`, `from_map`, `from_zip`, `assume_init`, owned re-typing |
//! | [`bytes`] | elements are plain data without padding; `AnyBits` types take any bit pattern | `as_bytes`, `as_bytes_mut` |
//! | [`zero`] | all-zero bits are a valid value of exactly the types that implement `ZeroValid` | `zeroed`, the `ZeroValid` impls, one per element type |
//! | [`heap`] | a `Box` frees with the layout it was allocated with | boxed `uninit`/`zeroed`, boxed re-typing, `Vec` reuse, huge pages (`madvise`) |
//! | [`steps`] | (no `unsafe`; what the others rest on) `offset_of` gives an offset only for an index with one position per axis, each in range; the walks visit every index of the shape once | offsets, `unravel`, `next_index`, `walk`/`walk_in` (the rank limit and a shape's contiguous steps come from `shape/`, the layer this one stands on) |
//! | [`layouts`] | (no `unsafe`) the sealed `Strides` trait: each layout's steps and the order its copies take; the contiguous steps of a shape reach `0..SIZE` once each | `Contiguous`, `Transposed`, `Permuted`, `Inserted`, `Removed`, `Only`, `Flipped`, `Diagonal`, `Broadcasted`, the steps of `Sliced`, `Memory` (contiguity, while compiling) |
//! | [`strided`] | every index of a view's shape reaches a valid element through its compile-time steps (distinct ones, for a mutable view) | making views: whole arrays, slices, subviews, lanes, flips, transposes, broadcasts |
//! | [`walks`] | as `strided`, plus `steps`' facts: a view whose steps are a contiguous array's is that array's `SIZE` consecutive elements | element access, the walks in C and in memory order, contiguous slices of views, iterators, new arrays collected from views |
//! | [`axes`] | as `strided`: a view whose axes are its parent's in another order, or with an axis of length 1 added or removed, reaches the same elements at the same offsets | `permuted`, `swapaxes`, `moveaxis`, `expand_dims`, `squeeze` of views |
//! | [`diagonal`] | as `strided`: the diagonal `[i, i]` of a square view is an index of it for each `i < N` | `diagonal`, `diagonal_mut` of square arrays and views |
//! | [`rows`] | as `layout`: `n` arrays of shape `S` back to back are `n * S::SIZE` values of `T`, and an allocation for `c` arrays is one for `c * S::SIZE` values | the flat slice of a `Rows`, a flat slice (a NumPy array's memory) as `&[Array<T, S>]`, `Vec<T>` to `Vec<Array<T, S>>` and back without a copy |
//! | [`sse`] | SSE is in the x86-64 baseline: code compiled for it runs on every x86-64 CPU | the 4x4 `f32` adjugate and matrix product in SSE registers |
//! | [`transpose`] | 8x8 tiles cover every `(i, j)` of a matrix once, so a transposed copy writes every slot of fresh memory | `from_transposed`, `boxed_from_transposed` (the other-order case of `to_order`) |
//! | [`sum_lanes`] | a chunk reference covers the vector a load reads; a function compiled for AVX/AVX-512F runs only on a CPU checked for it | the four-leaf inner loop of NumPy's pairwise sum in `ymm`/`zmm` registers |
//! | `gemm` | a matrix handed over as (slice, rows, cols, order) occupies exactly `rows * cols` elements of its slice, each position once | `gemm`: large `f32`/`f64` products through `matrixmultiply` (feature `matrixmultiply`) |
//! | [`dispatch`] | a function compiled for a CPU feature runs only after the CPU was checked for it | `widest`: a loop run in its AVX-512 or AVX2 copy |
//! | [`words`] | `i32`/`u32`/`f32` have the size, alignment and validity of `u32`, the 64-bit numbers those of `u64`; a type is told by its `TypeId` | a slice of one of them as a slice of unsigned words (the radix sort) |
//! | `file` | a file descriptor borrowed from a `&File` is open for the borrow | `reserve`: a file's blocks reserved before `save_npy` writes it (Linux, 64-bit) |
//!
//! Nothing here imports from a layer above: besides the array, element and
//! order types, only the shape types and their compile-time checks
//! (`shape/`: sizes, slicing bounds, broadcasting, `Square`), which are
//! sealed.
//!
//! The layout invariant is the one all the others build on: `Array` is
//! `#[repr(transparent)]` over `S::Raw<T>`, a nested Rust array (`Shape` is
//! sealed), and the element set is closed (`Stored` is sealed), so no type
//! outside this crate can change what these files rely on.

mod axes;
mod bytes;
mod diagonal;
pub(crate) mod dispatch;
#[cfg(all(
    feature = "npy",
    target_os = "linux",
    target_pointer_width = "64",
    not(miri)
))]
pub(crate) mod file;
#[cfg(feature = "matrixmultiply")]
pub(crate) mod gemm;
#[cfg(feature = "alloc")]
mod heap;
mod init;
mod layout;
mod layouts;
#[cfg(feature = "alloc")]
mod rows;
#[cfg(all(target_arch = "x86_64", target_feature = "sse"))]
mod sse;
mod steps;
mod strided;
mod sum_lanes;
mod transpose;
mod walks;
#[cfg(feature = "alloc")]
mod words;
mod zero;

#[cfg(feature = "npy")]
pub(crate) use bytes::bytes_of;
pub use bytes::{AnyBits, ElementBytes};
#[cfg(feature = "alloc")]
pub(crate) use heap::advise_huge_pages;
pub use layouts::{
    Broadcasted, Contiguous, Diagonal, Flipped, Inserted, Only, Permuted, Removed, Strides,
    Transposed,
};
#[cfg(feature = "alloc")]
pub(crate) use rows::{flat, flat_mut, rows_from_vec, vec_from_rows};
#[cfg(feature = "numpy")]
pub(crate) use rows::{rows_of, rows_of_mut};
#[cfg(all(target_arch = "x86_64", target_feature = "sse"))]
pub(crate) use sse::adjugate4_f32;
#[cfg(all(
    target_arch = "x86_64",
    target_feature = "sse",
    not(target_feature = "avx")
))]
pub(crate) use sse::matmul4_f32;
pub(crate) use steps::{next_index, offset_of, unravel, unravel_in};
pub use strided::{ArrayView, ArrayViewMut};
pub(crate) use sum_lanes::{four_leaves_f32, four_leaves_f64};
#[cfg(feature = "alloc")]
pub(crate) use walks::collect_map_boxed;
pub use walks::{Iter, IterMut};
pub(crate) use walks::{collect_map, collect_zip};
#[cfg(feature = "alloc")]
pub(crate) use words::{WordKind, Words, WordsMut, words, words_mut};
pub(crate) use zero::ZeroValid;

#[cfg(test)]
mod tests;
