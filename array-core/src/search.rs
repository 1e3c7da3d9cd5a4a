//! Choosing and finding elements: NumPy's `np.where(cond, a, b)`
//! ([`select`](Array::select)), `np.count_nonzero`, `a[mask]`
//! ([`masked`](Array::masked)) and `np.argwhere`
//! ([`nonzero`](Array::nonzero)). The last two return a `Vec` (feature
//! `alloc`): how many elements they find is only known at run time.

#[cfg(feature = "alloc")]
use alloc::vec::Vec;

use crate::array::Array;
use crate::element::Element;
use crate::kinds::every_kind;
use crate::operand::{Operand, Side};
use crate::raw::collect_map;
#[cfg(feature = "alloc")]
use crate::{order::RowMajor, raw::next_index, views::AsView};

every_kind! { type bool;
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
    pub fn select<U: Element>(&self, a: impl Operand<U, S, O>, b: impl Operand<U, S, O>) -> Array<U, S, O> {
        let mask = self.view();
        let mut out: Array<U, S, O> = match b.side() {
            Side::Elements(b) => collect_map(&b, |x| x),
            Side::Scalar(v) => Array::full(v),
        };
        let mut target = out.view_mut();
        match a.side() {
            Side::Elements(a) => target.zip2_for_each_mut(&mask, &a, |out, &m, &x| {
                if m {
                    *out = x;
                }
            }),
            Side::Scalar(v) => target.zip_for_each_mut(&mask, |out, &m| {
                if m {
                    *out = v;
                }
            }),
        }
        out
    }
}

every_kind! { [Element]
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
        let mut count = 0;
        self.view().for_each(|&x| count += usize::from(x != T::ZERO));
        count
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
    pub fn masked(&self, mask: &impl AsView<bool, S>) -> Vec<T> {
        let mut out = Vec::new();
        self.view().zip_for_each_c(&mask.as_view(), |&v, &m| {
            if m {
                out.push(v);
            }
        });
        out
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
        let mut out = Vec::new();
        let mut index = S::Index::default();
        self.view().for_each_c(|&v| {
            if v != T::ZERO {
                out.push(index);
            }
            next_index::<S, RowMajor>(index.as_mut());
        });
        out
    }
}
