//! `Complex<f32>` and `Complex<f64>`, NumPy's `complex64` and `complex128`
//! (feature `num-complex`), against NumPy: `golden/numpy_complex.rs`
//! (written by `golden/numpy_complex.py`) holds NumPy's arithmetic and
//! comparisons as the bits of each part.
#![cfg(feature = "num-complex")]

mod arithmetic;
mod interop;
mod npy;
mod printing;
