//! `matmul` of rank-1 rows by a matrix: NumPy's `x @ w` for an `(n, C)`
//! array and a `(C, K)` matrix, the kernel of the array's product
//! (`linalg::matmul_rows`), four rows at a time; each row's additions are
//! those of the array product, so the bits are the same.

use alloc::vec::Vec;

use crate::array::Array;
use crate::linalg::matmul_rows;
use crate::number::Number;
use crate::order::RowMajor;
use crate::shape::{Shape1, Shape2};

use super::Rows;

impl<T: Number, const C: usize> Rows<T, Shape1<C>> {
    /// The rows times `w`, NumPy's `x @ w`: row `i` of the result is
    /// `x[i] @ w`. The inner dimension is checked by the types.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, Rows, Shape1};
    /// let x = Rows::<i32, Shape1<2>>::from_flat(vec![1, 2, 3, 4, 5, 6])?;
    /// let w = Array2::<i32, 2, 3>::from([[1, 0, 2], [0, 1, 3]]);
    /// let y: Rows<i32, Shape1<3>> = x.matmul(&w);
    /// assert_eq!(y.as_slice(), &[1, 2, 8, 3, 4, 18, 5, 6, 28]);
    /// # Ok::<(), shaped::LengthError>(())
    /// ```
    pub fn matmul<const K: usize>(
        &self,
        w: &Array<T, Shape2<C, K>, RowMajor>,
    ) -> Rows<T, Shape1<K>> {
        let mut out: Vec<Array<T, Shape1<K>>> = Vec::with_capacity(self.len());
        let (fours, rest) = self.as_rows().as_chunks::<4>();
        for four in fours {
            let a: [[T; C]; 4] = core::array::from_fn(|r| four[r].data);
            let mut c = [[T::ZERO; K]; 4];
            matmul_rows(&a, &w.data, &mut c);
            out.extend(c.map(Array::from));
        }
        for row in rest {
            let mut c = [[T::ZERO; K]; 1];
            matmul_rows(&[row.data], &w.data, &mut c);
            out.push(Array::from(c[0]));
        }
        Rows::from(out)
    }
}
