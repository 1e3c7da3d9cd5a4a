//! Running totals and differences along an axis: NumPy's `cumsum`,
//! `cumprod` (in the accumulator type of `sum`: `i64`/`u64` for integers,
//! added one after another as NumPy's `add.accumulate` does) and `diff`.

use crate::array::Array;
use crate::const_fmt::Msg;
use crate::kinds::{every_kind, every_writable_kind};
use crate::number::Number;
use crate::number::private::{Accumulate, Arith};
use crate::order::Order;
use crate::shape::{Axis, HasAxis, OneAxis, Shape};

every_kind! { [Number]
    /// Running sums along `AXIS`, NumPy's `np.cumsum(a, axis=K)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, Axis};
    /// let a = Array2::<u8, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    /// assert_eq!(a.cumsum_axis(Axis::<1>).as_slice(), &[1u64, 3, 6, 4, 9, 15]);
    /// assert_eq!(a.cumsum_axis(Axis::<0>).as_slice(), &[1u64, 2, 3, 5, 7, 9]);
    /// ```
    pub fn cumsum_axis<const AXIS: usize>(&self, axis: Axis<AXIS>) -> Array<T::Accumulator, S, O>
    where
        S: HasAxis<AXIS>,
    {
        let _ = axis;
        accumulate(self.map(Accumulate::widen), AXIS, Arith::add)
    }

    /// Running products along `AXIS`, NumPy's `np.cumprod(a, axis=K)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, Axis};
    /// let a = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    /// assert_eq!(a.cumprod_axis(Axis::<1>).as_slice(), &[1i64, 2, 6, 4, 20, 120]);
    /// ```
    pub fn cumprod_axis<const AXIS: usize>(&self, axis: Axis<AXIS>) -> Array<T::Accumulator, S, O>
    where
        S: HasAxis<AXIS>,
    {
        let _ = axis;
        accumulate(self.map(Accumulate::widen), AXIS, Arith::mul)
    }


    /// Differences of neighbours along `AXIS`, NumPy's
    /// `np.diff(a, axis=K)`: one element fewer along the axis. Stable Rust
    /// cannot subtract 1 in a type, so the result's shape is the one the
    /// caller writes, checked while compiling. Integers wrap, as NumPy's do.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2, Axis};
    /// let a = Array2::<i32, 2, 4>::from([[1, 4, 9, 16], [0, 0, 5, 5]]);
    /// let d: Array2<i32, 2, 3> = a.diff_axis(Axis::<1>);
    /// assert_eq!(d.as_slice(), &[3, 5, 7, 0, 5, 0]);
    /// ```
    pub fn diff_axis<const AXIS: usize, S2: Shape>(&self, axis: Axis<AXIS>) -> Array<T, S2, O>
    where
        S: HasAxis<AXIS>,
    {
        // Checked here so that a wrong shape is reported at the caller's line.
        let ((), _) = (OneShorter::<S, S2, AXIS>::OK, axis);
        let view = self.view();
        Array::from_fn(|index: S2::Index| {
            let mut next = S::Index::default();
            next.as_mut().copy_from_slice(index.as_ref());
            let a = view[next];
            next.as_mut()[AXIS] += 1;
            view[next].sub(a)
        })
    }
}

