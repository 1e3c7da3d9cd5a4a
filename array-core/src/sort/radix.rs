//! The radix sort behind `sort` and `argsort` of long lanes of 32- and
//! 64-bit integers and floats: a least-significant-digit sort, 11 bits a
//! pass (3 passes for 32-bit keys, 6 for 64-bit ones; 2,048 counters a pass
//! stay in L1), on keys whose unsigned order is NumPy's order of the
//! values.
//!
//! The keys: an unsigned integer is its own key; a signed one has its sign
//! bit flipped; a float's bits are flipped whole when negative and get the
//! sign bit set otherwise, so `-inf < -1 < -0.0 < 0.0 < 1 < inf`. Every NaN
//! (either sign, any payload) becomes the largest key, so NaNs go last and
//! keep their order among themselves. The counts of all passes are taken
//! in one read, and a pass whose digit is the same in every key is skipped
//! (the high digits of small integers).
//!
//! `sort` writes NaNs back as NumPy's sort does, as the one quiet NaN
//! (`0x7ff8000000000000`, `0x7fc00000`), and puts `-0.0` before `0.0`
//! (they are equal; any order of them is sorted). `argsort` is stable:
//! `-0.0` and `0.0` share one key there, and equal values keep their order.

use alloc::vec;
use alloc::vec::Vec;

use crate::element::Element;
use crate::raw::{WordKind, Words, WordsMut, words, words_mut};

/// Lanes shorter than this sort by comparison: the counts and the scratch
/// buffer would cost more than they save.
pub(crate) const RADIX_FROM: usize = 256;

/// Bits of a key sorted by one pass.
const DIGIT: usize = 11;
/// Counters of one pass.
const RADIX: usize = 1 << DIGIT;

/// An unsigned word that a key is made of.
trait Word: Copy + Default + Eq {
    /// Passes over a key of this width.
    const PASSES: usize;
    const SIGN: Self;
    /// The key of every NaN: above every number's.
    const MAX: Self;
    /// NumPy's NaN, as `sort` writes it back.
    const QUIET_NAN: Self;

    /// Whether these float bits are a NaN.
    fn is_nan(self) -> bool;
    /// Whether these float bits are `0.0` or `-0.0`.
    fn is_zero(self) -> bool;
    fn flip(self, mask: Self) -> Self;
    fn has_sign(self) -> bool;
    /// Digit `pass` of the word, from the least significant.
    fn digit(self, pass: usize) -> usize;
    fn widen(self) -> u64;
}

macro_rules! word {
    ($w:ty, $exponent:expr, $quiet:expr) => {
        impl Word for $w {
            const PASSES: usize = (<$w>::BITS as usize).div_ceil(DIGIT);
            const SIGN: Self = 1 << (<$w>::BITS - 1);
            const MAX: Self = <$w>::MAX;
            const QUIET_NAN: Self = $quiet;

            #[inline(always)]
            fn is_nan(self) -> bool {
                self & !Self::SIGN > $exponent
            }

            #[inline(always)]
            fn is_zero(self) -> bool {
                self & !Self::SIGN == 0
            }

            #[inline(always)]
            fn flip(self, mask: Self) -> Self {
                self ^ mask
            }

            #[inline(always)]
            fn has_sign(self) -> bool {
                self & Self::SIGN != 0
            }

            #[inline(always)]
            fn digit(self, pass: usize) -> usize {
                (self >> (DIGIT * pass)) as usize & (RADIX - 1)
            }

            #[inline(always)]
            fn widen(self) -> u64 {
                self as u64
            }
        }
    };
}
word!(u32, 0x7f80_0000, 0x7fc0_0000);
word!(u64, 0x7ff0_0000_0000_0000, 0x7ff8_0000_0000_0000);

/// The key of word `w` of kind `kind`; `canonical_zero` gives `-0.0` the
/// key of `0.0` (for the stable argsort, where they are equal).
#[inline(always)]
fn key<W: Word>(w: W, kind: WordKind, canonical_zero: bool) -> W {
    match kind {
        WordKind::Unsigned => w,
        WordKind::Signed => w.flip(W::SIGN),
        WordKind::Float if w.is_nan() => W::MAX,
        WordKind::Float if canonical_zero && w.is_zero() => W::SIGN,
        WordKind::Float if w.has_sign() => w.flip(W::MAX),
        WordKind::Float => w.flip(W::SIGN),
    }
}

