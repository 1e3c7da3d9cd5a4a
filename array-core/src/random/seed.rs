//! NumPy's `SeedSequence`: a seed of any size hashed into a pool of four
//! 32-bit words, from which any number of well-mixed state words are drawn
//! (`bit_generator.pyx`: `mix_entropy`, `generate_state`). It is how
//! `np.random.default_rng(seed)` turns `seed` into the state of its PCG64.

/// The words of the entropy pool (NumPy's `DEFAULT_POOL_SIZE`).
const POOL_SIZE: usize = 4;
const INIT_A: u32 = 0x43b0_d7e5;
const MULT_A: u32 = 0x931e_8875;
const INIT_B: u32 = 0x8b51_f9dd;
const MULT_B: u32 = 0x58f3_8ded;
const MIX_MULT_L: u32 = 0xca01_f9dd;
const MIX_MULT_R: u32 = 0x4973_f715;
/// Half the bits of a word.
const XSHIFT: u32 = 16;

/// NumPy's `np.random.SeedSequence(entropy)`: the entropy hashed into a
/// pool of four words, from which [`generate_state`](Self::generate_state)
/// draws the words that seed a bit generator.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::random::SeedSequence;
/// // np.random.SeedSequence(42).generate_state(2)
/// let mut words = [0u32; 2];
/// SeedSequence::new(42).generate_state(&mut words);
/// assert_eq!(words, [3_444_837_047, 2_669_555_309]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeedSequence {
    pool: [u32; POOL_SIZE],
}

impl SeedSequence {
    /// NumPy's `SeedSequence(entropy)` for a non-negative integer, as
    /// `np.random.default_rng(entropy)` makes it.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::random::SeedSequence;
    /// // Both split 2**32 + 1 into the 32-bit words [1, 1], lowest first.
    /// assert_eq!(SeedSequence::new((1 << 32) + 1), SeedSequence::from_words(&[1, 1]));
    /// ```
    pub fn new(entropy: u64) -> Self {
        // NumPy's `_int_to_uint32_array`: the 32-bit words lowest first, and
        // one zero word for zero.
        let (low, high) = (entropy as u32, (entropy >> 32) as u32);
        if high == 0 {
            Self::from_words(&[low])
        } else {
            Self::from_words(&[low, high])
        }
    }

    /// NumPy's `SeedSequence(entropy)` for entropy whose 32-bit words
    /// (NumPy's `_coerce_to_uint32_array(entropy)`) are `words`: a list of
    /// integers below 2^32 is those integers (`[1, 2, 3]`); a bigger integer
    /// is its 32-bit words, lowest first; a list of integers is the
    /// concatenation of each one's words.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::random::{Generator, SeedSequence};
    /// // np.random.default_rng([1, 2, 3]).integers(0, 100)
    /// let mut rng = Generator::from_seed_sequence(&SeedSequence::from_words(&[1, 2, 3]));
    /// assert_eq!(rng.integers(0, 100), 96);
    /// ```
    pub fn from_words(words: &[u32]) -> Self {
        let mut pool = [0; POOL_SIZE];
        let mut hash_const = INIT_A;
        let mut hashmix = |value: u32| {
            let mut value = value ^ hash_const;
            hash_const = hash_const.wrapping_mul(MULT_A);
            value = value.wrapping_mul(hash_const);
            value ^ (value >> XSHIFT)
        };
        // The entropy up to the pool's size, then the hash run on alone.
        for (i, slot) in pool.iter_mut().enumerate() {
            *slot = hashmix(words.get(i).copied().unwrap_or(0));
        }
        // Every word mixed into every other, so late bits reach early ones.
        for src in 0..POOL_SIZE {
            for dst in 0..POOL_SIZE {
                if src != dst {
                    let hashed = hashmix(pool[src]);
                    pool[dst] = mix(pool[dst], hashed);
                }
            }
        }
        // Entropy past the pool's size, each word into every pool word.
        for &word in words.iter().skip(POOL_SIZE) {
            for slot in pool.iter_mut() {
                *slot = mix(*slot, hashmix(word));
            }
        }
        Self { pool }
    }

    /// The four words of the entropy pool (NumPy's `SeedSequence.pool`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::random::SeedSequence;
    /// // np.random.SeedSequence(42).pool
    /// assert_eq!(SeedSequence::new(42).pool(), [1662858758, 128880814, 1875164712, 753753205]);
    /// ```
    pub fn pool(&self) -> [u32; 4] {
        self.pool
    }

    /// Fills `words` with state words, NumPy's
    /// `generate_state(len(words), np.uint32)`.
    pub fn generate_state(&self, words: &mut [u32]) {
        for (word, value) in words.iter_mut().zip(self.state_words()) {
            *word = value;
        }
    }

    /// Fills `words` with state words, NumPy's
    /// `generate_state(len(words), np.uint64)`: twice as many 32-bit words,
    /// paired little-endian (the first of each pair is the low half).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::random::SeedSequence;
    /// let (mut narrow, mut wide) = ([0u32; 4], [0u64; 2]);
    /// let seq = SeedSequence::new(7);
    /// seq.generate_state(&mut narrow);
    /// seq.generate_state_u64(&mut wide);
    /// assert_eq!(wide[1], u64::from(narrow[2]) | u64::from(narrow[3]) << 32);
    /// ```
    pub fn generate_state_u64(&self, words: &mut [u64]) {
        let mut stream = self.state_words();
        for word in words.iter_mut() {
            let (low, high) = (stream.next(), stream.next());
            *word = u64::from(low.unwrap_or(0)) | u64::from(high.unwrap_or(0)) << 32;
        }
    }

    /// The endless stream of state words: the pool, cycled, each word
    /// hashed with a multiplier that changes from word to word.
    fn state_words(&self) -> impl Iterator<Item = u32> + '_ {
        let mut hash_const = INIT_B;
        self.pool.iter().cycle().map(move |&source| {
            let mut value = source ^ hash_const;
            hash_const = hash_const.wrapping_mul(MULT_B);
            value = value.wrapping_mul(hash_const);
            value ^ (value >> XSHIFT)
        })
    }
}

/// NumPy's `mix`: two words into one.
fn mix(x: u32, y: u32) -> u32 {
    let result = MIX_MULT_L
        .wrapping_mul(x)
        .wrapping_sub(MIX_MULT_R.wrapping_mul(y));
    result ^ (result >> XSHIFT)
}
