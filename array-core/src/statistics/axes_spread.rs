//! Variance, standard deviation and median over two axes at once, NumPy's
//! `var(axis=(A, B))`, `std(axis=(A, B))` and `median(axis=(A, B))`, with
//! both axes removed from the result's type.
//!
//! `var` is NumPy's `_var` over the two axes: the mean from the two-axis
//! sum (in NumPy's order, see [`plan`](super::plan)), then the two-axis
//! sum of the squared deviations, so to NumPy's bits. `median` is NumPy's
//! `_ureduce`: the two axes are gathered into one lane per output element,
//! and that lane's median is taken.

use crate::array::Array;
use crate::kinds::every_kind;
use crate::shape::{RemoveAxis, Shape};

use super::Statistical;
use super::axes::{AxesInOrder, WithoutAxes};
use super::plan::Plan;
use super::quantile::median_of;
#[cfg(any(feature = "std", feature = "libm"))]
use crate::linalg::private::FloatOps;

/// The C-order position of `index` among `dims`, counting only the axes
/// whose bit in `mask` equals `in_mask`.
fn position(index: &[usize], dims: &[usize], mask: u32, in_mask: bool) -> usize {
    index
        .iter()
        .zip(dims)
        .enumerate()
        .filter(|&(axis, _)| (mask & (1 << axis) != 0) == in_mask)
        .fold(0, |flat, (_, (&i, &d))| flat * d + i)
}

every_kind! { [Statistical]
    /// The variance over axes `A` and `B` (`A < B`), NumPy's
    /// `var(axis=(A, B))`: both axes are removed from the result's type;
    /// `f64` for integers, the element type for floats, to NumPy's bits.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array3};
    /// let a = Array3::<i32, 2, 2, 2>::from([[[1, 2], [3, 4]], [[5, 6], [7, 8]]]);
    /// assert_eq!(a.var_axes::<0, 1>(), Array1::from([5.0, 5.0]));
    /// assert_eq!(a.var_axes::<1, 2>(), Array1::from([1.25, 1.25]));
    /// ```
    pub fn var_axes<const A: usize, const B: usize>(&self) -> Array<T::Float, WithoutAxes<S, A, B>, O>
    where
        S: RemoveAxis<B>,
        <S as RemoveAxis<B>>::Output: RemoveAxis<A>,
    {
        // Checked here so that the axes are reported at the caller's line.
        let () = AxesInOrder::<A, B>::OK;
        self.var_axes_ddof::<A, B>(0)
    }

    /// The variance over axes `A` and `B` with `ddof`, NumPy's
    /// `var(axis=(A, B), ddof=ddof)`: the sum of squared deviations over
    /// `n - ddof`, `n` the number of elements over both axes.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array3};
    /// let a = Array3::<f64, 2, 1, 2>::from([[[1.0, 4.0]], [[3.0, 6.0]]]);
    /// assert_eq!(a.var_axes_ddof::<0, 2>(1), Array1::from([13.0 / 3.0]));
    /// ```
    pub fn var_axes_ddof<const A: usize, const B: usize>(
        &self,
        ddof: usize,
    ) -> Array<T::Float, WithoutAxes<S, A, B>, O>
    where
        S: RemoveAxis<B>,
        <S as RemoveAxis<B>>::Output: RemoveAxis<A>,
    {
        // Checked here so that the axes are reported at the caller's line.
        let () = AxesInOrder::<A, B>::OK;
        let plan = Plan::new::<S, O>((1 << A) | (1 << B));
        let view = self.view();
        Array::from_fn(|kept: <WithoutAxes<S, A, B> as Shape>::Index| {
            view.var_over(&plan, kept.as_ref(), ddof)
        })
    }

    /// The median over axes `A` and `B` (`A < B`), NumPy's
    /// `median(axis=(A, B))`: the median of each lane of all the elements
    /// over both axes, NaN for a lane with a NaN. Partitions a copy, as
    /// NumPy does (on the heap with feature `alloc`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array3};
    /// let a = Array3::<u8, 2, 2, 2>::from([[[9, 1], [3, 4]], [[5, 6], [7, 0]]]);
    /// assert_eq!(a.median_axes::<0, 1>(), Array1::from([6.0, 2.5]));
    /// assert_eq!(a.median_axes::<1, 2>(), Array1::from([3.5, 5.5]));
    /// ```
    pub fn median_axes<const A: usize, const B: usize>(&self) -> Array<T::Float, WithoutAxes<S, A, B>, O>
    where
        S: RemoveAxis<B>,
        <S as RemoveAxis<B>>::Output: RemoveAxis<A>,
    {
        // Checked here so that the axes are reported at the caller's line.
        let () = AxesInOrder::<A, B>::OK;
        let mask = (1 << A) | (1 << B);
        let count = S::DIMS[A] * S::DIMS[B];
        let view = self.view();
        view.with_copy(|lanes| {
            // Each output element's values, gathered into one lane of `count`.
            let mut index = [0; crate::shape::MAX_RANK];
            for flat in 0..S::SIZE {
                let mut rest = flat;
                for axis in (0..S::NDIM).rev() {
                    index[axis] = rest % S::DIMS[axis];
                    rest /= S::DIMS[axis];
                }
                let index = &index[..S::NDIM];
                let lane = position(index, S::DIMS, mask, false);
                let within = position(index, S::DIMS, mask, true);
                lanes[lane * count + within] = *view.at(index).expect("an index of the shape");
            }
            Array::from_fn(|kept: <WithoutAxes<S, A, B> as Shape>::Index| {
                let kept = kept.as_ref();
                let dims = <WithoutAxes<S, A, B> as Shape>::DIMS;
                let lane = kept.iter().zip(dims).fold(0, |flat, (&i, &d)| flat * d + i);
                median_of(&mut lanes[lane * count..(lane + 1) * count])
            })
        })
    }
}