every_kind! { [Number]
    /// Running sums, NumPy's `np.cumsum(a)` of a 1-D array (for more axes
    /// NumPy flattens first: `a.reshape::<Shape1<N>>().cumsum()`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// assert_eq!(Array1::<f64, 4>::from([0.5, 0.25, 1.0, 2.0]).cumsum().as_slice(), &[0.5, 0.75, 1.75, 3.75]);
    /// ```
    pub fn cumsum(&self) -> Array<T::Accumulator, S, O>
    where
        S: OneAxis,
    {
        accumulate(self.map(Accumulate::widen), 0, Arith::add)
    }

    /// Running products, NumPy's `np.cumprod(a)` of a 1-D array.
    pub fn cumprod(&self) -> Array<T::Accumulator, S, O>
    where
        S: OneAxis,
    {
        accumulate(self.map(Accumulate::widen), 0, Arith::mul)
    }

    /// [`cumsum`](Self::cumsum) written into `out`, NumPy's
    /// `np.cumsum(a, out=out)`: one pass, nothing built on the stack, so it
    /// suits boxed arrays of any size. The same bits as `cumsum`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<i32, 4>::from([1, 2, 3, 4]);
    /// let mut out = Array1::<i64, 4>::zeros();
    /// a.cumsum_into(&mut out);
    /// assert_eq!(out.as_slice(), &[1, 3, 6, 10]);
    /// ```
    pub fn cumsum_into(&self, out: &mut Array<T::Accumulator, S, O>)
    where
        S: OneAxis,
    {
        scan_into(out.as_mut_slice(), &self.view(), Arith::add);
    }

    /// [`cumprod`](Self::cumprod) written into `out`, NumPy's
    /// `np.cumprod(a, out=out)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<f32, 3>::from([2.0, 3.0, 0.5]);
    /// let mut out = Array1::<f32, 3>::zeros();
    /// a.cumprod_into(&mut out);
    /// assert_eq!(out.as_slice(), &[2.0, 6.0, 3.0]);
    /// ```
    pub fn cumprod_into(&self, out: &mut Array<T::Accumulator, S, O>)
    where
        S: OneAxis,
    {
        scan_into(out.as_mut_slice(), &self.view(), Arith::mul);
    }
}

#[cfg(feature = "alloc")]
every_kind! { [Number]
    /// [`cumsum`](Self::cumsum) into a new boxed array, built in place on
    /// the heap (a million elements never pass through the stack).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<f64, 100_000>::full_boxed(0.5);
    /// let sums = a.cumsum_boxed();
    /// assert_eq!(sums[99_999], 50_000.0);
    /// ```
    pub fn cumsum_boxed(&self) -> alloc::boxed::Box<Array<T::Accumulator, S, O>>
    where
        S: OneAxis,
    {
        // The widened copy straight into fresh memory, then the scan in
        // place: no zero-filling pass.
        let mut out = crate::raw::collect_map_boxed(&self.view(), Accumulate::widen);
        scan(out.as_mut_slice(), Arith::add);
        out
    }
}

every_writable_kind! { [Number<Accumulator = T>]
    /// [`cumsum`](Self::cumsum) in place, for the dtypes that are their own
    /// accumulator (`f32`, `f64`, `i64`, `u64`): NumPy's
    /// `np.cumsum(a, out=a)`, the same bits as `cumsum`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let mut a = Array1::<f64, 4>::from([0.5, 0.25, 1.0, 2.0]);
    /// a.cumsum_inplace();
    /// assert_eq!(a.as_slice(), &[0.5, 0.75, 1.75, 3.75]);
    /// ```
    pub fn cumsum_inplace(&mut self)
    where
        S: OneAxis,
    {
        let mut target = self.view_mut();
        match target.contiguous_mut() {
            Some(elements) => scan(elements, Arith::add),
            None => {
                let mut running = None;
                target.for_each_mut(|x| {
                    let next = running.map_or(*x, |r: T| r.add(*x));
                    running = Some(next);
                    *x = next;
                });
            }
        }
    }

    /// [`cumprod`](Self::cumprod) in place, for the dtypes that are their
    /// own accumulator.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let mut a = Array1::<i64, 4>::from([1, 2, 3, 4]);
    /// a.cumprod_inplace();
    /// assert_eq!(a.as_slice(), &[1, 2, 6, 24]);
    /// ```
    pub fn cumprod_inplace(&mut self)
    where
        S: OneAxis,
    {
        let mut target = self.view_mut();
        match target.contiguous_mut() {
            Some(elements) => scan(elements, Arith::mul),
            None => {
                let mut running = None;
                target.for_each_mut(|x| {
                    let next = running.map_or(*x, |r: T| r.mul(*x));
                    running = Some(next);
                    *x = next;
                });
            }
        }
    }
}