/// The word whose key (without `canonical_zero`) is `k`; NumPy's NaN for
/// the NaN key.
#[inline(always)]
fn word_of_key<W: Word>(k: W, kind: WordKind) -> W {
    match kind {
        WordKind::Unsigned => k,
        WordKind::Signed => k.flip(W::SIGN),
        WordKind::Float if k == W::MAX => W::QUIET_NAN,
        WordKind::Float if k.has_sign() => k.flip(W::SIGN),
        WordKind::Float => k.flip(W::MAX),
    }
}

/// The counts of each digit value at each pass.
type Counts = Vec<[usize; RADIX]>;

/// Sorts `data` by the digits `digit(x, pass)` for each pass of `counts`,
/// least significant first, stably; `counts` are the counts of each digit
/// value in `data` at each pass and `scratch` is as long as `data`.
fn lsd<X: Copy>(
    data: &mut [X],
    scratch: &mut [X],
    counts: &Counts,
    digit: impl Fn(X, usize) -> usize,
) {
    let Some(&first) = data.first() else {
        return;
    };
    let (mut from, mut to) = (data, scratch);
    let mut moved = false;
    for (pass, count) in counts.iter().enumerate() {
        // Every element has the same digit here: this pass moves nothing.
        if count[digit(first, pass)] == from.len() {
            continue;
        }
        let mut at = [0usize; RADIX];
        let mut sum = 0;
        for (at, &count) in at.iter_mut().zip(count) {
            *at = sum;
            sum += count;
        }
        for &x in from.iter() {
            let slot = &mut at[digit(x, pass)];
            to[*slot] = x;
            *slot += 1;
        }
        core::mem::swap(&mut from, &mut to);
        moved = !moved;
    }
    // An odd number of passes left the result in the scratch buffer.
    if moved {
        to.copy_from_slice(from);
    }
}

/// The kinds as constants, so that each kind's loops are compiled apart.
const UNSIGNED: u8 = 0;
const SIGNED: u8 = 1;
const FLOAT: u8 = 2;

const fn kind_of(kind: u8) -> WordKind {
    match kind {
        UNSIGNED => WordKind::Unsigned,
        SIGNED => WordKind::Signed,
        _ => WordKind::Float,
    }
}

/// Calls `$f::<W, KIND>` for the kind `$kind` (a `WordKind`).
macro_rules! by_kind {
    ($f:ident::<$w:ty>($kind:expr $(, $arg:expr)*)) => {
        match $kind {
            WordKind::Unsigned => $f::<$w, UNSIGNED>($($arg),*),
            WordKind::Signed => $f::<$w, SIGNED>($($arg),*),
            WordKind::Float => $f::<$w, FLOAT>($($arg),*),
        }
    };
}

/// Sorts a lane of words of kind `KIND` in place.
fn sort_words<W: Word, const KIND: u8>(data: &mut [W]) {
    let kind = kind_of(KIND);
    let mut counts = vec![[0usize; RADIX]; W::PASSES];
    for w in data.iter_mut() {
        *w = key(*w, kind, false);
        for (pass, count) in counts.iter_mut().enumerate() {
            count[w.digit(pass)] += 1;
        }
    }
    let mut scratch = vec![W::default(); data.len()];
    lsd(data, &mut scratch, &counts, W::digit);
    for w in data.iter_mut() {
        *w = word_of_key(*w, kind);
    }
}

