//! Histograms with a bin count in the type, NumPy's
//! `histogram(a, bins=BINS, range=(lo, hi))`, and `bincount`.
//!
//! NumPy's steps for equal bins, copied so that every value lands in
//! NumPy's bin: the edges are `linspace(lo, hi, BINS + 1)` in the float
//! type of the elements; a value `x` in `[lo, hi]` (NaN is in no bin) goes
//! to bin `int((x - lo) / (hi - lo) * BINS)` (the difference in the float
//! type, the rest in `f64`), moved down one if that is `BINS` or `x` is
//! below its left edge, and up one if `x` is at or past its right edge,
//! except in the last bin, which includes its right edge.

use core::marker::PhantomData;

use crate::array::{Array, Array1};
use crate::const_fmt::Msg;
use crate::kinds::every_kind;
use crate::shape::Shape1;

use super::Statistical;
use super::private::{FromValue, Real};

/// `EDGES == BINS + 1`, and at least one bin.
pub(crate) struct EdgesOfBins<const BINS: usize, const EDGES: usize>(PhantomData<()>);

impl<const BINS: usize, const EDGES: usize> EdgesOfBins<BINS, EDGES> {
    pub(crate) const OK: () = if BINS == 0 {
        Msg::new()
            .str("a histogram needs at least one bin, found 0")
            .raise()
    } else if EDGES != BINS + 1 {
        Msg::new()
            .str("a histogram of ")
            .num(BINS)
            .str(" bins has ")
            .num(BINS + 1)
            .str(" edges, but the edges' array has ")
            .num(EDGES)
            .raise()
    };
}

/// NumPy's `_get_outer_edges`: checked, and widened by 0.5 each way when
/// equal.
#[track_caller]
fn outer_edges(lo: f64, hi: f64) -> (f64, f64) {
    if lo > hi {
        panic!("histogram: the range's lower end {lo} is above its upper end {hi}");
    }
    if !(lo.is_finite() && hi.is_finite()) {
        panic!("histogram: the range [{lo}, {hi}] is not finite");
    }
    if lo == hi {
        (lo - 0.5, hi + 0.5)
    } else {
        (lo, hi)
    }
}

every_kind! { [Statistical]
    /// The histogram of the values in `BINS` equal bins from `lo` to `hi`,
    /// NumPy's `histogram(a, bins=BINS, range=(lo, hi))`: the counts, and
    /// the `BINS + 1` edges (the caller names both lengths, usually by
    /// annotating the result; any other edge count does not build). Each
    /// bin holds its left edge, the last also its right edge; values
    /// outside `[lo, hi]` and NaN are not counted. The edges are in the
    /// float type of the elements (`f64` for integers); counts are `usize`
    /// (NumPy's are `intp`, `int64`).
    ///
    /// # Panics
    ///
    /// As NumPy raises `ValueError`: when `lo > hi`, when either is not
    /// finite, or when the bins are too narrow for the floats to tell
    /// their edges apart.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<f64, 6>::from([0.0, 0.5, 1.0, 1.5, 2.0, 7.0]);
    /// let (counts, edges): (Array1<usize, 4>, Array1<f64, 5>) = a.histogram(0.0, 2.0);
    /// assert_eq!(counts.as_slice(), &[1, 1, 1, 2]); // 2.0 is in the last bin
    /// assert_eq!(edges.as_slice(), &[0.0, 0.5, 1.0, 1.5, 2.0]);
    /// ```
    #[track_caller]
    pub fn histogram<const BINS: usize, const EDGES: usize>(
        &self,
        lo: f64,
        hi: f64,
    ) -> (Array1<usize, BINS>, Array1<T::Float, EDGES>) {
        // Checked here so that a wrong edge count is reported at the caller's line.
        let () = EdgesOfBins::<BINS, EDGES>::OK;
        let (lo, hi) = outer_edges(lo, hi);
        let edges = Array::<f64, Shape1<EDGES>>::linspace(lo, hi).map(T::Float::from_f64);
        let e = edges.as_slice();
        if e.windows(2).any(|pair| pair[0] >= pair[1]) {
            panic!("histogram: too many bins for the range [{lo}, {hi}]: cannot create {BINS} finite-sized bins");
        }
        let (first, last) = (T::Float::from_f64(lo), T::Float::from_f64(hi));
        let denominator = hi - lo;
        let mut counts = [0usize; BINS];
        self.view().for_each(|&value| {
            let x = T::Float::from_value(value);
            // NaN fails both comparisons.
            if !(x >= first && x <= last) {
                return;
            }
            let scaled = (x - first).to_f64() / denominator * BINS as f64;
            let mut bin = (scaled as usize).min(BINS - 1);
            if x < e[bin] {
                bin -= 1;
            }
            if bin != BINS - 1 && x >= e[bin + 1] {
                bin += 1;
            }
            counts[bin] += 1;
        });
        (Array::from(counts), edges)
    }
}
