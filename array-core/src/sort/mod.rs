//! Sorting along an axis: NumPy's `a.sort()` / `np.sort` and `np.argsort`,
//! along the last axis by default or along `Axis::<K>`. Floats sort as
//! NumPy sorts them: NaN after every number; `-0.0` and `0.0` are equal.
//! `argsort` is stable (NumPy's `kind='stable'`): equal values keep their
//! order.
//!
//! Lanes of 256 or more 32- or 64-bit integers or floats that are
//! contiguous in memory sort by radix (`radix.rs`, feature `alloc`: a
//! scratch buffer as long as the lane); there `sort` writes NaNs as NumPy's
//! sort does (one quiet NaN) and puts `-0.0` before `0.0`. Other contiguous
//! lanes sort as slices by comparison, the rest in place by heapsort,
//! without allocating.

use core::cmp::Ordering;

use crate::array::Array;
use crate::element::{Element, Stored};
use crate::kinds::{every_kind, every_writable_kind};
use crate::order::{Order, RowMajor};
use crate::raw::Strides;
use crate::raw::{next_index, unravel_in};
use crate::shape::{Axis, HasAxis, Shape};
use crate::views::{ArrayView, ArrayViewMut};

#[cfg(feature = "alloc")]
mod radix;

/// NumPy's sort order: numbers ascending, NaN after all of them.
pub(crate) fn numpy_order<T: Element>(a: &T, b: &T) -> Ordering {
    #[allow(clippy::eq_op)]
    match (a != a, b != b) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Greater,
        (false, true) => Ordering::Less,
        (false, false) => a.numpy_cmp(*b).unwrap_or(Ordering::Equal),
    }
}

/// Calls `f(first, step, len)` for every lane along `axis`: the memory
/// positions `first + j * step` for `j < len`.
fn for_each_lane<S: Shape, O: Order>(axis: usize, mut f: impl FnMut(usize, usize, usize)) {
    let (len, step) = (S::DIMS[axis], crate::index::axis_step::<S, O>(axis));
    if len == 0 {
        return;
    }
    for first in 0..S::SIZE {
        // A lane starts where its position along the axis is 0.
        if (first / step) % len == 0 {
            f(first, step, len);
        }
    }
}

/// Sorts the `len` elements at `data[first + j * step]` by `cmp`.
/// The `len` values of one lane to sort, with their positions `0..len`.
trait Lane<X> {
    fn len(&self) -> usize;
    /// The values as one slice, when they are contiguous.
    fn run(&mut self) -> Option<&mut [X]>;
    fn get(&self, j: usize) -> X;
    fn swap(&mut self, i: usize, j: usize);
}

/// Sorts one lane by `cmp`: as a slice when its values are contiguous, by
/// heapsort over its positions otherwise (nothing is allocated).
fn sort_lane<X: Copy>(mut lane: impl Lane<X>, cmp: &impl Fn(&X, &X) -> Ordering) {
    if let Some(run) = lane.run() {
        run.sort_unstable_by(cmp);
        return;
    }
    let len = lane.len();
    let sift = |lane: &mut dyn Lane<X>, mut root: usize, end: usize| loop {
        let mut child = 2 * root + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && cmp(&lane.get(child), &lane.get(child + 1)) == Ordering::Less {
            child += 1;
        }
        if cmp(&lane.get(root), &lane.get(child)) != Ordering::Less {
            break;
        }
        lane.swap(root, child);
        root = child;
    };
    for root in (0..len / 2).rev() {
        sift(&mut lane, root, len);
    }
    for end in (1..len).rev() {
        lane.swap(0, end);
        sift(&mut lane, 0, end);
    }
}

/// A lane of a slice: `len` positions `step` apart from `first`.
struct SliceLane<'d, X> {
    data: &'d mut [X],
    first: usize,
    step: usize,
    len: usize,
}

impl<X: Copy> Lane<X> for SliceLane<'_, X> {
    fn len(&self) -> usize {
        self.len
    }

    fn run(&mut self) -> Option<&mut [X]> {
        (self.step == 1).then(|| &mut self.data[self.first..self.first + self.len])
    }

    fn get(&self, j: usize) -> X {
        self.data[self.first + j * self.step]
    }

    fn swap(&mut self, i: usize, j: usize) {
        self.data
            .swap(self.first + i * self.step, self.first + j * self.step);
    }
}

/// A lane of a mutable view: the indices `origin` with `0..len` at `axis`.
struct ViewLane<'v, 'a, T: Stored, S: Shape, L: Strides> {
    view: &'v mut ArrayViewMut<'a, T, S, L>,
    origin: S::Index,
    axis: usize,
}

