//! Joining and splitting: NumPy's `np.concatenate`, `np.stack` and
//! `np.split` into two.
//!
//! Stable Rust cannot add two lengths in a type, so the result's type
//! comes from the caller's annotation, and the compiler checks it: joining
//! `(2, 3)` and `(3, 3)` along axis 0 into anything but `(5, 3)` does not
//! build, and the message says what the length would be.

use crate::array::Array;
use crate::element::Stored;
use crate::kinds::every_kind;
use crate::order::Order;
use crate::shape::{Axis, Concat, Shape, Stack};
use crate::views::AsView;

every_kind! { [Stored + Copy]
    /// This array followed by `other` (an array or a view) along `AXIS`,
    /// NumPy's `np.concatenate((a, b), axis=AXIS)`; the result's shape is
    /// the one the caller writes, checked while compiling.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, Axis};
    /// let a = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    /// let b = Array2::<i32, 1, 3>::from([[7, 8, 9]]);
    /// let c: Array2<i32, 3, 3> = a.concat(Axis::<0>, &b); // np.vstack((a, b))
    /// assert_eq!(c[[2, 1]], 8);
    /// let d: Array2<i32, 2, 6> = a.concat(Axis::<1>, &a); // np.hstack((a, a))
    /// assert_eq!(d.as_slice()[..6], [1, 2, 3, 1, 2, 3]);
    /// ```
    pub fn concat<const AXIS: usize, S2: Shape, S3: Shape>(
        &self,
        axis: Axis<AXIS>,
        other: &impl AsView<T, S2>,
    ) -> Array<T, S3, O> {
        // Checked here so that a wrong shape is reported at the caller's line.
        let ((), _) = (Concat::<S, S2, S3, AXIS>::OK, axis);
        let (a, b) = (self.view(), other.as_view());
        // Joined along the slowest axis, the memory is `a` then `b`.
        let slowest = if O::IS_ROW_MAJOR { 0 } else { S::NDIM - 1 };
        if let (Some(a), Some(b), true) = (a.contiguous(), b.contiguous_in::<O>(), AXIS == slowest) {
            return Array::from_flat_fn(|i| if i < a.len() { a[i] } else { b[i - a.len()] });
        }
        let split = S::DIMS[AXIS];
        Array::from_fn(|index: S3::Index| {
            let full = index.as_ref();
            let mut part = S::Index::default();
            part.as_mut().copy_from_slice(full);
            if full[AXIS] < split {
                a[part]
            } else {
                let mut part = S2::Index::default();
                part.as_mut().copy_from_slice(full);
                part.as_mut()[AXIS] -= split;
                b[part]
            }
        })
    }

    /// The array cut in two along `AXIS`, NumPy's `np.split(a, [k],
    /// axis=AXIS)`: the two parts' shapes are the ones the caller writes,
    /// checked while compiling (their lengths along `AXIS` must add up).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, Axis};
    /// let img = Array2::<u8, 4, 3>::from_fn(|[i, j]| (3 * i + j) as u8);
    /// let (top, bottom): (Array2<u8, 1, 3>, Array2<u8, 3, 3>) = img.split(Axis::<0>);
    /// assert_eq!(top.as_slice(), &[0, 1, 2]);
    /// assert_eq!(bottom[[0, 0]], 3);
    /// ```
    pub fn split<const AXIS: usize, S1: Shape, S2: Shape>(
        &self,
        axis: Axis<AXIS>,
    ) -> (Array<T, S1, O>, Array<T, S2, O>) {
        // The same relation as joining the parts back together.
        let ((), _) = (Concat::<S1, S2, S, AXIS, true>::OK, axis);
        let view = self.view();
        let at = |part: &[usize], shift: usize| {
            let mut index = S::Index::default();
            index.as_mut().copy_from_slice(part);
            index.as_mut()[AXIS] += shift;
            view[index]
        };
        let first = Array::from_fn(|index: S1::Index| at(index.as_ref(), 0));
        let second = Array::from_fn(|index: S2::Index| at(index.as_ref(), S1::DIMS[AXIS]));
        (first, second)
    }
}

impl<T: Stored + Copy, S: Shape, O: Order> Array<T, S, O> {
    /// `N` arrays or views of this shape stacked along a new axis `AXIS`,
    /// NumPy's `np.stack(arrays, axis=AXIS)`; the result's shape is the one
    /// the caller writes, checked while compiling.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array, Array1, Array2, Axis};
    /// let (x, y) = (Array1::<f32, 3>::from([1.0, 2.0, 3.0]), Array1::<f32, 3>::from([4.0, 5.0, 6.0]));
    /// let rows: Array2<f32, 2, 3> = Array::stack(Axis::<0>, [&x, &y]);
    /// let columns: Array2<f32, 3, 2> = Array::stack(Axis::<1>, [&x, &y]);
    /// assert_eq!(rows[[1, 0]], 4.0);
    /// assert_eq!(columns[[0, 1]], 4.0);
    /// ```
    pub fn stack<const AXIS: usize, const N: usize, S3: Shape, V: AsView<T, S>>(
        axis: Axis<AXIS>,
        arrays: [&V; N],
    ) -> Array<T, S3, O> {
        // Checked here so that a wrong shape is reported at the caller's line.
        let ((), _) = (Stack::<S, S3, N, AXIS>::OK, axis);
        Array::from_fn(|index: S3::Index| {
            let full = index.as_ref();
            let mut inner = S::Index::default();
            let part = inner.as_mut();
            part[..AXIS].copy_from_slice(&full[..AXIS]);
            part[AXIS..].copy_from_slice(&full[AXIS + 1..]);
            arrays[full[AXIS]].as_view()[inner]
        })
    }
}
