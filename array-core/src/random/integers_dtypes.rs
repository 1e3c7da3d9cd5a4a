//! Bounded integers of every integer dtype, as NumPy's
//! `rng.integers(low, high, dtype=...)` draws them (`_bounded_integers.pyx`
//! and the `random_bounded_*_fill` functions of NumPy's `distributions.c`,
//! with `use_masked=False`, the `Generator`'s setting):
//!
//! | dtype | one value from |
//! |---|---|
//! | `int64`, `uint64` | as `integers` (`integers.rs`): Lemire's method on a 32-bit draw for a range of at most 2^32 values, on a 64-bit draw beyond |
//! | `int32`, `uint32` | Lemire's method on a 32-bit draw |
//! | `int16`, `uint16` | Lemire's method on 16 bits of a 32-bit draw: two values per draw |
//! | `int8`, `uint8` | Lemire's method on 8 bits of a 32-bit draw: four values per draw |
//! | `bool` | one bit of a 32-bit draw: 32 values per draw |
//!
//! The 8-bit, 16-bit and `bool` dtypes take their bits from a buffer that
//! NumPy keeps for one call: `rng.integers(0, 10, size=4, dtype=np.uint8)`
//! takes its four values from one 32-bit draw, but four calls with no
//! `size` take one 32-bit draw each. So [`Generator::integers_in`] (one
//! call, one value) starts a new buffer each time, and the array forms
//! ([`Generator::integers_array_in`], [`Generator::fill_integers_in`]) keep
//! one buffer for the whole array, each as NumPy does. For the wider
//! dtypes the two agree.
//!
//! The range is a Rust range of the dtype: `0u8..10` is NumPy's
//! `integers(0, 10, dtype=np.uint8)`, `0u8..=255` its
//! `integers(0, 255, endpoint=True, dtype=np.uint8)` (NumPy's
//! `integers(0, 256, dtype=np.uint8)`, whose `high` no `u8` holds), and
//! `..` every value of the dtype.

#[cfg(feature = "alloc")]
use alloc::boxed::Box;
use core::fmt::{self, Debug};
use core::ops::{Bound, RangeBounds};

use super::Generator;
use crate::array::Array;
use crate::element::Element;
use crate::order::Order;
use crate::shape::Shape;

/// The integer dtypes [`Generator::integers_in`] draws: `bool`, `i8`,
/// `i16`, `i32`, `i64`, `u8`, `u16`, `u32`, `u64` (NumPy's `dtype=`
/// argument of `rng.integers`).
pub trait RandomInteger: Element + Debug + PartialOrd + private::Draw {}

impl<T: Element + Debug + PartialOrd + private::Draw> RandomInteger for T {}

/// The bits NumPy's fill functions keep between the values of one array
/// (`buf` and `bcnt`): a 32-bit draw and how many of its values are left.
#[derive(Default)]
pub(super) struct SmallBuffer {
    bits: u32,
    left: u32,
}

impl SmallBuffer {
    /// The next `width` bits (8, 16 or 1), NumPy's `buffered_uint8`,
    /// `buffered_uint16` and the bit of `buffered_bounded_bool`.
    #[inline]
    fn next(&mut self, rng: &mut Generator, width: u32) -> u32 {
        if self.left == 0 {
            self.bits = rng.next_u32();
            self.left = 32 / width - 1;
        } else {
            self.bits >>= width;
            self.left -= 1;
        }
        self.bits & (u32::MAX >> (32 - width))
    }
}

/// Uniform in `[0, range]`, `0 < range < 2^width - 1`, on `width`-bit
/// values from the buffer: NumPy's `buffered_bounded_lemire_uint8` and
/// `_uint16`.
#[inline]
fn lemire_small(rng: &mut Generator, buffer: &mut SmallBuffer, range: u32, width: u32) -> u32 {
    let full = u32::MAX >> (32 - width);
    let excl = range + 1;
    let mut m = buffer.next(rng, width) * excl;
    let mut leftover = m & full;
    if leftover < excl {
        let threshold = (full - range) % excl;
        while leftover < threshold {
            m = buffer.next(rng, width) * excl;
            leftover = m & full;
        }
    }
    m >> width
}

/// `x` uniform in `[0, range]` for a dtype of `width` bits (1 for `bool`),
/// as NumPy's `random_buffered_bounded_*` and `random_bounded_uint64`.
#[inline]
fn offset(rng: &mut Generator, buffer: &mut SmallBuffer, range: u64, width: u32) -> u64 {
    if range == 0 {
        // One value: NumPy draws nothing.
        return 0;
    }
    match width {
        1 => u64::from(buffer.next(rng, 1)),
        8 | 16 => {
            let range = range as u32;
            if range == u32::MAX >> (32 - width) {
                // Lemire's method cannot take every value: raw bits.
                u64::from(buffer.next(rng, width))
            } else {
                u64::from(lemire_small(rng, buffer, range, width))
            }
        }
        // 32 and 64 bits: the `int64` path takes both (a 32-bit range
        // goes to the 32-bit method there too).
        _ => rng.bounded_offset(range),
    }
}