#[cfg(any(feature = "std", feature = "libm"))]
every_kind! { [Statistical]
    /// The standard deviation over axes `A` and `B` (`A < B`), NumPy's
    /// `std(axis=(A, B))`: the square root of
    /// [`var_axes`](Self::var_axes). Needs feature `std` or `libm`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array3};
    /// let a = Array3::<i32, 2, 2, 1>::from([[[1], [3]], [[1], [3]]]);
    /// assert_eq!(a.std_axes::<0, 1>(), Array1::from([1.0]));
    /// ```
    pub fn std_axes<const A: usize, const B: usize>(&self) -> Array<T::Float, WithoutAxes<S, A, B>, O>
    where
        S: RemoveAxis<B>,
        <S as RemoveAxis<B>>::Output: RemoveAxis<A>,
    {
        // Checked here so that the axes are reported at the caller's line.
        let () = AxesInOrder::<A, B>::OK;
        self.std_axes_ddof::<A, B>(0)
    }

    /// The standard deviation over axes `A` and `B` with `ddof`, NumPy's
    /// `std(axis=(A, B), ddof=ddof)`: the square root of
    /// [`var_axes_ddof`](Self::var_axes_ddof).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array3};
    /// let a = Array3::<f64, 1, 2, 2>::from([[[1.0, 2.0], [3.0, 4.0]]]);
    /// assert_eq!(a.std_axes_ddof::<1, 2>(1), Array1::from([(5.0f64 / 3.0).sqrt()]));
    /// ```
    pub fn std_axes_ddof<const A: usize, const B: usize>(
        &self,
        ddof: usize,
    ) -> Array<T::Float, WithoutAxes<S, A, B>, O>
    where
        S: RemoveAxis<B>,
        <S as RemoveAxis<B>>::Output: RemoveAxis<A>,
    {
        // Checked here so that the axes are reported at the caller's line.
        let () = AxesInOrder::<A, B>::OK;
        let var = self.var_axes_ddof::<A, B>(ddof);
        Array::from_flat_fn(|i| FloatOps::root(var.as_slice()[i]))
    }
}
