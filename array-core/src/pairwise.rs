//! NumPy's pairwise summation of floats (`pairwise_sum` in NumPy's
//! `loops_utils.h.src`), to the bit, and fast.
//!
//! NumPy's order: a run of fewer than 8 values is added left to right; a
//! run of up to 128 (a *leaf*) is added in eight partial sums (lane `k`
//! takes elements `k`, `k + 8`, ... of the whole chunks of 8), which are
//! combined as `((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))`, and the
//! last `n % 8` values are then added left to right; a longer run is split
//! at `n / 2` rounded down to a multiple of 8, and the two halves' sums are
//! added. Rounding errors grow as O(log n) instead of O(n).
//!
//! Summed one leaf at a time, each of the eight partial sums is one chain of
//! dependent additions, and the loop waits on the adder's latency. Here,
//! wherever both halves of a run split once more into leaves (a run of
//! about 257 to 512 values, the size every long sum is built from), the
//! four leaves are summed side by side, their partial sums in flight at
//! once, each leaf's additions in NumPy's order, and the four sums are
//! combined as NumPy's recursion combines them. So the result is NumPy's
//! bits (the additions and their order are NumPy's; only which independent
//! chain runs first differs), in the widest vector registers the CPU has
//! (`raw::sum_lanes`, four leaves in four `zmm` registers with AVX-512).

use core::ops::{Add, AddAssign};

/// NumPy's `PW_BLOCKSIZE`: the longest run summed as one leaf.
const BLOCK: usize = 128;
/// NumPy's partial sums per leaf.
const LANES: usize = 8;

/// The float types NumPy sums pairwise.
pub(crate) trait Summand: Copy + Add<Output = Self> + AddAssign {
    const ZERO: Self;
    /// The combined partial sums of four leaves' whole chunks, in the
    /// widest registers the CPU has (`raw::sum_lanes`).
    fn four_leaves(chunks: [&[[Self; LANES]]; 4]) -> [Self; 4];
}

impl Summand for f32 {
    const ZERO: Self = 0.0;
    #[inline(always)]
    fn four_leaves(chunks: [&[[Self; LANES]]; 4]) -> [Self; 4] {
        crate::raw::four_leaves_f32(chunks)
    }
}

impl Summand for f64 {
    const ZERO: Self = 0.0;
    #[inline(always)]
    fn four_leaves(chunks: [&[[Self; LANES]]; 4]) -> [Self; 4] {
        crate::raw::four_leaves_f64(chunks)
    }
}

/// NumPy's buffer size: a sum that casts (integers summed as `float64`)
/// adds one buffer of this many values at a time.
pub(crate) const BUFFER: usize = 8192;

/// NumPy's sum of `len` values cast to a float type (`at(i)`, already
/// cast), as a reduction with `dtype=` runs: the values in buffers of
/// [`BUFFER`], each summed pairwise, the buffers' sums added in turn to
/// NumPy's identity, 0.
pub(crate) fn buffered_pairwise<T: Summand>(len: usize, at: &impl Fn(usize) -> T) -> T {
    let mut sum = T::ZERO;
    for start in (0..len).step_by(BUFFER) {
        sum += pairwise_by(start, BUFFER.min(len - start), at);
    }
    sum
}

/// NumPy's pairwise sum of `values`.
pub(crate) fn pairwise_sum<T: Summand>(values: &[T]) -> T {
    tree(values)
}

/// [`pairwise_sum`] with the two halves of each long run summed on two
/// threads (`rayon::join`), down to runs of `GRAIN`: each thread sums a
/// whole subtree of NumPy's order, so the bits are the same.
#[cfg(feature = "rayon")]
pub(crate) fn par_pairwise_sum<T: Summand + Send + Sync>(values: &[T]) -> T {
    /// Runs this short are summed on one thread (512 KiB of `f64`).
    const GRAIN: usize = 1 << 16;
    if values.len() <= GRAIN {
        return pairwise_sum(values);
    }
    let (left, right) = values.split_at(split(values.len()));
    let (x, y) = rayon::join(|| par_pairwise_sum(left), || par_pairwise_sum(right));
    x + y
}

/// Where NumPy splits a run of `n > BLOCK` values.
#[inline(always)]
fn split(n: usize) -> usize {
    let half = n / 2;
    half - half % LANES
}

fn tree<T: Summand>(a: &[T]) -> T {
    let n = a.len();
    if n <= BLOCK {
        return leaf(a);
    }
    let (left, right) = a.split_at(split(n));
    // A run that splits once more, into two leaves.
    let fork = |x: &[T]| x.len() > BLOCK && x.len() - split(x.len()) <= BLOCK;
    if fork(left) && fork(right) {
        // Both halves split once more, into leaves: four leaves side by
        // side, combined as NumPy's recursion would.
        let (ll, lr) = left.split_at(split(left.len()));
        let (rl, rr) = right.split_at(split(right.len()));
        let [a, b, c, d] = four_leaves([ll, lr, rl, rr]);
        return (a + b) + (c + d);
    }
    tree(left) + tree(right)
}

