//! Reductions of views, with the same results as the same reductions of
//! the array the view would copy to (`v.to_array()`): sums in NumPy's
//! pairwise order over the view's elements in C order, along the last axis
//! for the axis forms, and first-of-ties positions in C order.
//!
//! NumPy itself adds the elements of a non-contiguous view in an order its
//! iterator picks (by memory layout and buffering); where that differs from
//! the copy's order, a float sum can differ from NumPy's in the last bits,
//! as NumPy's own `v.sum()` and `v.copy().sum()` can.

use crate::array::Array;
use crate::element::{Element, Stored};
use crate::number::Number;
use crate::number::private::Arith;
use crate::order::RowMajor;
use crate::reduce::step;
use crate::shape::{NonEmpty, NonEmptyLanes, RemoveAxis, Shape, Strides};
use crate::views::ArrayView;

/// The index of C-order position `flat` in shape `S`.
fn unravel<S: Shape>(mut flat: usize, index: &mut [usize]) {
    for (i, &d) in index.iter_mut().zip(S::DIMS).rev() {
        *i = flat % d;
        flat /= d;
    }
}

impl<'a, T: Element, S: Shape, L: Strides> ArrayView<'a, T, S, L> {
    /// The element at C-order position `flat`.
    fn flat(&self, flat: usize) -> T {
        let mut index = S::Index::default();
        unravel::<S>(flat, index.as_mut());
        self[index]
    }

    /// The full index of lane element `k` along `AXIS` through `out`, an
    /// index of the reduced shape.
    fn lane_index<const AXIS: usize>(out: &[usize], k: usize) -> S::Index {
        let mut index = S::Index::default();
        let full = index.as_mut();
        full[..AXIS].copy_from_slice(&out[..AXIS]);
        full[AXIS] = k;
        full[AXIS + 1..].copy_from_slice(&out[AXIS..]);
        index
    }

    /// `(C-order position, value)` of the maximum or minimum.
    fn pick(&self, max: bool) -> (usize, T) {
        let () = NonEmpty::<S>::OK;
        let mut elements = self.iter().copied().enumerate();
        let first = elements.next().unwrap_or((0, T::ZERO));
        elements.fold(first, |best, next| step(best, next, max))
    }

    /// Whether any element is non-zero, NumPy's `any`.
    ///
    /// ```
    /// # extern crate shaped_core as shaped;
    /// # use shaped_macros::s;
    /// use shaped::Array2;
    /// let a = Array2::<u8, 2, 2>::from([[0, 1], [0, 0]]);
    /// assert!(a.slice(s![.., 1]).any());
    /// assert!(!a.slice(s![.., 0]).any());
    /// ```
    pub fn any(&self) -> bool {
        self.iter().any(|&x| x != T::ZERO)
    }

    /// Whether every element is non-zero, NumPy's `all`.
    pub fn all(&self) -> bool {
        self.iter().all(|&x| x != T::ZERO)
    }

    /// The largest element, NumPy's `max` (NaN if any is NaN; of equal
    /// values the last counts). An empty view does not compile.
    ///
    /// ```
    /// # extern crate shaped_core as shaped;
    /// # use shaped_macros::s;
    /// use shaped::Array2;
    /// let a = Array2::<i32, 2, 3>::from([[1, 9, 3], [4, 5, 6]]);
    /// assert_eq!(a.slice(s![.., 2]).max(), 6);
    /// ```
    pub fn max(&self) -> T {
        self.pick(true).1
    }

    /// The smallest element, NumPy's `min`.
    pub fn min(&self) -> T {
        self.pick(false).1
    }

    /// The C-order position of the largest element, NumPy's `argmax`: the
    /// first of ties, the first NaN.
    ///
    /// ```
    /// # extern crate shaped_core as shaped;
    /// # use shaped_macros::s;
    /// use shaped::Array2;
    /// let a = Array2::<i32, 2, 3>::from([[1, 9, 3], [4, 5, 6]]);
    /// assert_eq!(a.slice(s![.., 1..3]).argmax(), 0);
    /// ```
    pub fn argmax(&self) -> usize {
        self.pick(true).0
    }

    /// The C-order position of the smallest element, NumPy's `argmin`.
    pub fn argmin(&self) -> usize {
        self.pick(false).0
    }

    /// The largest element along `AXIS`, NumPy's `max(axis=AXIS)`.
    ///
    /// ```
    /// # extern crate shaped_core as shaped;
    /// # use shaped_macros::s;
    /// use shaped::{Array1, Array2};
    /// let a = Array2::<i32, 3, 3>::from([[1, 9, 3], [4, 5, 6], [7, 0, 2]]);
    /// assert_eq!(a.slice(s![1..3, ..]).max_axis::<0>(), Array1::from([7, 5, 6]));
    /// ```
    pub fn max_axis<const AXIS: usize>(&self) -> Array<T, <S as RemoveAxis<AXIS>>::Output, RowMajor>
    where
        S: RemoveAxis<AXIS>,
    {
        self.pick_axis::<AXIS, _>(true, |(_, v)| v)
    }

    /// The smallest element along `AXIS`, NumPy's `min(axis=AXIS)`.
    pub fn min_axis<const AXIS: usize>(&self) -> Array<T, <S as RemoveAxis<AXIS>>::Output, RowMajor>
    where
        S: RemoveAxis<AXIS>,
    {
        self.pick_axis::<AXIS, _>(false, |(_, v)| v)
    }

    /// The position of the largest element of each lane along `AXIS`,
    /// NumPy's `argmax(axis=AXIS)`.
    pub fn argmax_axis<const AXIS: usize>(
        &self,
    ) -> Array<usize, <S as RemoveAxis<AXIS>>::Output, RowMajor>
    where
        S: RemoveAxis<AXIS>,
    {
        self.pick_axis::<AXIS, _>(true, |(i, _)| i)
    }

