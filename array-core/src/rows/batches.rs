//! Typed batches: `K` rows at a time as one array of shape `(K, *S)`, the
//! bridge from data of any length back to types that know every length.

use core::iter::FusedIterator;
use core::slice;

use crate::array::Array;
use crate::element::Element;
use crate::raw::{flat, flat_mut};
use crate::shape::RowShape;

use super::Rows;

impl<T: Element, S: RowShape> Rows<T, S> {
    /// The rows `K` at a time, each batch one array of shape `(K, *S)`
    /// (for `Shape1<8>`, an `Array2<T, K, 8>`), borrowed without a copy;
    /// the last `len() % K` rows are left out, and the iterator's
    /// [`remainder`](ChunksExact::remainder) gives them, as `std`'s
    /// `chunks_exact`. `K = 0` does not compile.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, Rows, Shape1};
    /// let x = Rows::<f64, Shape1<8>>::from_fn(130, |[i, j]| (i * 8 + j) as f64);
    /// let mut batches = x.chunks_exact::<64>();
    /// let first: &Array2<f64, 64, 8> = batches.next().unwrap();
    /// assert_eq!(first[[63, 7]], 511.0);
    /// assert_eq!(batches.len(), 1);
    /// assert_eq!(batches.remainder().len(), 2); // rows 128 and 129
    /// assert_eq!(batches.map(|b| b.sum()).sum::<f64>(), (512..1024).sum::<i32>() as f64);
    /// ```
    pub fn chunks_exact<const K: usize>(&self) -> ChunksExact<'_, T, S, K> {
        let () = NonZero::<K>::OK;
        ChunksExact {
            chunks: self.as_rows().chunks_exact(K),
        }
    }

    /// [`chunks_exact`](Self::chunks_exact) with mutable batches.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let mut x = Rows::<i32, Shape1<2>>::zeros(5);
    /// for (b, batch) in x.chunks_exact_mut::<2>().enumerate() {
    ///     batch.fill(b as i32 + 1); // an Array2<i32, 2, 2>
    /// }
    /// assert_eq!(x.as_slice(), &[1, 1, 1, 1, 2, 2, 2, 2, 0, 0]);
    /// ```
    pub fn chunks_exact_mut<const K: usize>(&mut self) -> ChunksExactMut<'_, T, S, K> {
        let () = NonZero::<K>::OK;
        ChunksExactMut {
            chunks: self.as_rows_mut().chunks_exact_mut(K),
        }
    }
}

/// `K` of zero makes no batch.
pub(super) struct NonZero<const K: usize>;

impl<const K: usize> NonZero<K> {
    pub(super) const OK: () = assert!(K > 0, "a batch holds at least one row: K must not be 0");
}

/// Batch of `K` rows as the array of shape `(K, *S)` it is.
pub(super) fn batch<T: Element, S: RowShape, const K: usize>(
    rows: &[Array<T, S>],
) -> &Array<T, S::Prepend<K>> {
    match Array::ref_from_slice(flat(rows)) {
        Some(batch) => batch,
        None => unreachable!("K rows are the K * S::SIZE elements of S::Prepend<K>"),
    }
}

/// Mutable twin of [`batch`].
fn batch_mut<T: Element, S: RowShape, const K: usize>(
    rows: &mut [Array<T, S>],
) -> &mut Array<T, S::Prepend<K>> {
    match Array::mut_from_slice(flat_mut(rows)) {
        Some(batch) => batch,
        None => unreachable!("K rows are the K * S::SIZE elements of S::Prepend<K>"),
    }
}

/// The iterator of [`Rows::chunks_exact`]: `K` rows at a time as
/// `&Array<T, S::Prepend<K>>`.
pub struct ChunksExact<'a, T: Element, S: RowShape, const K: usize> {
    chunks: slice::ChunksExact<'a, Array<T, S>>,
}

impl<'a, T: Element, S: RowShape, const K: usize> ChunksExact<'a, T, S, K> {
    /// The last `len() % K` rows, which make no whole batch.
    pub fn remainder(&self) -> &'a [Array<T, S>] {
        self.chunks.remainder()
    }
}

impl<'a, T: Element, S: RowShape, const K: usize> Iterator for ChunksExact<'a, T, S, K> {
    type Item = &'a Array<T, S::Prepend<K>>;

    fn next(&mut self) -> Option<Self::Item> {
        self.chunks.next().map(batch::<T, S, K>)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.chunks.size_hint()
    }
}

impl<T: Element, S: RowShape, const K: usize> DoubleEndedIterator for ChunksExact<'_, T, S, K> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.chunks.next_back().map(batch::<T, S, K>)
    }
}

impl<T: Element, S: RowShape, const K: usize> ExactSizeIterator for ChunksExact<'_, T, S, K> {}
impl<T: Element, S: RowShape, const K: usize> FusedIterator for ChunksExact<'_, T, S, K> {}

/// The iterator of [`Rows::chunks_exact_mut`].
pub struct ChunksExactMut<'a, T: Element, S: RowShape, const K: usize> {
    chunks: slice::ChunksExactMut<'a, Array<T, S>>,
}

impl<'a, T: Element, S: RowShape, const K: usize> ChunksExactMut<'a, T, S, K> {
    /// The last `len() % K` rows, which make no whole batch.
    pub fn into_remainder(self) -> &'a mut [Array<T, S>] {
        self.chunks.into_remainder()
    }
}

impl<'a, T: Element, S: RowShape, const K: usize> Iterator for ChunksExactMut<'a, T, S, K> {
    type Item = &'a mut Array<T, S::Prepend<K>>;

    fn next(&mut self) -> Option<Self::Item> {
        self.chunks.next().map(batch_mut::<T, S, K>)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.chunks.size_hint()
    }
}

impl<T: Element, S: RowShape, const K: usize> DoubleEndedIterator for ChunksExactMut<'_, T, S, K> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.chunks.next_back().map(batch_mut::<T, S, K>)
    }
}

impl<T: Element, S: RowShape, const K: usize> ExactSizeIterator for ChunksExactMut<'_, T, S, K> {}
impl<T: Element, S: RowShape, const K: usize> FusedIterator for ChunksExactMut<'_, T, S, K> {}