/// `low` and `high` (included) of `range`, or `None` when it is empty.
fn inclusive<T: RandomInteger>(range: &impl RangeBounds<T>) -> Option<(T, T)> {
    let low = match range.start_bound() {
        Bound::Included(&low) => low,
        Bound::Excluded(&low) => low.step(true)?,
        Bound::Unbounded => T::LOWEST,
    };
    let high = match range.end_bound() {
        Bound::Included(&high) => high,
        Bound::Excluded(&high) => high.step(false)?,
        Bound::Unbounded => T::HIGHEST,
    };
    (low <= high).then_some((low, high))
}

/// The range as Rust writes it, for the panic message.
struct Written<'a, T, R>(&'a R, core::marker::PhantomData<T>);

impl<T: Debug, R: RangeBounds<T>> fmt::Display for Written<'_, T, R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.start_bound() {
            Bound::Included(low) => write!(f, "{low:?}")?,
            Bound::Excluded(low) => write!(f, "({low:?} excluded)")?,
            Bound::Unbounded => {}
        }
        match self.0.end_bound() {
            Bound::Included(high) => write!(f, "..={high:?}"),
            Bound::Excluded(high) => write!(f, "..{high:?}"),
            Bound::Unbounded => f.write_str(".."),
        }
    }
}

#[cold]
#[track_caller]
fn empty_range<T: Debug, R: RangeBounds<T>>(range: &R) -> ! {
    panic!(
        "integers_in(range) needs a range with at least one value, found {}",
        Written(range, core::marker::PhantomData)
    )
}

/// Draws of one dtype and range sharing one buffer: one NumPy call.
struct Draws<T> {
    low: u64,
    range: u64,
    buffer: SmallBuffer,
    dtype: core::marker::PhantomData<T>,
}

impl<T: RandomInteger> Draws<T> {
    #[track_caller]
    fn new(range: &impl RangeBounds<T>) -> Self {
        let Some((low, high)) = inclusive(range) else {
            empty_range(range)
        };
        let (low, high) = (low.to_bits(), high.to_bits());
        Self {
            low,
            range: high.wrapping_sub(low) & T::MASK,
            buffer: SmallBuffer::default(),
            dtype: core::marker::PhantomData,
        }
    }

    #[inline]
    fn next(&mut self, rng: &mut Generator) -> T {
        let x = offset(rng, &mut self.buffer, self.range, T::WIDTH);
        T::from_bits(self.low.wrapping_add(x))
    }
}

impl Generator {
    /// An integer of dtype `T` in `range`, NumPy's
    /// `rng.integers(low, high, dtype=T)` with no `size` (one call):
    /// `0u8..10` is `integers(0, 10, dtype=np.uint8)`, `-5i32..=5` is
    /// `integers(-5, 5, endpoint=True, dtype=np.int32)`, `false..=true`
    /// is `integers(0, 2, dtype=bool)`, `..` every value of `T`.
    ///
    /// For `u8`, `i8`, `u16`, `i16` and `bool`, each call takes a new
    /// 32-bit draw, as each of NumPy's calls does; an array of `n` from
    /// one NumPy call is [`integers_array_in`](Self::integers_array_in)
    /// or [`fill_integers_in`](Self::fill_integers_in) (see the
    /// [module](super) table).
    ///
    /// # Panics
    ///
    /// When `range` is empty (NumPy's `ValueError: low >= high`), naming
    /// the range.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::random::Generator;
    /// let mut rng = Generator::new(7);
    /// // [rng.integers(0, 10, dtype=np.uint8) for _ in range(5)]
    /// let draws = [(); 5].map(|()| rng.integers_in(0u8..10));
    /// assert_eq!(draws, [5, 6, 5, 7, 3]);
    /// let byte: u8 = rng.integers_in(..); // any u8
    /// let coin = rng.integers_in(false..=true);
    /// # let _ = (byte, coin);
    /// ```
    #[track_caller]
    pub fn integers_in<T: RandomInteger>(&mut self, range: impl RangeBounds<T>) -> T {
        Draws::new(&range).next(self)
    }

    /// Fills `out` with integers of dtype `T` in `range`, in order: NumPy's
    /// `rng.integers(low, high, size=len(out), dtype=T)`, one call, so the
    /// 8-bit, 16-bit and `bool` dtypes take several values from each
    /// 32-bit draw as NumPy does. For a `Vec`, a [`Rows`](crate::Rows)
    /// (`as_mut_slice`) or any other buffer.
    ///
    /// # Panics
    ///
    /// When `range` is empty and `out` is not (NumPy checks no bounds for
    /// `size=0`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::random::Generator;
    /// let mut out = [0u8; 5];
    /// // np.random.default_rng(7).integers(0, 10, size=5, dtype=np.uint8)
    /// Generator::new(7).fill_integers_in(&mut out, 0..10);
    /// assert_eq!(out, [5, 2, 8, 9, 6]);
    /// ```
    #[track_caller]
    pub fn fill_integers_in<T: RandomInteger>(
        &mut self,
        out: &mut [T],
        range: impl RangeBounds<T>,
    ) {
        if out.is_empty() {
            return;
        }
        let mut draws = Draws::new(&range);
        for x in out {
            *x = draws.next(self);
        }
    }

