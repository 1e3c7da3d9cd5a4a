//! Choosing and finding elements: NumPy's `np.where(cond, a, b)`
//! ([`select`](Array::select)), `np.count_nonzero`, `a[mask]`
//! ([`masked`](Array::masked)) and `np.argwhere`
//! ([`nonzero`](Array::nonzero)). The last two return a `Vec` (feature
//! `alloc`): how many elements they find is only known at run time.

#[cfg(feature = "alloc")]
use alloc::vec::Vec;

use crate::array::Array;
use crate::element::Element;
use crate::elementwise::Operand;
#[cfg(feature = "alloc")]
use crate::index::IndexCounter;
use crate::order::Order;
#[cfg(feature = "alloc")]
use crate::order::RowMajor;
use crate::shape::Shape;

impl<S: Shape, O: Order> Array<bool, S, O> {
    /// `a` where this mask is `true` and `b` elsewhere, NumPy's
    /// `np.where(mask, a, b)`; `a` and `b` are arrays of the same shape or
    /// single values.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let x = Array1::<i32, 4>::from([-2, 5, -1, 3]);
    /// let positive = x.gt_elem(0);
    /// assert_eq!(positive.select(&x, 0).as_slice(), &[0, 5, 0, 3]); // np.where(x > 0, x, 0)
    /// assert_eq!(positive.select(1, -1).as_slice(), &[-1, 1, -1, 1]);
    /// ```
    pub fn select<T: Element>(
        &self,
        a: impl Operand<T, S, O>,
        b: impl Operand<T, S, O>,
    ) -> Array<T, S, O> {
        let (a, b) = (a.elements(), b.elements());
        let pick = |source: &Result<&[T], T>, i: usize| match source {
            Ok(values) => values[i],
            Err(value) => *value,
        };
        let mask = self.as_slice();
        Array::from_flat_fn(|i| if mask[i] { pick(&a, i) } else { pick(&b, i) })
    }
}

impl<T: Element, S: Shape, O: Order> Array<T, S, O> {
    /// The number of non-zero elements (`true` for `bool`), NumPy's
    /// `np.count_nonzero(a)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<f32, 2, 3>::from([[0.0, 1.5, 0.0], [-2.0, 0.0, f32::NAN]]);
    /// assert_eq!(a.count_nonzero(), 3);
    /// ```
    pub fn count_nonzero(&self) -> usize {
        self.iter().filter(|&&x| x != T::ZERO).count()
    }

    /// The elements where `mask` is `true`, in C order, NumPy's `a[mask]`
    /// (feature `alloc`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<i32, 2, 3>::from([[1, -2, 3], [-4, 5, -6]]);
    /// assert_eq!(a.masked(&a.lt_elem(0)), [-2, -4, -6]);
    /// ```
    #[cfg(feature = "alloc")]
    pub fn masked(&self, mask: &Array<bool, S, O>) -> Vec<T> {
        let (values, mask) = (self.as_slice(), mask.as_slice());
        if O::IS_ROW_MAJOR {
            return values
                .iter()
                .zip(mask)
                .filter_map(|(&v, &m)| m.then_some(v))
                .collect();
        }
        let mut counter = IndexCounter::<S, RowMajor>::new();
        (0..S::SIZE)
            .map(|_| crate::index::elem_offset::<S, O>(counter.next_index().as_ref()))
            .filter(|&i| mask[i])
            .map(|i| values[i])
            .collect()
    }

    /// The indices of the non-zero elements, in C order, NumPy's
    /// `np.argwhere(a)` (feature `alloc`). NumPy's `np.nonzero(a)` gives
    /// the same indices axis by axis.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<u8, 2, 3>::from([[0, 7, 0], [1, 0, 2]]);
    /// assert_eq!(a.nonzero(), [[0, 1], [1, 0], [1, 2]]);
    /// ```
    #[cfg(feature = "alloc")]
    pub fn nonzero(&self) -> Vec<S::Index> {
        let values = self.as_slice();
        let mut counter = IndexCounter::<S, RowMajor>::new();
        (0..S::SIZE)
            .map(|_| counter.next_index())
            .filter(|index| values[crate::index::elem_offset::<S, O>(index.as_ref())] != T::ZERO)
            .collect()
    }
}
