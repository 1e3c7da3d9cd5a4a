//! Reductions: `sum`, `prod`, `mean`, `min`, `max`, `argmin`, `argmax`,
//! `any`, `all`, over the whole array or along one axis chosen at compile
//! time (`sum_axis::<1>()`), whose output type has that axis removed: on
//! arrays and views alike (written once, over the view).
//!
//! Float sums use NumPy's pairwise summation over each contiguous run, so
//! they match NumPy bit for bit: the whole array, or a lane along the axis
//! that is contiguous in memory (the last axis of a `RowMajor` array, the
//! first of a `ColMajor` one). Along any other axis NumPy adds the lanes
//! one after another, and so does this. A view adds in the order of the
//! array it copies to (`to_array`), so it gives that array's bits. (NumPy
//! itself adds the elements of a non-contiguous view in an order its
//! iterator picks; where that differs from the copy's, a float sum can
//! differ from NumPy's in the last bits, as NumPy's own `v.sum()` and
//! `v.copy().sum()` can.)

use crate::array::Array;
use crate::element::{Element, Stored};
use crate::kinds::every_kind;
use crate::number::Number;
use crate::number::private::{Accumulate, Arith};
use crate::order::Order;
use crate::raw::Strides;
use crate::raw::{unravel, unravel_in};
use crate::shape::{NonEmpty, NonEmptyLanes, RemoveAxis, Shape};
use crate::views::ArrayView;

/// Is `a` a better pick than `b` for the maximum (`max`) or the minimum?
/// NaN beats everything, as in NumPy, where NaN propagates.
#[inline]
pub(crate) fn better<T: Element>(a: T, b: T, max: bool) -> bool {
    #[allow(clippy::eq_op)]
    let (a_nan, b_nan) = (a != a, b != b);
    if a_nan || b_nan {
        return a_nan && !b_nan;
    }
    if max {
        crate::element::gt(a, b)
    } else {
        crate::element::lt(a, b)
    }
}

/// One step of a maximum (`max`) or minimum reduction over `(position,
/// value)` pairs: a better value takes over with its position. An equal one
/// (only `0.0` and `-0.0` are equal and differ) keeps the first position but
/// takes the new value: NumPy's `max` of `[0.0, -0.0]` is `-0.0` and of
/// `[-0.0, 0.0]` is `0.0`, while `argmax` gives the first of equals.
#[inline]
pub(crate) fn step<T: Element>(best: (usize, T), next: (usize, T), max: bool) -> (usize, T) {
    if better(next.1, best.1, max) {
        next
    } else if next.1 == best.1 {
        (best.0, next.1)
    } else {
        best
    }
}

/// Whether the lanes along `AXIS` are contiguous runs in the memory of an
/// array of shape `S` in order `O`: every axis that moves faster has length
/// 1 (the last axis of a `RowMajor` array, or the first of shape `(n, 1)`).
/// NumPy sums such lanes pairwise, and lanes along any other axis one
/// element after another.
fn is_inner_axis<S: Shape, O: Order>(axis: usize) -> bool {
    let faster = if O::IS_ROW_MAJOR {
        &S::DIMS[axis + 1..]
    } else {
        &S::DIMS[..axis]
    };
    faster.iter().all(|&d| d == 1)
}

/// The output index `out` of a reduction along `AXIS`, with position `k`
/// inserted at `AXIS`: an index of the input.
fn lane_index<S: Shape, const AXIS: usize>(out: &[usize], k: usize) -> S::Index {
    let mut index = S::Index::default();
    let full = index.as_mut();
    full[..AXIS].copy_from_slice(&out[..AXIS]);
    full[AXIS] = k;
    full[AXIS + 1..].copy_from_slice(&out[AXIS..]);
    index
}

