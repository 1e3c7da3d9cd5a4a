//! Sorting along an axis: NumPy's `a.sort()` / `np.sort` and `np.argsort`,
//! along the last axis by default or along `Axis::<K>`. Floats sort as
//! NumPy sorts them: NaN after every number; `-0.0` and `0.0` are equal.
//! `argsort` is stable (NumPy's `kind='stable'`): equal values keep their
//! order. Nothing is allocated: lanes that are contiguous in memory are
//! sorted as slices, the others in place by heapsort.

use core::cmp::Ordering;

use crate::array::Array;
use crate::element::Element;
use crate::order::Order;
use crate::shape::{Axis, HasAxis, Shape};

/// NumPy's sort order: numbers ascending, NaN after all of them.
fn numpy_order<T: Element>(a: &T, b: &T) -> Ordering {
    #[allow(clippy::eq_op)]
    match (a != a, b != b) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Greater,
        (false, true) => Ordering::Less,
        (false, false) => a.partial_cmp(b).unwrap_or(Ordering::Equal),
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
fn sort_lane<X: Copy>(
    data: &mut [X],
    (first, step, len): (usize, usize, usize),
    cmp: &impl Fn(&X, &X) -> Ordering,
) {
    if step == 1 {
        data[first..first + len].sort_unstable_by(cmp);
        return;
    }
    // Heapsort over the strided positions.
    let at = |j: usize| first + j * step;
    let sift = |data: &mut [X], mut root: usize, end: usize| loop {
        let mut child = 2 * root + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && cmp(&data[at(child)], &data[at(child + 1)]) == Ordering::Less {
            child += 1;
        }
        if cmp(&data[at(root)], &data[at(child)]) != Ordering::Less {
            break;
        }
        data.swap(at(root), at(child));
        root = child;
    };
    for root in (0..len / 2).rev() {
        sift(data, root, len);
    }
    for end in (1..len).rev() {
        data.swap(at(0), at(end));
        sift(data, 0, end);
    }
}

impl<T: Element, S: Shape, O: Order> Array<T, S, O> {
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

    fn sort_along(&mut self, axis: usize) {
        let data = self.as_mut_slice();
        for_each_lane::<S, O>(axis, |first, step, len| {
            sort_lane(data, (first, step, len), &numpy_order);
        });
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
        self.argsort_along(S::NDIM - 1)
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
        self.argsort_along(AXIS)
    }

    fn argsort_along(&self, axis: usize) -> Array<usize, S, O> {
        let values = self.as_slice();
        let (len, step) = (S::DIMS[axis], crate::index::axis_step::<S, O>(axis));
        // Each element starts as its own position along the axis.
        let mut out =
            Array::<usize, S, O>::from_flat_fn(|i| if len == 0 { 0 } else { (i / step) % len });
        let positions = out.as_mut_slice();
        for_each_lane::<S, O>(axis, |first, step, len| {
            let value = |j: &usize| values[first + j * step];
            // Ties broken by position: a stable order from an unstable sort.
            let cmp = |a: &usize, b: &usize| numpy_order(&value(a), &value(b)).then(a.cmp(b));
            sort_lane(positions, (first, step, len), &cmp);
        });
        out
    }
}
