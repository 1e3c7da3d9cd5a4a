//! `roll` (NumPy's `np.roll`): the elements shifted by a run-time number
//! of places, those pushed off one end coming back at the other; flattened
//! in C order (`roll(shift)`) or along one axis (`roll_axis`).

#[cfg(feature = "alloc")]
use alloc::boxed::Box;

use crate::array::Array;
use crate::element::Stored;
use crate::kinds::every_kind;
use crate::raw::Strides;
use crate::shape::{Axis, HasAxis, Shape};
use crate::stack_limit::{FitsOnStackOr, RollBoxed};
use crate::views::ArrayView;

/// Where element `i` of a run of `len` comes from after a shift by
/// `shift`: `(i - shift) mod len`, for any sign and size of `shift`.
fn source(i: usize, shift: isize, len: usize) -> usize {
    let back = shift.unsigned_abs() % len;
    if shift >= 0 {
        (i + len - back) % len
    } else {
        (i + back) % len
    }
}

/// Each element of `v` rolled by `shift` in C order, by its index.
fn rolled<'a, T: Copy + Stored, S: Shape, L: Strides + 'a>(
    v: ArrayView<'a, T, S, L>,
    shift: isize,
) -> impl FnMut(S::Index) -> T + 'a {
    let mut index = S::Index::default();
    move |out: S::Index| {
        // The C position of `out`, shifted back, as an index again.
        let flat = out
            .as_ref()
            .iter()
            .zip(S::DIMS)
            .fold(0, |f, (&i, &d)| f * d + i);
        let mut from = source(flat, shift, S::SIZE);
        for (k, &d) in S::DIMS.iter().enumerate().rev() {
            index.as_mut()[k] = from % d;
            from /= d;
        }
        v[index]
    }
}

/// Each element of `v` rolled by `shift` along axis `K`, by its index.
fn rolled_along<'a, T: Copy + Stored, S: Shape, L: Strides + 'a, const K: usize>(
    v: ArrayView<'a, T, S, L>,
    shift: isize,
) -> impl FnMut(S::Index) -> T + 'a {
    move |mut index: S::Index| {
        let i = &mut index.as_mut()[K];
        *i = source(*i, shift, S::DIMS[K]);
        v[index]
    }
}

every_kind! { [Copy + Stored]
    /// The elements shifted by `shift` places in C order (the array read
    /// flat, as NumPy's `np.roll(a, shift)` without an axis), the ones
    /// pushed off the end coming back at the start; a negative `shift`
    /// rolls the other way. The shape stays.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2};
    /// let a = Array1::<i32, 5>::from([0, 1, 2, 3, 4]);
    /// assert_eq!(a.roll(2).as_slice(), &[3, 4, 0, 1, 2]);
    /// assert_eq!(a.roll(-6).as_slice(), &[1, 2, 3, 4, 0]);
    /// let m = Array2::<i32, 2, 3>::from([[0, 1, 2], [3, 4, 5]]);
    /// assert_eq!(m.roll(1), Array2::from([[5, 0, 1], [2, 3, 4]]));
    /// ```
    pub fn roll(&self, shift: isize) -> Array<T, S, O> {
        // Checked here so that a result too big for the stack is reported
        // at the caller's line.
        let () = FitsOnStackOr::<T, S, RollBoxed>::OK;
        Array::from_fn_by_value(rolled(self.view(), shift))
    }

    /// [`roll`](Self::roll) into a new heap allocation, for arrays too big
    /// for the stack (feature `alloc`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<f32, 2048, 2048>::from_fn_boxed(|[i, j]| (i * 2048 + j) as f32);
    /// let rolled = a.roll_boxed(1);
    /// assert_eq!(rolled[[0, 0]], a[[2047, 2047]]);
    /// ```
    #[cfg(feature = "alloc")]
    pub fn roll_boxed(&self, shift: isize) -> Box<Array<T, S, O>> {
        Array::from_fn_boxed(rolled(self.view(), shift))
    }

    /// The elements shifted by `shift` places along axis `K`, NumPy's
    /// `np.roll(a, shift, axis=K)`; each lane along `K` rolls on its own.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, Axis};
    /// let m = Array2::<i32, 2, 3>::from([[0, 1, 2], [3, 4, 5]]);
    /// assert_eq!(m.roll_axis(Axis::<1>, 1), Array2::from([[2, 0, 1], [5, 3, 4]]));
    /// assert_eq!(m.roll_axis(Axis::<0>, -1), Array2::from([[3, 4, 5], [0, 1, 2]]));
    /// ```
    pub fn roll_axis<const K: usize>(&self, axis: Axis<K>, shift: isize) -> Array<T, S, O>
    where
        S: HasAxis<K>,
    {
        let _ = axis;
        // Checked here so that a result too big for the stack is reported
        // at the caller's line.
        let () = FitsOnStackOr::<T, S, RollBoxed>::OK;
        Array::from_fn_by_value(rolled_along::<T, S, _, K>(self.view(), shift))
    }

    /// [`roll_axis`](Self::roll_axis) into a new heap allocation, for
    /// arrays too big for the stack (feature `alloc`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array3, Axis};
    /// let canvas = Array3::<u8, 1080, 1920, 3>::from_fn_boxed(|[_, j, _]| (j % 256) as u8);
    /// let shifted = canvas.roll_axis_boxed(Axis::<1>, -1);
    /// assert_eq!(shifted[[0, 0, 0]], 1);
    /// ```
    #[cfg(feature = "alloc")]
    pub fn roll_axis_boxed<const K: usize>(&self, axis: Axis<K>, shift: isize) -> Box<Array<T, S, O>>
    where
        S: HasAxis<K>,
    {
        let _ = axis;
        Array::from_fn_boxed(rolled_along::<T, S, _, K>(self.view(), shift))
    }
}

#[cfg(test)]
mod tests {
    use super::source;

    #[test]
    fn sources_wrap_both_ways() {
        assert_eq!(source(0, 2, 5), 3);
        assert_eq!(source(4, -1, 5), 0);
        assert_eq!(source(1, 12, 5), 4);
        // (1 - isize::MIN) mod 3 = (1 + 2^63) mod 3 = (1 + 2) mod 3, with
        // no overflow on the way.
        assert_eq!(source(1, isize::MIN, 3), 0);
        assert_eq!(
            source(2, isize::MAX, 3),
            (2 + 3 - isize::MAX as usize % 3) % 3
        );
    }
}