/// Running `op` along `axis` of `out`, in place: every element but the
/// first of its lane takes `op(predecessor, itself)`, one after another as
/// NumPy's `accumulate` adds.
fn accumulate<A: Copy + crate::element::Stored, S: Shape, O: Order>(
    mut out: Array<A, S, O>,
    axis: usize,
    op: impl Fn(A, A) -> A,
) -> Array<A, S, O> {
    accumulate_in::<A, S, O>(out.as_mut_slice(), axis, op);
    out
}

/// [`accumulate`] on the memory of an array of shape `S` in order `O`,
/// walked in order: along the fast axis a running value per lane, along a
/// slow one whole rows, each `op(row above, row)` (no index arithmetic per
/// element).
fn accumulate_in<A: Copy, S: Shape, O: Order>(data: &mut [A], axis: usize, op: impl Fn(A, A) -> A) {
    let (_, len, inner) = crate::reduce::axis_blocks::<S, O>(axis);
    if len == 0 || inner == 0 {
        return;
    }
    for block in data.chunks_exact_mut(len * inner) {
        if inner == 1 {
            scan(block, &op);
            continue;
        }
        for k in 1..len {
            let (above, row) = block[(k - 1) * inner..(k + 1) * inner].split_at_mut(inner);
            for (x, &a) in row.iter_mut().zip(above.iter()) {
                *x = op(a, *x);
            }
        }
    }
}

/// `data[i] = op(data[i - 1], data[i])` for `i = 1..`, one after another.
#[inline]
fn scan<A: Copy>(data: &mut [A], op: impl Fn(A, A) -> A) {
    if let Some((first, rest)) = data.split_first_mut() {
        let mut running = *first;
        for x in rest {
            running = op(running, *x);
            *x = running;
        }
    }
}

/// `out[i] = op(out[i - 1], widen(a[i]))`, `out[0] = widen(a[0])`: the
/// running values of a 1-D `a` written in one pass.
#[inline]
fn scan_into<T: Number>(
    out: &mut [T::Accumulator],
    a: &crate::views::ArrayView<'_, T, impl Shape, impl crate::raw::Strides>,
    op: impl Fn(T::Accumulator, T::Accumulator) -> T::Accumulator,
) {
    match a.contiguous() {
        Some(elements) => {
            let mut pairs = out.iter_mut().zip(elements);
            if let Some((slot, &first)) = pairs.next() {
                let mut running = first.widen();
                *slot = running;
                for (slot, &x) in pairs {
                    running = op(running, x.widen());
                    *slot = running;
                }
            }
        }
        None => {
            let (mut running, mut slots) = (None, out.iter_mut());
            a.for_each_c(|&x| {
                let next = running.map_or(x.widen(), |r| op(r, x.widen()));
                running = Some(next);
                if let Some(slot) = slots.next() {
                    *slot = next;
                }
            });
        }
    }
}

/// `S2` is `S` with axis `AXIS` one shorter: the shape of `np.diff`.
struct OneShorter<S, S2, const AXIS: usize>(core::marker::PhantomData<(S, S2)>);

impl<S: Shape, S2: Shape, const AXIS: usize> OneShorter<S, S2, AXIS> {
    const OK: () = {
        let mut ok = S::NDIM == S2::NDIM && S::DIMS[AXIS] > 0;
        let mut k = 0;
        while ok && k < S::NDIM {
            let expected = if k == AXIS {
                S::DIMS[k] - 1
            } else {
                S::DIMS[k]
            };
            ok = S2::DIMS[k] == expected;
            k += 1;
        }
        if !ok {
            Msg::new()
                .str("the differences along axis ")
                .num(AXIS)
                .str(" of shape ")
                .shape(S::DIMS)
                .str(" have shape ")
                .shape(S::DIMS)
                .str(" with that axis one shorter, not ")
                .shape(S2::DIMS)
                .raise()
        }
    };
}
