//! Building and growing: NumPy's `np.zeros((n, *S))`, `np.full`,
//! `np.fromfunction`, and the `Vec` methods that change the number of
//! rows.

use alloc::vec;
use alloc::vec::Vec;

use crate::array::Array;
use crate::convert::LengthError;
use crate::element::Element;
use crate::index::IndexCounter;
use crate::order::RowMajor;
use crate::raw::{rows_from_vec, vec_from_rows};
use crate::shape::RowShape;

use super::Rows;

impl<T: Element, S: RowShape> Rows<T, S> {
    /// No rows, NumPy's `np.zeros((0, *S))`; allocates nothing.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let empty = Rows::<f64, Shape1<8>>::new();
    /// assert_eq!((empty.len(), empty.shape()), (0, [0, 8]));
    /// ```
    pub const fn new() -> Self {
        Rows { rows: Vec::new() }
    }

    /// No rows, with room for `n` rows before the next allocation.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let rows = Rows::<f32, Shape1<3>>::with_capacity(1000);
    /// assert!(rows.is_empty() && rows.capacity() >= 1000);
    /// ```
    pub fn with_capacity(n: usize) -> Self {
        Rows {
            rows: Vec::with_capacity(n),
        }
    }

    /// The rows that fit before the next allocation.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// assert!(Rows::<u8, Shape1<4>>::with_capacity(10).capacity() >= 10);
    /// ```
    pub fn capacity(&self) -> usize {
        self.rows.capacity()
    }

    /// Room for at least `additional` more rows, as `Vec::reserve`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let mut rows = Rows::<u8, Shape1<4>>::new();
    /// rows.reserve(10);
    /// assert!(rows.capacity() >= 10);
    /// ```
    pub fn reserve(&mut self, additional: usize) {
        self.rows.reserve(additional);
    }

    /// `n` rows of zeros, NumPy's `np.zeros((n, *S))`: one zeroed
    /// allocation.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape2};
    /// let frames = Rows::<u8, Shape2<4, 5>>::zeros(3);
    /// assert_eq!(frames.shape(), [3, 4, 5]);
    /// assert!(frames.as_slice().iter().all(|&x| x == 0));
    /// ```
    pub fn zeros(n: usize) -> Self {
        Self::full(n, T::ZERO)
    }

    /// `n` rows of `value`, NumPy's `np.full((n, *S), value)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let ones = Rows::<f32, Shape1<2>>::full(3, 1.0);
    /// assert_eq!(ones.as_slice(), &[1.0; 6]);
    /// ```
    pub fn full(n: usize, value: T) -> Self {
        Self::from_elements(vec![value; elements(n, S::SIZE)], n)
    }

    /// `n` rows whose element at `[i, j, ...]` (row `i` first) is
    /// `f([i, j, ...])`, called in C order, NumPy's
    /// `np.fromfunction(f, (n, *S))`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let table = Rows::<u32, Shape1<3>>::from_fn(2, |[i, j]| (10 * i + j) as u32);
    /// assert_eq!(table.as_slice(), &[0, 1, 2, 10, 11, 12]);
    /// ```
    pub fn from_fn(n: usize, mut f: impl FnMut(S::Outer) -> T) -> Self {
        let mut flat = Vec::with_capacity(elements(n, S::SIZE));
        for i in 0..n {
            let mut counter = IndexCounter::<S, RowMajor>::new();
            for _ in 0..S::SIZE {
                let inner = counter.next_index();
                let mut index = S::Outer::default();
                index.as_mut()[0] = i;
                index.as_mut()[1..].copy_from_slice(inner.as_ref());
                flat.push(f(index));
            }
        }
        Self::from_elements(flat, n)
    }

    /// The rows whose flat C-order elements are `flat` (NumPy's
    /// `flat.reshape(-1, *S)`), in the same allocation when its capacity
    /// is a whole number of rows. A length that is no multiple of the row
    /// size is an error naming the row size and the length.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let rows = Rows::<i32, Shape1<3>>::from_flat(vec![1, 2, 3, 4, 5, 6])?;
    /// assert_eq!((rows.len(), rows[1][0]), (2, 4));
    /// let err = Rows::<i32, Shape1<3>>::from_flat(vec![1, 2, 3, 4]).unwrap_err();
    /// assert_eq!(err.to_string(), "rows of shape (3,) need a multiple of 3 elements, got 4");
    /// assert_eq!((err.expected(), err.actual()), (3, 4));
    /// # Ok::<(), shaped::LengthError>(())
    /// ```
    pub fn from_flat(flat: Vec<T>) -> Result<Self, LengthError> {
        if S::SIZE == 0 {
            return if flat.is_empty() {
                Ok(Self::new())
            } else {
                Err(LengthError::rows_of::<S>(flat.len()))
            };
        }
        let actual = flat.len();
        match rows_from_vec::<T, S>(flat) {
            Ok(rows) => Ok(Rows { rows }),
            Err(_) => Err(LengthError::rows_of::<S>(actual)),
        }
    }

    /// The flat C-order elements, in the same allocation (NumPy's
    /// `x.ravel()`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let rows = Rows::<u8, Shape1<2>>::full(2, 7);
    /// assert_eq!(rows.into_flat(), vec![7, 7, 7, 7]);
    /// ```
    pub fn into_flat(self) -> Vec<T> {
        vec_from_rows(self.rows)
    }

