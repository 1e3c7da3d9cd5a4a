//! Vector products: `cross` (NumPy's `np.cross` of two 3-vectors) and
//! `outer` (`np.outer`). `dot` is with `matmul` in `product.rs`.

use crate::array::Array;
use crate::number::Number;
use crate::order::{Order, RowMajor};
use crate::shape::{Shape1, Shape2};

impl<T: Number, O: Order> Array<T, Shape1<3>, O> {
    /// The cross product, NumPy's `np.cross(a, b)` of two 3-vectors, with
    /// NumPy's formula (`a1*b2 - a2*b1`, ...): integers wrap, as NumPy's.
    /// NumPy 2 deprecates the 2-vector form, so there is none here: append
    /// a zero and take the last component.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let x = Array1::<i32, 3>::from([1, 0, 0]);
    /// let y = Array1::<i32, 3>::from([0, 1, 0]);
    /// assert_eq!(x.cross(&y).as_slice(), &[0, 0, 1]);
    /// ```
    pub fn cross(&self, other: &Self) -> Self {
        let [a0, a1, a2] = self.data;
        let [b0, b1, b2] = other.data;
        Array {
            data: [
                a1.mul(b2).sub(a2.mul(b1)),
                a2.mul(b0).sub(a0.mul(b2)),
                a0.mul(b1).sub(a1.mul(b0)),
            ],
            order: core::marker::PhantomData,
        }
    }
}

impl<T: Number, O: Order, const M: usize> Array<T, Shape1<M>, O> {
    /// The outer product, NumPy's `np.outer(a, b)`: `out[i, j] = a[i] * b[j]`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2};
    /// let a = Array1::<i32, 2>::from([1, 2]);
    /// let b = Array1::<i32, 3>::from([1, 10, 100]);
    /// assert_eq!(a.outer(&b), Array2::from([[1, 10, 100], [2, 20, 200]]));
    /// ```
    pub fn outer<const N: usize>(
        &self,
        other: &Array<T, Shape1<N>, O>,
    ) -> Array<T, Shape2<M, N>, RowMajor> {
        let mut out = Array::<T, Shape2<M, N>, RowMajor>::zeros();
        for (row, &a) in out.data.iter_mut().zip(&self.data) {
            for (v, &b) in row.iter_mut().zip(&other.data) {
                *v = a.mul(b);
            }
        }
        out
    }
}