/// Adds left to right.
#[inline(always)]
fn sequential<T: Summand>(a: &[T]) -> T {
    let mut sum = T::ZERO;
    for &v in a {
        sum += v;
    }
    sum
}

/// NumPy's combination of the eight partial sums.
#[inline(always)]
fn combine<T: Summand>(r: [T; LANES]) -> T {
    ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
}

/// One leaf, alone: NumPy's loop as written.
#[inline(always)]
fn leaf<T: Summand>(a: &[T]) -> T {
    if a.len() < LANES {
        return sequential(a);
    }
    let (chunks, rest) = a.as_chunks::<LANES>();
    let mut r = chunks[0];
    for chunk in &chunks[1..] {
        for k in 0..LANES {
            r[k] += chunk[k];
        }
    }
    let mut sum = combine(r);
    for &v in rest {
        sum += v;
    }
    sum
}

/// Four leaves of at least 8 values each, summed side by side: the partial
/// sums of all of them advance one chunk per step, so 32 independent
/// additions are in flight. Each leaf's own additions are NumPy's.
fn four_leaves<T: Summand>(leaves: [&[T]; 4]) -> [T; 4] {
    let mut sums = T::four_leaves(leaves.map(|l| l.as_chunks::<LANES>().0));
    for (sum, leaf) in sums.iter_mut().zip(leaves) {
        for &v in leaf.as_chunks::<LANES>().1 {
            *sum += v;
        }
    }
    sums
}

/// NumPy's algorithm over the values `at(start)` ... `at(start + n - 1)`
/// instead of a slice, one leaf at a time: the same additions in the same
/// order, so the same bits. For views, whose elements are not contiguous,
/// and the reference the fast path is tested against.
pub(crate) fn pairwise_by<T: Summand>(start: usize, n: usize, at: &impl Fn(usize) -> T) -> T {
    if n < LANES {
        let mut sum = T::ZERO;
        for i in start..start + n {
            sum += at(i);
        }
        sum
    } else if n <= BLOCK {
        let mut r: [T; LANES] = core::array::from_fn(|k| at(start + k));
        let whole = n - n % LANES;
        for i in (LANES..whole).step_by(LANES) {
            for (k, slot) in r.iter_mut().enumerate() {
                *slot += at(start + i + k);
            }
        }
        let mut sum = combine(r);
        for j in whole..n {
            sum += at(start + j);
        }
        sum
    } else {
        let half = split(n);
        pairwise_by(start, half, at) + pairwise_by(start + half, n - half, at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec::Vec;

    /// Values whose sums round differently in every order.
    fn data(n: usize, seed: u64) -> Vec<f64> {
        (0..n as u64)
            .map(|i| {
                let k = (i + seed).wrapping_mul(2654435761) % (1 << 32);
                (k as f64 / 4294967296.0 - 0.5) * (1.0 + (k % 97) as f64 * 1e3)
            })
            .collect()
    }

    /// The threads add NumPy's subtrees: the same bits as one thread.
    #[cfg(all(feature = "rayon", not(miri)))]
    #[test]
    fn threads_add_in_numpys_order() {
        for n in [65_537, 100_003, 1 << 20, 3_000_017] {
            let a = data(n, n as u64);
            assert_eq!(
                par_pairwise_sum(&a).to_bits(),
                pairwise_sum(&a).to_bits(),
                "f64, n = {n}"
            );
            let a32: Vec<f32> = a.iter().map(|&x| x as f32).collect();
            assert_eq!(
                par_pairwise_sum(&a32).to_bits(),
                pairwise_sum(&a32).to_bits(),
                "f32, n = {n}"
            );
        }
    }

    #[test]
    fn the_fast_path_adds_in_numpys_order() {
        // Every length up to 2100 (every subtree shape up to two spans),
        // then longer ones, from several offsets.
        #[cfg(not(miri))]
        let lengths = (0..2100).chain([4095, 4096, 4097, 10_000, 65_536, 100_003]);
        #[cfg(miri)]
        let lengths = [0, 7, 8, 127, 129, 300, 520, 1000, 1024, 1030, 2049].into_iter();
        for n in lengths {
            let a = data(n + 3, n as u64);
            for offset in [0, 3] {
                let a = &a[offset..offset + n];
                let reference = pairwise_by(0, n, &|i| a[i]);
                assert_eq!(
                    pairwise_sum(a).to_bits(),
                    reference.to_bits(),
                    "f64, n = {n}"
                );
                let a32: Vec<f32> = a.iter().map(|&x| x as f32).collect();
                let reference = pairwise_by(0, n, &|i| a32[i]);
                assert_eq!(
                    pairwise_sum(&a32).to_bits(),
                    reference.to_bits(),
                    "f32, n = {n}"
                );
            }
        }
    }
}