/// The memory of a contiguous array of shape `S` in order `O` around
/// `AXIS`, as `(outer, len, inner)`: element `k` of the lane through output
/// `(o, j)` is at `(o * len + k) * inner + j`, and that output, in an array
/// of the same order with `AXIS` removed, at `o * inner + j`. So lane
/// position `k` of the outputs `o * inner..(o + 1) * inner` is one run of
/// `inner` elements: a reduction along a slow axis adds whole rows, as
/// NumPy's does.
pub(crate) fn axis_blocks<S: Shape, O: Order>(axis: usize) -> (usize, usize, usize) {
    let before: usize = S::DIMS[..axis].iter().product();
    let after: usize = S::DIMS[axis + 1..].iter().product();
    if O::IS_ROW_MAJOR {
        (before, S::DIMS[axis], after)
    } else {
        (after, S::DIMS[axis], before)
    }
}

/// Folds the lanes along a slow axis row by row, in lane order: for each
/// block `o` of [`axis_blocks`] with `len >= 1`, `first(o, out_row, row_0)`
/// then `next(o, k, out_row, row_k)` for `k = 1..len`, where `out_row` is
/// the block's `inner` outputs. Memory is read once, in order. Inlined
/// into its caller's vector copy (`dispatch::widest`), where the row loops
/// take the wide registers.
#[inline(always)]
fn fold_rows<T, A>(
    memory: &[T],
    out: &mut [A],
    (len, inner): (usize, usize),
    mut first: impl FnMut(usize, &mut [A], &[T]),
    mut next: impl FnMut(usize, usize, &mut [A], &[T]),
) {
    if inner == 0 || len == 0 {
        return;
    }
    for (o, (out_row, block)) in out
        .chunks_exact_mut(inner)
        .zip(memory.chunks_exact(len * inner))
        .enumerate()
    {
        let (row_0, rest) = block.split_at(inner);
        first(o, out_row, row_0);
        for (k, row) in rest.chunks_exact(inner).enumerate() {
            next(o, k + 1, out_row, row);
        }
    }
}

impl<'a, T: Element, S: Shape, L: Strides> ArrayView<'a, T, S, L> {
    /// `(C-order position, value)` of the maximum or minimum.
    fn pick(&self, max: bool) -> (usize, T) {
        let () = NonEmpty::<S>::OK;
        let mut best: Option<(usize, T)> = None;
        let mut position = 0;
        self.for_each_c(|&value| {
            best = Some(match best {
                None => (0, value),
                Some(best) => step(best, (position, value), max),
            });
            position += 1;
        });
        best.unwrap_or((0, T::ZERO))
    }

    /// The lane along `AXIS` through output index `out`, as values.
    fn lane_values<'s, const AXIS: usize>(
        &'s self,
        out: &'s [usize],
    ) -> impl Iterator<Item = T> + 's
    where
        S: RemoveAxis<AXIS>,
    {
        (0..S::DIMS[AXIS]).map(move |k| {
            let index = lane_index::<S, AXIS>(out, k);
            self.at(index.as_ref()).copied().unwrap_or(T::ZERO)
        })
    }

    /// `pick((position in the lane, value))` of the maximum or minimum of
    /// each lane along `AXIS`, into an array in order `O`.
    fn pick_axis<const AXIS: usize, U: Stored, O: Order>(
        &self,
        max: bool,
        pick: impl Fn((usize, T)) -> U,
    ) -> Array<U, <S as RemoveAxis<AXIS>>::Output, O>
    where
        S: RemoveAxis<AXIS>,
    {
        let () = NonEmptyLanes::<S, AXIS>::OK;
        if let Some(memory) = self.contiguous_in::<O>() {
            return pick_in_memory::<T, S, U, O, AXIS>(memory, max, pick);
        }
        Array::from_fn(|i: <<S as RemoveAxis<AXIS>>::Output as Shape>::Index| {
            let mut lane = self.lane_values::<AXIS>(i.as_ref()).enumerate();
            let first = lane.next().unwrap_or((0, T::ZERO));
            pick(lane.fold(first, |best, next| step(best, next, max)))
        })
    }
}

