//! The radix sort behind `sort` and `argsort` of long lanes of 32- and
//! 64-bit integers and floats: a least-significant-digit sort, one byte a
//! pass, on keys whose unsigned order is NumPy's order of the values.
//!
//! The keys: an unsigned integer is its own key; a signed one has its sign
//! bit flipped; a float's bits are flipped whole when negative and get the
//! sign bit set otherwise, so `-inf < -1 < -0.0 < 0.0 < 1 < inf`. Every NaN
//! (either sign, any payload) becomes the largest key, so NaNs go last and
//! keep their order among themselves. The counts of all passes are taken
//! in one read, and a pass whose byte is the same in every key is skipped
//! (the top byte of floats of one sign and binade, the high bytes of small
//! integers).
//!
//! `sort` writes NaNs back as NumPy's sort does, as the one quiet NaN
//! (`0x7ff8000000000000`, `0x7fc00000`), and puts `-0.0` before `0.0`
//! (they are equal; any order of them is sorted). `argsort` is stable:
//! `-0.0` and `0.0` share one key there, and equal values keep their order.

use alloc::vec;

use crate::element::Element;
use crate::raw::{WordKind, Words, WordsMut, words, words_mut};

/// Lanes shorter than this sort by comparison: the counts and the scratch
/// buffer would cost more than they save.
pub(crate) const RADIX_FROM: usize = 256;

/// An unsigned word that a key is made of.
trait Word: Copy + Default + Eq {
    /// Bytes, one pass each.
    const BYTES: usize;
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
    /// Byte `pass` of the word, from the least significant.
    fn byte(self, pass: usize) -> usize;
    fn widen(self) -> u64;
}

macro_rules! word {
    ($w:ty, $exponent:expr, $quiet:expr) => {
        impl Word for $w {
            const BYTES: usize = size_of::<$w>();
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
            fn byte(self, pass: usize) -> usize {
                (self >> (8 * pass)) as usize & 0xff
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

/// The counts of each byte value at each of the first `passes` bytes.
type Counts = [[usize; 256]; 8];

/// Sorts `data` by the bytes `digit(x, pass)` for `pass < passes`, least
/// significant first, stably; `counts` are the counts of each byte value
/// in `data` at each pass and `scratch` is as long as `data`.
fn lsd<X: Copy>(
    data: &mut [X],
    scratch: &mut [X],
    counts: &Counts,
    passes: usize,
    digit: impl Fn(X, usize) -> usize,
) {
    let Some(&first) = data.first() else {
        return;
    };
    let (mut from, mut to) = (data, scratch);
    let mut moved = false;
    for (pass, count) in counts.iter().enumerate().take(passes) {
        // Every element has the same byte here: this pass moves nothing.
        if count[digit(first, pass)] == from.len() {
            continue;
        }
        let mut at = [0usize; 256];
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

/// Sorts a lane of words of kind `kind` in place.
fn sort_words<W: Word>(data: &mut [W], kind: WordKind) {
    let mut counts = [[0usize; 256]; 8];
    for w in data.iter_mut() {
        *w = key(*w, kind, false);
        for (pass, count) in counts.iter_mut().enumerate().take(W::BYTES) {
            count[w.byte(pass)] += 1;
        }
    }
    let mut scratch = vec![W::default(); data.len()];
    lsd(data, &mut scratch, &counts, W::BYTES, W::byte);
    for w in data.iter_mut() {
        *w = word_of_key(*w, kind);
    }
}

/// The stable argsort of a lane of words: the positions, into `out`.
fn argsort_words<W: Word>(values: &[W], kind: WordKind, out: &mut [usize]) {
    let mut counts = [[0usize; 256]; 8];
    if W::BYTES == 4 && u32::try_from(values.len()).is_ok() {
        // A 32-bit key and its position packed in one `u64`, sorted by
        // the key's four bytes (the high half): half the bytes to move.
        let mut packed = vec![0u64; values.len()];
        for ((slot, &w), i) in packed.iter_mut().zip(values).zip(0u64..) {
            let k = key(w, kind, true).widen();
            *slot = k << 32 | i;
            for (pass, count) in counts.iter_mut().enumerate().take(4) {
                count[(k >> (8 * pass)) as usize & 0xff] += 1;
            }
        }
        let mut scratch = vec![0u64; values.len()];
        lsd(&mut packed, &mut scratch, &counts, 4, |x, pass| {
            (x >> (32 + 8 * pass)) as usize & 0xff
        });
        for (o, &p) in out.iter_mut().zip(&packed) {
            *o = (p & 0xffff_ffff) as usize;
        }
        return;
    }
    let mut pairs = vec![(0u64, 0usize); values.len()];
    for ((slot, &w), i) in pairs.iter_mut().zip(values).zip(0..) {
        let k = key(w, kind, true).widen();
        *slot = (k, i);
        for (pass, count) in counts.iter_mut().enumerate().take(W::BYTES) {
            count[(k >> (8 * pass)) as usize & 0xff] += 1;
        }
    }
    let mut scratch = vec![(0u64, 0usize); values.len()];
    lsd(
        &mut pairs,
        &mut scratch,
        &counts,
        W::BYTES,
        |(k, _), pass| (k >> (8 * pass)) as usize & 0xff,
    );
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
        Some(WordsMut::W32(w, kind)) => w.chunks_exact_mut(len).for_each(|r| sort_words(r, kind)),
        Some(WordsMut::W64(w, kind)) => w.chunks_exact_mut(len).for_each(|r| sort_words(r, kind)),
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
            runs.zip(w.chunks_exact(len))
                .for_each(|(o, r)| argsort_words(r, kind, o));
        }
        Some(Words::W64(w, kind)) => {
            runs.zip(w.chunks_exact(len))
                .for_each(|(o, r)| argsort_words(r, kind, o));
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