impl<T: Element, S: Shape, L: Strides> ViewLane<'_, '_, T, S, L> {
    fn index(&self, j: usize) -> S::Index {
        let mut index = self.origin;
        index.as_mut()[self.axis] = j;
        index
    }
}

impl<T: Element, S: Shape, L: Strides> Lane<T> for ViewLane<'_, '_, T, S, L> {
    fn len(&self) -> usize {
        S::DIMS[self.axis]
    }

    fn run(&mut self) -> Option<&mut [T]> {
        None
    }

    fn get(&self, j: usize) -> T {
        self.view[self.index(j)]
    }

    fn swap(&mut self, i: usize, j: usize) {
        let (at_i, at_j) = (self.index(i), self.index(j));
        let (a, b) = (self.view[at_i], self.view[at_j]);
        self.view[at_i] = b;
        self.view[at_j] = a;
    }
}

/// Sorts every lane along `axis` of `data`, the memory of an array of shape
/// `S` in order `O`.
fn sort_lanes<X: Copy, S: Shape, O: Order>(
    data: &mut [X],
    axis: usize,
    cmp: &impl Fn(usize, &X, &X) -> Ordering,
) {
    for_each_lane::<S, O>(axis, |first, step, len| {
        let lane = SliceLane {
            data: &mut *data,
            first,
            step,
            len,
        };
        sort_lane(lane, &|a: &X, b: &X| cmp(first, a, b));
    });
}

every_writable_kind! { [Element]
    /// Sorts every lane along the last axis in place, NumPy's `a.sort()`
    /// (`np.sort(a)` is `let mut b = a; b.sort();`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let mut a = Array2::<f64, 2, 3>::from([[3.0, f64::NAN, 1.0], [0.5, -2.0, 0.0]]);
    /// a.sort();
    /// assert_eq!(a.as_slice()[..2], [1.0, 3.0]);
    /// assert!(a[[0, 2]].is_nan()); // NaN last, as NumPy sorts it
    /// assert_eq!(a.as_slice()[3..], [-2.0, 0.0, 0.5]);
    /// ```
    pub fn sort(&mut self) {
        self.sort_along(S::NDIM - 1);
    }

    /// Sorts every lane along `AXIS` in place, NumPy's `a.sort(axis=K)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, Axis};
    /// let mut a = Array2::<i32, 2, 3>::from([[3, 1, 2], [0, 5, -1]]);
    /// a.sort_axis(Axis::<0>);
    /// assert_eq!(a.as_slice(), &[0, 1, -1, 3, 5, 2]);
    /// ```
    pub fn sort_axis<const AXIS: usize>(&mut self, axis: Axis<AXIS>)
    where
        S: HasAxis<AXIS>,
    {
        let _ = axis;
        self.sort_along(AXIS);
    }

    /// Sorts along `axis`, in place: the lanes of the contiguous block, or
    /// of the view index by index.
    fn sort_along(&mut self, axis: usize) {
        let mut target = self.view_mut();
        if let Some(data) = target.contiguous_mut() {
            #[cfg(feature = "alloc")]
            if crate::index::axis_step::<S, O>(axis) == 1 && radix::sort_runs(data, S::DIMS[axis]) {
                return;
            }
            sort_lanes::<T, S, O>(data, axis, &|_, a, b| numpy_order(a, b));
            return;
        }
        if S::SIZE == 0 {
            return;
        }
        let mut origin = S::Index::default();
        for _ in 0..S::SIZE {
            if origin.as_ref()[axis] == 0 {
                let lane = ViewLane { view: &mut target, origin, axis };
                sort_lane(lane, &numpy_order);
            }
            next_index::<S, RowMajor>(origin.as_mut());
        }
    }
}