/// `pick_axis` over the memory of a contiguous array in order `O`: lanes
/// along the fast axis one after another, along a slow axis row by row
/// (the same steps in the same lane order, so the same result).
fn pick_in_memory<T: Element, S, U: Stored, O: Order, const AXIS: usize>(
    memory: &[T],
    max: bool,
    pick: impl Fn((usize, T)) -> U,
) -> Array<U, <S as RemoveAxis<AXIS>>::Output, O>
where
    S: RemoveAxis<AXIS>,
{
    let (_, len, inner) = axis_blocks::<S, O>(AXIS);
    if is_inner_axis::<S, O>(AXIS) {
        return Array::from_flat_fn(|i| {
            let lane = &memory[i * len..(i + 1) * len];
            let first = (0, lane[0]);
            let best = lane
                .iter()
                .enumerate()
                .skip(1)
                .fold(first, |best, (k, &x)| step(best, (k, x), max));
            pick(best)
        });
    }
    crate::raw::dispatch::widest(
        S::SIZE,
        #[inline(always)]
        || pick_rows(memory, (len, inner), max, pick),
    )
}

/// The slow-axis case of [`pick_in_memory`], inlined into the vector copy
/// `dispatch::widest` compiles.
#[inline(always)]
fn pick_rows<T: Element, S2: Shape, U: Stored, O: Order>(
    memory: &[T],
    (len, inner): (usize, usize),
    max: bool,
    pick: impl Fn((usize, T)) -> U,
) -> Array<U, S2, O> {
    let mut values = Array::<T, S2, O>::from_flat_fn(|_| T::ZERO);
    let mut positions = Array::<usize, S2, O>::from_flat_fn(|_| 0);
    let positions_flat = positions.as_mut_slice();
    fold_rows(
        memory,
        values.as_mut_slice(),
        (len, inner),
        |_, best, row| best.copy_from_slice(row),
        |o, k, best, row| {
            let at = &mut positions_flat[o * inner..(o + 1) * inner];
            for ((b, p), &x) in best.iter_mut().zip(at).zip(row) {
                (*p, *b) = step((*p, *b), (k, x), max);
            }
        },
    );
    let (values, positions) = (values.as_slice(), positions.as_slice());
    Array::from_flat_fn(|i| pick((positions[i], values[i])))
}

/// Each output the fold of its lane along a slow axis, row by row:
/// `first(lane[0])`, then `next(acc, lane[k])` in lane order. Inlined into
/// the vector copy `dispatch::widest` compiles, where the row loops take
/// the wide registers.
#[inline(always)]
fn fold_into<T: Copy, A: Stored + Copy, S2: Shape, O: Order>(
    memory: &[T],
    (len, inner): (usize, usize),
    fill: A,
    first: impl Fn(T) -> A,
    next: impl Fn(A, T) -> A,
) -> Array<A, S2, O> {
    let mut out = Array::from_flat_fn(|_| fill);
    fold_rows(
        memory,
        out.as_mut_slice(),
        (len, inner),
        |_, out, row| {
            for (a, &x) in out.iter_mut().zip(row) {
                *a = first(x);
            }
        },
        |_, _, out, row| {
            for (a, &x) in out.iter_mut().zip(row) {
                *a = next(*a, x);
            }
        },
    );
    out
}

impl<'a, T: Number, S: Shape, L: Strides> ArrayView<'a, T, S, L> {
    /// The element at position `i` of the copy's memory (`L::Order`).
    #[inline]
    fn nth(&self, i: usize) -> T {
        let index = unravel_in::<S, L::Order>(i);
        self.at(index.as_ref()).copied().unwrap_or(T::ZERO)
    }

    /// The sum in the memory order of `L::Order` (the copy's order).
    fn sum_all(&self) -> T::Accumulator {
        match self.contiguous() {
            Some(elements) => T::sum_of(elements),
            None => T::sum_by(S::SIZE, |i| self.nth(i)),
        }
    }