    /// The position of the smallest element of each lane along `AXIS`,
    /// NumPy's `argmin(axis=AXIS)`.
    pub fn argmin_axis<const AXIS: usize>(
        &self,
    ) -> Array<usize, <S as RemoveAxis<AXIS>>::Output, RowMajor>
    where
        S: RemoveAxis<AXIS>,
    {
        self.pick_axis::<AXIS, _>(false, |(i, _)| i)
    }

    fn pick_axis<const AXIS: usize, U: Stored>(
        &self,
        max: bool,
        pick: impl Fn((usize, T)) -> U,
    ) -> Array<U, <S as RemoveAxis<AXIS>>::Output, RowMajor>
    where
        S: RemoveAxis<AXIS>,
    {
        let () = NonEmptyLanes::<S, AXIS>::OK;
        Array::from_fn(|out: <<S as RemoveAxis<AXIS>>::Output as Shape>::Index| {
            let mut lane =
                (0..S::DIMS[AXIS]).map(|k| (k, self[Self::lane_index::<AXIS>(out.as_ref(), k)]));
            let first = lane.next().unwrap_or((0, T::ZERO));
            pick(lane.fold(first, |best, next| step(best, next, max)))
        })
    }
}

impl<'a, T: Number, S: Shape, L: Strides> ArrayView<'a, T, S, L> {
    /// The sum of all elements, NumPy's `sum`: in `i64`/`u64` for integers,
    /// pairwise for floats over the elements in C order (the bits of
    /// `v.to_array().sum()`).
    ///
    /// ```
    /// # extern crate shaped_core as shaped;
    /// # use shaped_macros::s;
    /// use shaped::Array2;
    /// let a = Array2::<u8, 3, 3>::from([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    /// assert_eq!(a.slice(s![.., 1]).sum(), 15u64); // a[:, 1].sum()
    /// ```
    pub fn sum(&self) -> T::Accumulator {
        T::sum_by(S::SIZE, |i| self.flat(i))
    }

    /// The product of all elements, NumPy's `prod`.
    pub fn prod(&self) -> T::Accumulator {
        let mut product = <T::Accumulator as Element>::ONE;
        self.for_each(|&x| product = product.mul(x.widen()));
        product
    }

    /// The arithmetic mean as `f64`, NumPy's `mean`.
    ///
    /// ```
    /// # extern crate shaped_core as shaped;
    /// # use shaped_macros::s;
    /// use shaped::Array1;
    /// let a = Array1::<i32, 5>::from([1, 2, 3, 4, 10]);
    /// assert_eq!(a.slice(s![..4]).mean(), 2.5);
    /// ```
    pub fn mean(&self) -> f64 {
        T::mean_by(S::SIZE, |i| self.flat(i))
    }

    /// Sums along `AXIS`, NumPy's `sum(axis=AXIS)`: `a[1:3, ::2].sum(axis=0)`
    /// is `a.slice(s![1..3, ..;2]).sum_axis::<0>()`.
    ///
    /// ```
    /// # extern crate shaped_core as shaped;
    /// # use shaped_macros::s;
    /// use shaped::{Array1, Array2, ArrayView, Shape2};
    /// let a = Array2::<i32, 4, 6>::from_fn(|[i, j]| (10 * i + j) as i32);
    /// let v: ArrayView<_, Shape2<2, 3>, _> = a.slice(s![1..3, ..;2]);
    /// assert_eq!(v.sum_axis::<0>(), Array1::from([30i64, 34, 38]));
    /// ```
    pub fn sum_axis<const AXIS: usize>(
        &self,
    ) -> Array<T::Accumulator, <S as RemoveAxis<AXIS>>::Output, RowMajor>
    where
        S: RemoveAxis<AXIS>,
    {
        let len = S::DIMS[AXIS];
        Array::from_fn(|out: <<S as RemoveAxis<AXIS>>::Output as Shape>::Index| {
            let at = |k| self[Self::lane_index::<AXIS>(out.as_ref(), k)];
            if len == 0 {
                <T::Accumulator as Element>::ZERO
            } else if AXIS == S::NDIM - 1 {
                // The copy's contiguous axis: pairwise, as NumPy sums it.
                T::sum_by(len, at)
            } else {
                (0..len)
                    .map(|k| at(k).widen())
                    .reduce(Arith::add)
                    .unwrap_or(<T::Accumulator as Element>::ZERO)
            }
        })
    }

    /// Products along `AXIS`, NumPy's `prod(axis=AXIS)`.
    pub fn prod_axis<const AXIS: usize>(
        &self,
    ) -> Array<T::Accumulator, <S as RemoveAxis<AXIS>>::Output, RowMajor>
    where
        S: RemoveAxis<AXIS>,
    {
        Array::from_fn(|out: <<S as RemoveAxis<AXIS>>::Output as Shape>::Index| {
            (0..S::DIMS[AXIS]).fold(<T::Accumulator as Element>::ONE, |p, k| {
                p.mul(self[Self::lane_index::<AXIS>(out.as_ref(), k)].widen())
            })
        })
    }

    /// Means along `AXIS` as `f64`, NumPy's `mean(axis=AXIS)`.
    pub fn mean_axis<const AXIS: usize>(
        &self,
    ) -> Array<f64, <S as RemoveAxis<AXIS>>::Output, RowMajor>
    where
        S: RemoveAxis<AXIS>,
    {
        let len = S::DIMS[AXIS];
        let sums = self.sum_axis::<AXIS>();
        let sums = sums.as_slice();
        Array::from_flat_fn(|i| T::Accumulator::mean_of_sum(sums[i], len))
    }
}