every_kind! { [Element]
    /// A sorted copy along the last axis, NumPy's `np.sort(a)`: floats with
    /// NaN last, as [`sort`](Array::sort) sorts in place.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<i32, 2, 3>::from([[3, 1, 2], [9, 7, 8]]);
    /// assert_eq!(a.sorted(), Array2::from([[1, 2, 3], [7, 8, 9]]));
    /// let t = a.t().sorted(); // np.sort(a.T): rows [3, 9], [1, 7], [2, 8]
    /// assert_eq!((t[[1, 0]], t[[1, 1]]), (1, 7));
    /// ```
    pub fn sorted(&self) -> Array<T, S, O> {
        let mut out = self.to_array();
        out.sort();
        out
    }

    /// A copy sorted along `AXIS`, NumPy's `np.sort(a, axis=AXIS)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, Axis};
    /// let a = Array2::<i32, 2, 2>::from([[3, 1], [2, 4]]);
    /// assert_eq!(a.sorted_axis(Axis::<0>), Array2::from([[2, 1], [3, 4]]));
    /// ```
    pub fn sorted_axis<const AXIS: usize>(&self, axis: Axis<AXIS>) -> Array<T, S, O>
    where
        S: HasAxis<AXIS>,
    {
        let mut out = self.to_array();
        out.sort_axis(axis);
        out
    }

    /// The positions that sort every lane along the last axis, NumPy's
    /// `np.argsort(a, kind='stable')`: equal elements keep their order.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<f32, 5>::from([2.0, f32::NAN, 1.0, 2.0, -3.0]);
    /// assert_eq!(a.argsort().as_slice(), &[4, 2, 0, 3, 1]);
    /// ```
    pub fn argsort(&self) -> Array<usize, S, O> {
        let mut out = Array::zeros();
        argsort_along(&self.view(), S::NDIM - 1, out.as_mut_slice());
        out
    }

    /// [`argsort`](Self::argsort) into `out`, NumPy's
    /// `np.argsort(a, kind='stable')` without a new array: for results too
    /// big for the stack (a million positions are 8 MB).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<f64, 4>::from([0.5, -1.0, f64::NAN, 0.25]);
    /// let mut order = Array1::<usize, 4>::zeros();
    /// a.argsort_into(&mut order);
    /// assert_eq!(order.as_slice(), &[1, 3, 0, 2]);
    /// ```
    pub fn argsort_into(&self, out: &mut Array<usize, S, O>) {
        argsort_along(&self.view(), S::NDIM - 1, out.as_mut_slice());
    }

    /// [`argsort`](Self::argsort) into a new heap allocation, never held on
    /// the stack (feature `alloc`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<i64, 1_000_000>::from_fn_boxed(|[i]| (i as i64 * 7919) % 1000);
    /// let order = a.argsort_boxed(); // 8 MB, on the heap
    /// assert_eq!(order.as_slice()[..3], [0, 1000, 2000]); // the zeros, in their order
    /// ```
    #[cfg(feature = "alloc")]
    pub fn argsort_boxed(&self) -> alloc::boxed::Box<Array<usize, S, O>> {
        let mut out = Array::zeros_boxed();
        argsort_along(&self.view(), S::NDIM - 1, out.as_mut_slice());
        out
    }

    /// [`sorted`](Self::sorted) into a new heap allocation, never held on
    /// the stack (feature `alloc`), NumPy's `np.sort(a)` for big arrays.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<f32, 1_000_000>::from_fn_boxed(|[i]| ((i * 7919) % 1000) as f32);
    /// let s = a.sorted_boxed(); // 4 MB, on the heap
    /// assert_eq!((s[0], s[999], s[1000], s[999_999]), (0.0, 0.0, 1.0, 999.0));
    /// ```
    #[cfg(feature = "alloc")]
    pub fn sorted_boxed(&self) -> alloc::boxed::Box<Array<T, S, O>> {
        let mut out = self.to_array_boxed();
        out.sort();
        out
    }

    /// The positions that sort every lane along `AXIS`, stably, NumPy's
    /// `np.argsort(a, axis=K, kind='stable')`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, Axis};
    /// let a = Array2::<i32, 3, 2>::from([[5, 1], [2, 1], [2, 0]]);
    /// assert_eq!(a.argsort_axis(Axis::<0>).as_slice(), &[1, 2, 2, 0, 0, 1]);
    /// ```
    pub fn argsort_axis<const AXIS: usize>(&self, axis: Axis<AXIS>) -> Array<usize, S, O>
    where
        S: HasAxis<AXIS>,
    {
        let _ = axis;
        let mut out = Array::zeros();
        argsort_along(&self.view(), AXIS, out.as_mut_slice());
        out
    }
}

/// The stable argsort along `axis` of a view into `out`, positions laid
/// out as the view's copy.
fn argsort_along<T: Element, S: Shape, L: Strides>(
    view: &ArrayView<'_, T, S, L>,
    axis: usize,
    out: &mut [usize],
) {
    let (len, step) = (S::DIMS[axis], crate::index::axis_step::<S, L::Order>(axis));
    let contiguous = view.contiguous();
    #[cfg(feature = "alloc")]
    if let Some(values) = contiguous.filter(|_| step == 1)
        && radix::argsort_runs(values, len, out)
    {
        return;
    }
    // Each element starts as its own position along the axis.
    for (i, o) in out.iter_mut().enumerate() {
        *o = if len == 0 { 0 } else { (i / step) % len };
    }
    // The value at memory position `i` of the copy.
    let value = |i: usize| match contiguous {
        Some(values) => values[i],
        None => view[unravel_in::<S, L::Order>(i)],
    };
    sort_lanes::<usize, S, L::Order>(out, axis, &|first, a, b| {
        // Ties broken by position: a stable order from an unstable sort.
        numpy_order(&value(first + a * step), &value(first + b * step)).then(a.cmp(b))
    });
}