    /// The rows as a `Vec` of arrays (no copy).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Rows, Shape1};
    /// let rows = Rows::<u8, Shape1<2>>::full(2, 7);
    /// assert_eq!(rows.into_vec(), vec![Array1::from([7, 7]); 2]);
    /// ```
    pub fn into_vec(self) -> Vec<Array<T, S>> {
        self.rows
    }

    /// `n` rows from their flat elements (`n * S::SIZE` of them).
    pub(crate) fn from_elements(flat: Vec<T>, n: usize) -> Self {
        debug_assert_eq!(flat.len(), elements(n, S::SIZE));
        if S::SIZE == 0 {
            return Rows {
                rows: (0..n).map(|_| Array::zeros()).collect(),
            };
        }
        match rows_from_vec::<T, S>(flat) {
            Ok(rows) => Rows { rows },
            Err(_) => unreachable!("the caller gives n whole rows"),
        }
    }

    /// Adds a row at the end, as `Vec::push` (amortised: the rows are
    /// moved at most once per doubling of the capacity).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Rows, Shape1};
    /// let mut cloud = Rows::<f32, Shape1<3>>::new();
    /// cloud.push(Array1::from([0.0, 1.0, 2.0]));
    /// assert_eq!(cloud.len(), 1);
    /// ```
    pub fn push(&mut self, row: Array<T, S>) {
        self.rows.push(row);
    }

    /// Removes the last row and returns it, as `Vec::pop`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Rows, Shape1};
    /// let mut rows = Rows::<i32, Shape1<2>>::full(1, 5);
    /// assert_eq!(rows.pop(), Some(Array1::from([5, 5])));
    /// assert_eq!(rows.pop(), None);
    /// ```
    pub fn pop(&mut self) -> Option<Array<T, S>> {
        self.rows.pop()
    }

    /// Keeps the first `n` rows, as `Vec::truncate` (NumPy's `x[:n]`, in
    /// place).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let mut rows = Rows::<i32, Shape1<2>>::from_fn(5, |[i, _]| i as i32);
    /// rows.truncate(2);
    /// assert_eq!(rows.as_slice(), &[0, 0, 1, 1]);
    /// ```
    pub fn truncate(&mut self, n: usize) {
        self.rows.truncate(n);
    }

    /// Removes every row, keeping the allocation.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let mut rows = Rows::<i32, Shape1<2>>::zeros(5);
    /// rows.clear();
    /// assert!(rows.is_empty());
    /// ```
    pub fn clear(&mut self) {
        self.rows.clear();
    }
}

/// An empty `Vec` with room for `len` elements, its pages advised to be
/// huge when it is big (as NumPy's arrays are): filling it then faults far
/// fewer pages.
pub(crate) fn with_room<T>(len: usize) -> Vec<T> {
    let mut flat: Vec<T> = Vec::with_capacity(len);
    crate::raw::advise_huge_pages(flat.as_mut_ptr().cast(), len * core::mem::size_of::<T>());
    flat
}

/// `n * size` elements; panics when that many do not fit in memory.
#[inline]
fn elements(n: usize, size: usize) -> usize {
    n.checked_mul(size)
        .unwrap_or_else(|| panic!("{n} rows of {size} elements do not fit in memory"))
}

/// Adds rows at the end, as `Vec::extend`.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array1, Rows, Shape1};
/// let mut rows = Rows::<u8, Shape1<2>>::new();
/// rows.extend([Array1::from([1, 2]), Array1::from([3, 4])]);
/// assert_eq!(rows.as_slice(), &[1, 2, 3, 4]);
/// ```
impl<T: Element, S: RowShape> Extend<Array<T, S>> for Rows<T, S> {
    fn extend<I: IntoIterator<Item = Array<T, S>>>(&mut self, rows: I) {
        self.rows.extend(rows);
    }
}

/// Adds borrowed rows at the end, copied.
impl<'a, T: Element, S: RowShape> Extend<&'a Array<T, S>> for Rows<T, S> {
    fn extend<I: IntoIterator<Item = &'a Array<T, S>>>(&mut self, rows: I) {
        for row in rows {
            let copy = Array::<T, S>::from_flat_fn(|i| row.as_slice()[i]);
            self.rows.push(copy);
        }
    }
}

/// The rows of a `Vec` of arrays, in the same allocation.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array1, Rows, Shape1};
/// let rows = Rows::from(vec![Array1::from([1, 2]), Array1::from([3, 4])]);
/// assert_eq!(rows.shape(), [2, 2]);
/// ```
impl<T: Element, S: RowShape> From<Vec<Array<T, S>>> for Rows<T, S> {
    fn from(rows: Vec<Array<T, S>>) -> Self {
        Rows { rows }
    }
}

/// Collects rows, as `Vec` collects.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array1, Rows, Shape1};
/// let rows: Rows<i64, Shape1<2>> = (0..3).map(|i| Array1::from([i, i * i])).collect();
/// assert_eq!(rows.as_slice(), &[0, 0, 1, 1, 2, 4]);
/// ```
impl<T: Element, S: RowShape> FromIterator<Array<T, S>> for Rows<T, S> {
    fn from_iter<I: IntoIterator<Item = Array<T, S>>>(rows: I) -> Self {
        Rows {
            rows: rows.into_iter().collect(),
        }
    }
}

/// The rows as a `Vec` of arrays (no copy).
impl<T: Element, S: RowShape> From<Rows<T, S>> for Vec<Array<T, S>> {
    fn from(rows: Rows<T, S>) -> Self {
        rows.rows
    }
}
