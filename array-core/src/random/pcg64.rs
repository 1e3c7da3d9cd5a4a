//! NumPy's default bit generator, `np.random.PCG64`: a 128-bit linear
//! congruential generator whose 64-bit outputs are its state's two halves
//! xor-ed and rotated (PCG's XSL-RR), as in NumPy's `pcg64.h`; with the
//! one-word buffer NumPy keeps for 32-bit draws.

use super::seed::SeedSequence;

/// The LCG's multiplier, `PCG_DEFAULT_MULTIPLIER_128`.
const MULTIPLIER: u128 = (2_549_297_995_355_413_924 << 64) + 4_865_540_595_714_422_341;

/// NumPy's `np.random.PCG64`: the bit generator under
/// `np.random.default_rng`. Each 64-bit draw advances a 128-bit state; a
/// 32-bit draw uses half of a 64-bit one and keeps the other half for the
/// next 32-bit draw, as NumPy does.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::random::Pcg64;
/// // np.random.PCG64(42).random_raw()
/// let mut bits = Pcg64::new(42);
/// assert_eq!(bits.next_u64(), 0xc621_fbcd_16d9_2688);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pcg64 {
    state: u128,
    /// Odd: the LCG's increment.
    inc: u128,
    /// The upper half of the last 64-bit draw taken for a 32-bit draw,
    /// not yet handed out (NumPy's `has_uint32` and `uinteger`).
    buffered: Option<u32>,
}

impl Pcg64 {
    /// NumPy's `np.random.PCG64(seed)`, seeded through
    /// [`SeedSequence::new(seed)`](SeedSequence::new).
    pub fn new(seed: u64) -> Self {
        Self::from_seed_sequence(&SeedSequence::new(seed))
    }

    /// NumPy's `np.random.PCG64(seed_sequence)`: four 64-bit state words
    /// from the sequence; the first two are the initial state, the last two
    /// choose the stream (the increment).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::random::{Pcg64, SeedSequence};
    /// let bits = Pcg64::from_seed_sequence(&SeedSequence::new(42));
    /// // np.random.PCG64(42).state["state"]
    /// assert_eq!(bits.state().0, 274_674_114_334_540_486_603_088_602_300_644_985_544);
    /// ```
    pub fn from_seed_sequence(seed: &SeedSequence) -> Self {
        let mut words = [0u64; 4];
        seed.generate_state_u64(&mut words);
        let initstate = u128::from(words[0]) << 64 | u128::from(words[1]);
        let initseq = u128::from(words[2]) << 64 | u128::from(words[3]);
        // `pcg_setseq_128_srandom_r`.
        let mut bits = Self {
            state: 0,
            inc: initseq << 1 | 1,
            buffered: None,
        };
        bits.step();
        bits.state = bits.state.wrapping_add(initstate);
        bits.step();
        bits
    }

    /// The generator's state and increment, NumPy's
    /// `bit_generator.state["state"]` (`"state"` and `"inc"`).
    pub fn state(&self) -> (u128, u128) {
        (self.state, self.inc)
    }

    fn step(&mut self) {
        self.state = self.state.wrapping_mul(MULTIPLIER).wrapping_add(self.inc);
    }

    /// The next 64 random bits, NumPy's `random_raw()`.
    #[inline]
    pub fn next_u64(&mut self) -> u64 {
        self.step();
        let (high, low) = ((self.state >> 64) as u64, self.state as u64);
        (high ^ low).rotate_right((high >> 58) as u32)
    }

    /// The next 32 random bits: the low half of a new 64-bit draw, whose
    /// high half the next call returns (NumPy's `pcg64_next32`). The
    /// buffer lives in the generator, so it carries across calls of
    /// different kinds, as NumPy's does.
    #[inline]
    pub fn next_u32(&mut self) -> u32 {
        if let Some(high) = self.buffered.take() {
            return high;
        }
        let next = self.next_u64();
        self.buffered = Some((next >> 32) as u32);
        next as u32
    }
}
