//! Uses `shaped` the way firmware does: `static` tables built by `const fn`,
//! no allocator, no `std`. CI builds this crate for `thumbv7em-none-eabihf`;
//! if anything in the library needs `std` or `alloc` without its feature,
//! that build fails.
#![no_std]

use shaped::{Array1, Array2, ColMajor};

/// A gain table in flash, filled at compile time.
pub static GAINS: Array1<f32, 64> = Array1::full(0.5);

/// An identity transform, built by `const fn`.
pub static IDENTITY: Array2<f32, 4, 4> = Array2::eye();

/// A Fortran-ordered buffer for a BLAS-style routine.
pub static mut SCRATCH: Array2<i16, 8, 8, ColMajor> = Array2::zeros();

/// Sums a row of the identity through indexing and the flat view.
pub fn trace() -> f32 {
    (0..4).map(|i| IDENTITY[[i, i]]).sum::<f32>() + GAINS.as_slice()[0]
}

/// Bytes of a 1080x1920 RGB frame, a constant of the type.
pub const FRAME_BYTES: usize = shaped::Array3::<u8, 1080, 1920, 3>::NBYTES;
