//! Uses `shaped` the way firmware does: `static` tables built by `const fn`,
//! no allocator, no `std`; float math through feature `libm`. CI builds this crate for `thumbv7em-none-eabihf`;
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

/// Magnitudes of 16 complex samples: float math without `std`, through
/// feature `libm`.
pub fn magnitudes(re: &Array1<f32, 16>, im: &Array1<f32, 16>) -> Array1<f32, 16> {
    (re * re + im * im).sqrt()
}

/// A 32-point log-frequency axis from 20 Hz to 20 kHz, NumPy's
/// `np.geomspace(20, 20000, 32)`.
pub fn frequencies() -> Array1<f64, 32> {
    Array1::geomspace(20.0, 20_000.0)
}

/// Data of run-time length with only `alloc` (feature `alloc`): samples of
/// three channels, standardised per channel, in typed blocks of 16.
#[cfg(feature = "alloc")]
pub fn standardised_blocks(samples: &[f32]) -> Option<f32> {
    extern crate alloc;
    use shaped::{Rows, Shape1};
    let x = Rows::<f32, Shape1<3>>::from_flat(alloc::vec::Vec::from(samples)).ok()?;
    let mean = x.mean_axis::<0>().map(|m| m as f32);
    let std = x.std_axis::<0>().map(|s| s as f32);
    let z = (&x - &mean) / &std;
    let blocks = z.chunks_exact::<16>();
    Some(
        blocks
            .map(|b: &shaped::Array2<f32, 16, 3>| b.max())
            .fold(f32::MIN, f32::max),
    )
}
