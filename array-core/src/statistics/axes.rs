//! Sums and means over two axes at once, NumPy's `sum(axis=(A, B))` and
//! `mean(axis=(A, B))`, with both axes removed from the result's type, in
//! NumPy's order of additions (see [`plan`](super::plan)).

use core::marker::PhantomData;

use crate::array::Array;
use crate::const_fmt::Msg;
use crate::kinds::every_kind;
use crate::number::Number;
use crate::shape::{RemoveAxis, Shape};

use super::Statistical;
use super::plan::{CastSum, Plan, Sum};
use super::private::Real;

/// The shape `S` without axes `A` and `B` (`A < B`): the shape of
/// [`sum_axes`](crate::Array::sum_axes) and
/// [`mean_axes`](crate::Array::mean_axes).
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Shape, Shape3, WithoutAxes};
/// assert_eq!(<WithoutAxes<Shape3<2, 3, 4>, 0, 2> as Shape>::SHAPE, [3]);
/// ```
pub type WithoutAxes<S, const A: usize, const B: usize> =
    <<S as RemoveAxis<B>>::Output as RemoveAxis<A>>::Output;

/// Two axes named in increasing order: `mean_axes::<0, 1>()`, as NumPy's
/// `axis=(0, 1)`; the other order, or one axis twice, does not build.
pub(crate) struct AxesInOrder<const A: usize, const B: usize>(PhantomData<()>);

impl<const A: usize, const B: usize> AxesInOrder<A, B> {
    pub(crate) const OK: () = if A >= B {
        Msg::new()
            .str("the axes of a reduction over two axes are named in increasing order, ")
            .str("each once: found axis ")
            .num(A)
            .str(" then axis ")
            .num(B)
            .raise()
    };
}

every_kind! { [Number]
    /// Sums over axes `A` and `B` (`A < B`), NumPy's `sum(axis=(A, B))`:
    /// both axes are removed from the result's type. Floats add in NumPy's
    /// order (pairwise over what is contiguous in memory, one after another
    /// across it), so to NumPy's bits; integers in `i64`/`u64` as
    /// [`sum`](Self::sum).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array3};
    /// let a = Array3::<i32, 2, 3, 2>::from_fn(|[i, j, k]| (i * 6 + j * 2 + k) as i32);
    /// assert_eq!(a.sum_axes::<0, 1>(), Array1::from([30i64, 36]));
    /// assert_eq!(a.sum_axes::<1, 2>(), Array1::from([15i64, 51]));
    /// ```
    pub fn sum_axes<const A: usize, const B: usize>(
        &self,
    ) -> Array<T::Accumulator, WithoutAxes<S, A, B>, O>
    where
        S: RemoveAxis<B>,
        <S as RemoveAxis<B>>::Output: RemoveAxis<A>,
    {
        // Checked here so that the axes are reported at the caller's line.
        let () = AxesInOrder::<A, B>::OK;
        let plan = Plan::new::<S, O>((1 << A) | (1 << B));
        let view = self.view();
        Array::from_fn(|kept: <WithoutAxes<S, A, B> as Shape>::Index| {
            plan.sum::<Sum<T>>(kept.as_ref(), |index| *view.at(index).expect("an index of the shape"))
        })
    }
}

every_kind! { [Statistical]
    /// Means over axes `A` and `B` (`A < B`), NumPy's `mean(axis=(A, B))`,
    /// as `f64` like [`mean_axis`](Self::mean_axis): both axes are removed
    /// from the result's type. The sums are NumPy's (see
    /// [`sum_axes`](Self::sum_axes)); a `float32` mean is computed in `f32`
    /// as NumPy's is, then widened exactly.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array3};
    /// let a = Array3::<u8, 2, 2, 3>::from_fn(|[i, j, k]| (i * 6 + j * 3 + k) as u8);
    /// assert_eq!(a.mean_axes::<0, 1>(), Array1::from([4.5, 5.5, 6.5]));
    /// assert_eq!(a.mean_axes::<0, 2>(), Array1::from([4.0, 7.0]));
    /// ```
    pub fn mean_axes<const A: usize, const B: usize>(&self) -> Array<f64, WithoutAxes<S, A, B>, O>
    where
        S: RemoveAxis<B>,
        <S as RemoveAxis<B>>::Output: RemoveAxis<A>,
    {
        // Checked here so that the axes are reported at the caller's line.
        let () = AxesInOrder::<A, B>::OK;
        let plan = Plan::new::<S, O>((1 << A) | (1 << B));
        let n = plan.count();
        let view = self.view();
        Array::from_fn(|kept: <WithoutAxes<S, A, B> as Shape>::Index| {
            let at = |index: &[usize]| *view.at(index).expect("an index of the shape");
            plan.sum::<CastSum<T>>(kept.as_ref(), at).per(n).to_f64()
        })
    }
}
