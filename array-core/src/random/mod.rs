//! Random numbers with NumPy's streams: [`Generator::new(seed)`](Generator::new)
//! draws exactly what `np.random.default_rng(seed)` draws, bit for bit, so
//! a NumPy program's random test data can be reproduced in Rust.
//!
//! The pieces are NumPy's own algorithms, written again without a
//! dependency: `SeedSequence` (`seed.rs`) turns the seed into the state of
//! a PCG64 (`pcg64.rs`); the [`Generator`] turns its bits into floats
//! (this file), bounded integers (`integers.rs`, Lemire's method as
//! NumPy's `integers`; `integers_dtypes.rs` for every integer dtype and
//! `bool`, with NumPy's per-width algorithms) and normal deviates
//! (`normal.rs`, NumPy's 256-layer ziggurat, tables in `ziggurat.rs`;
//! `normal_f32.rs` and `ziggurat_f32.rs` for float32); `arrays.rs` fills
//! arrays of any shape. With feature `rand`, `rand_interop.rs` connects the `rand` crate both
//! ways.
//!
//! Everything here is `no_std`; the normal distribution needs `exp` and
//! `log1p`, so it needs `std` or feature `libm`. With `std` they come from
//! the platform's math library, as NumPy's do (glibc on Linux), so the
//! rare draws that reach them (about 0.7%: the ziggurat's edges and
//! tail) match NumPy's to the bit there. Without `std`, the `libm` crate's
//! may differ from glibc's in the last bit, and so may such a draw.

mod arrays;
mod integers;
mod integers_dtypes;
#[cfg(any(feature = "std", feature = "libm"))]
mod normal;
#[cfg(any(feature = "std", feature = "libm"))]
mod normal_f32;
mod pcg64;
#[cfg(feature = "rand")]
mod rand_interop;
mod seed;
#[cfg(any(feature = "std", feature = "libm"))]
mod ziggurat;
#[cfg(any(feature = "std", feature = "libm"))]
mod ziggurat_f32;

/// The `rand` crate these arrays and the [`Generator`] work with (feature `rand`).
#[cfg(feature = "rand")]
pub use ::rand;
/// The `rand_distr` crate (feature `rand`): normal, gamma, Poisson ... distributions for
/// `Array::random`.
#[cfg(feature = "rand")]
pub use ::rand_distr;
pub use arrays::RandomFloat;
pub use integers_dtypes::RandomInteger;
pub use pcg64::Pcg64;
pub use seed::SeedSequence;

/// NumPy's `np.random.Generator` over its default bit generator, PCG64:
/// `Generator::new(seed)` is `np.random.default_rng(seed)`.
///
/// Each method draws one value, so `n` calls give what NumPy's `size=n`
/// gives, in order; the array forms (`random_array` ...) fill an array of
/// the annotated shape. Draws of different kinds can be mixed on one
/// generator: the results are NumPy's for the same sequence of calls.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::random::Generator;
/// // rng = np.random.default_rng(42)
/// let mut rng = Generator::new(42);
/// assert_eq!(rng.random(), 0.7739560485559633); // rng.random()
/// assert_eq!(rng.integers(0, 10), 6); // rng.integers(0, 10)
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Generator {
    bits: Pcg64,
}

impl Generator {
    /// NumPy's `np.random.default_rng(seed)` for a non-negative integer
    /// seed.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::random::Generator;
    /// let (mut a, mut b) = (Generator::new(7), Generator::new(7));
    /// assert_eq!(a.random(), b.random());
    /// ```
    pub fn new(seed: u64) -> Self {
        Self::from_bit_generator(Pcg64::new(seed))
    }

    /// NumPy's `np.random.default_rng(seed_sequence)`: for seeds beyond
    /// 64 bits and lists of integers (see [`SeedSequence::from_words`]).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::random::{Generator, SeedSequence};
    /// // np.random.default_rng(2**64 + 5): the words 5, 0, 1
    /// let mut rng = Generator::from_seed_sequence(&SeedSequence::from_words(&[5, 0, 1]));
    /// assert_eq!(rng.integers(0, 1000), 889);
    /// ```
    pub fn from_seed_sequence(seed: &SeedSequence) -> Self {
        Self::from_bit_generator(Pcg64::from_seed_sequence(seed))
    }

    /// NumPy's `np.random.Generator(bit_generator)`.
    pub fn from_bit_generator(bits: Pcg64) -> Self {
        Self { bits }
    }

    /// The bit generator, NumPy's `rng.bit_generator`.
    pub fn bit_generator(&self) -> &Pcg64 {
        &self.bits
    }

    /// The next 64 raw bits, NumPy's `rng.bit_generator.random_raw()`.
    #[inline]
    pub fn next_u64(&mut self) -> u64 {
        self.bits.next_u64()
    }

    /// The next 32 raw bits, through the generator's 32-bit buffer (see
    /// [`Pcg64::next_u32`]).
    #[inline]
    pub fn next_u32(&mut self) -> u32 {
        self.bits.next_u32()
    }

    /// A float in `[0, 1)`, NumPy's `rng.random()`: the top 53 bits of a
    /// 64-bit draw, times 2^-53.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::random::Generator;
    /// let mut rng = Generator::new(0);
    /// // np.random.default_rng(0).random(2)
    /// assert_eq!([rng.random(), rng.random()], [0.6369616873214543, 0.2697867137638703]);
    /// ```
    #[inline]
    pub fn random(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / 9_007_199_254_740_992.0)
    }

    /// A float32 in `[0, 1)`, NumPy's `rng.random(dtype=np.float32)`: the
    /// top 24 bits of a 32-bit draw, times 2^-24. It takes half of a
    /// 64-bit draw, and the next 32-bit draw the other half.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::random::Generator;
    /// let mut rng = Generator::new(0);
    /// // np.random.default_rng(0).random(2, dtype=np.float32)
    /// assert_eq!([rng.random_f32(), rng.random_f32()], [0.8506242, 0.63696164]);
    /// ```
    #[inline]
    pub fn random_f32(&mut self) -> f32 {
        (self.next_u32() >> 8) as f32 * (1.0 / 16_777_216.0)
    }

    /// A float in `[low, high)`, NumPy's `rng.uniform(low, high)`:
    /// `low + (high - low) * random()`.
    ///
    /// # Panics
    ///
    /// When `high - low` is not finite or is negative (NumPy's
    /// `OverflowError` and `ValueError`); nothing is drawn then.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::random::Generator;
    /// let mut rng = Generator::new(42);
    /// // np.random.default_rng(42).uniform(-1, 1)
    /// assert_eq!(rng.uniform(-1.0, 1.0), 0.5479120971119267);
    /// ```
    #[inline]
    pub fn uniform(&mut self, low: f64, high: f64) -> f64 {
        let range = uniform_range(low, high);
        low + range * self.random()
    }
}

/// `high - low`, checked as NumPy's `uniform` checks it.
#[inline]
fn uniform_range(low: f64, high: f64) -> f64 {
    let range = high - low;
    if !range.is_finite() || range.is_sign_negative() {
        uniform_panic(low, high)
    }
    range
}

#[cold]
#[track_caller]
fn uniform_panic(low: f64, high: f64) -> ! {
    panic!(
        "uniform(low, high) needs high - low finite and not negative, found low = {low:?}, high = {high:?}"
    )
}
