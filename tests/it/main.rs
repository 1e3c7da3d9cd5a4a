//! The integration tests of `shaped`, one crate with a module per topic, so
//! that one binary is built and linked instead of thirty. A module runs
//! alone by its name: `cargo test -p shaped-tests -- npy::`.
//!
//! The NumPy goldens the modules check against are in `../golden/`, each
//! with the script that writes it. Modules for optional features
//! (`bytemuck`, `half`, `image`, `interop`, `parallel`, the `.npz` part of
//! `npy`, the `rand` part of `random`, `complex` for `num-complex`) build with the feature of the same
//! name: `cargo test -p shaped-tests --features
//! ndarray,nalgebra,serde,bytemuck,npz,rayon,rand,half,num-complex`.

mod common;

mod array_macro;
mod array_ops;
mod boxed;
mod boxed_results;
mod bytemuck;
mod complex;
mod compute;
mod construction;
mod conversions;
mod cumulative;
mod einsum;
mod empty_shapes;
mod every_kind;
mod float_edges;
mod half;
mod image;
mod include_npy;
mod indexing;
mod interop;
mod joining;
mod layout;
mod linalg;
mod linalg_properties;
mod matmul_large;
mod npy;
mod parallel;
mod printing;
mod properties;
mod random;
mod random_dtypes;
mod reductions;
mod rows;
mod sequence_macros;
mod sequences;
mod shape_tools;
mod simd_cap;
mod slicing;
mod sort_long;
mod statistics;
mod traits;
mod ufuncs;
mod views;
mod walking;