    /// `sum_axis` over the memory of a view contiguous in order `O`:
    /// lanes along the fast axis pairwise, one after another; along a slow
    /// axis row by row into the outputs, each output adding its lane in
    /// lane order (NumPy's order, so NumPy's bits).
    fn sum_axis_in_memory<const AXIS: usize, O: Order>(
        &self,
    ) -> Option<Array<T::Accumulator, <S as RemoveAxis<AXIS>>::Output, O>>
    where
        S: RemoveAxis<AXIS>,
    {
        let memory = self.contiguous_in::<O>()?;
        let (_, len, inner) = axis_blocks::<S, O>(AXIS);
        let zero = <T::Accumulator as Element>::ZERO;
        if len == 0 {
            return Some(Array::from_flat_fn(|_| zero));
        }
        if is_inner_axis::<S, O>(AXIS) {
            return Some(Array::from_flat_fn(|i| {
                T::sum_of(&memory[i * len..(i + 1) * len])
            }));
        }
        Some(crate::raw::dispatch::widest(
            S::SIZE,
            #[inline(always)]
            || {
                // From NumPy's identity, 0: a lane of `-0.0`s sums to `0.0`.
                fold_into(
                    memory,
                    (len, inner),
                    zero,
                    |x| zero.add(x.widen()),
                    |s, x| s.add(x.widen()),
                )
            },
        ))
    }

    /// `prod_axis` over the memory of a view contiguous in order `O`,
    /// each lane multiplied in lane order (row by row along a slow axis).
    fn prod_axis_in_memory<const AXIS: usize, O: Order>(
        &self,
    ) -> Option<Array<T::Accumulator, <S as RemoveAxis<AXIS>>::Output, O>>
    where
        S: RemoveAxis<AXIS>,
    {
        let memory = self.contiguous_in::<O>()?;
        let (_, len, inner) = axis_blocks::<S, O>(AXIS);
        let one = <T::Accumulator as Element>::ONE;
        if len == 0 || is_inner_axis::<S, O>(AXIS) {
            return Some(Array::from_flat_fn(|i| {
                memory[i * len..(i + 1) * len]
                    .iter()
                    .fold(one, |p, &x| p.mul(x.widen()))
            }));
        }
        Some(crate::raw::dispatch::widest(
            S::SIZE,
            #[inline(always)]
            || {
                fold_into(
                    memory,
                    (len, inner),
                    one,
                    |x| one.mul(x.widen()),
                    |p, x| p.mul(x.widen()),
                )
            },
        ))
    }

    /// The sum of the lane along `AXIS` through `out`: pairwise where the
    /// lane is a contiguous run of the copy (`inner`), one after another
    /// elsewhere, as NumPy sums the copy.
    fn sum_lane<const AXIS: usize>(&self, out: &[usize], inner: bool) -> T::Accumulator
    where
        S: RemoveAxis<AXIS>,
    {
        let len = S::DIMS[AXIS];
        if len == 0 {
            return <T::Accumulator as Element>::ZERO;
        }
        if inner {
            if let Some(run) = self.lane::<AXIS>(out).and_then(|lane| lane.contiguous()) {
                return T::sum_of(run);
            }
            return T::sum_by(len, |k| {
                let index = lane_index::<S, AXIS>(out, k);
                self.at(index.as_ref()).copied().unwrap_or(T::ZERO)
            });
        }
        // From NumPy's identity, 0: a lane of `-0.0`s sums to `0.0`.
        self.lane_values::<AXIS>(out)
            .map(Accumulate::widen)
            .fold(<T::Accumulator as Element>::ZERO, Arith::add)
    }
}

