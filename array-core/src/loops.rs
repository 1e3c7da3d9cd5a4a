//! The elementwise loops behind the operators and the in-place methods.
//!
//! Each loop over a long slice runs in two parts: a short head up to the
//! first 64-byte boundary, then the rest through
//! [`widest`](crate::raw::dispatch::widest), which picks the AVX-512 or
//! AVX2 copy of the loop when the CPU has one. Starting the wide part on a
//! cache-line boundary matters: a 64-byte vector store that straddles two
//! lines costs nearly twice as much, and big heap blocks start 16 bytes
//! into a page (measured on a 4M `f32` add: 564 -> 477-505 us over six
//! runs). The split is plain safe code and runs everywhere, Miri included;
//! only the feature-detected call is left out there.

use crate::raw::dispatch::{WIDE_FROM, widest};

/// How many leading elements of a loop over `len` elements starting at
/// `start` to run before the wide part, so that the wide part begins at a
/// 64-byte boundary. Short loops are not split.
#[inline(always)]
fn head<T>(start: *const T, len: usize) -> usize {
    if len >= WIDE_FROM {
        // `align_offset` is usize::MAX when no offset aligns; then the
        // whole loop is the head.
        return start.align_offset(64).min(len);
    }
    0
}

/// `a[i] = f(a[i], b[i])` for every `i`.
#[inline]
pub(crate) fn zip_assign<T: Copy, U: Copy>(a: &mut [T], b: &[U], f: impl Fn(T, U) -> T) {
    let kernel = |a: &mut [T], b: &[U]| {
        for (x, &y) in a.iter_mut().zip(b) {
            *x = f(*x, y);
        }
    };
    let (a_head, a) = a.split_at_mut(head(a.as_ptr(), a.len()));
    let (b_head, b) = b.split_at(a_head.len().min(b.len()));
    kernel(a_head, b_head);
    widest(a.len(), || kernel(a, b));
}

/// `a[i] = f(a[i])` for every `i`.
#[inline]
pub(crate) fn map_assign<T: Copy>(a: &mut [T], f: impl Fn(T) -> T) {
    let kernel = |a: &mut [T]| {
        for x in a {
            *x = f(*x);
        }
    };
    let (a_head, a) = a.split_at_mut(head(a.as_ptr(), a.len()));
    kernel(a_head);
    widest(a.len(), || kernel(a));
}

/// `out[i] = f(a[i])` for every `i`.
#[inline]
pub(crate) fn map_into<T, U: Copy>(out: &mut [T], a: &[U], f: impl Fn(U) -> T) {
    let kernel = |out: &mut [T], a: &[U]| {
        for (x, &y) in out.iter_mut().zip(a) {
            *x = f(y);
        }
    };
    let (out_head, out) = out.split_at_mut(head(out.as_ptr(), out.len()));
    let (a_head, a) = a.split_at(out_head.len().min(a.len()));
    kernel(out_head, a_head);
    widest(out.len(), || kernel(out, a));
}

/// `out[i] = f(a[i], b[i])` for every `i`.
#[inline]
pub(crate) fn zip_into<T, U: Copy, V: Copy>(
    out: &mut [T],
    a: &[U],
    b: &[V],
    f: impl Fn(U, V) -> T,
) {
    let kernel = |out: &mut [T], a: &[U], b: &[V]| {
        for ((x, &y), &z) in out.iter_mut().zip(a).zip(b) {
            *x = f(y, z);
        }
    };
    let (out_head, out) = out.split_at_mut(head(out.as_ptr(), out.len()));
    let n = out_head.len();
    let ((a_head, a), (b_head, b)) = (a.split_at(n.min(a.len())), b.split_at(n.min(b.len())));
    kernel(out_head, a_head, b_head);
    widest(out.len(), || kernel(out, a, b));
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec::Vec;

    /// Lengths around the wide threshold, and short ones.
    const LENGTHS: [usize; 7] = [0, 1, 63, WIDE_FROM - 1, WIDE_FROM, WIDE_FROM + 1, 5003];

    /// Every loop, at every length, from every start offset within a cache
    /// line: each element is computed once, from its own inputs, whatever
    /// the split (checked under Miri in CI, where the split runs the same).
    #[test]
    fn split_loops_touch_each_element_once() {
        let source: Vec<u32> = (0..5003 + 16).collect();
        for len in LENGTHS {
            for offset in [0, 1, 3, 7, 15] {
                let src = &source[offset..offset + len];
                let expect: Vec<u32> = src.iter().map(|x| x * 3 + 1).collect();

                let mut buf = source.clone();
                map_assign(&mut buf[offset..offset + len], |x| x * 3 + 1);
                assert_eq!(
                    &buf[offset..offset + len],
                    &expect[..],
                    "map_assign {len} {offset}"
                );
                assert_eq!(buf[..offset], source[..offset], "untouched before");
                assert_eq!(
                    buf[offset + len..],
                    source[offset + len..],
                    "untouched after"
                );

                let mut buf = source.clone();
                zip_assign(&mut buf[offset..offset + len], src, |x, y| x * 2 + y + 1);
                assert_eq!(
                    &buf[offset..offset + len],
                    &expect[..],
                    "zip_assign {len} {offset}"
                );

                let mut out = std::vec![0u32; len + 16];
                map_into(&mut out[offset..offset + len], src, |x| x * 3 + 1);
                assert_eq!(
                    &out[offset..offset + len],
                    &expect[..],
                    "map_into {len} {offset}"
                );

                let mut out = std::vec![0u32; len + 16];
                zip_into(&mut out[offset..offset + len], src, src, |x, y| {
                    x + y * 2 + 1
                });
                assert_eq!(
                    &out[offset..offset + len],
                    &expect[..],
                    "zip_into {len} {offset}"
                );
            }
        }
    }

    #[test]
    fn the_wide_part_starts_on_a_cache_line() {
        let data = std::vec![0u8; 8192 + 64];
        for offset in 0..64 {
            let slice = &data[offset..offset + 8192];
            let n = head(slice.as_ptr(), slice.len());
            assert!(n < 64);
            assert_eq!((slice.as_ptr() as usize + n) % 64, 0);
        }
        assert_eq!(
            head(data.as_ptr(), WIDE_FROM - 1),
            0,
            "short loops are not split"
        );
    }
}