/// The stable argsort of a lane of words: the positions, into `out`.
fn argsort_words<W: Word, const KIND: u8>(values: &[W], out: &mut [usize]) {
    let kind = kind_of(KIND);
    let mut counts = vec![[0usize; RADIX]; W::PASSES];
    if W::PASSES == u32::PASSES && u32::try_from(values.len()).is_ok() {
        // A 32-bit key and its position packed in one `u64`, sorted by
        // the key's digits (the high half): half the bytes to move.
        let digit = |x: u64, pass: usize| (x >> (32 + DIGIT * pass)) as usize & (RADIX - 1);
        let mut packed: Vec<u64> = (values.iter().zip(0u64..))
            .map(|(&w, i)| {
                let x = key(w, kind, true).widen() << 32 | i;
                for (pass, count) in counts.iter_mut().enumerate() {
                    count[digit(x, pass)] += 1;
                }
                x
            })
            .collect();
        let mut scratch = vec![0u64; values.len()];
        lsd(&mut packed, &mut scratch, &counts, digit);
        for (o, &p) in out.iter_mut().zip(&packed) {
            *o = (p & 0xffff_ffff) as usize;
        }
        return;
    }
    let digit = |(k, _): (u64, usize), pass: usize| (k >> (DIGIT * pass)) as usize & (RADIX - 1);
    let mut pairs: Vec<(u64, usize)> = (values.iter().zip(0..))
        .map(|(&w, i)| {
            let x = (key(w, kind, true).widen(), i);
            for (pass, count) in counts.iter_mut().enumerate() {
                count[digit(x, pass)] += 1;
            }
            x
        })
        .collect();
    let mut scratch = vec![(0u64, 0usize); values.len()];
    lsd(&mut pairs, &mut scratch, &counts, digit);
    for (o, &(_, i)) in out.iter_mut().zip(&pairs) {
        *o = i;
    }
}

/// Sorts each run of `len` consecutive elements of `data` by radix, when
/// `T` is a 32- or 64-bit integer or float and the runs are long enough;
/// `false` (and `data` untouched) otherwise.
pub(crate) fn sort_runs<T: Element>(data: &mut [T], len: usize) -> bool {
    if len < RADIX_FROM {
        return false;
    }
    match words_mut(data) {
        Some(WordsMut::W32(w, kind)) => {
            for run in w.chunks_exact_mut(len) {
                by_kind!(sort_words::<u32>(kind, run));
            }
        }
        Some(WordsMut::W64(w, kind)) => {
            for run in w.chunks_exact_mut(len) {
                by_kind!(sort_words::<u64>(kind, run));
            }
        }
        None => return false,
    }
    true
}

/// The stable argsort of each run of `len` consecutive elements of
/// `values` into the same run of `out` (positions within the run), by
/// radix, as [`sort_runs`]; `false` (and `out` untouched) otherwise.
pub(crate) fn argsort_runs<T: Element>(values: &[T], len: usize, out: &mut [usize]) -> bool {
    if len < RADIX_FROM {
        return false;
    }
    let runs = out.chunks_exact_mut(len);
    match words(values) {
        Some(Words::W32(w, kind)) => {
            for (o, run) in runs.zip(w.chunks_exact(len)) {
                by_kind!(argsort_words::<u32>(kind, run, o));
            }
        }
        Some(Words::W64(w, kind)) => {
            for (o, run) in runs.zip(w.chunks_exact(len)) {
                by_kind!(argsort_words::<u64>(kind, run, o));
            }
        }
        None => return false,
    }
    true
}

#[cfg(test)]
mod tests {
    use super::{WordKind, key, word_of_key};

    #[test]
    fn keys_order_as_numpy() {
        let values = [
            f64::NEG_INFINITY,
            -1.5,
            -1e-310,
            -0.0,
            0.0,
            1e-310,
            2.0,
            f64::INFINITY,
        ];
        let keys: alloc::vec::Vec<u64> = values
            .iter()
            .map(|v| key(v.to_bits(), WordKind::Float, false))
            .collect();
        assert!(keys.windows(2).all(|k| k[0] < k[1]));
        for (&v, &k) in values.iter().zip(&keys) {
            assert_eq!(word_of_key(k, WordKind::Float), v.to_bits());
        }
        let nan = key((-f64::NAN).to_bits(), WordKind::Float, false);
        assert!(nan > keys[7] && word_of_key(nan, WordKind::Float) == f64::NAN.to_bits());
        assert_eq!(
            key((-0.0f32).to_bits(), WordKind::Float, true),
            key(0.0f32.to_bits(), WordKind::Float, true)
        );
        let ints = [i32::MIN, -1, 0, 1, i32::MAX].map(|i| key(i as u32, WordKind::Signed, false));
        assert!(ints.windows(2).all(|k| k[0] < k[1]));
    }
}