every_kind! { [Element]
    /// Whether any element is non-zero (`true` for `bool`), NumPy's `any`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// assert!(Array1::<bool, 3>::from([false, true, false]).any());
    /// assert!(!Array1::<f32, 2>::zeros().any());
    /// ```
    pub fn any(&self) -> bool {
        let mut any = false;
        self.view().for_each(|&x| any |= x != T::ZERO);
        any
    }

    /// Whether every element is non-zero, NumPy's `all` (`true` when empty).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// assert!(Array1::<u8, 3>::from([1, 2, 3]).all());
    /// assert!(!Array1::<bool, 2>::from([true, false]).all());
    /// ```
    pub fn all(&self) -> bool {
        let mut all = true;
        self.view().for_each(|&x| all &= x != T::ZERO);
        all
    }

    /// The largest element, NumPy's `max`; NaN if any element is NaN. Of
    /// equal values the last counts, as in NumPy (`max` of `[0.0, -0.0]`
    /// is `-0.0`). An empty shape does not compile.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// assert_eq!(Array2::<i16, 2, 2>::from([[3, -7], [9, 0]]).max(), 9);
    /// assert!(Array2::<f64, 1, 2>::from([[1.0, f64::NAN]]).max().is_nan());
    /// ```
    pub fn max(&self) -> T {
        // Checked here so that an empty shape is reported at the caller's line.
        let () = NonEmpty::<S>::OK;
        self.view().pick(true).1
    }

    /// The smallest element, NumPy's `min`; NaN if any element is NaN. Of
    /// equal values the last counts, as in NumPy.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// assert_eq!(Array2::<i16, 2, 2>::from([[3, -7], [9, 0]]).min(), -7);
    /// ```
    pub fn min(&self) -> T {
        // Checked here so that an empty shape is reported at the caller's line.
        let () = NonEmpty::<S>::OK;
        self.view().pick(false).1
    }

    /// The position of the largest element in row-major (C) order, NumPy's
    /// `argmax`: the first one on ties, the first NaN if any.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, ColMajor};
    /// let a = Array2::<i32, 2, 3>::from([[1, 9, 3], [9, 0, 2]]);
    /// assert_eq!(a.argmax(), 1);
    /// assert_eq!(a.to_order::<ColMajor>().argmax(), 1); // logical order
    /// ```
    pub fn argmax(&self) -> usize {
        // Checked here so that an empty shape is reported at the caller's line.
        let () = NonEmpty::<S>::OK;
        self.view().pick(true).0
    }

    /// The position of the smallest element in row-major order, NumPy's
    /// `argmin`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// assert_eq!(Array1::<f32, 4>::from([2.0, -1.0, 5.0, -1.0]).argmin(), 1);
    /// ```
    pub fn argmin(&self) -> usize {
        // Checked here so that an empty shape is reported at the caller's line.
        let () = NonEmpty::<S>::OK;
        self.view().pick(false).0
    }

    /// The full index of the largest element,
    /// `np.unravel_index(np.argmax(a), a.shape)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<u8, 2, 3>::from([[1, 2, 3], [4, 50, 6]]);
    /// assert_eq!(a.argmax_index(), [1, 1]);
    /// ```
    pub fn argmax_index(&self) -> S::Index {
        // Checked here so that an empty shape is reported at the caller's line.
        let () = NonEmpty::<S>::OK;
        unravel::<S>(self.argmax())
    }

    /// The full index of the smallest element.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<u8, 2, 3>::from([[1, 2, 3], [4, 0, 6]]);
    /// assert_eq!(a.argmin_index(), [1, 1]);
    /// ```
    pub fn argmin_index(&self) -> S::Index {
        // Checked here so that an empty shape is reported at the caller's line.
        let () = NonEmpty::<S>::OK;
        unravel::<S>(self.argmin())
    }

    /// The largest element along `AXIS`, NumPy's `max(axis=AXIS)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2};
    /// let a = Array2::<i32, 2, 3>::from([[1, 9, 3], [4, 0, 6]]);
    /// assert_eq!(a.max_axis::<0>(), Array1::from([4, 9, 6]));
    /// assert_eq!(a.max_axis::<1>(), Array1::from([9, 6]));
    /// ```
    pub fn max_axis<const AXIS: usize>(&self) -> Array<T, <S as RemoveAxis<AXIS>>::Output, O>
    where
        S: RemoveAxis<AXIS>,
    {
        // Checked here so that empty lanes are reported at the caller's line.
        let () = NonEmptyLanes::<S, AXIS>::OK;
        self.view().pick_axis::<AXIS, _, O>(true, |(_, value)| value)
    }

    /// The smallest element along `AXIS`, NumPy's `min(axis=AXIS)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2};
    /// let a = Array2::<i32, 2, 3>::from([[1, 9, 3], [4, 0, 6]]);
    /// assert_eq!(a.min_axis::<0>(), Array1::from([1, 0, 3]));
    /// ```
    pub fn min_axis<const AXIS: usize>(&self) -> Array<T, <S as RemoveAxis<AXIS>>::Output, O>
    where
        S: RemoveAxis<AXIS>,
    {
        // Checked here so that empty lanes are reported at the caller's line.
        let () = NonEmptyLanes::<S, AXIS>::OK;
        self.view().pick_axis::<AXIS, _, O>(false, |(_, value)| value)
    }

    /// The position of the largest element of each lane along `AXIS`,
    /// NumPy's `argmax(axis=AXIS)`: the first one on ties, the first NaN if
    /// any. Positions are `usize`, for indexing; NumPy's are `int64`
    /// (`.map(|i| i as i64)` gives that dtype).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<i32, 2, 3>::from([[1, 9, 3], [4, 9, 6]]);
    /// assert_eq!(a.argmax_axis::<0>().as_slice(), &[1, 0, 1]);
    /// assert_eq!(a.argmax_axis::<1>().as_slice(), &[1, 1]);
    /// ```
    pub fn argmax_axis<const AXIS: usize>(&self) -> Array<usize, <S as RemoveAxis<AXIS>>::Output, O>
    where
        S: RemoveAxis<AXIS>,
    {
        // Checked here so that empty lanes are reported at the caller's line.
        let () = NonEmptyLanes::<S, AXIS>::OK;
        self.view().pick_axis::<AXIS, _, O>(true, |(position, _)| position)
    }

    /// The position of the smallest element of each lane along `AXIS`,
    /// NumPy's `argmin(axis=AXIS)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<f64, 2, 3>::from([[1.0, 0.5, 3.0], [f64::NAN, 0.0, -2.0]]);
    /// assert_eq!(a.argmin_axis::<0>().as_slice(), &[1, 1, 1]);
    /// assert_eq!(a.argmin_axis::<1>().as_slice(), &[1, 0]); // NaN wins
    /// ```
    pub fn argmin_axis<const AXIS: usize>(&self) -> Array<usize, <S as RemoveAxis<AXIS>>::Output, O>
    where
        S: RemoveAxis<AXIS>,
    {
        // Checked here so that empty lanes are reported at the caller's line.
        let () = NonEmptyLanes::<S, AXIS>::OK;
        self.view().pick_axis::<AXIS, _, O>(false, |(position, _)| position)
    }
}

