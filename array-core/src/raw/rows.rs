//! The memory of a [`Rows`](crate::Rows): its `Vec<Array<T, S>>` seen as
//! the flat `Vec<T>`/`[T]` of NumPy's `(n, *S)` array, and back.
//!
//! The invariant: by the layout invariant (`layout.rs`, checked by
//! `Array::LAYOUT`), an `Array<T, S>` is exactly `S::SIZE` values of `T`
//! back to back, aligned as `T`, with no padding. So `n` consecutive arrays
//! are `n * S::SIZE` consecutive values of `T`, and an allocation made for
//! `c` arrays (`Layout::array::<Array<T, S>>(c)`) is the allocation of
//! `c * S::SIZE` values of `T` (`Layout::array::<T>(c * S::SIZE)`): the
//! same size and alignment. Re-typing a slice or a `Vec` between the two
//! moves and copies nothing.

use alloc::vec::Vec;
use core::mem::ManuallyDrop;
use core::slice;

use crate::array::Array;
use crate::element::Stored;
use crate::order::RowMajor;
use crate::shape::Shape;

/// The elements of `rows`, flat, in C order.
#[inline]
pub(crate) fn flat<T: Stored, S: Shape>(rows: &[Array<T, S, RowMajor>]) -> &[T] {
    let () = Array::<T, S, RowMajor>::LAYOUT;
    // SAFETY: by LAYOUT each array is `S::SIZE` initialised `T`s with no
    // padding, so the `rows.len()` arrays are `rows.len() * S::SIZE`
    // consecutive `T`s, aligned as `T`; the length cannot overflow, as the
    // slice's bytes already fit in `isize`. The borrow carries over.
    unsafe { slice::from_raw_parts(rows.as_ptr().cast::<T>(), rows.len() * S::SIZE) }
}

/// Mutable twin of [`flat`].
#[inline]
pub(crate) fn flat_mut<T: Stored, S: Shape>(rows: &mut [Array<T, S, RowMajor>]) -> &mut [T] {
    let () = Array::<T, S, RowMajor>::LAYOUT;
    // SAFETY: as in `flat`; the unique borrow carries over.
    unsafe { slice::from_raw_parts_mut(rows.as_mut_ptr().cast::<T>(), rows.len() * S::SIZE) }
}

/// `flat` seen as its `n` rows, without a copy: the borrowed form of
/// rows over memory someone else owns (a NumPy array's). Panics unless
/// `flat.len() == n * S::SIZE` (`n` is needed as well as `flat` for
/// zero-sized rows, whose count the flat length does not tell).
#[cfg(any(test, feature = "numpy"))]
#[inline]
pub(crate) fn rows_of<T: Stored, S: Shape>(flat: &[T], n: usize) -> &[Array<T, S, RowMajor>] {
    let () = Array::<T, S, RowMajor>::LAYOUT;
    assert_eq!(Some(flat.len()), n.checked_mul(S::SIZE), "{n} rows");
    // SAFETY: by LAYOUT an array is `S::SIZE` values of `T` with no
    // padding, aligned as `T`, so the `n * S::SIZE == flat.len()`
    // initialised, consecutive `T`s of `flat` are `n` consecutive arrays
    // at an address aligned for them; with `S::SIZE == 0` the arrays are
    // zero-sized and `flat`'s non-null, aligned pointer serves. The size
    // in bytes is `flat`'s, which fits in `isize`. The borrow carries over.
    unsafe { slice::from_raw_parts(flat.as_ptr().cast::<Array<T, S, RowMajor>>(), n) }
}

/// Mutable twin of [`rows_of`].
#[cfg(any(test, feature = "numpy"))]
#[inline]
pub(crate) fn rows_of_mut<T: Stored, S: Shape>(
    flat: &mut [T],
    n: usize,
) -> &mut [Array<T, S, RowMajor>] {
    let () = Array::<T, S, RowMajor>::LAYOUT;
    assert_eq!(Some(flat.len()), n.checked_mul(S::SIZE), "{n} rows");
    // SAFETY: as in `rows_of`; the unique borrow carries over.
    unsafe { slice::from_raw_parts_mut(flat.as_mut_ptr().cast::<Array<T, S, RowMajor>>(), n) }
}

