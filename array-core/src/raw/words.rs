//! Slices of the fixed-width numbers as slices of unsigned words, for code
//! that works on their bits (the radix sort).
//!
//! The invariant: `i32`, `u32` and `f32` have the size, alignment and
//! validity of `u32` (every bit pattern of each is a value), and `i64`,
//! `u64`, `f64` (and `isize`/`usize` on 64-bit targets) those of `u64`; the
//! element type is identified by its `TypeId`, so a slice is re-typed only
//! when it really is a slice of one of those types.

use core::any::TypeId;
use core::slice;

use crate::element::Element;

/// How a word's bits order as the type they came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WordKind {
    /// Unsigned integers: the word's own order.
    Unsigned,
    /// Two's complement integers: the sign bit flipped.
    Signed,
    /// IEEE floats: sign and magnitude.
    Float,
}

/// A slice of one of the fixed-width numbers, as words of its width.
pub(crate) enum Words<'a> {
    /// `i32`, `u32`, `f32` (and the pointer-sized integers on 32-bit targets).
    W32(&'a [u32], WordKind),
    /// `i64`, `u64`, `f64` (and the pointer-sized integers on 64-bit targets).
    W64(&'a [u64], WordKind),
}

/// [`Words`], writable.
pub(crate) enum WordsMut<'a> {
    /// As [`Words::W32`].
    W32(&'a mut [u32], WordKind),
    /// As [`Words::W64`].
    W64(&'a mut [u64], WordKind),
}

/// The width (in bytes) and kind of `T`'s words, when `T` is one of the
/// types this file re-types.
fn word_of<T: Element>() -> Option<(usize, WordKind)> {
    let id = TypeId::of::<T>();
    let is = |other: TypeId| id == other;
    let kind = if is(TypeId::of::<f32>()) || is(TypeId::of::<f64>()) {
        WordKind::Float
    } else if is(TypeId::of::<i32>()) || is(TypeId::of::<i64>()) || is(TypeId::of::<isize>()) {
        WordKind::Signed
    } else if is(TypeId::of::<u32>()) || is(TypeId::of::<u64>()) || is(TypeId::of::<usize>()) {
        WordKind::Unsigned
    } else {
        return None;
    };
    Some((size_of::<T>(), kind))
}

/// `elements` as words, when `T` is a 32- or 64-bit integer or float.
pub(crate) fn words<T: Element>(elements: &[T]) -> Option<Words<'_>> {
    let (width, kind) = word_of::<T>()?;
    let (ptr, len) = (elements.as_ptr(), elements.len());
    Some(match width {
        4 => {
            // SAFETY: `T` is `i32`, `u32`, `f32` or a 32-bit pointer-sized
            // integer (its `TypeId` says so): the size, alignment and
            // validity of `u32`, so the `len` initialised elements are
            // `len` valid `u32`s. The borrow of `elements` carries over.
            Words::W32(
                unsafe { slice::from_raw_parts(ptr.cast::<u32>(), len) },
                kind,
            )
        }
        8 => {
            // SAFETY: as above, with `u64` for the 64-bit types.
            Words::W64(
                unsafe { slice::from_raw_parts(ptr.cast::<u64>(), len) },
                kind,
            )
        }
        _ => return None,
    })
}

/// `elements` as writable words, when `T` is a 32- or 64-bit integer or
/// float.
pub(crate) fn words_mut<T: Element>(elements: &mut [T]) -> Option<WordsMut<'_>> {
    let (width, kind) = word_of::<T>()?;
    let (ptr, len) = (elements.as_mut_ptr(), elements.len());
    Some(match width {
        4 => {
            // SAFETY: as in `words`; and any `u32` written is a valid `T`,
            // since every bit pattern of these types is a value. The unique
            // borrow of `elements` carries over.
            WordsMut::W32(
                unsafe { slice::from_raw_parts_mut(ptr.cast::<u32>(), len) },
                kind,
            )
        }
        8 => {
            // SAFETY: as above, with `u64` for the 64-bit types.
            WordsMut::W64(
                unsafe { slice::from_raw_parts_mut(ptr.cast::<u64>(), len) },
                kind,
            )
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::{WordKind, Words, WordsMut, words, words_mut};

    #[test]
    fn which_types_are_words() {
        assert!(
            matches!(words(&[1.5f64]), Some(Words::W64(w, WordKind::Float)) if w[0] == 1.5f64.to_bits())
        );
        assert!(
            matches!(words(&[-1i32]), Some(Words::W32(w, WordKind::Signed)) if w[0] == u32::MAX)
        );
        assert!(words(&[7usize]).is_some());
        assert!(words(&[1u8]).is_none() && words(&[true]).is_none() && words(&[1i16]).is_none());
        let mut a = [1.0f32, 2.0];
        if let Some(WordsMut::W32(w, WordKind::Float)) = words_mut(&mut a) {
            w[1] = 0.5f32.to_bits();
        }
        assert_eq!(a, [1.0, 0.5]);
    }
}