every_kind! { [Number]
    /// The sum of all elements, NumPy's `sum`: pairwise for floats (bit for
    /// bit NumPy's result), in `i64`/`u64` for integers, wrapping on
    /// overflow as NumPy's does.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// assert_eq!(Array1::<u8, 3>::from([200, 100, 1]).sum(), 301u64);
    /// // Pairwise, like NumPy: np.full(10, 0.1).sum() == 1.0, while adding
    /// // one by one drifts.
    /// assert_eq!(Array1::<f64, 10>::full(0.1).sum(), 1.0);
    /// assert_eq!((0..10).fold(0.0, |s, _| s + 0.1), 0.9999999999999999);
    /// ```
    #[inline]
    pub fn sum(&self) -> T::Accumulator {
        self.view().sum_all()
    }

    /// The product of all elements, NumPy's `prod`, in the same accumulator
    /// type as [`sum`](Self::sum).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// assert_eq!(Array1::<i8, 4>::from([2, 3, 4, 5]).prod(), 120i64);
    /// ```
    pub fn prod(&self) -> T::Accumulator {
        let mut product = <T::Accumulator as Element>::ONE;
        self.view().for_each(|&x| product = product.mul(x.widen()));
        product
    }

    /// The arithmetic mean, NumPy's `mean`: the sum divided by the count,
    /// as `f64` (NumPy gives `float64` for integers; a `float32` mean is
    /// computed in `f32`, as NumPy's is, then widened exactly).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// assert_eq!(Array1::<i32, 4>::from([1, 2, 3, 4]).mean(), 2.5);
    /// ```
    pub fn mean(&self) -> f64 {
        let view = self.view();
        match view.contiguous() {
            Some(elements) => T::mean_of(elements),
            None => T::mean_by(S::SIZE, |i| view.nth(i)),
        }
    }

    /// Sums along `AXIS`, NumPy's `sum(axis=AXIS)`: the result has that axis
    /// removed from its type. An axis past the rank does not compile.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, Array3};
    /// let a = Array3::<f32, 2, 3, 4>::ones();
    /// let s: Array2<f32, 2, 4> = a.sum_axis::<1>();
    /// assert!(s.iter().all(|&v| v == 3.0));
    /// ```
    pub fn sum_axis<const AXIS: usize>(
        &self,
    ) -> Array<T::Accumulator, <S as RemoveAxis<AXIS>>::Output, O>
    where
        S: RemoveAxis<AXIS>,
    {
        let view = self.view();
        if let Some(sums) = view.sum_axis_in_memory::<AXIS, O>() {
            return sums;
        }
        let inner = is_inner_axis::<S, O>(AXIS);
        Array::from_fn(|i: <<S as RemoveAxis<AXIS>>::Output as Shape>::Index| {
            view.sum_lane::<AXIS>(i.as_ref(), inner)
        })
    }

    /// Products along `AXIS`, NumPy's `prod(axis=AXIS)`, in the accumulator
    /// type of [`prod`](Self::prod).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2};
    /// let a = Array2::<u8, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    /// assert_eq!(a.prod_axis::<0>(), Array1::from([4u64, 10, 18]));
    /// ```
    pub fn prod_axis<const AXIS: usize>(
        &self,
    ) -> Array<T::Accumulator, <S as RemoveAxis<AXIS>>::Output, O>
    where
        S: RemoveAxis<AXIS>,
    {
        let view = self.view();
        if let Some(products) = view.prod_axis_in_memory::<AXIS, O>() {
            return products;
        }
        Array::from_fn(|i: <<S as RemoveAxis<AXIS>>::Output as Shape>::Index| {
            view.lane_values::<AXIS>(i.as_ref())
                .fold(<T::Accumulator as Element>::ONE, |p, x| p.mul(x.widen()))
        })
    }

    /// Means along `AXIS`, NumPy's `mean(axis=AXIS)`: each lane's
    /// [`sum_axis`](Self::sum_axis) divided by its length, as `f64` (NaN
    /// for an empty lane, as NumPy gives).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2};
    /// let a = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    /// assert_eq!(a.mean_axis::<1>(), Array1::from([2.0, 5.0]));
    /// ```
    pub fn mean_axis<const AXIS: usize>(&self) -> Array<f64, <S as RemoveAxis<AXIS>>::Output, O>
    where
        S: RemoveAxis<AXIS>,
    {
        let len = S::DIMS[AXIS];
        let sums = self.sum_axis::<AXIS>();
        let sums = sums.as_slice();
        Array::from_flat_fn(|i| T::Accumulator::mean_of_sum(sums[i], len))
    }
}
