//! Elementwise functions of views, as arrays have them: `map`, `cast`,
//! comparisons with arrays and views, and the matrix product. Each makes a
//! new row-major array.

use crate::array::Array;
use crate::element::{Element, Stored};
use crate::order::RowMajor;
use crate::shape::{Shape, Strides};
use crate::views::{ArrayView, AsView};

impl<'a, T: Element, S: Shape, L: Strides> ArrayView<'a, T, S, L> {
    /// `f` applied to each element, as a new (row-major) array.
    ///
    /// ```
    /// # extern crate shaped_core as shaped;
    /// # use shaped_macros::s;
    /// use shaped::Array2;
    /// let a = Array2::<u8, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    /// assert_eq!(a.slice(s![.., 0..3;2]).map(|x| u16::from(x) * 100).as_slice(), &[100, 300, 400, 600]);
    /// ```
    pub fn map<U: Stored>(&self, f: impl FnMut(T) -> U) -> Array<U, S, RowMajor> {
        let mut f = f;
        crate::raw::collect_map(self, |&x| f(x))
    }

    /// Each element converted to `U`, NumPy's `v.astype(U)`, as a new
    /// (row-major) array; see [`Array::cast`].
    pub fn cast<U: Element>(&self) -> Array<U, S, RowMajor>
    where
        T: crate::elementwise::CastTo<U>,
    {
        self.map(crate::elementwise::CastTo::cast)
    }
}

macro_rules! view_comparisons {
    ($($name:ident $op:tt;)*) => {
        impl<'a, T: Element, S: Shape, L: Strides> ArrayView<'a, T, S, L> {$(
            #[doc = concat!("`v ", stringify!($op), " other` for each element (an array or view of the same shape), as a new `bool` array.")]
            ///
            /// ```
            /// # extern crate shaped_core as shaped;
            /// # use shaped_macros::s;
            /// use shaped::Array1;
            /// let a = Array1::<i32, 4>::from([1, 5, 2, 8]);
            #[doc = concat!("let mask = a.slice(s![1..3]).", stringify!($name), "(&a.slice(s![2..4]));")]
            #[doc = concat!("assert_eq!(mask.as_slice(), &[5 ", stringify!($op), " 2, 2 ", stringify!($op), " 8]);")]
            /// ```
            pub fn $name(&self, other: &impl AsView<T, S>) -> Array<bool, S, RowMajor> {
                crate::raw::collect_zip(self, &other.as_view(), |a, b| a $op b)
            }
        )*}
    };
}

view_comparisons! {
    eq_elem ==;
    ne_elem !=;
    lt_elem <;
    le_elem <=;
    gt_elem >;
    ge_elem >=;
}

impl<'a, T: crate::number::Number, const M: usize, const K: usize, L: Strides>
    ArrayView<'a, T, crate::shape::Shape2<M, K>, L>
{
    /// The matrix product with `other` (an array or view of shape
    /// `(K, N)`), NumPy's `v @ other`: both are copied to row-major arrays
    /// first, then multiplied as arrays are.
    ///
    /// ```
    /// # extern crate shaped_core as shaped;
    /// # use shaped_macros::s;
    /// use shaped::Array2;
    /// let a = Array2::<i32, 3, 3>::from([[1, 2, 0], [3, 4, 0], [0, 0, 1]]);
    /// let top_left = a.slice(s![..2, ..2]);
    /// assert_eq!(top_left.matmul(&top_left).as_slice(), &[7, 10, 15, 22]);
    /// ```
    pub fn matmul<const N: usize>(
        &self,
        other: &impl AsView<T, crate::shape::Shape2<K, N>>,
    ) -> Array<T, crate::shape::Shape2<M, N>, RowMajor> {
        self.to_array().matmul(&other.as_view().to_array())
    }
}
