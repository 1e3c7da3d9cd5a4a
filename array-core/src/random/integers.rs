//! Bounded integers as NumPy's `rng.integers` draws them for its default
//! dtype, `int64` (`random_bounded_uint64_fill` in NumPy's
//! `distributions.c`, with `use_masked=False`): Lemire's multiply-and-reject
//! method on 32-bit draws when the range fits in 32 bits, on 64-bit draws
//! otherwise, and NumPy's special cases for an empty range (no draw) and a
//! full range (one raw draw).

use super::Generator;

impl Generator {
    /// An integer in `[low, high)`, NumPy's `rng.integers(low, high)`
    /// (dtype `int64`, `endpoint=False`).
    ///
    /// A range of at most 2^32 values takes one 32-bit draw (half of a
    /// 64-bit one; the next 32-bit draw, from any method, takes the other
    /// half, as in NumPy), a wider range one 64-bit draw; a draw that would
    /// bias the result is rejected and drawn again.
    ///
    /// # Panics
    ///
    /// When `low >= high` (NumPy's `ValueError: low >= high`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::random::Generator;
    /// let mut rng = Generator::new(42);
    /// // np.random.default_rng(42).integers(0, 10, size=5)
    /// let draws: Vec<i64> = (0..5).map(|_| rng.integers(0, 10)).collect();
    /// assert_eq!(draws, [0, 7, 6, 4, 4]);
    /// ```
    #[track_caller]
    pub fn integers(&mut self, low: i64, high: i64) -> i64 {
        if low >= high {
            panic!("integers(low, high) needs low < high, found low = {low}, high = {high}")
        }
        self.bounded(low, (high - 1).abs_diff(low))
    }

    /// An integer in `[low, high]`, NumPy's
    /// `rng.integers(low, high, endpoint=True)`; with `i64::MIN` and
    /// `i64::MAX` every `i64` (one raw 64-bit draw each).
    ///
    /// # Panics
    ///
    /// When `low > high` (NumPy's `ValueError: low > high`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::random::Generator;
    /// let mut rng = Generator::new(1);
    /// // np.random.default_rng(1).integers(1, 6, endpoint=True, size=4)
    /// let dice: Vec<i64> = (0..4).map(|_| rng.integers_inclusive(1, 6)).collect();
    /// assert_eq!(dice, [3, 4, 5, 6]);
    /// ```
    #[doc(alias = "endpoint")]
    #[track_caller]
    pub fn integers_inclusive(&mut self, low: i64, high: i64) -> i64 {
        if low > high {
            panic!(
                "integers_inclusive(low, high) needs low <= high, found low = {low}, high = {high}"
            )
        }
        self.bounded(low, high.abs_diff(low))
    }

    /// `low + x` for `x` uniform in `[0, range]`, wrapping as NumPy's
    /// unsigned arithmetic does.
    #[inline]
    fn bounded(&mut self, low: i64, range: u64) -> i64 {
        (low as u64).wrapping_add(self.bounded_offset(range)) as i64
    }

    /// Uniform in `[0, range]`: NumPy's `random_bounded_uint64` (and
    /// `random_buffered_bounded_uint32`, the same for `range < 2^32`).
    #[inline]
    pub(super) fn bounded_offset(&mut self, range: u64) -> u64 {
        if range == 0 {
            // One value: NumPy draws nothing.
            0
        } else if range == u64::from(u32::MAX) {
            // Lemire's 32-bit method cannot take 2^32 values: a raw draw.
            u64::from(self.next_u32())
        } else if range < u64::from(u32::MAX) {
            u64::from(self.lemire_u32(range as u32))
        } else if range == u64::MAX {
            self.next_u64()
        } else {
            self.lemire_u64(range)
        }
    }

    /// Uniform in `[0, range]`, `range < 2^32 - 1`: NumPy's
    /// `buffered_bounded_lemire_uint32`.
    #[inline]
    fn lemire_u32(&mut self, range: u32) -> u32 {
        let excl = range + 1;
        let mut m = u64::from(self.next_u32()) * u64::from(excl);
        let mut leftover = m as u32;
        if leftover < excl {
            let threshold = (u32::MAX - range) % excl;
            while leftover < threshold {
                m = u64::from(self.next_u32()) * u64::from(excl);
                leftover = m as u32;
            }
        }
        (m >> 32) as u32
    }

    /// Uniform in `[0, range]`, `range < 2^64 - 1`: NumPy's
    /// `bounded_lemire_uint64`.
    #[inline]
    fn lemire_u64(&mut self, range: u64) -> u64 {
        let excl = range + 1;
        let mut m = u128::from(self.next_u64()) * u128::from(excl);
        let mut leftover = m as u64;
        if leftover < excl {
            let threshold = (u64::MAX - range) % excl;
            while leftover < threshold {
                m = u128::from(self.next_u64()) * u128::from(excl);
                leftover = m as u64;
            }
        }
        (m >> 64) as u64
    }
}
