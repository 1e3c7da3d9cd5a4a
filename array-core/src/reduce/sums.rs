//! Sums, products and means, whole and along an axis, in NumPy's order.

use crate::array::Array;
use crate::element::Element;
use crate::kinds::every_kind;
use crate::number::Number;
use crate::number::private::{Accumulate, Arith};
use crate::order::Order;
use crate::raw::Strides;
use crate::raw::unravel_in;
use crate::shape::{RemoveAxis, Shape};
use crate::views::ArrayView;

use super::{axis_blocks, fold_into, is_inner_axis, lane_index};

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
