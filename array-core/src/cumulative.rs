//! Running totals and differences along an axis: NumPy's `cumsum`,
//! `cumprod` (in the accumulator type of `sum`: `i64`/`u64` for integers,
//! added one after another as NumPy's `add.accumulate` does) and `diff`.

use crate::array::Array;
use crate::const_fmt::Msg;
use crate::kinds::every_kind;
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
}

/// `S2` is `S` with axis `AXIS` one shorter: the shape of `np.diff`.
/// Running `op` along `axis` of `out`, in place: every element but the
/// first of its lane takes `op(predecessor, itself)`, one after another as
/// NumPy's `accumulate` adds.
fn accumulate<A: Copy + crate::element::Stored, S: Shape, O: Order>(
    mut out: Array<A, S, O>,
    axis: usize,
    op: impl Fn(A, A) -> A,
) -> Array<A, S, O> {
    let (len, step) = (S::DIMS[axis], crate::index::axis_step::<S, O>(axis));
    let data = out.as_mut_slice();
    for i in 0..data.len() {
        if len > 0 && (i / step) % len != 0 {
            data[i] = op(data[i - step], data[i]);
        }
    }
    out
}

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
