//! NumPy's order of a sum over some axes (`axis=(0, 2)`), found while
//! compiling from the shape and the memory order, and the sum in it.
//!
//! NumPy's iterator walks memory, dropping axes of length 1 and merging
//! neighbours: where the axes fastest in memory are all summed, they form
//! one contiguous run per output element, summed pairwise; every other
//! summed axis adds those runs' sums (or, when the fastest axis is kept,
//! the single elements) one after another, in memory order, from NumPy's
//! identity 0. So `sum(axis=(0, 1))` of a `(40, 50, 3)` array is pairwise
//! in order 'F' and one element at a time in order 'C'.

use crate::number::Number;
use crate::number::private::Arith;
use crate::order::Order;
use crate::shape::{MAX_RANK, Shape};

use super::Statistical;
use super::private::FromValue;

/// How a sum adds: its runs, single values, and partial sums.
pub(crate) trait Summation {
    /// What is summed.
    type Value: Copy;
    /// The sum.
    type Sum: Copy;
    /// NumPy's identity, 0.
    const ZERO: Self::Sum;
    /// A contiguous run `at(0)` ... `at(len - 1)`, as NumPy sums one.
    fn run(len: usize, at: impl Fn(usize) -> Self::Value) -> Self::Sum;
    /// One value, as the sum type.
    fn one(value: Self::Value) -> Self::Sum;
    /// Two partial sums.
    fn add(a: Self::Sum, b: Self::Sum) -> Self::Sum;
}

/// NumPy's `sum`: floats pairwise in their type, integers in `i64`/`u64`.
pub(crate) struct Sum<T>(T);

impl<T: Number> Summation for Sum<T> {
    type Value = T;
    type Sum = T::Accumulator;
    const ZERO: T::Accumulator = <T::Accumulator as crate::element::Element>::ZERO;
    #[inline]
    fn run(len: usize, at: impl Fn(usize) -> T) -> T::Accumulator {
        T::sum_by(len, at)
    }
    #[inline]
    fn one(value: T) -> T::Accumulator {
        value.widen()
    }
    #[inline]
    fn add(a: T::Accumulator, b: T::Accumulator) -> T::Accumulator {
        Arith::add(a, b)
    }
}

/// NumPy's sum with `dtype=` the float type of `T` (what `mean` and `var`
/// sum an integer array with): each value cast, runs of integers summed in
/// NumPy's buffers.
pub(crate) struct CastSum<T>(T);

impl<T: Statistical> Summation for CastSum<T> {
    type Value = T;
    type Sum = T::Float;
    const ZERO: T::Float = <T::Float as crate::element::Element>::ZERO;
    #[inline]
    fn run(len: usize, at: impl Fn(usize) -> T) -> T::Float {
        <T::Float as FromValue<T>>::sum_cast(len, |i| FromValue::from_value(at(i)))
    }
    #[inline]
    fn one(value: T) -> T::Float {
        FromValue::from_value(value)
    }
    #[inline]
    fn add(a: T::Float, b: T::Float) -> T::Float {
        a + b
    }
}

/// The walk of a sum over the axes in a mask, for shape `S` in order `O`.
#[derive(Clone, Copy)]
pub(crate) struct Plan {
    ndim: usize,
    dims: [usize; MAX_RANK],
    /// The summed axes in one run, fastest first.
    run: [usize; MAX_RANK],
    run_axes: usize,
    run_len: usize,
    /// The other summed axes, fastest first.
    outer: [usize; MAX_RANK],
    outer_axes: usize,
    outer_len: usize,
    /// Which axes are summed (bit `k` for axis `k`).
    mask: u32,
}

impl Plan {
    /// The plan of a sum over the axes in `mask` (bit `k` for axis `k`).
    pub(crate) fn new<S: Shape, O: Order>(mask: u32) -> Self {
        let ndim = S::NDIM;
        let mut dims = [1; MAX_RANK];
        dims[..ndim].copy_from_slice(S::DIMS);
        let mut plan = Plan {
            ndim,
            dims,
            run: [0; MAX_RANK],
            run_axes: 0,
            run_len: 1,
            outer: [0; MAX_RANK],
            outer_axes: 0,
            outer_len: 1,
            mask,
        };
        let mut in_run = true;
        for k in 0..ndim {
            let axis = if O::IS_ROW_MAJOR { ndim - 1 - k } else { k };
            let summed = mask & (1 << axis) != 0;
            if dims[axis] == 1 {
                // NumPy's iterator drops it: one position, anywhere.
                continue;
            }
            if in_run && summed {
                plan.run[plan.run_axes] = axis;
                plan.run_axes += 1;
                plan.run_len *= dims[axis];
            } else {
                in_run = false;
                if summed {
                    plan.outer[plan.outer_axes] = axis;
                    plan.outer_axes += 1;
                    plan.outer_len *= dims[axis];
                }
            }
        }
        plan
    }

    /// The index of the input with `kept`'s positions on the axes not
    /// summed (in order) and 0 on the summed ones.
    pub(crate) fn expand(&self, kept: &[usize]) -> [usize; MAX_RANK] {
        let mut index = [0; MAX_RANK];
        let mut kept = kept.iter();
        for (axis, slot) in index[..self.ndim].iter_mut().enumerate() {
            if self.mask & (1 << axis) == 0 {
                *slot = kept.next().copied().unwrap_or(0);
            }
        }
        index
    }

    /// Sets the positions of `axes` in `index` to the `position`-th of
    /// their walk, fastest first.
    #[inline]
    fn place(&self, axes: &[usize], mut position: usize, index: &mut [usize; MAX_RANK]) {
        for &axis in axes {
            index[axis] = position % self.dims[axis];
            position /= self.dims[axis];
        }
    }

    /// NumPy's sum of `value(index)` over the summed axes, the others at
    /// `kept`'s positions.
    pub(crate) fn sum<A: Summation>(
        &self,
        kept: &[usize],
        value: impl Fn(&[usize]) -> A::Value,
    ) -> A::Sum {
        let mut index = self.expand(kept);
        let (run, outer) = (&self.run[..self.run_axes], &self.outer[..self.outer_axes]);
        let mut sum = A::ZERO;
        for o in 0..self.outer_len {
            self.place(outer, o, &mut index);
            let part = if run.is_empty() {
                A::one(value(&index[..self.ndim]))
            } else {
                A::run(self.run_len, |r| {
                    let mut at = index;
                    self.place(run, r, &mut at);
                    value(&at[..self.ndim])
                })
            };
            sum = A::add(sum, part);
        }
        sum
    }

    /// Whether each sum is one run over all of memory (every axis summed).
    pub(crate) fn covers_memory(&self) -> bool {
        self.mask == (1 << self.ndim) - 1
    }

    /// How many elements each sum adds.
    pub(crate) fn count(&self) -> usize {
        (0..self.ndim)
            .filter(|&axis| self.mask & (1 << axis) != 0)
            .map(|axis| self.dims[axis])
            .product()
    }
}
