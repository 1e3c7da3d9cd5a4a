//! Work split across threads with `rayon` (feature `rayon`), for arrays of
//! several MiB: elementwise writes, in-place updates and sums.
//!
//! Every `par_` method gives exactly the result of its serial twin. The
//! elementwise ones split the array into runs of [`CHUNK`] elements, each
//! run done by the serial loop (in the widest vector registers the CPU
//! has); arrays under [`PAR_FROM`] bytes run serially, where a thread
//! handoff costs more than it saves. `par_sum` of floats splits where
//! NumPy's pairwise summation splits (halves, at a multiple of 8) and sums
//! each half on its own thread, so the additions are NumPy's, to the bit;
//! integer sums are exact in any order.
//!
//! NumPy runs these loops on one thread; memory-bound loops gain what the
//! memory system has left over from one core (measured in the README).

use rayon::prelude::*;

use crate::array::Array;
use crate::element::{Element, Stored};
use crate::loops;
use crate::number::Number;
use crate::order::Order;
use crate::shape::Shape;

/// Arrays of at least this many bytes (4 MiB) are split across threads by
/// the `par_` methods; smaller ones run on the calling thread.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array1, PAR_FROM};
/// // 1M f64 (8 MiB) is split; 1K f64 (8 KiB) is not.
/// assert!(Array1::<f64, 1_000_000>::NBYTES >= PAR_FROM);
/// assert!(Array1::<f64, 1024>::NBYTES < PAR_FROM);
/// ```
// Repeats the module's cfg: on the item, it labels the item in the docs.
#[cfg(feature = "rayon")]
pub const PAR_FROM: usize = 4 << 20;
/// Elements per piece of work (a multiple of 64, so that each piece's
/// vector loop starts at the same offset within a cache line).
const CHUNK: usize = 32 << 10;

/// Whether `len` values of `T` are worth splitting.
fn parallel<T>(len: usize) -> bool {
    len.saturating_mul(core::mem::size_of::<T>()) >= PAR_FROM
}

/// Piece `k` of `s` for an output piece of `n` elements: the inputs are
/// as long as the output, or empty (unused).
fn piece<X>(s: &[X], k: usize, n: usize) -> &[X] {
    s.get(k * CHUNK..k * CHUNK + n).unwrap_or(&[])
}

/// `run(out, a, b)` over matching pieces of [`CHUNK`] elements on all
/// threads, or over the whole slices on this thread when `out` is under
/// [`PAR_FROM`] bytes.
fn pieces<T: Send, U: Sync, V: Sync>(
    out: &mut [T],
    a: &[U],
    b: &[V],
    run: impl Fn(&mut [T], &[U], &[V]) + Sync + Send,
) {
    if !parallel::<T>(out.len()) {
        return run(out, a, b);
    }
    out.par_chunks_mut(CHUNK).enumerate().for_each(|(k, out)| {
        let n = out.len();
        run(out, piece(a, k, n), piece(b, k, n))
    });
}

#[cfg(feature = "rayon")]
impl<T: Element, S: Shape, O: Order> Array<T, S, O> {
    /// [`map_inplace`](Self::map_inplace) on all threads (for arrays of
    /// [`PAR_FROM`] bytes or more; smaller ones run on this thread).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let mut a = Array1::<f32, 2_000_000>::full_boxed(2.0);
    /// a.par_map_inplace(|x| x * 2.5);
    /// assert!(a.iter().all(|&x| x == 5.0));
    /// ```
    pub fn par_map_inplace(&mut self, f: impl Fn(T) -> T + Sync + Send) {
        let none: &[T] = &[];
        pieces(self.as_mut_slice(), none, none, |out, _, _| {
            loops::map_assign(out, &f)
        });
    }

    /// [`zip_map_inplace`](Self::zip_map_inplace) on all threads: `a += &b`
    /// is `a.par_zip_map_inplace(&b, |x, y| x + y)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let mut a = Array1::<f32, 2_000_000>::ones_boxed();
    /// let b = Array1::<f32, 2_000_000>::full_boxed(0.5);
    /// a.par_zip_map_inplace(&b, |x, y| x + y);
    /// assert!(a.iter().all(|&x| x == 1.5));
    /// ```
    pub fn par_zip_map_inplace<U: Copy + Stored + Sync>(
        &mut self,
        a: &Array<U, S, O>,
        f: impl Fn(T, U) -> T + Sync + Send,
    ) {
        let none: &[T] = &[];
        pieces(self.as_mut_slice(), a.as_slice(), none, |out, a, _| {
            loops::zip_assign(out, a, &f)
        });
    }

    /// [`assign_map`](Self::assign_map) on all threads.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<u8, 5_000_000>::full_boxed(3);
    /// let mut out = Array1::<f32, 5_000_000>::zeros_boxed();
    /// out.par_assign_map(&a, |x| f32::from(x) / 2.0);
    /// assert!(out.iter().all(|&x| x == 1.5));
    /// ```
    pub fn par_assign_map<U: Copy + Stored + Sync>(
        &mut self,
        a: &Array<U, S, O>,
        f: impl Fn(U) -> T + Sync + Send,
    ) {
        let none: &[T] = &[];
        pieces(self.as_mut_slice(), a.as_slice(), none, |out, a, _| {
            loops::map_into(out, a, &f)
        });
    }

    /// [`assign_zip_map`](Self::assign_zip_map) on all threads: STREAM's
    /// triad `out = b + s * c` over big arrays.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// const N: usize = 1 << 20;
    /// let b = Array1::<f64, N>::full_boxed(1.0);
    /// let c = Array1::<f64, N>::full_boxed(2.0);
    /// let mut out = Array1::<f64, N>::zeros_boxed();
    /// out.par_assign_zip_map(&b, &c, |b, c| b + 3.0 * c);
    /// assert!(out.iter().all(|&x| x == 7.0));
    /// ```
    pub fn par_assign_zip_map<U: Copy + Stored + Sync, V: Copy + Stored + Sync>(
        &mut self,
        a: &Array<U, S, O>,
        b: &Array<V, S, O>,
        f: impl Fn(U, V) -> T + Sync + Send,
    ) {
        pieces(
            self.as_mut_slice(),
            a.as_slice(),
            b.as_slice(),
            |out, a, b| loops::zip_into(out, a, b, &f),
        );
    }
}

#[cfg(feature = "rayon")]
impl<T: Number, S: Shape, O: Order> Array<T, S, O> {
    /// [`sum`](Self::sum) on all threads, to the same bits: floats split
    /// where NumPy's pairwise summation splits, so each thread sums whole
    /// subtrees of NumPy's order.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<f64, 3_000_001>::from_fn_boxed(|[i]| (i % 7) as f64 * 0.1);
    /// assert_eq!(a.par_sum().to_bits(), a.sum().to_bits());
    /// ```
    pub fn par_sum(&self) -> T::Accumulator {
        let a = self.as_slice();
        if !parallel::<T>(a.len()) {
            return T::sum_of(a);
        }
        T::par_sum_of(a)
    }
}