/// The rows whose elements are `flat` (`flat.len()` a multiple of
/// `S::SIZE`, which is not 0); gives `flat` back otherwise. Keeps the
/// allocation when its capacity is a whole number of rows (after a
/// `shrink_to_fit` if needed); copies the rows into a new one otherwise.
pub(crate) fn rows_from_vec<T: Stored + Copy, S: Shape>(
    mut flat: Vec<T>,
) -> Result<Vec<Array<T, S, RowMajor>>, Vec<T>> {
    let () = Array::<T, S, RowMajor>::LAYOUT;
    if S::SIZE == 0 || !flat.len().is_multiple_of(S::SIZE) {
        return Err(flat);
    }
    if !flat.capacity().is_multiple_of(S::SIZE) {
        flat.shrink_to_fit();
    }
    if !flat.capacity().is_multiple_of(S::SIZE) {
        // The allocator kept a capacity that is no whole number of rows.
        return Ok(flat
            .chunks_exact(S::SIZE)
            .map(|row| Array::<T, S, RowMajor>::from_flat_fn(|i| row[i]))
            .collect());
    }
    let mut flat = ManuallyDrop::new(flat);
    let (ptr, len, capacity) = (flat.as_mut_ptr(), flat.len(), flat.capacity());
    // SAFETY: `ptr` was allocated by the global allocator for `capacity`
    // values of `T`, aligned as `T`; `capacity` and `len` are multiples of
    // `S::SIZE > 0`, so (the module's invariant) that allocation is the one
    // for `capacity / S::SIZE` arrays, and its first `len / S::SIZE` arrays
    // are initialised. The original `Vec` is never dropped (ManuallyDrop),
    // so the allocation has one owner.
    Ok(unsafe {
        Vec::from_raw_parts(
            ptr.cast::<Array<T, S, RowMajor>>(),
            len / S::SIZE,
            capacity / S::SIZE,
        )
    })
}

/// The elements of `rows` as one flat `Vec`, in the same allocation.
pub(crate) fn vec_from_rows<T: Stored, S: Shape>(rows: Vec<Array<T, S, RowMajor>>) -> Vec<T> {
    let () = Array::<T, S, RowMajor>::LAYOUT;
    if S::SIZE == 0 {
        // Zero-sized rows own no allocation, and hold no element.
        return Vec::new();
    }
    let mut rows = ManuallyDrop::new(rows);
    let (ptr, len, capacity) = (rows.as_mut_ptr(), rows.len(), rows.capacity());
    // SAFETY: `ptr` was allocated for `capacity` arrays, which (the
    // module's invariant, `S::SIZE > 0`) is the allocation of
    // `capacity * S::SIZE` values of `T`, aligned as `T`, whose first
    // `len * S::SIZE` are initialised; the products fit, as the bytes of
    // the allocation do. The original `Vec` is never dropped.
    unsafe { Vec::from_raw_parts(ptr.cast::<T>(), len * S::SIZE, capacity * S::SIZE) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shape::{Shape1, Shape2};

    /// The casts keep the allocation and the elements, whatever the
    /// capacity (Miri checks the frees and the reads).
    #[test]
    fn flat_and_rows_round_trip() {
        for capacity in [6, 7, 9, 12, 13] {
            let mut flat: Vec<u16> = Vec::with_capacity(capacity);
            flat.extend(0..6);
            let rows = rows_from_vec::<u16, Shape2<1, 3>>(flat).unwrap_or_default();
            assert_eq!(rows.len(), 2);
            assert_eq!(flat_of(&rows), &[0, 1, 2, 3, 4, 5]);
            let back = vec_from_rows(rows);
            assert_eq!(back, [0, 1, 2, 3, 4, 5]);
        }
        assert!(rows_from_vec::<u16, Shape1<4>>((0..6).collect()).is_err());
        assert!(rows_from_vec::<u16, Shape1<0>>(Vec::new()).is_err());
        let mut rows = rows_from_vec::<i64, Shape1<2>>((0..8).collect()).unwrap_or_default();
        flat_mut(&mut rows)[7] = -1;
        assert_eq!(rows[3].as_slice(), &[6, -1]);
        let empty: Vec<Array<f32, Shape1<0>>> = (0..3).map(|_| Array::zeros()).collect();
        assert!(vec_from_rows(empty).is_empty());
    }

    /// Flat memory seen as rows and written through them (Miri checks the
    /// reads, the writes and the zero-sized rows).
    #[test]
    fn flat_memory_as_rows() {
        let mut flat: Vec<i32> = (0..6).collect();
        let rows = rows_of::<i32, Shape1<3>>(&flat, 2);
        assert_eq!(rows[1].as_slice(), &[3, 4, 5]);
        rows_of_mut::<i32, Shape2<1, 2>>(&mut flat, 3)[2][[0, 1]] = -1;
        assert_eq!(flat, [0, 1, 2, 3, 4, -1]);
        assert_eq!(rows_of::<i32, Shape1<0>>(&[], 4).len(), 4);
        assert!(rows_of::<i32, Shape1<3>>(&flat[..0], 0).is_empty());
    }

    #[test]
    #[should_panic(expected = "3 rows")]
    fn rows_of_a_wrong_length_panics() {
        rows_of::<u8, Shape1<2>>(&[0; 5], 3);
    }

    fn flat_of<T: Stored, S: Shape>(rows: &[Array<T, S, RowMajor>]) -> &[T] {
        flat(rows)
    }
}