    /// An array of integers of dtype `T` in `range`, NumPy's
    /// `rng.integers(low, high, size=shape, dtype=T)`; the shape and dtype
    /// are the annotated type's, the draws go into memory in address
    /// order (see [`fill_integers_in`](Self::fill_integers_in)).
    ///
    /// # Panics
    ///
    /// When `range` is empty and the array is not.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, random::Generator};
    /// let mut rng = Generator::new(3);
    /// // rng.integers(-100, 100, size=(2, 2), dtype=np.int8)
    /// let a: Array2<i8, 2, 2> = rng.integers_array_in(-100..100);
    /// assert_eq!(a, Array2::from([[93, 51], [48, 61]]));
    /// ```
    #[track_caller]
    pub fn integers_array_in<T: RandomInteger, S: Shape, O: Order>(
        &mut self,
        range: impl RangeBounds<T>,
    ) -> Array<T, S, O> {
        if S::SIZE == 0 {
            return Array::from_flat_fn(|_| T::from_bits(0));
        }
        let mut draws = Draws::new(&range);
        Array::from_flat_fn(|_| draws.next(self))
    }

    /// [`integers_array_in`](Self::integers_array_in) on the heap: the
    /// array is filled in its place and never exists on the stack.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, random::Generator};
    /// // np.random.default_rng(0).integers(0, 2, size=(500, 400), dtype=bool)
    /// let a: Box<Array2<bool, 500, 400>> = Generator::new(0).integers_array_in_boxed(..);
    /// assert_eq!(a.count_nonzero(), 99_865);
    /// ```
    #[cfg(feature = "alloc")]
    #[track_caller]
    pub fn integers_array_in_boxed<T: RandomInteger, S: Shape, O: Order>(
        &mut self,
        range: impl RangeBounds<T>,
    ) -> Box<Array<T, S, O>> {
        if S::SIZE == 0 {
            return Array::boxed_from_flat_fn(|_| T::from_bits(0));
        }
        let mut draws = Draws::new(&range);
        Array::boxed_from_flat_fn(|_| draws.next(self))
    }
}

pub(super) mod private {
    /// What a dtype's draw needs: its width and its bits.
    pub trait Draw: Copy {
        /// NumPy's algorithm for the dtype: 1 (`bool`), 8, 16, 32 or 64.
        const WIDTH: u32;
        /// The dtype's bits: `2^WIDTH - 1`.
        const MASK: u64;
        /// The smallest value.
        const LOWEST: Self;
        /// The largest value.
        const HIGHEST: Self;
        /// The value's bits, as the unsigned integer of the same width
        /// (two's complement for signed dtypes), zero-extended.
        fn to_bits(self) -> u64;
        /// The value of the low `WIDTH` bits.
        fn from_bits(bits: u64) -> Self;
        /// The next value up (`up`) or down, `None` past the end.
        fn step(self, up: bool) -> Option<Self>;
    }

    macro_rules! integer {
        ($($t:ty, $u:ty, $width:literal;)*) => {$(
            impl Draw for $t {
                const WIDTH: u32 = $width;
                const MASK: u64 = <$u>::MAX as u64;
                const LOWEST: Self = <$t>::MIN;
                const HIGHEST: Self = <$t>::MAX;
                #[inline]
                fn to_bits(self) -> u64 {
                    self as $u as u64
                }
                #[inline]
                fn from_bits(bits: u64) -> Self {
                    bits as $u as $t
                }
                #[inline]
                fn step(self, up: bool) -> Option<Self> {
                    if up { self.checked_add(1) } else { self.checked_sub(1) }
                }
            }
        )*};
    }

    integer! {
        i8, u8, 8; u8, u8, 8;
        i16, u16, 16; u16, u16, 16;
        i32, u32, 32; u32, u32, 32;
        i64, u64, 64; u64, u64, 64;
    }

    impl Draw for bool {
        const WIDTH: u32 = 1;
        const MASK: u64 = 1;
        const LOWEST: Self = false;
        const HIGHEST: Self = true;
        #[inline]
        fn to_bits(self) -> u64 {
            u64::from(self)
        }
        #[inline]
        fn from_bits(bits: u64) -> Self {
            bits & 1 == 1
        }
        #[inline]
        fn step(self, up: bool) -> Option<Self> {
            (self != up).then_some(up)
        }
    }
}
