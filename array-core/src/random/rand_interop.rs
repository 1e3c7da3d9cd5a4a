//! The `rand` crate both ways (feature `rand`): arrays of draws from any
//! `rand` distribution with any `rand` generator, and the [`Generator`] as
//! a `rand` generator (`rand::Rng`), so `rand`'s and `rand_distr`'s
//! distributions draw from NumPy's PCG64 stream.
//!
//! The two crates are re-exported (`shaped::random::rand`,
//! `shaped::random::rand_distr`), so a program uses the versions these
//! methods were built against.

#[cfg(feature = "alloc")]
use alloc::boxed::Box;
use core::convert::Infallible;

use rand::distr::Distribution;
use rand::{Rng, TryRng};

use super::Generator;
use crate::array::Array;
use crate::element::Stored;
use crate::order::Order;
use crate::shape::Shape;

impl<T: Stored, S: Shape, O: Order> Array<T, S, O> {
    /// An array of draws from `distribution` with the generator `rng`, in
    /// memory order: any `rand` distribution (`rand::distr::StandardUniform`,
    /// `rand_distr::Normal` ...) and any `rand` generator, NumPy's
    /// `Generator` among them.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// use shaped::random::{Generator, rand, rand_distr::Normal};
    /// let mut rng = Generator::new(42);
    /// let a = Array2::<f64, 3, 3>::random(&mut rng, Normal::new(5.0, 0.1).unwrap());
    /// assert!(a.iter().all(|&x| (4.0..6.0).contains(&x)));
    /// let dice = Array2::<u8, 2, 8>::random(&mut rng, rand::distr::Uniform::new_inclusive(1, 6).unwrap());
    /// assert!(dice.iter().all(|&x| (1..=6).contains(&x)));
    /// ```
    pub fn random<R: Rng + ?Sized, D: Distribution<T>>(rng: &mut R, distribution: D) -> Self {
        Self::from_flat_fn(|_| distribution.sample(rng))
    }

    #[cfg(feature = "alloc")]
    /// [`random`](Self::random) on the heap: the array is filled in its
    /// place and never exists on the stack.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// use shaped::random::{Generator, rand::distr::StandardUniform};
    /// let image = Array2::<u8, 1080, 1920>::random_boxed(&mut Generator::new(1), StandardUniform);
    /// assert!(image.iter().any(|&x| x > 200));
    /// ```
    pub fn random_boxed<R: Rng + ?Sized, D: Distribution<T>>(
        rng: &mut R,
        distribution: D,
    ) -> Box<Self> {
        Self::boxed_from_flat_fn(|_| distribution.sample(rng))
    }
}

/// NumPy's generator as a `rand` generator: `next_u64` and `next_u32` are
/// [`Generator::next_u64`] and [`Generator::next_u32`] (with NumPy's
/// 32-bit buffer), bytes come from 64-bit draws, little-endian.
///
/// `rng.random()` is the generator's own method, NumPy's, even with
/// `rand::RngExt` in scope; `RngExt::random::<f64>()` draws the same value
/// (the top 53 bits of a 64-bit draw), the other types `rand`'s way.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::random::{Generator, rand::{Rng, RngExt}};
/// let mut rng = Generator::new(42);
/// // np.random.default_rng(42).bit_generator.random_raw()
/// assert_eq!(rng.next_u64(), 0xc621_fbcd_16d9_2688);
/// let roll: u8 = rng.random_range(1..=6);
/// assert!((1..=6).contains(&roll));
/// ```
impl TryRng for Generator {
    type Error = Infallible;

    #[inline]
    fn try_next_u32(&mut self) -> Result<u32, Infallible> {
        Ok(Generator::next_u32(self))
    }

    #[inline]
    fn try_next_u64(&mut self) -> Result<u64, Infallible> {
        Ok(Generator::next_u64(self))
    }

    #[inline]
    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Infallible> {
        rand::rand_core::utils::fill_bytes_via_next_word(dst, || self.try_next_u64())
    }
}
